/** Types generated for queries found in "queries/subscriptions/GetSubscriptionByExternalID.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetSubscriptionByExternalId' parameters type */
export interface IGetSubscriptionByExternalIdParams {
  externalId: string;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetSubscriptionByExternalId' return type */
export interface IGetSubscriptionByExternalIdResult {
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
  createdAt: Date;
  currentPeriodEnd: Date | null;
  currentPeriodStart: Date | null;
  customerId: string;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  priceId: string;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  quantity: number;
  status: string;
  trialEnd: Date | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetSubscriptionByExternalId' query type */
export interface IGetSubscriptionByExternalIdQuery {
  params: IGetSubscriptionByExternalIdParams;
  result: IGetSubscriptionByExternalIdResult;
}

const getSubscriptionByExternalIdIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"externalId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":146}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":173,"b":189}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":211,"b":222}]}],"statement":"-- Scope: one workspace. The live subscription a provider knows by this id, or null.\nSELECT *\nFROM subscriptions\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND external_id = :externalId!\n  AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live subscription a provider knows by this id, or null.
 * SELECT *
 * FROM subscriptions
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND external_id = :externalId!
 *   AND deleted_at IS NULL
 * ```
 */
export const getSubscriptionByExternalId = new PreparedQuery<IGetSubscriptionByExternalIdParams,IGetSubscriptionByExternalIdResult>(getSubscriptionByExternalIdIR);


