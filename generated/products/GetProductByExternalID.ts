/** Types generated for queries found in "queries/products/GetProductByExternalID.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetProductByExternalId' parameters type */
export interface IGetProductByExternalIdParams {
  externalId: string;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetProductByExternalId' return type */
export interface IGetProductByExternalIdResult {
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

/** 'GetProductByExternalId' query type */
export interface IGetProductByExternalIdQuery {
  params: IGetProductByExternalIdParams;
  result: IGetProductByExternalIdResult;
}

const getProductByExternalIdIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"externalId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":375,"b":387}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":414,"b":430}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":452,"b":463}]}],"statement":"-- Scope: one workspace. The live product a provider knows by this id, or null.\nSELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at\nFROM products\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND external_id = :externalId!\n  AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live product a provider knows by this id, or null.
 * SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at
 * FROM products
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND external_id = :externalId!
 *   AND deleted_at IS NULL
 * ```
 */
export const getProductByExternalId = new PreparedQuery<IGetProductByExternalIdParams,IGetProductByExternalIdResult>(getProductByExternalIdIR);


