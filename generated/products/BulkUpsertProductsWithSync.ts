/** Types generated for queries found in "queries/products/BulkUpsertProductsWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type booleanArray = (boolean)[];

export type stringArray = (string)[];

/** 'BulkUpsertProductsWithSync' parameters type */
export interface IBulkUpsertProductsWithSyncParams {
  actives?: booleanArray | null | void;
  descriptions?: stringArray | null | void;
  externalIds: stringArray;
  metadatas?: JsonArray | null | void;
  names: stringArray;
  paymentProvider: string;
  paymentSyncStatus?: string | null | void;
  providerDatas?: JsonArray | null | void;
  providerUpdatedAts: DateOrStringArray;
  workspaceId: string;
}

/** 'BulkUpsertProductsWithSync' return type */
export interface IBulkUpsertProductsWithSyncResult {
  inserted: number;
  stale: number;
  unchanged: number;
  updated: number;
}

/** 'BulkUpsertProductsWithSync' query type */
export interface IBulkUpsertProductsWithSyncQuery {
  params: IBulkUpsertProductsWithSyncParams;
  result: IBulkUpsertProductsWithSyncResult;
}

const bulkUpsertProductsWithSyncIR: any = {"usedParamSet":{"paymentSyncStatus":true,"externalIds":true,"names":true,"descriptions":true,"actives":true,"metadatas":true,"providerUpdatedAts":true,"providerDatas":true,"workspaceId":true,"paymentProvider":true},"params":[{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":1102,"b":1119}]},{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1241,"b":1253},{"a":4493,"b":4505}]},{"name":"names","required":true,"transform":{"type":"scalar"},"locs":[{"a":1264,"b":1270}]},{"name":"descriptions","required":false,"transform":{"type":"scalar"},"locs":[{"a":1281,"b":1293}]},{"name":"actives","required":false,"transform":{"type":"scalar"},"locs":[{"a":1304,"b":1311}]},{"name":"metadatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1325,"b":1334}]},{"name":"providerUpdatedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":1350,"b":1369}]},{"name":"providerDatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1387,"b":1400}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":2385,"b":2397},{"a":2749,"b":2761}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":2424,"b":2440},{"a":2815,"b":2831}]}],"statement":"-- Scope: one workspace and one provider (scalars for the whole batch).\n-- Idempotent, monotonic upsert of a batch of provider products, as\n-- CreateProductWithSync row by row but in ONE statement: ONE array parameter\n-- per column, expanded together by unnest (element i of every array is object\n-- i; an omitted optional array or a null element means the single-row\n-- default). Per external id only the newest object of the batch is kept\n-- (DISTINCT ON; on equal providerUpdatedAt the later element). An object\n-- whose stored row is newer (or a tombstone as new), or holds the same time\n-- and content, is left alone without touching its row; the others are\n-- inserted or replaced (version + 1), in external id order. Resolves to one\n-- row of counts: inserted, updated, unchanged (same time, same content) and\n-- stale (older than the stored row, or older duplicates); their sum is the\n-- batch size.\nWITH batch AS (\n  SELECT DISTINCT ON (b.external_id) b.external_id, b.name, b.description, COALESCE(b.active, true) AS active,\n         COALESCE(b.metadata, '{}') AS metadata,\n         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status, b.provider_updated_at,\n         b.provider_data, b.position\n  FROM unnest(\n    :externalIds!::text[], :names!::text[], :descriptions::text[], :actives::boolean[], :metadatas::jsonb[],\n    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]\n  ) WITH ORDINALITY AS b (\n    external_id, name, description, active, metadata, provider_updated_at, provider_data, position)\n  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC\n),\n-- What the stored rows say of each object, as of this statement's snapshot (see CreateProductWithSync).\nexisting AS (\n  SELECT b.external_id,\n         CASE\n           WHEN p.provider_updated_at IS NULL OR p.provider_updated_at < b.provider_updated_at THEN NULL\n           WHEN p.provider_updated_at > b.provider_updated_at OR p.provider_deleted THEN 'stale'\n           WHEN (p.name, p.description, p.active, p.metadata, p.payment_sync_status, p.payment_sync_error,\n                 p.provider_data)\n                IS DISTINCT FROM (b.name, b.description, b.active, b.metadata, b.payment_sync_status, NULL,\n                                  b.provider_data) THEN NULL\n           ELSE 'unchanged'\n         END AS skipped\n  FROM batch b\n  JOIN products p ON p.workspace_id = :workspaceId! AND p.payment_provider = :paymentProvider!\n   AND p.external_id = b.external_id AND (p.deleted_at IS NULL OR p.provider_deleted)\n),\nwritten AS (\n  INSERT INTO products AS p (\n    workspace_id, name, description, active, metadata, payment_provider, external_id, payment_sync_status,\n    payment_synced_at, provider_updated_at, provider_data)\n  SELECT :workspaceId!::uuid, b.name, b.description, b.active, b.metadata, :paymentProvider!::text,\n         b.external_id, b.payment_sync_status, CASE WHEN b.payment_sync_status = 'synced' THEN now() END,\n         b.provider_updated_at, b.provider_data\n  FROM batch b\n  WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)\n  ORDER BY b.external_id\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    name = excluded.name,\n    description = excluded.description,\n    active = excluded.active,\n    metadata = excluded.metadata,\n    payment_sync_status = excluded.payment_sync_status,\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = p.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    provider_data = excluded.provider_data,\n    deleted_at = NULL,\n    provider_deleted = false\n  WHERE p.provider_updated_at IS NULL OR p.provider_updated_at < excluded.provider_updated_at\n     OR (p.provider_updated_at = excluded.provider_updated_at AND NOT p.provider_deleted\n         AND (p.name, p.description, p.active, p.metadata, p.payment_sync_status, p.payment_sync_error,\n              p.provider_data)\n             IS DISTINCT FROM (excluded.name, excluded.description, excluded.active, excluded.metadata,\n                               excluded.payment_sync_status, NULL, excluded.provider_data))\n  RETURNING (p.xmax = 0) AS inserted\n)\nSELECT\n  (SELECT count(*) FROM written WHERE inserted) AS \"inserted!\",\n  (SELECT count(*) FROM written WHERE NOT inserted) AS \"updated!\",\n  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"unchanged!\",\n  cardinality(:externalIds!::text[]) - (SELECT count(*) FROM written)\n    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"stale!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider (scalars for the whole batch).
 * -- Idempotent, monotonic upsert of a batch of provider products, as
 * -- CreateProductWithSync row by row but in ONE statement: ONE array parameter
 * -- per column, expanded together by unnest (element i of every array is object
 * -- i; an omitted optional array or a null element means the single-row
 * -- default). Per external id only the newest object of the batch is kept
 * -- (DISTINCT ON; on equal providerUpdatedAt the later element). An object
 * -- whose stored row is newer (or a tombstone as new), or holds the same time
 * -- and content, is left alone without touching its row; the others are
 * -- inserted or replaced (version + 1), in external id order. Resolves to one
 * -- row of counts: inserted, updated, unchanged (same time, same content) and
 * -- stale (older than the stored row, or older duplicates); their sum is the
 * -- batch size.
 * WITH batch AS (
 *   SELECT DISTINCT ON (b.external_id) b.external_id, b.name, b.description, COALESCE(b.active, true) AS active,
 *          COALESCE(b.metadata, '{}') AS metadata,
 *          COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status, b.provider_updated_at,
 *          b.provider_data, b.position
 *   FROM unnest(
 *     :externalIds!::text[], :names!::text[], :descriptions::text[], :actives::boolean[], :metadatas::jsonb[],
 *     :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
 *   ) WITH ORDINALITY AS b (
 *     external_id, name, description, active, metadata, provider_updated_at, provider_data, position)
 *   ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
 * ),
 * -- What the stored rows say of each object, as of this statement's snapshot (see CreateProductWithSync).
 * existing AS (
 *   SELECT b.external_id,
 *          CASE
 *            WHEN p.provider_updated_at IS NULL OR p.provider_updated_at < b.provider_updated_at THEN NULL
 *            WHEN p.provider_updated_at > b.provider_updated_at OR p.provider_deleted THEN 'stale'
 *            WHEN (p.name, p.description, p.active, p.metadata, p.payment_sync_status, p.payment_sync_error,
 *                  p.provider_data)
 *                 IS DISTINCT FROM (b.name, b.description, b.active, b.metadata, b.payment_sync_status, NULL,
 *                                   b.provider_data) THEN NULL
 *            ELSE 'unchanged'
 *          END AS skipped
 *   FROM batch b
 *   JOIN products p ON p.workspace_id = :workspaceId! AND p.payment_provider = :paymentProvider!
 *    AND p.external_id = b.external_id AND (p.deleted_at IS NULL OR p.provider_deleted)
 * ),
 * written AS (
 *   INSERT INTO products AS p (
 *     workspace_id, name, description, active, metadata, payment_provider, external_id, payment_sync_status,
 *     payment_synced_at, provider_updated_at, provider_data)
 *   SELECT :workspaceId!::uuid, b.name, b.description, b.active, b.metadata, :paymentProvider!::text,
 *          b.external_id, b.payment_sync_status, CASE WHEN b.payment_sync_status = 'synced' THEN now() END,
 *          b.provider_updated_at, b.provider_data
 *   FROM batch b
 *   WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)
 *   ORDER BY b.external_id
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
 *   RETURNING (p.xmax = 0) AS inserted
 * )
 * SELECT
 *   (SELECT count(*) FROM written WHERE inserted) AS "inserted!",
 *   (SELECT count(*) FROM written WHERE NOT inserted) AS "updated!",
 *   (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
 *   cardinality(:externalIds!::text[]) - (SELECT count(*) FROM written)
 *     - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!"
 * ```
 */
export const bulkUpsertProductsWithSync = new PreparedQuery<IBulkUpsertProductsWithSyncParams,IBulkUpsertProductsWithSyncResult>(bulkUpsertProductsWithSyncIR);


