/** Types generated for queries found in "queries/sync-status/GetPricesByPaymentSyncStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetPricesByPaymentSyncStatus' parameters type */
export interface IGetPricesByPaymentSyncStatusParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'GetPricesByPaymentSyncStatus' return type */
export interface IGetPricesByPaymentSyncStatusResult {
  active: boolean;
  createdAt: Date;
  currency: string | null;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  productId: string | null;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  recurringInterval: string | null;
  recurringIntervalCount: number | null;
  type: string | null;
  unitAmount: number | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetPricesByPaymentSyncStatus' query type */
export interface IGetPricesByPaymentSyncStatusQuery {
  params: IGetPricesByPaymentSyncStatusParams;
  result: IGetPricesByPaymentSyncStatusResult;
}

const getPricesByPaymentSyncStatusIR: any = {"usedParamSet":{"workspaceId":true,"paymentSyncStatus":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":494,"b":506}]},{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":536,"b":554}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":607,"b":622}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":638,"b":646}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":685,"b":691}]}],"statement":"-- Scope: one workspace. Live prices in one sync status, any provider;\n-- keyset-paginated in (created_at, id) order. A list.\nSELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM prices\nWHERE workspace_id = :workspaceId!\n  AND payment_sync_status = :paymentSyncStatus!\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live prices in one sync status, any provider;
 * -- keyset-paginated in (created_at, id) order. A list.
 * SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *        recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM prices
 * WHERE workspace_id = :workspaceId!
 *   AND payment_sync_status = :paymentSyncStatus!
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getPricesByPaymentSyncStatus = new PreparedQuery<IGetPricesByPaymentSyncStatusParams,IGetPricesByPaymentSyncStatusResult>(getPricesByPaymentSyncStatusIR);


