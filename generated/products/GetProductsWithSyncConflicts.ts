/** Types generated for queries found in "queries/products/GetProductsWithSyncConflicts.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetProductsWithSyncConflicts' parameters type */
export interface IGetProductsWithSyncConflictsParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  workspaceId: string;
}

/** 'GetProductsWithSyncConflicts' return type */
export interface IGetProductsWithSyncConflictsResult {
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

/** 'GetProductsWithSyncConflicts' query type */
export interface IGetProductsWithSyncConflictsQuery {
  params: IGetProductsWithSyncConflictsParams;
  result: IGetProductsWithSyncConflictsResult;
}

const getProductsWithSyncConflictsIR: any = {"usedParamSet":{"workspaceId":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":396,"b":408}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":500,"b":515}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":531,"b":539}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":578,"b":584}]}],"statement":"-- Scope: one workspace. Live products in sync conflict, keyset-paginated in (created_at, id) order.\nSELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at\nFROM products\nWHERE workspace_id = :workspaceId!\n  AND payment_sync_status = 'conflict'\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live products in sync conflict, keyset-paginated in (created_at, id) order.
 * SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at
 * FROM products
 * WHERE workspace_id = :workspaceId!
 *   AND payment_sync_status = 'conflict'
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getProductsWithSyncConflicts = new PreparedQuery<IGetProductsWithSyncConflictsParams,IGetProductsWithSyncConflictsResult>(getProductsWithSyncConflictsIR);


