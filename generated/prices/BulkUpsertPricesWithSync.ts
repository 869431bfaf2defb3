/** Types generated for queries found in "queries/prices/BulkUpsertPricesWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type booleanArray = (boolean)[];

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'BulkUpsertPricesWithSync' parameters type */
export interface IBulkUpsertPricesWithSyncParams {
  actives?: booleanArray | null | void;
  currencies: stringArray;
  externalIds: stringArray;
  metadatas?: JsonArray | null | void;
  paymentProvider: string;
  paymentSyncStatus?: string | null | void;
  productExternalIds?: stringArray | null | void;
  productIds?: stringArray | null | void;
  providerDatas?: JsonArray | null | void;
  providerUpdatedAts: DateOrStringArray;
  recurringIntervalCounts?: numberArray | null | void;
  recurringIntervals?: stringArray | null | void;
  types: stringArray;
  unitAmounts: numberArray;
  workspaceId: string;
}

/** 'BulkUpsertPricesWithSync' return type */
export interface IBulkUpsertPricesWithSyncResult {
  inserted: number;
  stale: number;
  unchanged: number;
  updated: number;
}

/** 'BulkUpsertPricesWithSync' query type */
export interface IBulkUpsertPricesWithSyncQuery {
  params: IBulkUpsertPricesWithSyncParams;
  result: IBulkUpsertPricesWithSyncResult;
}

