/** Types generated for queries found in "queries/products/UpdateProduct.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateProduct' parameters type */
export interface IUpdateProductParams {
  active?: boolean | null | void;
  description?: string | null | void;
  id: string;
  metadata?: Json | null | void;
  name?: string | null | void;
  workspaceId: string;
}

/** 'UpdateProduct' return type */
export interface IUpdateProductResult {
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

/** 'UpdateProduct' query type */
export interface IUpdateProductQuery {
  params: IUpdateProductParams;
  result: IUpdateProductResult;
}

const updateProductIR: any = {"usedParamSet":{"name":true,"description":true,"active":true,"metadata":true,"workspaceId":true,"id":true},"params":[{"name":"name","required":false,"transform":{"type":"scalar"},"locs":[{"a":255,"b":259}]},{"name":"description","required":false,"transform":{"type":"scalar"},"locs":[{"a":296,"b":307}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":346,"b":352}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":388,"b":396}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":551,"b":563}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":574,"b":577}]}],"statement":"-- Scope: one workspace. Changes the given fields (an omitted field keeps its\n-- value) and marks the product pending, since the provider has not seen the\n-- change yet. Adds 1 to the version. The updated row, or null.\nUPDATE products\nSET name = COALESCE(:name, name),\n    description = COALESCE(:description, description),\n    active = COALESCE(:active, active),\n    metadata = COALESCE(:metadata::jsonb, metadata),\n    payment_sync_status = 'pending',\n    payment_sync_version = payment_sync_version + 1,\n    updated_at = now()\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\nRETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Changes the given fields (an omitted field keeps its
 * -- value) and marks the product pending, since the provider has not seen the
 * -- change yet. Adds 1 to the version. The updated row, or null.
 * UPDATE products
 * SET name = COALESCE(:name, name),
 *     description = COALESCE(:description, description),
 *     active = COALESCE(:active, active),
 *     metadata = COALESCE(:metadata::jsonb, metadata),
 *     payment_sync_status = 'pending',
 *     payment_sync_version = payment_sync_version + 1,
 *     updated_at = now()
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 * ```
 */
export const updateProduct = new PreparedQuery<IUpdateProductParams,IUpdateProductResult>(updateProductIR);


