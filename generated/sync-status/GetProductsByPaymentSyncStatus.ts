/** Types generated for queries found in "queries/sync-status/GetProductsByPaymentSyncStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetProductsByPaymentSyncStatus' parameters type */
export interface IGetProductsByPaymentSyncStatusParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'GetProductsByPaymentSyncStatus' return type */
export interface IGetProductsByPaymentSyncStatusResult {
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

/** 'GetProductsByPaymentSyncStatus' query type */
export interface IGetProductsByPaymentSyncStatusQuery {
  params: IGetProductsByPaymentSyncStatusParams;
  result: IGetProductsByPaymentSyncStatusResult;
}

const getProductsByPaymentSyncStatusIR: any = {"usedParamSet":{"workspaceId":true,"paymentSyncStatus":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":423,"b":435}]},{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":465,"b":483}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":536,"b":551}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":567,"b":575}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":614,"b":620}]}],"statement":"-- Scope: one workspace. Live products in one sync status, any provider;\n-- keyset-paginated in (created_at, id) order. A list.\nSELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at\nFROM products\nWHERE workspace_id = :workspaceId!\n  AND payment_sync_status = :paymentSyncStatus!\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live products in one sync status, any provider;
 * -- keyset-paginated in (created_at, id) order. A list.
 * SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at
 * FROM products
 * WHERE workspace_id = :workspaceId!
 *   AND payment_sync_status = :paymentSyncStatus!
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getProductsByPaymentSyncStatus = new PreparedQuery<IGetProductsByPaymentSyncStatusParams,IGetProductsByPaymentSyncStatusResult>(getProductsByPaymentSyncStatusIR);


