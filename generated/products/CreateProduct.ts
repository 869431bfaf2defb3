/** Types generated for queries found in "queries/products/CreateProduct.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'CreateProduct' parameters type */
export interface ICreateProductParams {
  active?: boolean | null | void;
  description?: string | null | void;
  externalId?: string | null | void;
  metadata?: Json | null | void;
  name: string;
  paymentProvider?: string | null | void;
  workspaceId: string;
}

/** 'CreateProduct' return type */
export interface ICreateProductResult {
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

/** 'CreateProduct' query type */
export interface ICreateProductQuery {
  params: ICreateProductParams;
  result: ICreateProductResult;
}

const createProductIR: any = {"usedParamSet":{"workspaceId":true,"name":true,"description":true,"active":true,"metadata":true,"paymentProvider":true,"externalId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":325,"b":337}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":340,"b":345}]},{"name":"description","required":false,"transform":{"type":"scalar"},"locs":[{"a":348,"b":359}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":371,"b":377}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":396,"b":404}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":429,"b":444}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":447,"b":457}]}],"statement":"-- Scope: one workspace. Inserts a product created locally (sync status pending);\n-- active defaults to true, metadata to {}. A provider reference, when given,\n-- must be unique among live rows. The inserted row.\nINSERT INTO products (workspace_id, name, description, active, metadata, payment_provider, external_id)\nVALUES (:workspaceId!, :name!, :description, COALESCE(:active, true), COALESCE(:metadata::jsonb, '{}'),\n        :paymentProvider, :externalId)\nRETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Inserts a product created locally (sync status pending);
 * -- active defaults to true, metadata to {}. A provider reference, when given,
 * -- must be unique among live rows. The inserted row.
 * INSERT INTO products (workspace_id, name, description, active, metadata, payment_provider, external_id)
 * VALUES (:workspaceId!, :name!, :description, COALESCE(:active, true), COALESCE(:metadata::jsonb, '{}'),
 *         :paymentProvider, :externalId)
 * RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 * ```
 */
export const createProduct = new PreparedQuery<ICreateProductParams,ICreateProductResult>(createProductIR);


