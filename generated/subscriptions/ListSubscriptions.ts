/** Types generated for queries found in "queries/subscriptions/ListSubscriptions.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ListSubscriptions' parameters type */
export interface IListSubscriptionsParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  workspaceId: string;
}

/** 'ListSubscriptions' return type */
export interface IListSubscriptionsResult {
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

/** 'ListSubscriptions' query type */
export interface IListSubscriptionsQuery {
  params: IListSubscriptionsParams;
  result: IListSubscriptionsResult;
}

const listSubscriptionsIR: any = {"usedParamSet":{"workspaceId":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":150}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":203,"b":218}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":234,"b":242}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":281,"b":287}]}],"statement":"-- Scope: one workspace. Live subscriptions, keyset-paginated in (created_at, id) order.\nSELECT *\nFROM subscriptions\nWHERE workspace_id = :workspaceId!\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live subscriptions, keyset-paginated in (created_at, id) order.
 * SELECT *
 * FROM subscriptions
 * WHERE workspace_id = :workspaceId!
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const listSubscriptions = new PreparedQuery<IListSubscriptionsParams,IListSubscriptionsResult>(listSubscriptionsIR);


