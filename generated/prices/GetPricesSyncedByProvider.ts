/** Types generated for queries found in "queries/prices/GetPricesSyncedByProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetPricesSyncedByProvider' parameters type */
export interface IGetPricesSyncedByProviderParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetPricesSyncedByProvider' return type */
export interface IGetPricesSyncedByProviderResult {
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

/** 'GetPricesSyncedByProvider' query type */
export interface IGetPricesSyncedByProviderQuery {
  params: IGetPricesSyncedByProviderParams;
  result: IGetPricesSyncedByProviderResult;
}

const getPricesSyncedByProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":476,"b":488}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":515,"b":531}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":621,"b":636}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":652,"b":660}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":699,"b":705}]}],"statement":"-- Scope: one workspace. Live prices synced with this provider, keyset-paginated in (created_at, id) order.\nSELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM prices\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND payment_sync_status = 'synced'\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live prices synced with this provider, keyset-paginated in (created_at, id) order.
 * SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *        recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM prices
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND payment_sync_status = 'synced'
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getPricesSyncedByProvider = new PreparedQuery<IGetPricesSyncedByProviderParams,IGetPricesSyncedByProviderResult>(getPricesSyncedByProviderIR);


