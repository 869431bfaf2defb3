/** Types generated for queries found in "queries/prices/GetPricesNeedingSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetPricesNeedingSync' parameters type */
export interface IGetPricesNeedingSyncParams {
  afterId: string;
  afterUpdatedAt: DateOrString;
  limit: number;
  workspaceId: string;
}

/** 'GetPricesNeedingSync' return type */
export interface IGetPricesNeedingSyncResult {
  active: boolean;
  createdAt: Date;
  currency: string;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  productId: string;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  recurringInterval: string | null;
  recurringIntervalCount: number | null;
  type: string;
  unitAmount: number;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetPricesNeedingSync' query type */
export interface IGetPricesNeedingSyncQuery {
  params: IGetPricesNeedingSyncParams;
  result: IGetPricesNeedingSyncResult;
}

const getPricesNeedingSyncIR: any = {"usedParamSet":{"workspaceId":true,"afterUpdatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":508,"b":520}]},{"name":"afterUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":624,"b":639}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":655,"b":663}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":702,"b":708}]}],"statement":"-- Scope: one workspace. Live prices whose status is pending or failed,\n-- oldest change first: keyset-paginated in (updated_at, id) order.\nSELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM prices\nWHERE workspace_id = :workspaceId!\n  AND deleted_at IS NULL\n  AND payment_sync_status IN ('pending', 'failed')\n  AND (updated_at, id) > (:afterUpdatedAt!::timestamptz, :afterId!::uuid)\nORDER BY updated_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live prices whose status is pending or failed,
 * -- oldest change first: keyset-paginated in (updated_at, id) order.
 * SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *        recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM prices
 * WHERE workspace_id = :workspaceId!
 *   AND deleted_at IS NULL
 *   AND payment_sync_status IN ('pending', 'failed')
 *   AND (updated_at, id) > (:afterUpdatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY updated_at, id
 * LIMIT :limit!
 * ```
 */
export const getPricesNeedingSync = new PreparedQuery<IGetPricesNeedingSyncParams,IGetPricesNeedingSyncResult>(getPricesNeedingSyncIR);


