/** Types generated for queries found in "queries/products/GetProduct.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetProduct' parameters type */
export interface IGetProductParams {
  id: string;
  workspaceId: string;
}

/** 'GetProduct' return type */
export interface IGetProductResult {
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

/** 'GetProduct' query type */
export interface IGetProductQuery {
  params: IGetProductParams;
  result: IGetProductResult;
}

const getProductIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":360,"b":372}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":383,"b":386}]}],"statement":"-- Scope: one workspace. The live product with this id, or null.\nSELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at\nFROM products\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live product with this id, or null.
 * SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at
 * FROM products
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * ```
 */
export const getProduct = new PreparedQuery<IGetProductParams,IGetProductResult>(getProductIR);


