/** Types generated for queries found in "queries/products/CreateProductWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'CreateProductWithSync' parameters type */
export interface ICreateProductWithSyncParams {
  active?: boolean | null | void;
  description?: string | null | void;
  externalId: string;
  metadata?: Json | null | void;
  name: string;
  paymentProvider: string;
  paymentSyncStatus?: string | null | void;
  providerData?: Json | null | void;
  providerUpdatedAt: DateOrString;
  workspaceId: string;
}

/** 'CreateProductWithSync' return type */
export interface ICreateProductWithSyncResult {
  active: boolean;
  createdAt: Date;
  deletedAt: Date | null;
  description: string | null;
  externalId: string | null;
  id: string;
  inserted: boolean;
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

/** 'CreateProductWithSync' query type */
export interface ICreateProductWithSyncQuery {
  params: ICreateProductWithSyncParams;
  result: ICreateProductWithSyncResult;
}

const createProductWithSyncIR: any = {"usedParamSet":{"workspaceId":true,"name":true,"description":true,"active":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"providerUpdatedAt":true,"providerData":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":526,"b":538}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":541,"b":546}]},{"name":"description","required":false,"transform":{"type":"scalar"},"locs":[{"a":549,"b":560}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":572,"b":578}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":597,"b":605}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":624,"b":640}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":643,"b":654}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":668,"b":685},{"a":720,"b":737}]},{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":779,"b":797}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":800,"b":812}]}],"statement":"-- Scope: one workspace. Idempotent, monotonic upsert of a provider's product:\n-- the live row of (workspace, provider, external id) is replaced by the given\n-- object (an omitted description becomes null, active true, metadata {})\n-- unless it holds a newer provider_updated_at; no row comes back for such a\n-- stale write.\nINSERT INTO products AS p (\n  workspace_id, name, description, active, metadata, payment_provider, external_id,\n  payment_sync_status, payment_synced_at, provider_updated_at, provider_data)\nVALUES (\n  :workspaceId!, :name!, :description, COALESCE(:active, true), COALESCE(:metadata::jsonb, '{}'),\n  :paymentProvider!, :externalId!,\n  COALESCE(:paymentSyncStatus, 'synced'),\n  CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() END,\n  :providerUpdatedAt!, :providerData::jsonb)\nON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL\nDO UPDATE SET\n  name = excluded.name,\n  description = excluded.description,\n  active = excluded.active,\n  metadata = excluded.metadata,\n  payment_sync_status = excluded.payment_sync_status,\n  payment_synced_at = COALESCE(excluded.payment_synced_at, p.payment_synced_at),\n  payment_sync_error = NULL,\n  payment_sync_version = p.payment_sync_version + 1,\n  provider_updated_at = excluded.provider_updated_at,\n  provider_data = excluded.provider_data\nWHERE p.provider_updated_at IS NULL OR p.provider_updated_at <= excluded.provider_updated_at\nRETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at, (xmax = 0) AS \"inserted!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Idempotent, monotonic upsert of a provider's product:
 * -- the live row of (workspace, provider, external id) is replaced by the given
 * -- object (an omitted description becomes null, active true, metadata {})
 * -- unless it holds a newer provider_updated_at; no row comes back for such a
 * -- stale write.
 * INSERT INTO products AS p (
 *   workspace_id, name, description, active, metadata, payment_provider, external_id,
 *   payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
 * VALUES (
 *   :workspaceId!, :name!, :description, COALESCE(:active, true), COALESCE(:metadata::jsonb, '{}'),
 *   :paymentProvider!, :externalId!,
 *   COALESCE(:paymentSyncStatus, 'synced'),
 *   CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() END,
 *   :providerUpdatedAt!, :providerData::jsonb)
 * ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
 * DO UPDATE SET
 *   name = excluded.name,
 *   description = excluded.description,
 *   active = excluded.active,
 *   metadata = excluded.metadata,
 *   payment_sync_status = excluded.payment_sync_status,
 *   payment_synced_at = COALESCE(excluded.payment_synced_at, p.payment_synced_at),
 *   payment_sync_error = NULL,
 *   payment_sync_version = p.payment_sync_version + 1,
 *   provider_updated_at = excluded.provider_updated_at,
 *   provider_data = excluded.provider_data
 * WHERE p.provider_updated_at IS NULL OR p.provider_updated_at <= excluded.provider_updated_at
 * RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at, (xmax = 0) AS "inserted!"
 * ```
 */
export const createProductWithSync = new PreparedQuery<ICreateProductWithSyncParams,ICreateProductWithSyncResult>(createProductWithSyncIR);


