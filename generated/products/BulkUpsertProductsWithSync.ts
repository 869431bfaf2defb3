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
  updated: number;
}

/** 'BulkUpsertProductsWithSync' query type */
export interface IBulkUpsertProductsWithSyncQuery {
  params: IBulkUpsertProductsWithSyncParams;
  result: IBulkUpsertProductsWithSyncResult;
}

const bulkUpsertProductsWithSyncIR: any = {"usedParamSet":{"externalIds":true,"names":true,"descriptions":true,"actives":true,"metadatas":true,"providerUpdatedAts":true,"providerDatas":true,"workspaceId":true,"paymentProvider":true,"paymentSyncStatus":true},"params":[{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1070,"b":1082},{"a":2842,"b":2854}]},{"name":"names","required":true,"transform":{"type":"scalar"},"locs":[{"a":1093,"b":1099}]},{"name":"descriptions","required":false,"transform":{"type":"scalar"},"locs":[{"a":1110,"b":1122}]},{"name":"actives","required":false,"transform":{"type":"scalar"},"locs":[{"a":1133,"b":1140}]},{"name":"metadatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1154,"b":1163}]},{"name":"providerUpdatedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":1179,"b":1198}]},{"name":"providerDatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1216,"b":1229}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1662,"b":1674}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1764,"b":1780}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":1817,"b":1834},{"a":1877,"b":1894}]}],"statement":"-- Scope: one workspace and one provider (scalars for the whole batch).\n-- Idempotent, monotonic upsert of a batch of provider products, as\n-- CreateProductWithSync row by row but in ONE statement: ONE array parameter\n-- per column, expanded together by unnest (element i of every array is object\n-- i; an omitted optional array or a null element means the single-row\n-- default: description null, active true, metadata {}). Per external id only\n-- the newest object of the batch is kept (DISTINCT ON; on equal\n-- providerUpdatedAt the later element). Its live row of (workspace, provider,\n-- external id) is inserted, or replaced (version + 1) unless it holds a newer\n-- provider_updated_at. Rows are written in external id order. Resolves to one\n-- row of counts: inserted, updated, and stale (objects that changed nothing:\n-- older than the stored row, or older duplicates).\nWITH batch AS (\n  SELECT DISTINCT ON (b.external_id) b.external_id, b.name, b.description, b.active, b.metadata,\n         b.provider_updated_at, b.provider_data, b.position\n  FROM unnest(\n    :externalIds!::text[], :names!::text[], :descriptions::text[], :actives::boolean[], :metadatas::jsonb[],\n    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]\n  ) WITH ORDINALITY AS b (\n    external_id, name, description, active, metadata, provider_updated_at, provider_data, position)\n  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC\n),\nwritten AS (\n  INSERT INTO products AS p (\n    workspace_id, name, description, active, metadata, payment_provider, external_id,\n    payment_sync_status, payment_synced_at, provider_updated_at, provider_data)\n  SELECT\n    :workspaceId!::uuid, b.name, b.description, COALESCE(b.active, true), COALESCE(b.metadata, '{}'),\n    :paymentProvider!::text, b.external_id,\n    COALESCE(:paymentSyncStatus::text, 'synced'),\n    CASE WHEN COALESCE(:paymentSyncStatus::text, 'synced') = 'synced' THEN now() END,\n    b.provider_updated_at, b.provider_data\n  FROM batch b\n  ORDER BY b.external_id\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL\n  DO UPDATE SET\n    name = excluded.name,\n    description = excluded.description,\n    active = excluded.active,\n    metadata = excluded.metadata,\n    payment_sync_status = excluded.payment_sync_status,\n    payment_synced_at = COALESCE(excluded.payment_synced_at, p.payment_synced_at),\n    payment_sync_error = NULL,\n    payment_sync_version = p.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    provider_data = excluded.provider_data\n  WHERE p.provider_updated_at IS NULL OR p.provider_updated_at <= excluded.provider_updated_at\n  RETURNING (p.xmax = 0) AS inserted\n)\nSELECT\n  count(*) FILTER (WHERE w.inserted) AS \"inserted!\",\n  count(*) FILTER (WHERE NOT w.inserted) AS \"updated!\",\n  cardinality(:externalIds!::text[]) - count(*) AS \"stale!\"\nFROM written w"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider (scalars for the whole batch).
 * -- Idempotent, monotonic upsert of a batch of provider products, as
 * -- CreateProductWithSync row by row but in ONE statement: ONE array parameter
 * -- per column, expanded together by unnest (element i of every array is object
 * -- i; an omitted optional array or a null element means the single-row
 * -- default: description null, active true, metadata {}). Per external id only
 * -- the newest object of the batch is kept (DISTINCT ON; on equal
 * -- providerUpdatedAt the later element). Its live row of (workspace, provider,
 * -- external id) is inserted, or replaced (version + 1) unless it holds a newer
 * -- provider_updated_at. Rows are written in external id order. Resolves to one
 * -- row of counts: inserted, updated, and stale (objects that changed nothing:
 * -- older than the stored row, or older duplicates).
 * WITH batch AS (
 *   SELECT DISTINCT ON (b.external_id) b.external_id, b.name, b.description, b.active, b.metadata,
 *          b.provider_updated_at, b.provider_data, b.position
 *   FROM unnest(
 *     :externalIds!::text[], :names!::text[], :descriptions::text[], :actives::boolean[], :metadatas::jsonb[],
 *     :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
 *   ) WITH ORDINALITY AS b (
 *     external_id, name, description, active, metadata, provider_updated_at, provider_data, position)
 *   ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
 * ),
 * written AS (
 *   INSERT INTO products AS p (
 *     workspace_id, name, description, active, metadata, payment_provider, external_id,
 *     payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
 *   SELECT
 *     :workspaceId!::uuid, b.name, b.description, COALESCE(b.active, true), COALESCE(b.metadata, '{}'),
 *     :paymentProvider!::text, b.external_id,
 *     COALESCE(:paymentSyncStatus::text, 'synced'),
 *     CASE WHEN COALESCE(:paymentSyncStatus::text, 'synced') = 'synced' THEN now() END,
 *     b.provider_updated_at, b.provider_data
 *   FROM batch b
 *   ORDER BY b.external_id
 *   ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
 *   DO UPDATE SET
 *     name = excluded.name,
 *     description = excluded.description,
 *     active = excluded.active,
 *     metadata = excluded.metadata,
 *     payment_sync_status = excluded.payment_sync_status,
 *     payment_synced_at = COALESCE(excluded.payment_synced_at, p.payment_synced_at),
 *     payment_sync_error = NULL,
 *     payment_sync_version = p.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     provider_data = excluded.provider_data
 *   WHERE p.provider_updated_at IS NULL OR p.provider_updated_at <= excluded.provider_updated_at
 *   RETURNING (p.xmax = 0) AS inserted
 * )
 * SELECT
 *   count(*) FILTER (WHERE w.inserted) AS "inserted!",
 *   count(*) FILTER (WHERE NOT w.inserted) AS "updated!",
 *   cardinality(:externalIds!::text[]) - count(*) AS "stale!"
 * FROM written w
 * ```
 */
export const bulkUpsertProductsWithSync = new PreparedQuery<IBulkUpsertProductsWithSyncParams,IBulkUpsertProductsWithSyncResult>(bulkUpsertProductsWithSyncIR);


