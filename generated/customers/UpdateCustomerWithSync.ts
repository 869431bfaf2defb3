/** Types generated for queries found in "queries/customers/UpdateCustomerWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateCustomerWithSync' parameters type */
export interface IUpdateCustomerWithSyncParams {
  email?: string | null | void;
  externalId?: string | null | void;
  id: string;
  metadata?: Json | null | void;
  name?: string | null | void;
  paymentProvider?: string | null | void;
  paymentSyncError?: string | null | void;
  paymentSyncStatus?: string | null | void;
  providerData?: Json | null | void;
  providerUpdatedAt?: DateOrString | null | void;
  workspaceId: string;
}

/** 'UpdateCustomerWithSync' return type */
export interface IUpdateCustomerWithSyncResult {
  createdAt: Date;
  deletedAt: Date | null;
  email: string | null;
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

/** 'UpdateCustomerWithSync' query type */
export interface IUpdateCustomerWithSyncQuery {
  params: IUpdateCustomerWithSyncParams;
  result: IUpdateCustomerWithSyncResult;
}

const updateCustomerWithSyncIR: any = {"usedParamSet":{"email":true,"name":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"paymentSyncError":true,"providerUpdatedAt":true,"providerData":true,"workspaceId":true,"id":true},"params":[{"name":"email","required":false,"transform":{"type":"scalar"},"locs":[{"a":412,"b":417}]},{"name":"name","required":false,"transform":{"type":"scalar"},"locs":[{"a":448,"b":452}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":486,"b":494}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":547,"b":562}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":611,"b":621}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":673,"b":690},{"a":747,"b":764}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":852,"b":868}]},{"name":"providerUpdatedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":959,"b":976},{"a":1177,"b":1194},{"a":1250,"b":1267}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":1030,"b":1042}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1088,"b":1100}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":1111,"b":1114}]}],"statement":"-- Scope: one workspace. Applies a provider's view of the customer by id: the\n-- given fields (an omitted one keeps its value), the sync status (default\n-- synced, which stamps payment_synced_at), provider data and time. Monotonic:\n-- a providerUpdatedAt older than the stored one changes nothing. Adds 1 to\n-- the version. The updated row, or null when not found or stale.\nUPDATE customers\nSET email = COALESCE(:email, email),\n    name = COALESCE(:name, name),\n    metadata = COALESCE(:metadata::jsonb, metadata),\n    payment_provider = COALESCE(:paymentProvider, payment_provider),\n    external_id = COALESCE(:externalId, external_id),\n    payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),\n    payment_synced_at = CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() ELSE payment_synced_at END,\n    payment_sync_error = :paymentSyncError,\n    payment_sync_version = payment_sync_version + 1,\n    provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),\n    provider_data = COALESCE(:providerData::jsonb, provider_data)\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n  AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL\n       OR provider_updated_at <= :providerUpdatedAt::timestamptz)\nRETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Applies a provider's view of the customer by id: the
 * -- given fields (an omitted one keeps its value), the sync status (default
 * -- synced, which stamps payment_synced_at), provider data and time. Monotonic:
 * -- a providerUpdatedAt older than the stored one changes nothing. Adds 1 to
 * -- the version. The updated row, or null when not found or stale.
 * UPDATE customers
 * SET email = COALESCE(:email, email),
 *     name = COALESCE(:name, name),
 *     metadata = COALESCE(:metadata::jsonb, metadata),
 *     payment_provider = COALESCE(:paymentProvider, payment_provider),
 *     external_id = COALESCE(:externalId, external_id),
 *     payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),
 *     payment_synced_at = CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() ELSE payment_synced_at END,
 *     payment_sync_error = :paymentSyncError,
 *     payment_sync_version = payment_sync_version + 1,
 *     provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),
 *     provider_data = COALESCE(:providerData::jsonb, provider_data)
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 *   AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL
 *        OR provider_updated_at <= :providerUpdatedAt::timestamptz)
 * RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 * ```
 */
export const updateCustomerWithSync = new PreparedQuery<IUpdateCustomerWithSyncParams,IUpdateCustomerWithSyncResult>(updateCustomerWithSyncIR);


