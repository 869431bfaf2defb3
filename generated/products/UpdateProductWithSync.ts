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

/** 'UpdateProductWithSync' query type */
export interface IUpdateProductWithSyncQuery {
  params: IUpdateProductWithSyncParams;
  result: IUpdateProductWithSyncResult;
}

const updateProductWithSyncIR: any = {"usedParamSet":{"workspaceId":true,"id":true,"providerUpdatedAt":true,"name":true,"description":true,"active":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"paymentSyncError":true,"providerData":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":899,"b":911},{"a":2339,"b":2351}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":922,"b":925},{"a":2362,"b":2365}]},{"name":"providerUpdatedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":980,"b":997},{"a":2206,"b":2223},{"a":2430,"b":2447},{"a":2505,"b":2522}]},{"name":"name","required":false,"transform":{"type":"scalar"},"locs":[{"a":1193,"b":1197},{"a":1679,"b":1683}]},{"name":"description","required":false,"transform":{"type":"scalar"},"locs":[{"a":1216,"b":1227},{"a":1722,"b":1733}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":1283,"b":1289},{"a":1774,"b":1780}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":1310,"b":1318},{"a":1818,"b":1826}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":1378,"b":1393},{"a":1881,"b":1896}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1454,"b":1464},{"a":1947,"b":1957}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":1490,"b":1507},{"a":2011,"b":2028}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":1551,"b":1567},{"a":2095,"b":2111}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":1585,"b":1597},{"a":2279,"b":2291}]}],"statement":"-- Scope: one workspace. Applies a provider's view of the product by id: the\n-- given fields (an omitted one keeps its value), the sync status (default\n-- synced, which stamps payment_synced_at), provider data and time. Monotonic:\n-- a providerUpdatedAt older than the stored one changes nothing (null). The\n-- same providerUpdatedAt with the same content (every column the write would\n-- set) is an unchanged replay: nothing is written and the stored row comes\n-- back as it was. Otherwise adds 1 to the version and returns the updated\n-- row; null when not found or stale.\nWITH existing AS (\n  SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n         payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n         provider_updated_at, provider_data, created_at, updated_at, deleted_at\n  FROM products\n  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n    AND provider_updated_at = :providerUpdatedAt::timestamptz\n    AND (name, description, active, metadata, payment_provider, external_id, payment_sync_status,\n         payment_sync_error, provider_data)\n        IS NOT DISTINCT FROM (COALESCE(:name, name), COALESCE(:description, description),\n                              COALESCE(:active, active), COALESCE(:metadata::jsonb, metadata),\n                              COALESCE(:paymentProvider, payment_provider),\n                              COALESCE(:externalId, external_id), COALESCE(:paymentSyncStatus, 'synced'),\n                              :paymentSyncError::text, COALESCE(:providerData::jsonb, provider_data))\n),\nwritten AS (\n  UPDATE products\n  SET name = COALESCE(:name, name),\n      description = COALESCE(:description, description),\n      active = COALESCE(:active, active),\n      metadata = COALESCE(:metadata::jsonb, metadata),\n      payment_provider = COALESCE(:paymentProvider, payment_provider),\n      external_id = COALESCE(:externalId, external_id),\n      payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),\n      updated_at = now(),\n      payment_sync_error = :paymentSyncError,\n      payment_sync_version = payment_sync_version + 1,\n      provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),\n      provider_data = COALESCE(:providerData::jsonb, provider_data)\n  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n    AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL\n         OR provider_updated_at <= :providerUpdatedAt::timestamptz)\n    AND NOT EXISTS (SELECT FROM existing)\n  RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n            payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n            provider_updated_at, provider_data, created_at, updated_at, deleted_at\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", name, description, active AS \"active!\",\n       metadata AS \"metadata!\", external_id, payment_provider, payment_sync_status AS \"payment_sync_status!\",\n       payment_synced_at, payment_sync_version AS \"payment_sync_version!\", payment_sync_error,\n       provider_updated_at, provider_data, created_at AS \"created_at!\", updated_at AS \"updated_at!\",\n       deleted_at\nFROM written\nUNION ALL\nSELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at\nFROM existing"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Applies a provider's view of the product by id: the
 * -- given fields (an omitted one keeps its value), the sync status (default
 * -- synced, which stamps payment_synced_at), provider data and time. Monotonic:
 * -- a providerUpdatedAt older than the stored one changes nothing (null). The
 * -- same providerUpdatedAt with the same content (every column the write would
 * -- set) is an unchanged replay: nothing is written and the stored row comes
 * -- back as it was. Otherwise adds 1 to the version and returns the updated
 * -- row; null when not found or stale.
 * WITH existing AS (
 *   SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *          provider_updated_at, provider_data, created_at, updated_at, deleted_at
 *   FROM products
 *   WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 *     AND provider_updated_at = :providerUpdatedAt::timestamptz
 *     AND (name, description, active, metadata, payment_provider, external_id, payment_sync_status,
 *          payment_sync_error, provider_data)
 *         IS NOT DISTINCT FROM (COALESCE(:name, name), COALESCE(:description, description),
 *                               COALESCE(:active, active), COALESCE(:metadata::jsonb, metadata),
 *                               COALESCE(:paymentProvider, payment_provider),
 *                               COALESCE(:externalId, external_id), COALESCE(:paymentSyncStatus, 'synced'),
 *                               :paymentSyncError::text, COALESCE(:providerData::jsonb, provider_data))
 * ),
 * written AS (
 *   UPDATE products
 *   SET name = COALESCE(:name, name),
 *       description = COALESCE(:description, description),
 *       active = COALESCE(:active, active),
 *       metadata = COALESCE(:metadata::jsonb, metadata),
 *       payment_provider = COALESCE(:paymentProvider, payment_provider),
 *       external_id = COALESCE(:externalId, external_id),
 *       payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),
 *       updated_at = now(),
 *       payment_sync_error = :paymentSyncError,
 *       payment_sync_version = payment_sync_version + 1,
 *       provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),
 *       provider_data = COALESCE(:providerData::jsonb, provider_data)
 *   WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 *     AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL
 *          OR provider_updated_at <= :providerUpdatedAt::timestamptz)
 *     AND NOT EXISTS (SELECT FROM existing)
 *   RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *             payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *             provider_updated_at, provider_data, created_at, updated_at, deleted_at
 * )
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT workspace_id AS "workspace_id!", id AS "id!", name, description, active AS "active!",
 *        metadata AS "metadata!", external_id, payment_provider, payment_sync_status AS "payment_sync_status!",
 *        payment_synced_at, payment_sync_version AS "payment_sync_version!", payment_sync_error,
 *        provider_updated_at, provider_data, created_at AS "created_at!", updated_at AS "updated_at!",
 *        deleted_at
 * FROM written
 * UNION ALL
 * SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at
 * FROM existing
 * ```
 */
export const updateProductWithSync = new PreparedQuery<IUpdateProductWithSyncParams,IUpdateProductWithSyncResult>(updateProductWithSyncIR);


