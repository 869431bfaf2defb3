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
  metadata: Json;
  name: string | null;
  outcome: string;
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

const createProductWithSyncIR: any = {"usedParamSet":{"name":true,"description":true,"active":true,"metadata":true,"paymentSyncStatus":true,"providerUpdatedAt":true,"providerData":true,"workspaceId":true,"paymentProvider":true,"externalId":true},"params":[{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":741,"b":746}]},{"name":"description","required":false,"transform":{"type":"scalar"},"locs":[{"a":763,"b":774}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":807,"b":813}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":860,"b":868}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":915,"b":932}]},{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":984,"b":1002}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":1041,"b":1053}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":2030,"b":2042},{"a":2394,"b":2406}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":2069,"b":2085},{"a":2454,"b":2470}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":2107,"b":2118},{"a":2473,"b":2484}]}],"statement":"-- Scope: one workspace. Idempotent, monotonic upsert of a provider's product\n-- by (workspace, provider, external id), in one statement. The write applies\n-- when the stored row has no provider time (a placeholder, a local row), is\n-- older, or holds the same time with other content (every column the write\n-- sets, provider_data included); it then inserts (created) or replaces\n-- (updated, version + 1), reviving a tombstone only when strictly newer.\n-- Otherwise nothing is written and the stored row comes back: stale (the\n-- stored row is newer, or a tombstone as new) or unchanged (same time, same\n-- content). No row: a concurrent writer changed the row since this\n-- statement's snapshot; run it again.\nWITH incoming AS (\n  SELECT :name!::text AS name, :description::text AS description, COALESCE(:active::boolean, true) AS active,\n         COALESCE(:metadata::jsonb, '{}') AS metadata,\n         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status,\n         :providerUpdatedAt!::timestamptz AS provider_updated_at, :providerData::jsonb AS provider_data\n),\nexisting AS (\n  SELECT p.workspace_id, p.id, p.name, p.description, p.active, p.metadata, p.external_id, p.payment_provider,\n         p.payment_sync_status, p.payment_synced_at, p.payment_sync_version, p.payment_sync_error,\n         p.provider_updated_at, p.provider_data, p.created_at, p.updated_at, p.deleted_at,\n         CASE\n           WHEN p.provider_updated_at IS NULL OR p.provider_updated_at < i.provider_updated_at THEN NULL\n           WHEN p.provider_updated_at > i.provider_updated_at OR p.provider_deleted THEN 'stale'\n           WHEN (p.name, p.description, p.active, p.metadata, p.payment_sync_status, p.payment_sync_error,\n                 p.provider_data)\n                IS DISTINCT FROM (i.name, i.description, i.active, i.metadata, i.payment_sync_status, NULL,\n                                  i.provider_data) THEN NULL\n           ELSE 'unchanged'\n         END AS skipped\n  FROM products p, incoming i\n  WHERE p.workspace_id = :workspaceId! AND p.payment_provider = :paymentProvider! AND p.external_id = :externalId!\n    AND (p.deleted_at IS NULL OR p.provider_deleted)\n),\nwritten AS (\n  INSERT INTO products AS p (\n    workspace_id, name, description, active, metadata, payment_provider, external_id, payment_sync_status,\n    payment_synced_at, provider_updated_at, provider_data)\n  SELECT :workspaceId!, i.name, i.description, i.active, i.metadata, :paymentProvider!, :externalId!,\n         i.payment_sync_status, CASE WHEN i.payment_sync_status = 'synced' THEN now() END,\n         i.provider_updated_at, i.provider_data\n  FROM incoming i\n  WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    name = excluded.name,\n    description = excluded.description,\n    active = excluded.active,\n    metadata = excluded.metadata,\n    payment_sync_status = excluded.payment_sync_status,\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = p.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    provider_data = excluded.provider_data,\n    deleted_at = NULL,\n    provider_deleted = false\n  WHERE p.provider_updated_at IS NULL OR p.provider_updated_at < excluded.provider_updated_at\n     OR (p.provider_updated_at = excluded.provider_updated_at AND NOT p.provider_deleted\n         AND (p.name, p.description, p.active, p.metadata, p.payment_sync_status, p.payment_sync_error,\n              p.provider_data)\n             IS DISTINCT FROM (excluded.name, excluded.description, excluded.active, excluded.metadata,\n                               excluded.payment_sync_status, NULL, excluded.provider_data))\n  RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n            payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n            provider_updated_at, provider_data, created_at, updated_at, deleted_at,\n            CASE WHEN xmax = 0 THEN 'created' ELSE 'updated' END AS outcome\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", name, description, active AS \"active!\",\n       metadata AS \"metadata!\", external_id, payment_provider, payment_sync_status AS \"payment_sync_status!\",\n       payment_synced_at, payment_sync_version AS \"payment_sync_version!\", payment_sync_error,\n       provider_updated_at, provider_data, created_at AS \"created_at!\", updated_at AS \"updated_at!\",\n       deleted_at, outcome AS \"outcome!\"\nFROM written\nUNION ALL\nSELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at, skipped\nFROM existing\nWHERE skipped IS NOT NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Idempotent, monotonic upsert of a provider's product
 * -- by (workspace, provider, external id), in one statement. The write applies
 * -- when the stored row has no provider time (a placeholder, a local row), is
 * -- older, or holds the same time with other content (every column the write
 * -- sets, provider_data included); it then inserts (created) or replaces
 * -- (updated, version + 1), reviving a tombstone only when strictly newer.
 * -- Otherwise nothing is written and the stored row comes back: stale (the
 * -- stored row is newer, or a tombstone as new) or unchanged (same time, same
 * -- content). No row: a concurrent writer changed the row since this
 * -- statement's snapshot; run it again.
 * WITH incoming AS (
 *   SELECT :name!::text AS name, :description::text AS description, COALESCE(:active::boolean, true) AS active,
 *          COALESCE(:metadata::jsonb, '{}') AS metadata,
 *          COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status,
 *          :providerUpdatedAt!::timestamptz AS provider_updated_at, :providerData::jsonb AS provider_data
 * ),
 * existing AS (
 *   SELECT p.workspace_id, p.id, p.name, p.description, p.active, p.metadata, p.external_id, p.payment_provider,
 *          p.payment_sync_status, p.payment_synced_at, p.payment_sync_version, p.payment_sync_error,
 *          p.provider_updated_at, p.provider_data, p.created_at, p.updated_at, p.deleted_at,
 *          CASE
 *            WHEN p.provider_updated_at IS NULL OR p.provider_updated_at < i.provider_updated_at THEN NULL
 *            WHEN p.provider_updated_at > i.provider_updated_at OR p.provider_deleted THEN 'stale'
 *            WHEN (p.name, p.description, p.active, p.metadata, p.payment_sync_status, p.payment_sync_error,
 *                  p.provider_data)
 *                 IS DISTINCT FROM (i.name, i.description, i.active, i.metadata, i.payment_sync_status, NULL,
 *                                   i.provider_data) THEN NULL
 *            ELSE 'unchanged'
 *          END AS skipped
 *   FROM products p, incoming i
 *   WHERE p.workspace_id = :workspaceId! AND p.payment_provider = :paymentProvider! AND p.external_id = :externalId!
 *     AND (p.deleted_at IS NULL OR p.provider_deleted)
 * ),
 * written AS (
 *   INSERT INTO products AS p (
 *     workspace_id, name, description, active, metadata, payment_provider, external_id, payment_sync_status,
 *     payment_synced_at, provider_updated_at, provider_data)
 *   SELECT :workspaceId!, i.name, i.description, i.active, i.metadata, :paymentProvider!, :externalId!,
 *          i.payment_sync_status, CASE WHEN i.payment_sync_status = 'synced' THEN now() END,
 *          i.provider_updated_at, i.provider_data
 *   FROM incoming i
 *   WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)
 *   ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
 *   DO UPDATE SET
 *     name = excluded.name,
 *     description = excluded.description,
 *     active = excluded.active,
 *     metadata = excluded.metadata,
 *     payment_sync_status = excluded.payment_sync_status,
 *     updated_at = now(),
 *     payment_sync_error = NULL,
 *     payment_sync_version = p.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     provider_data = excluded.provider_data,
 *     deleted_at = NULL,
 *     provider_deleted = false
 *   WHERE p.provider_updated_at IS NULL OR p.provider_updated_at < excluded.provider_updated_at
 *      OR (p.provider_updated_at = excluded.provider_updated_at AND NOT p.provider_deleted
 *          AND (p.name, p.description, p.active, p.metadata, p.payment_sync_status, p.payment_sync_error,
 *               p.provider_data)
 *              IS DISTINCT FROM (excluded.name, excluded.description, excluded.active, excluded.metadata,
 *                                excluded.payment_sync_status, NULL, excluded.provider_data))
 *   RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *             payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *             provider_updated_at, provider_data, created_at, updated_at, deleted_at,
 *             CASE WHEN xmax = 0 THEN 'created' ELSE 'updated' END AS outcome
 * )
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT workspace_id AS "workspace_id!", id AS "id!", name, description, active AS "active!",
 *        metadata AS "metadata!", external_id, payment_provider, payment_sync_status AS "payment_sync_status!",
 *        payment_synced_at, payment_sync_version AS "payment_sync_version!", payment_sync_error,
 *        provider_updated_at, provider_data, created_at AS "created_at!", updated_at AS "updated_at!",
 *        deleted_at, outcome AS "outcome!"
 * FROM written
 * UNION ALL
 * SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at, skipped
 * FROM existing
 * WHERE skipped IS NOT NULL
 * ```
 */
export const createProductWithSync = new PreparedQuery<ICreateProductWithSyncParams,ICreateProductWithSyncResult>(createProductWithSyncIR);


