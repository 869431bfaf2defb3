/** Types generated for queries found in "queries/customers/BulkUpsertCustomersWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type stringArray = (string)[];

/** 'BulkUpsertCustomersWithSync' parameters type */
export interface IBulkUpsertCustomersWithSyncParams {
  emails?: stringArray | null | void;
  externalIds: stringArray;
  metadatas?: JsonArray | null | void;
  names?: stringArray | null | void;
  paymentProvider: string;
  paymentSyncStatus?: string | null | void;
  providerDatas?: JsonArray | null | void;
  providerUpdatedAts: DateOrStringArray;
  workspaceId: string;
}

/** 'BulkUpsertCustomersWithSync' return type */
export interface IBulkUpsertCustomersWithSyncResult {
  inserted: number;
  stale: number;
  unchanged: number;
  updated: number;
}

/** 'BulkUpsertCustomersWithSync' query type */
export interface IBulkUpsertCustomersWithSyncQuery {
  params: IBulkUpsertCustomersWithSyncParams;
  result: IBulkUpsertCustomersWithSyncResult;
}

const bulkUpsertCustomersWithSyncIR: any = {"usedParamSet":{"paymentSyncStatus":true,"externalIds":true,"emails":true,"names":true,"metadatas":true,"providerUpdatedAts":true,"providerDatas":true,"workspaceId":true,"paymentProvider":true},"params":[{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":1053,"b":1070}]},{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1192,"b":1204},{"a":4197,"b":4209}]},{"name":"emails","required":false,"transform":{"type":"scalar"},"locs":[{"a":1215,"b":1221}]},{"name":"names","required":false,"transform":{"type":"scalar"},"locs":[{"a":1232,"b":1237}]},{"name":"metadatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1248,"b":1257}]},{"name":"providerUpdatedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":1273,"b":1292}]},{"name":"providerDatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1310,"b":1323}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":2213,"b":2225},{"a":2564,"b":2576}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":2252,"b":2268},{"a":2614,"b":2630}]}],"statement":"-- Scope: one workspace and one provider (scalars for the whole batch).\n-- Idempotent, monotonic upsert of a batch of provider customers, as\n-- CreateCustomerWithSync row by row but in ONE statement: ONE array parameter\n-- per column, expanded together by unnest (element i of every array is object\n-- i; an omitted optional array or a null element means the single-row\n-- default). Per external id only the newest object of the batch is kept\n-- (DISTINCT ON; on equal providerUpdatedAt the later element). An object\n-- whose stored row is newer (or a tombstone as new), or holds the same time\n-- and content, is left alone without touching its row; the others are\n-- inserted or replaced (version + 1), in external id order. Resolves to one\n-- row of counts: inserted, updated, unchanged (same time, same content) and\n-- stale (older than the stored row, or older duplicates); their sum is the\n-- batch size.\nWITH batch AS (\n  SELECT DISTINCT ON (b.external_id) b.external_id, b.email, b.name, COALESCE(b.metadata, '{}') AS metadata,\n         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status, b.provider_updated_at,\n         b.provider_data, b.position\n  FROM unnest(\n    :externalIds!::text[], :emails::text[], :names::text[], :metadatas::jsonb[],\n    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]\n  ) WITH ORDINALITY AS b (\n    external_id, email, name, metadata, provider_updated_at, provider_data, position)\n  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC\n),\n-- What the stored rows say of each object, as of this statement's snapshot (see CreateCustomerWithSync).\nexisting AS (\n  SELECT b.external_id,\n         CASE\n           WHEN c.provider_updated_at IS NULL OR c.provider_updated_at < b.provider_updated_at THEN NULL\n           WHEN c.provider_updated_at > b.provider_updated_at OR c.provider_deleted THEN 'stale'\n           WHEN (c.email, c.name, c.metadata, c.payment_sync_status, c.payment_sync_error, c.provider_data)\n                IS DISTINCT FROM (b.email, b.name, b.metadata, b.payment_sync_status, NULL, b.provider_data) THEN NULL\n           ELSE 'unchanged'\n         END AS skipped\n  FROM batch b\n  JOIN customers c ON c.workspace_id = :workspaceId! AND c.payment_provider = :paymentProvider!\n   AND c.external_id = b.external_id AND (c.deleted_at IS NULL OR c.provider_deleted)\n),\nwritten AS (\n  INSERT INTO customers AS c (\n    workspace_id, email, name, metadata, payment_provider, external_id, payment_sync_status,\n    payment_synced_at, provider_updated_at, provider_data)\n  SELECT :workspaceId!::uuid, b.email, b.name, b.metadata, :paymentProvider!::text, b.external_id,\n         b.payment_sync_status, CASE WHEN b.payment_sync_status = 'synced' THEN now() END,\n         b.provider_updated_at, b.provider_data\n  FROM batch b\n  WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)\n  ORDER BY b.external_id\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    email = excluded.email,\n    name = excluded.name,\n    metadata = excluded.metadata,\n    payment_sync_status = excluded.payment_sync_status,\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = c.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    provider_data = excluded.provider_data,\n    deleted_at = NULL,\n    provider_deleted = false\n  WHERE c.provider_updated_at IS NULL OR c.provider_updated_at < excluded.provider_updated_at\n     OR (c.provider_updated_at = excluded.provider_updated_at AND NOT c.provider_deleted\n         AND (c.email, c.name, c.metadata, c.payment_sync_status, c.payment_sync_error, c.provider_data)\n             IS DISTINCT FROM (excluded.email, excluded.name, excluded.metadata, excluded.payment_sync_status,\n                               NULL, excluded.provider_data))\n  RETURNING (c.xmax = 0) AS inserted\n)\nSELECT\n  (SELECT count(*) FROM written WHERE inserted) AS \"inserted!\",\n  (SELECT count(*) FROM written WHERE NOT inserted) AS \"updated!\",\n  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"unchanged!\",\n  cardinality(:externalIds!::text[]) - (SELECT count(*) FROM written)\n    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"stale!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider (scalars for the whole batch).
 * -- Idempotent, monotonic upsert of a batch of provider customers, as
 * -- CreateCustomerWithSync row by row but in ONE statement: ONE array parameter
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
 *   SELECT DISTINCT ON (b.external_id) b.external_id, b.email, b.name, COALESCE(b.metadata, '{}') AS metadata,
 *          COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status, b.provider_updated_at,
 *          b.provider_data, b.position
 *   FROM unnest(
 *     :externalIds!::text[], :emails::text[], :names::text[], :metadatas::jsonb[],
 *     :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
 *   ) WITH ORDINALITY AS b (
 *     external_id, email, name, metadata, provider_updated_at, provider_data, position)
 *   ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
 * ),
 * -- What the stored rows say of each object, as of this statement's snapshot (see CreateCustomerWithSync).
 * existing AS (
 *   SELECT b.external_id,
 *          CASE
 *            WHEN c.provider_updated_at IS NULL OR c.provider_updated_at < b.provider_updated_at THEN NULL
 *            WHEN c.provider_updated_at > b.provider_updated_at OR c.provider_deleted THEN 'stale'
 *            WHEN (c.email, c.name, c.metadata, c.payment_sync_status, c.payment_sync_error, c.provider_data)
 *                 IS DISTINCT FROM (b.email, b.name, b.metadata, b.payment_sync_status, NULL, b.provider_data) THEN NULL
 *            ELSE 'unchanged'
 *          END AS skipped
 *   FROM batch b
 *   JOIN customers c ON c.workspace_id = :workspaceId! AND c.payment_provider = :paymentProvider!
 *    AND c.external_id = b.external_id AND (c.deleted_at IS NULL OR c.provider_deleted)
 * ),
 * written AS (
 *   INSERT INTO customers AS c (
 *     workspace_id, email, name, metadata, payment_provider, external_id, payment_sync_status,
 *     payment_synced_at, provider_updated_at, provider_data)
 *   SELECT :workspaceId!::uuid, b.email, b.name, b.metadata, :paymentProvider!::text, b.external_id,
 *          b.payment_sync_status, CASE WHEN b.payment_sync_status = 'synced' THEN now() END,
 *          b.provider_updated_at, b.provider_data
 *   FROM batch b
 *   WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)
 *   ORDER BY b.external_id
 *   ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
 *   DO UPDATE SET
 *     email = excluded.email,
 *     name = excluded.name,
 *     metadata = excluded.metadata,
 *     payment_sync_status = excluded.payment_sync_status,
 *     updated_at = now(),
 *     payment_sync_error = NULL,
 *     payment_sync_version = c.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     provider_data = excluded.provider_data,
 *     deleted_at = NULL,
 *     provider_deleted = false
 *   WHERE c.provider_updated_at IS NULL OR c.provider_updated_at < excluded.provider_updated_at
 *      OR (c.provider_updated_at = excluded.provider_updated_at AND NOT c.provider_deleted
 *          AND (c.email, c.name, c.metadata, c.payment_sync_status, c.payment_sync_error, c.provider_data)
 *              IS DISTINCT FROM (excluded.email, excluded.name, excluded.metadata, excluded.payment_sync_status,
 *                                NULL, excluded.provider_data))
 *   RETURNING (c.xmax = 0) AS inserted
 * )
 * SELECT
 *   (SELECT count(*) FROM written WHERE inserted) AS "inserted!",
 *   (SELECT count(*) FROM written WHERE NOT inserted) AS "updated!",
 *   (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
 *   cardinality(:externalIds!::text[]) - (SELECT count(*) FROM written)
 *     - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!"
 * ```
 */
export const bulkUpsertCustomersWithSync = new PreparedQuery<IBulkUpsertCustomersWithSyncParams,IBulkUpsertCustomersWithSyncResult>(bulkUpsertCustomersWithSyncIR);


