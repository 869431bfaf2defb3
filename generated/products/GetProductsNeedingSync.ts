/** Types generated for queries found in "queries/products/GetProductsNeedingSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetProductsNeedingSync' parameters type */
export interface IGetProductsNeedingSyncParams {
  afterId: string;
  afterPaymentSyncStatusChangedAt: DateOrString;
  afterProviderUpdatedAtPresent: boolean;
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
  paymentSyncStatusChangedAt: Date;
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

const getProductsNeedingSyncIR: any = {"usedParamSet":{"workspaceId":true,"afterProviderUpdatedAtPresent":true,"afterPaymentSyncStatusChangedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":852,"b":864}]},{"name":"afterProviderUpdatedAtPresent","required":true,"transform":{"type":"scalar"},"locs":[{"a":1014,"b":1044}]},{"name":"afterPaymentSyncStatusChangedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1056,"b":1088}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1104,"b":1112}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1191,"b":1197}]}],"statement":"-- Scope: one workspace. Live products whose status is pending or failed:\n-- first those the provider has never described (placeholders created for a\n-- child, local rows never synced: provider_updated_at null), then the others,\n-- each in the order they entered the queue (the oldest change of sync status\n-- first; a row keeps its place while it waits, whatever else is written to\n-- it): keyset-paginated in (provider_described, payment_sync_status_changed_at,\n-- id) order, over the _needing_sync index (migration 0013).\nSELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at, payment_sync_status_changed_at\nFROM products\nWHERE workspace_id = :workspaceId!\n  AND deleted_at IS NULL\n  AND payment_sync_status IN ('pending', 'failed')\n  AND (provider_described, payment_sync_status_changed_at, id)\n      > (:afterProviderUpdatedAtPresent!::boolean, :afterPaymentSyncStatusChangedAt!::timestamptz, :afterId!::uuid)\nORDER BY provider_described, payment_sync_status_changed_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live products whose status is pending or failed:
 * -- first those the provider has never described (placeholders created for a
 * -- child, local rows never synced: provider_updated_at null), then the others,
 * -- each in the order they entered the queue (the oldest change of sync status
 * -- first; a row keeps its place while it waits, whatever else is written to
 * -- it): keyset-paginated in (provider_described, payment_sync_status_changed_at,
 * -- id) order, over the _needing_sync index (migration 0013).
 * SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at, payment_sync_status_changed_at
 * FROM products
 * WHERE workspace_id = :workspaceId!
 *   AND deleted_at IS NULL
 *   AND payment_sync_status IN ('pending', 'failed')
 *   AND (provider_described, payment_sync_status_changed_at, id)
 *       > (:afterProviderUpdatedAtPresent!::boolean, :afterPaymentSyncStatusChangedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY provider_described, payment_sync_status_changed_at, id
 * LIMIT :limit!
 * ```
 */
export const getProductsNeedingSync = new PreparedQuery<IGetProductsNeedingSyncParams,IGetProductsNeedingSyncResult>(getProductsNeedingSyncIR);