const bulkUpsertPricesWithSyncIR: any = {"usedParamSet":{"paymentSyncStatus":true,"externalIds":true,"productIds":true,"productExternalIds":true,"currencies":true,"unitAmounts":true,"types":true,"recurringIntervals":true,"recurringIntervalCounts":true,"actives":true,"metadatas":true,"providerUpdatedAts":true,"providerDatas":true,"workspaceId":true,"paymentProvider":true},"params":[{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":1454,"b":1471}]},{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1593,"b":1605},{"a":7562,"b":7574}]},{"name":"productIds","required":false,"transform":{"type":"scalar"},"locs":[{"a":1616,"b":1626}]},{"name":"productExternalIds","required":false,"transform":{"type":"scalar"},"locs":[{"a":1637,"b":1655}]},{"name":"currencies","required":true,"transform":{"type":"scalar"},"locs":[{"a":1666,"b":1677}]},{"name":"unitAmounts","required":true,"transform":{"type":"scalar"},"locs":[{"a":1692,"b":1704}]},{"name":"types","required":true,"transform":{"type":"scalar"},"locs":[{"a":1717,"b":1723}]},{"name":"recurringIntervals","required":false,"transform":{"type":"scalar"},"locs":[{"a":1734,"b":1752}]},{"name":"recurringIntervalCounts","required":false,"transform":{"type":"scalar"},"locs":[{"a":1767,"b":1790}]},{"name":"actives","required":false,"transform":{"type":"scalar"},"locs":[{"a":1804,"b":1811}]},{"name":"metadatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1825,"b":1834}]},{"name":"providerUpdatedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":1850,"b":1869}]},{"name":"providerDatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1887,"b":1900}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":2538,"b":2550},{"a":4081,"b":4093},{"a":4798,"b":4810},{"a":5258,"b":5270}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":2577,"b":2593},{"a":4121,"b":4137},{"a":4819,"b":4835},{"a":5439,"b":5455}]}],"statement":"-- Scope: one workspace and one provider (scalars for the whole batch).\n-- Idempotent, monotonic upsert of a batch of provider prices, as\n-- CreatePriceWithSync row by row but in ONE statement: ONE array parameter\n-- per column, expanded together by unnest (element i of every array is object\n-- i; an omitted optional array or a null element means the single-row\n-- default). Per external id only the newest object of the batch is kept\n-- (DISTINCT ON; on equal providerUpdatedAt the later element). An object\n-- whose stored row is newer (or a tombstone as new), or holds the same time\n-- and content, is left alone without touching its row; the others are\n-- inserted or replaced (version + 1), in external id order. Resolves to one\n-- row of counts: inserted, updated, unchanged (same time, same content) and\n-- stale (older than the stored row, or older duplicates); their sum is the\n-- batch size.\n-- Parents by library id or by provider id (element i of productIds or productExternalIds):\n-- the existing rows by one join, a placeholder (pending, provider and\n-- external id only) for each parent not synced yet of an object that is\n-- written.\nWITH batch AS (\n  SELECT DISTINCT ON (b.external_id) b.external_id, b.product_id, b.product_external_id, b.currency,\n         b.unit_amount, b.type, b.recurring_interval, b.recurring_interval_count,\n         COALESCE(b.active, true) AS active, COALESCE(b.metadata, '{}') AS metadata,\n         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status, b.provider_updated_at,\n         b.provider_data, b.position\n  FROM unnest(\n    :externalIds!::text[], :productIds::uuid[], :productExternalIds::text[], :currencies!::text[],\n    :unitAmounts!::bigint[], :types!::text[], :recurringIntervals::text[],\n    :recurringIntervalCounts::integer[], :actives::boolean[], :metadatas::jsonb[],\n    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]\n  ) WITH ORDINALITY AS b (\n    external_id, product_id, product_external_id, currency, unit_amount, type, recurring_interval,\n    recurring_interval_count, active, metadata, provider_updated_at, provider_data, position)\n  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC\n),\n-- Parents named by provider id, as stored (a missing one is created below, only for a write that applies).\nproduct_parent AS (\n  SELECT x.external_id, r.id\n  FROM (SELECT DISTINCT product_external_id AS external_id FROM batch WHERE product_id IS NULL AND product_external_id IS NOT NULL) x\n  LEFT JOIN products r ON r.workspace_id = :workspaceId! AND r.payment_provider = :paymentProvider!\n   AND r.external_id = x.external_id AND (r.deleted_at IS NULL OR r.provider_deleted)\n),\nincoming AS (\n  SELECT b.external_id, COALESCE(b.product_id, product_parent.id) AS product_id, b.product_external_id,\n         b.currency, b.unit_amount, b.type, b.recurring_interval, b.recurring_interval_count, b.active,\n         b.metadata, b.payment_sync_status, b.provider_updated_at, b.provider_data\n  FROM batch b\n  LEFT JOIN product_parent ON product_parent.external_id = b.product_external_id\n),\n-- What the stored rows say of each object, as of this statement's snapshot (see CreatePriceWithSync).\nexisting AS (\n  SELECT b.external_id,\n         CASE\n           WHEN pr.provider_updated_at IS NULL OR pr.provider_updated_at < b.provider_updated_at THEN NULL\n           WHEN pr.provider_updated_at > b.provider_updated_at OR pr.provider_deleted THEN 'stale'\n           WHEN (pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,\n                 pr.recurring_interval_count, pr.active, pr.metadata, pr.payment_sync_status,\n                 pr.payment_sync_error, pr.provider_data)\n                IS DISTINCT FROM (b.product_id, b.currency, b.unit_amount, b.type, b.recurring_interval,\n                                  b.recurring_interval_count, b.active, b.metadata, b.payment_sync_status,\n                                  NULL, b.provider_data) THEN NULL\n           ELSE 'unchanged'\n         END AS skipped\n  FROM incoming b\n  JOIN prices pr ON pr.workspace_id = :workspaceId! AND pr.payment_provider = :paymentProvider!\n   AND pr.external_id = b.external_id AND (pr.deleted_at IS NULL OR pr.provider_deleted)\n),\n-- The objects to write; their parents not stored yet become placeholders, one per distinct parent.\nto_write AS (\n  SELECT b.external_id, b.product_id, b.product_external_id, b.currency, b.unit_amount, b.type,\n         b.recurring_interval, b.recurring_interval_count, b.active, b.metadata, b.payment_sync_status,\n         b.provider_updated_at, b.provider_data\n  FROM incoming b\n  WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)\n),\nproduct_created AS (\n  SELECT x.external_id, psdb_provider_parent('products', :workspaceId!::uuid, :paymentProvider!::text, x.external_id) AS id\n  FROM (SELECT DISTINCT product_external_id AS external_id FROM to_write WHERE product_id IS NULL) x\n),\nwritten AS (\n  INSERT INTO prices AS pr (\n    workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,\n    active, metadata, payment_provider, external_id, payment_sync_status, payment_synced_at,\n    provider_updated_at, provider_data)\n  SELECT :workspaceId!::uuid, COALESCE(b.product_id, product_created.id), b.currency, b.unit_amount, b.type,\n         b.recurring_interval, b.recurring_interval_count, b.active, b.metadata, :paymentProvider!::text,\n         b.external_id, b.payment_sync_status, CASE WHEN b.payment_sync_status = 'synced' THEN now() END,\n         b.provider_updated_at, b.provider_data\n  FROM to_write b\n  LEFT JOIN product_created ON product_created.external_id = b.product_external_id\n  ORDER BY b.external_id\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    product_id = excluded.product_id,\n    currency = excluded.currency,\n    unit_amount = excluded.unit_amount,\n    type = excluded.type,\n    recurring_interval = excluded.recurring_interval,\n    recurring_interval_count = excluded.recurring_interval_count,\n    active = excluded.active,\n    metadata = excluded.metadata,\n    payment_sync_status = excluded.payment_sync_status,\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = pr.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    provider_data = excluded.provider_data,\n    deleted_at = NULL,\n    provider_deleted = false\n  WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at < excluded.provider_updated_at\n     OR (pr.provider_updated_at = excluded.provider_updated_at AND NOT pr.provider_deleted\n         AND (pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,\n              pr.recurring_interval_count, pr.active, pr.metadata, pr.payment_sync_status,\n              pr.payment_sync_error, pr.provider_data)\n             IS DISTINCT FROM (excluded.product_id, excluded.currency, excluded.unit_amount, excluded.type,\n                               excluded.recurring_interval, excluded.recurring_interval_count,\n                               excluded.active, excluded.metadata, excluded.payment_sync_status, NULL,\n                               excluded.provider_data))\n  RETURNING (pr.xmax = 0) AS inserted\n)\nSELECT\n  (SELECT count(*) FROM written WHERE inserted) AS \"inserted!\",\n  (SELECT count(*) FROM written WHERE NOT inserted) AS \"updated!\",\n  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"unchanged!\",\n  cardinality(:externalIds!::text[]) - (SELECT count(*) FROM written)\n    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"stale!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider (scalars for the whole batch).
 * -- Idempotent, monotonic upsert of a batch of provider prices, as
 * -- CreatePriceWithSync row by row but in ONE statement: ONE array parameter
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
 * -- Parents by library id or by provider id (element i of productIds or productExternalIds):
 * -- the existing rows by one join, a placeholder (pending, provider and
 * -- external id only) for each parent not synced yet of an object that is
 * -- written.
 * WITH batch AS (
 *   SELECT DISTINCT ON (b.external_id) b.external_id, b.product_id, b.product_external_id, b.currency,
 *          b.unit_amount, b.type, b.recurring_interval, b.recurring_interval_count,
 *          COALESCE(b.active, true) AS active, COALESCE(b.metadata, '{}') AS metadata,
 *          COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status, b.provider_updated_at,
 *          b.provider_data, b.position
 *   FROM unnest(
 *     :externalIds!::text[], :productIds::uuid[], :productExternalIds::text[], :currencies!::text[],
 *     :unitAmounts!::bigint[], :types!::text[], :recurringIntervals::text[],
 *     :recurringIntervalCounts::integer[], :actives::boolean[], :metadatas::jsonb[],
 *     :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
 *   ) WITH ORDINALITY AS b (
 *     external_id, product_id, product_external_id, currency, unit_amount, type, recurring_interval,
 *     recurring_interval_count, active, metadata, provider_updated_at, provider_data, position)
 *   ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
 * ),
 * -- Parents named by provider id, as stored (a missing one is created below, only for a write that applies).
 * product_parent AS (
 *   SELECT x.external_id, r.id
 *   FROM (SELECT DISTINCT product_external_id AS external_id FROM batch WHERE product_id IS NULL AND product_external_id IS NOT NULL) x
 *   LEFT JOIN products r ON r.workspace_id = :workspaceId! AND r.payment_provider = :paymentProvider!
 *    AND r.external_id = x.external_id AND (r.deleted_at IS NULL OR r.provider_deleted)
 * ),
 * incoming AS (
 *   SELECT b.external_id, COALESCE(b.product_id, product_parent.id) AS product_id, b.product_external_id,
 *          b.currency, b.unit_amount, b.type, b.recurring_interval, b.recurring_interval_count, b.active,
 *          b.metadata, b.payment_sync_status, b.provider_updated_at, b.provider_data
 *   FROM batch b
 *   LEFT JOIN product_parent ON product_parent.external_id = b.product_external_id
 * ),
 * -- What the stored rows say of each object, as of this statement's snapshot (see CreatePriceWithSync).
 * existing AS (
 *   SELECT b.external_id,
 *          CASE
 *            WHEN pr.provider_updated_at IS NULL OR pr.provider_updated_at < b.provider_updated_at THEN NULL
 *            WHEN pr.provider_updated_at > b.provider_updated_at OR pr.provider_deleted THEN 'stale'
 *            WHEN (pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,
 *                  pr.recurring_interval_count, pr.active, pr.metadata, pr.payment_sync_status,
 *                  pr.payment_sync_error, pr.provider_data)
 *                 IS DISTINCT FROM (b.product_id, b.currency, b.unit_amount, b.type, b.recurring_interval,
 *                                   b.recurring_interval_count, b.active, b.metadata, b.payment_sync_status,
 *                                   NULL, b.provider_data) THEN NULL
 *            ELSE 'unchanged'
 *          END AS skipped
 *   FROM incoming b
 *   JOIN prices pr ON pr.workspace_id = :workspaceId! AND pr.payment_provider = :paymentProvider!
 *    AND pr.external_id = b.external_id AND (pr.deleted_at IS NULL OR pr.provider_deleted)
 * ),
 * -- The objects to write; their parents not stored yet become placeholders, one per distinct parent.
 * to_write AS (
 *   SELECT b.external_id, b.product_id, b.product_external_id, b.currency, b.unit_amount, b.type,
 *          b.recurring_interval, b.recurring_interval_count, b.active, b.metadata, b.payment_sync_status,
 *          b.provider_updated_at, b.provider_data
 *   FROM incoming b
 *   WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)
 * ),
 * product_created AS (
 *   SELECT x.external_id, psdb_provider_parent('products', :workspaceId!::uuid, :paymentProvider!::text, x.external_id) AS id
 *   FROM (SELECT DISTINCT product_external_id AS external_id FROM to_write WHERE product_id IS NULL) x
 * ),
 * written AS (
 *   INSERT INTO prices AS pr (
 *     workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,
 *     active, metadata, payment_provider, external_id, payment_sync_status, payment_synced_at,
 *     provider_updated_at, provider_data)
 *   SELECT :workspaceId!::uuid, COALESCE(b.product_id, product_created.id), b.currency, b.unit_amount, b.type,
 *          b.recurring_interval, b.recurring_interval_count, b.active, b.metadata, :paymentProvider!::text,
 *          b.external_id, b.payment_sync_status, CASE WHEN b.payment_sync_status = 'synced' THEN now() END,
 *          b.provider_updated_at, b.provider_data
 *   FROM to_write b
 *   LEFT JOIN product_created ON product_created.external_id = b.product_external_id
 *   ORDER BY b.external_id
 *   ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
 *   DO UPDATE SET
 *     product_id = excluded.product_id,
 *     currency = excluded.currency,
 *     unit_amount = excluded.unit_amount,
 *     type = excluded.type,
 *     recurring_interval = excluded.recurring_interval,
 *     recurring_interval_count = excluded.recurring_interval_count,
 *     active = excluded.active,
 *     metadata = excluded.metadata,
 *     payment_sync_status = excluded.payment_sync_status,
 *     updated_at = now(),
 *     payment_sync_error = NULL,
 *     payment_sync_version = pr.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     provider_data = excluded.provider_data,
 *     deleted_at = NULL,
 *     provider_deleted = false
 *   WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at < excluded.provider_updated_at
 *      OR (pr.provider_updated_at = excluded.provider_updated_at AND NOT pr.provider_deleted
 *          AND (pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,
 *               pr.recurring_interval_count, pr.active, pr.metadata, pr.payment_sync_status,
 *               pr.payment_sync_error, pr.provider_data)
 *              IS DISTINCT FROM (excluded.product_id, excluded.currency, excluded.unit_amount, excluded.type,
 *                                excluded.recurring_interval, excluded.recurring_interval_count,
 *                                excluded.active, excluded.metadata, excluded.payment_sync_status, NULL,
 *                                excluded.provider_data))
 *   RETURNING (pr.xmax = 0) AS inserted
 * )
 * SELECT
 *   (SELECT count(*) FROM written WHERE inserted) AS "inserted!",
 *   (SELECT count(*) FROM written WHERE NOT inserted) AS "updated!",
 *   (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
 *   cardinality(:externalIds!::text[]) - (SELECT count(*) FROM written)
 *     - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!"
 * ```
 */
export const bulkUpsertPricesWithSync = new PreparedQuery<IBulkUpsertPricesWithSyncParams,IBulkUpsertPricesWithSyncResult>(bulkUpsertPricesWithSyncIR);


