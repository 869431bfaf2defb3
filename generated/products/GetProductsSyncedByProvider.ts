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
  name: string;
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

const getProductsSyncedByProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":154,"b":166}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":193,"b":209}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":299,"b":314}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":330,"b":338}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":377,"b":383}]}],"statement":"-- Scope: one workspace. Live products synced with this provider, keyset-paginated in (created_at, id) order.\nSELECT *\nFROM products\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND payment_sync_status = 'synced'\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live products synced with this provider, keyset-paginated in (created_at, id) order.
 * SELECT *
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


