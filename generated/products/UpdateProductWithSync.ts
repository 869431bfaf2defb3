/** Types generated for queries found in "queries/products/UpdateProductWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateProductWithSync' parameters type */
export interface IUpdateProductWithSyncParams {
  active?: boolean | null | void;
  description?: string | null | void;
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

/** 'UpdateProductWithSync' return type */
export interface IUpdateProductWithSyncResult {
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

/** 'UpdateProductWithSync' query type */
export interface IUpdateProductWithSyncQuery {
  params: IUpdateProductWithSyncParams;
  result: IUpdateProductWithSyncResult;
}

const updateProductWithSyncIR: any = {"usedParamSet":{"name":true,"description":true,"active":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"paymentSyncError":true,"providerUpdatedAt":true,"providerData":true,"workspaceId":true,"id":true},"params":[{"name":"name","required":false,"transform":{"type":"scalar"},"locs":[{"a":409,"b":413}]},{"name":"description","required":false,"transform":{"type":"scalar"},"locs":[{"a":450,"b":461}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":500,"b":506}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":542,"b":550}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":603,"b":618}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":667,"b":677}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":729,"b":746},{"a":803,"b":820}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":908,"b":924}]},{"name":"providerUpdatedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":1015,"b":1032},{"a":1233,"b":1250},{"a":1306,"b":1323}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":1086,"b":1098}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1144,"b":1156}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":1167,"b":1170}]}],"statement":"-- Scope: one workspace. Applies a provider's view of the product by id: the\n-- given fields (an omitted one keeps its value), the sync status (default\n-- synced, which stamps payment_synced_at), provider data and time. Monotonic:\n-- a providerUpdatedAt older than the stored one changes nothing. Adds 1 to\n-- the version. The updated row, or null when not found or stale.\nUPDATE products\nSET name = COALESCE(:name, name),\n    description = COALESCE(:description, description),\n    active = COALESCE(:active, active),\n    metadata = COALESCE(:metadata::jsonb, metadata),\n    payment_provider = COALESCE(:paymentProvider, payment_provider),\n    external_id = COALESCE(:externalId, external_id),\n    payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),\n    payment_synced_at = CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() ELSE payment_synced_at END,\n    payment_sync_error = :paymentSyncError,\n    payment_sync_version = payment_sync_version + 1,\n    provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),\n    provider_data = COALESCE(:providerData::jsonb, provider_data)\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n  AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL\n       OR provider_updated_at <= :providerUpdatedAt::timestamptz)\nRETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Applies a provider's view of the product by id: the
 * -- given fields (an omitted one keeps its value), the sync status (default
 * -- synced, which stamps payment_synced_at), provider data and time. Monotonic:
 * -- a providerUpdatedAt older than the stored one changes nothing. Adds 1 to
 * -- the version. The updated row, or null when not found or stale.
 * UPDATE products
 * SET name = COALESCE(:name, name),
 *     description = COALESCE(:description, description),
 *     active = COALESCE(:active, active),
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
 * RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 * ```
 */
export const updateProductWithSync = new PreparedQuery<IUpdateProductWithSyncParams,IUpdateProductWithSyncResult>(updateProductWithSyncIR);


