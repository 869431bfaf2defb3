/** Types generated for queries found in "queries/subscriptions/GetSubscription.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetSubscription' parameters type */
export interface IGetSubscriptionParams {
  id: string;
  workspaceId: string;
}

/** 'GetSubscription' return type */
export interface IGetSubscriptionResult {
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

/** 'GetSubscription' query type */
export interface IGetSubscriptionQuery {
  params: IGetSubscriptionParams;
  result: IGetSubscriptionResult;
}

const getSubscriptionIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":119,"b":131}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":145}]}],"statement":"-- Scope: one workspace. The live subscription with this id, or null.\nSELECT *\nFROM subscriptions\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live subscription with this id, or null.
 * SELECT *
 * FROM subscriptions
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * ```
 */
export const getSubscription = new PreparedQuery<IGetSubscriptionParams,IGetSubscriptionResult>(getSubscriptionIR);


