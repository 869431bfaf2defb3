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
  updated: number;
}

/** 'BulkUpsertCustomersWithSync' query type */
export interface IBulkUpsertCustomersWithSyncQuery {
  params: IBulkUpsertCustomersWithSyncParams;
  result: IBulkUpsertCustomersWithSyncResult;
}

const bulkUpsertCustomersWithSyncIR: any = {"usedParamSet":{"externalIds":true,"emails":true,"names":true,"metadatas":true,"providerUpdatedAts":true,"providerDatas":true,"workspaceId":true,"paymentProvider":true,"paymentSyncStatus":true},"params":[{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1008,"b":1020},{"a":2642,"b":2654}]},{"name":"emails","required":false,"transform":{"type":"scalar"},"locs":[{"a":1031,"b":1037}]},{"name":"names","required":false,"transform":{"type":"scalar"},"locs":[{"a":1048,"b":1053}]},{"name":"metadatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1064,"b":1073}]},{"name":"providerUpdatedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":1089,"b":1108}]},{"name":"providerDatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1126,"b":1139}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1540,"b":1552}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1606,"b":1622}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":1659,"b":1676},{"a":1719,"b":1736}]}],"statement":"-- Scope: one workspace and one provider (scalars for the whole batch).\n-- Idempotent, monotonic upsert of a batch of provider customers, as\n-- CreateCustomerWithSync row by row but in ONE statement: ONE array parameter\n-- per column, expanded together by unnest (element i of every array is object\n-- i; an omitted optional array or a null element means the single-row\n-- default). Per external id only the newest object of the batch is kept\n-- (DISTINCT ON; on equal providerUpdatedAt the later element). Its live row of\n-- (workspace, provider, external id) is inserted, or updated (version + 1)\n-- unless it holds a newer provider_updated_at. Rows are written in external id\n-- order. Resolves to one row of counts: inserted, updated, and stale (objects\n-- that changed nothing: older than the stored row, or older duplicates).\nWITH batch AS (\n  SELECT DISTINCT ON (b.external_id) b.external_id, b.email, b.name, b.metadata, b.provider_updated_at,\n         b.provider_data, b.position\n  FROM unnest(\n    :externalIds!::text[], :emails::text[], :names::text[], :metadatas::jsonb[],\n    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]\n  ) WITH ORDINALITY AS b (external_id, email, name, metadata, provider_updated_at, provider_data, position)\n  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC\n),\nwritten AS (\n  INSERT INTO customers AS c (\n    workspace_id, email, name, metadata, payment_provider, external_id,\n    payment_sync_status, payment_synced_at, provider_updated_at, provider_data)\n  SELECT\n    :workspaceId!::uuid, b.email, b.name, COALESCE(b.metadata, '{}'), :paymentProvider!::text, b.external_id,\n    COALESCE(:paymentSyncStatus::text, 'synced'),\n    CASE WHEN COALESCE(:paymentSyncStatus::text, 'synced') = 'synced' THEN now() END,\n    b.provider_updated_at, b.provider_data\n  FROM batch b\n  ORDER BY b.external_id\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL\n  DO UPDATE SET\n    email = excluded.email,\n    name = excluded.name,\n    metadata = excluded.metadata,\n    payment_sync_status = excluded.payment_sync_status,\n    payment_synced_at = COALESCE(excluded.payment_synced_at, c.payment_synced_at),\n    payment_sync_error = NULL,\n    payment_sync_version = c.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    provider_data = excluded.provider_data\n  WHERE c.provider_updated_at IS NULL OR c.provider_updated_at <= excluded.provider_updated_at\n  RETURNING (c.xmax = 0) AS inserted\n)\nSELECT\n  count(*) FILTER (WHERE w.inserted) AS \"inserted!\",\n  count(*) FILTER (WHERE NOT w.inserted) AS \"updated!\",\n  cardinality(:externalIds!::text[]) - count(*) AS \"stale!\"\nFROM written w"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider (scalars for the whole batch).
 * -- Idempotent, monotonic upsert of a batch of provider customers, as
 * -- CreateCustomerWithSync row by row but in ONE statement: ONE array parameter
 * -- per column, expanded together by unnest (element i of every array is object
 * -- i; an omitted optional array or a null element means the single-row
 * -- default). Per external id only the newest object of the batch is kept
 * -- (DISTINCT ON; on equal providerUpdatedAt the later element). Its live row of
 * -- (workspace, provider, external id) is inserted, or updated (version + 1)
 * -- unless it holds a newer provider_updated_at. Rows are written in external id
 * -- order. Resolves to one row of counts: inserted, updated, and stale (objects
 * -- that changed nothing: older than the stored row, or older duplicates).
 * WITH batch AS (
 *   SELECT DISTINCT ON (b.external_id) b.external_id, b.email, b.name, b.metadata, b.provider_updated_at,
 *          b.provider_data, b.position
 *   FROM unnest(
 *     :externalIds!::text[], :emails::text[], :names::text[], :metadatas::jsonb[],
 *     :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
 *   ) WITH ORDINALITY AS b (external_id, email, name, metadata, provider_updated_at, provider_data, position)
 *   ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
 * ),
 * written AS (
 *   INSERT INTO customers AS c (
 *     workspace_id, email, name, metadata, payment_provider, external_id,
 *     payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
 *   SELECT
 *     :workspaceId!::uuid, b.email, b.name, COALESCE(b.metadata, '{}'), :paymentProvider!::text, b.external_id,
 *     COALESCE(:paymentSyncStatus::text, 'synced'),
 *     CASE WHEN COALESCE(:paymentSyncStatus::text, 'synced') = 'synced' THEN now() END,
 *     b.provider_updated_at, b.provider_data
 *   FROM batch b
 *   ORDER BY b.external_id
 *   ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
 *   DO UPDATE SET
 *     email = excluded.email,
 *     name = excluded.name,
 *     metadata = excluded.metadata,
 *     payment_sync_status = excluded.payment_sync_status,
 *     payment_synced_at = COALESCE(excluded.payment_synced_at, c.payment_synced_at),
 *     payment_sync_error = NULL,
 *     payment_sync_version = c.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     provider_data = excluded.provider_data
 *   WHERE c.provider_updated_at IS NULL OR c.provider_updated_at <= excluded.provider_updated_at
 *   RETURNING (c.xmax = 0) AS inserted
 * )
 * SELECT
 *   count(*) FILTER (WHERE w.inserted) AS "inserted!",
 *   count(*) FILTER (WHERE NOT w.inserted) AS "updated!",
 *   cardinality(:externalIds!::text[]) - count(*) AS "stale!"
 * FROM written w
 * ```
 */
export const bulkUpsertCustomersWithSync = new PreparedQuery<IBulkUpsertCustomersWithSyncParams,IBulkUpsertCustomersWithSyncResult>(bulkUpsertCustomersWithSyncIR);


