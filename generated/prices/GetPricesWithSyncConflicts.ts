/** Types generated for queries found in "queries/prices/GetPricesWithSyncConflicts.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetPricesWithSyncConflicts' parameters type */
export interface IGetPricesWithSyncConflictsParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  workspaceId: string;
}

/** 'GetPricesWithSyncConflicts' return type */
export interface IGetPricesWithSyncConflictsResult {
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

/** 'GetPricesWithSyncConflicts' query type */
export interface IGetPricesWithSyncConflictsQuery {
  params: IGetPricesWithSyncConflictsParams;
  result: IGetPricesWithSyncConflictsResult;
}

const getPricesWithSyncConflictsIR: any = {"usedParamSet":{"workspaceId":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":467,"b":479}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":571,"b":586}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":602,"b":610}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":649,"b":655}]}],"statement":"-- Scope: one workspace. Live prices in sync conflict, keyset-paginated in (created_at, id) order.\nSELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM prices\nWHERE workspace_id = :workspaceId!\n  AND payment_sync_status = 'conflict'\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live prices in sync conflict, keyset-paginated in (created_at, id) order.
 * SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *        recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM prices
 * WHERE workspace_id = :workspaceId!
 *   AND payment_sync_status = 'conflict'
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getPricesWithSyncConflicts = new PreparedQuery<IGetPricesWithSyncConflictsParams,IGetPricesWithSyncConflictsResult>(getPricesWithSyncConflictsIR);


