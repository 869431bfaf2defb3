/** Types generated for queries found in "queries/products/GetProductsNeedingSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetProductsNeedingSync' parameters type */
export interface IGetProductsNeedingSyncParams {
  afterId: string;
  afterProviderUpdatedAtPresent: boolean;
  afterUpdatedAt: DateOrString;
  limit: number;
  workspaceId: string;
}

/** 'GetProductsNeedingSync' return type */
export interface IGetProductsNeedingSyncResult {
  active: boolean;
  createdAt: Date;
  deletedAt: Date | null;
  description: string | null;
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

/** 'GetProductsNeedingSync' query type */
export interface IGetProductsNeedingSyncQuery {
  params: IGetProductsNeedingSyncParams;
  result: IGetProductsNeedingSyncResult;
}

const getProductsNeedingSyncIR: any = {"usedParamSet":{"workspaceId":true,"afterProviderUpdatedAtPresent":true,"afterUpdatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":633,"b":645}]},{"name":"afterProviderUpdatedAtPresent","required":true,"transform":{"type":"scalar"},"locs":[{"a":790,"b":820}]},{"name":"afterUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":832,"b":847}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":863,"b":871}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":945,"b":951}]}],"statement":"-- Scope: one workspace. Live products whose status is pending or failed:\n-- first those the provider has never described (placeholders created for a\n-- child, local rows never synced: provider_updated_at null), then the others,\n-- each oldest change first: keyset-paginated in\n-- (provider_updated_at IS NOT NULL, updated_at, id) order.\nSELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at\nFROM products\nWHERE workspace_id = :workspaceId!\n  AND deleted_at IS NULL\n  AND payment_sync_status IN ('pending', 'failed')\n  AND ((provider_updated_at IS NOT NULL), updated_at, id)\n      > (:afterProviderUpdatedAtPresent!::boolean, :afterUpdatedAt!::timestamptz, :afterId!::uuid)\nORDER BY (provider_updated_at IS NOT NULL), updated_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live products whose status is pending or failed:
 * -- first those the provider has never described (placeholders created for a
 * -- child, local rows never synced: provider_updated_at null), then the others,
 * -- each oldest change first: keyset-paginated in
 * -- (provider_updated_at IS NOT NULL, updated_at, id) order.
 * SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at
 * FROM products
 * WHERE workspace_id = :workspaceId!
 *   AND deleted_at IS NULL
 *   AND payment_sync_status IN ('pending', 'failed')
 *   AND ((provider_updated_at IS NOT NULL), updated_at, id)
 *       > (:afterProviderUpdatedAtPresent!::boolean, :afterUpdatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY (provider_updated_at IS NOT NULL), updated_at, id
 * LIMIT :limit!
 * ```
 */
export const getProductsNeedingSync = new PreparedQuery<IGetProductsNeedingSyncParams,IGetProductsNeedingSyncResult>(getProductsNeedingSyncIR);


