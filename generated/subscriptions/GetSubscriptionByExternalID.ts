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
  customerId: string | null;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  priceId: string | null;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  quantity: number;
  status: string | null;
  trialEnd: Date | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetSubscriptionByExternalId' query type */
export interface IGetSubscriptionByExternalIdQuery {
  params: IGetSubscriptionByExternalIdParams;
  result: IGetSubscriptionByExternalIdResult;
}

const getSubscriptionByExternalIdIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"externalId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":494,"b":506}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":533,"b":549}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":571,"b":582}]}],"statement":"-- Scope: one workspace. The live subscription a provider knows by this id, or null.\nSELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n       cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at\nFROM subscriptions\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND external_id = :externalId!\n  AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live subscription a provider knows by this id, or null.
 * SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *        cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at
 * FROM subscriptions
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND external_id = :externalId!
 *   AND deleted_at IS NULL
 * ```
 */
export const getSubscriptionByExternalId = new PreparedQuery<IGetSubscriptionByExternalIdParams,IGetSubscriptionByExternalIdResult>(getSubscriptionByExternalIdIR);


