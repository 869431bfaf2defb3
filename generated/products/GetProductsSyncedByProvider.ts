/** Types generated for queries found in "queries/products/GetProductsSyncedByProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetProductsSyncedByProvider' parameters type */
export interface IGetProductsSyncedByProviderParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetProductsSyncedByProvider' return type */
export interface IGetProductsSyncedByProviderResult {
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

/** 'GetProductsSyncedByProvider' query type */
export interface IGetProductsSyncedByProviderQuery {
  params: IGetProductsSyncedByProviderParams;
  result: IGetProductsSyncedByProviderResult;
}

const getProductsSyncedByProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":405,"b":417}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":444,"b":460}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":550,"b":565}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":581,"b":589}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":628,"b":634}]}],"statement":"-- Scope: one workspace. Live products synced with this provider, keyset-paginated in (created_at, id) order.\nSELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at\nFROM products\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND payment_sync_status = 'synced'\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live products synced with this provider, keyset-paginated in (created_at, id) order.
 * SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at
 * FROM products
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND payment_sync_status = 'synced'
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getProductsSyncedByProvider = new PreparedQuery<IGetProductsSyncedByProviderParams,IGetProductsSyncedByProviderResult>(getProductsSyncedByProviderIR);


