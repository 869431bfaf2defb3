/** Types generated for queries found in "queries/customers/GetCustomersNeedingSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetCustomersNeedingSync' parameters type */
export interface IGetCustomersNeedingSyncParams {
  afterId: string;
  afterProviderUpdatedAtPresent: boolean;
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

const getCustomersNeedingSyncIR: any = {"usedParamSet":{"workspaceId":true,"afterProviderUpdatedAtPresent":true,"afterUpdatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":621,"b":633}]},{"name":"afterProviderUpdatedAtPresent","required":true,"transform":{"type":"scalar"},"locs":[{"a":778,"b":808}]},{"name":"afterUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":820,"b":835}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":851,"b":859}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":933,"b":939}]}],"statement":"-- Scope: one workspace. Live customers whose status is pending or failed:\n-- first those the provider has never described (placeholders created for a\n-- child, local rows never synced: provider_updated_at null), then the others,\n-- each oldest change first: keyset-paginated in\n-- (provider_updated_at IS NOT NULL, updated_at, id) order.\nSELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM customers\nWHERE workspace_id = :workspaceId!\n  AND deleted_at IS NULL\n  AND payment_sync_status IN ('pending', 'failed')\n  AND ((provider_updated_at IS NOT NULL), updated_at, id)\n      > (:afterProviderUpdatedAtPresent!::boolean, :afterUpdatedAt!::timestamptz, :afterId!::uuid)\nORDER BY (provider_updated_at IS NOT NULL), updated_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live customers whose status is pending or failed:
 * -- first those the provider has never described (placeholders created for a
 * -- child, local rows never synced: provider_updated_at null), then the others,
 * -- each oldest change first: keyset-paginated in
 * -- (provider_updated_at IS NOT NULL, updated_at, id) order.
 * SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM customers
 * WHERE workspace_id = :workspaceId!
 *   AND deleted_at IS NULL
 *   AND payment_sync_status IN ('pending', 'failed')
 *   AND ((provider_updated_at IS NOT NULL), updated_at, id)
 *       > (:afterProviderUpdatedAtPresent!::boolean, :afterUpdatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY (provider_updated_at IS NOT NULL), updated_at, id
 * LIMIT :limit!
 * ```
 */
export const getCustomersNeedingSync = new PreparedQuery<IGetCustomersNeedingSyncParams,IGetCustomersNeedingSyncResult>(getCustomersNeedingSyncIR);


