/** Types generated for queries found in "queries/customers/CreateCustomerWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'CreateCustomerWithSync' parameters type */
export interface ICreateCustomerWithSyncParams {
  email?: string | null | void;
  externalId: string;
  metadata?: Json | null | void;
  name?: string | null | void;
  paymentProvider: string;
  paymentSyncStatus?: string | null | void;
  providerData?: Json | null | void;
  providerUpdatedAt: DateOrString;
  workspaceId: string;
}

/** 'CreateCustomerWithSync' return type */
export interface ICreateCustomerWithSyncResult {
  createdAt: Date;
  deletedAt: Date | null;
  email: string | null;
  externalId: string | null;
  id: string;
  inserted: boolean;
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

/** 'CreateCustomerWithSync' query type */
export interface ICreateCustomerWithSyncQuery {
  params: ICreateCustomerWithSyncParams;
  result: ICreateCustomerWithSyncResult;
}

const createCustomerWithSyncIR: any = {"usedParamSet":{"workspaceId":true,"email":true,"name":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"providerUpdatedAt":true,"providerData":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":423,"b":435}]},{"name":"email","required":false,"transform":{"type":"scalar"},"locs":[{"a":438,"b":443}]},{"name":"name","required":false,"transform":{"type":"scalar"},"locs":[{"a":446,"b":450}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":462,"b":470}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":487,"b":503}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":506,"b":517}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":531,"b":548},{"a":583,"b":600}]},{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":642,"b":660}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":663,"b":675}]}],"statement":"-- Scope: one workspace. Idempotent, monotonic upsert of a provider's customer:\n-- the live row of (workspace, provider, external id) is updated unless it holds\n-- a newer provider_updated_at; no row comes back for such a stale write.\nINSERT INTO customers AS c (\n  workspace_id, email, name, metadata, payment_provider, external_id,\n  payment_sync_status, payment_synced_at, provider_updated_at, provider_data)\nVALUES (\n  :workspaceId!, :email, :name, COALESCE(:metadata::jsonb, '{}'), :paymentProvider!, :externalId!,\n  COALESCE(:paymentSyncStatus, 'synced'),\n  CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() END,\n  :providerUpdatedAt!, :providerData::jsonb)\nON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL\nDO UPDATE SET\n  email = excluded.email,\n  name = excluded.name,\n  metadata = excluded.metadata,\n  payment_sync_status = excluded.payment_sync_status,\n  payment_synced_at = COALESCE(excluded.payment_synced_at, c.payment_synced_at),\n  payment_sync_error = NULL,\n  payment_sync_version = c.payment_sync_version + 1,\n  provider_updated_at = excluded.provider_updated_at,\n  provider_data = excluded.provider_data\nWHERE c.provider_updated_at IS NULL OR c.provider_updated_at <= excluded.provider_updated_at\nRETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at, (xmax = 0) AS \"inserted!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Idempotent, monotonic upsert of a provider's customer:
 * -- the live row of (workspace, provider, external id) is updated unless it holds
 * -- a newer provider_updated_at; no row comes back for such a stale write.
 * INSERT INTO customers AS c (
 *   workspace_id, email, name, metadata, payment_provider, external_id,
 *   payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
 * VALUES (
 *   :workspaceId!, :email, :name, COALESCE(:metadata::jsonb, '{}'), :paymentProvider!, :externalId!,
 *   COALESCE(:paymentSyncStatus, 'synced'),
 *   CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() END,
 *   :providerUpdatedAt!, :providerData::jsonb)
 * ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
 * DO UPDATE SET
 *   email = excluded.email,
 *   name = excluded.name,
 *   metadata = excluded.metadata,
 *   payment_sync_status = excluded.payment_sync_status,
 *   payment_synced_at = COALESCE(excluded.payment_synced_at, c.payment_synced_at),
 *   payment_sync_error = NULL,
 *   payment_sync_version = c.payment_sync_version + 1,
 *   provider_updated_at = excluded.provider_updated_at,
 *   provider_data = excluded.provider_data
 * WHERE c.provider_updated_at IS NULL OR c.provider_updated_at <= excluded.provider_updated_at
 * RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at, (xmax = 0) AS "inserted!"
 * ```
 */
export const createCustomerWithSync = new PreparedQuery<ICreateCustomerWithSyncParams,ICreateCustomerWithSyncResult>(createCustomerWithSyncIR);


