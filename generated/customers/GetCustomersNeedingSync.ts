/** Types generated for queries found in "queries/customers/GetCustomersNeedingSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetCustomersNeedingSync' parameters type */
export interface IGetCustomersNeedingSyncParams {
  afterId: string;
  afterUpdatedAt: DateOrString;
  limit: number;
  workspaceId: string;
}

/** 'GetCustomersNeedingSync' return type */
export interface IGetCustomersNeedingSyncResult {
  createdAt: Date;
  deletedAt: Date | null;
  email: string | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  name: string | null;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetCustomersNeedingSync' query type */
export interface IGetCustomersNeedingSyncQuery {
  params: IGetCustomersNeedingSyncParams;
  result: IGetCustomersNeedingSyncResult;
}

const getCustomersNeedingSyncIR: any = {"usedParamSet":{"workspaceId":true,"afterUpdatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":425,"b":437}]},{"name":"afterUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":541,"b":556}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":572,"b":580}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":619,"b":625}]}],"statement":"-- Scope: one workspace. Live customers whose status is pending or failed,\n-- oldest change first: keyset-paginated in (updated_at, id) order.\nSELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM customers\nWHERE workspace_id = :workspaceId!\n  AND deleted_at IS NULL\n  AND payment_sync_status IN ('pending', 'failed')\n  AND (updated_at, id) > (:afterUpdatedAt!::timestamptz, :afterId!::uuid)\nORDER BY updated_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live customers whose status is pending or failed,
 * -- oldest change first: keyset-paginated in (updated_at, id) order.
 * SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM customers
 * WHERE workspace_id = :workspaceId!
 *   AND deleted_at IS NULL
 *   AND payment_sync_status IN ('pending', 'failed')
 *   AND (updated_at, id) > (:afterUpdatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY updated_at, id
 * LIMIT :limit!
 * ```
 */
export const getCustomersNeedingSync = new PreparedQuery<IGetCustomersNeedingSyncParams,IGetCustomersNeedingSyncResult>(getCustomersNeedingSyncIR);


