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
  productIds: stringArray;
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
  updated: number;
}

/** 'BulkUpsertPricesWithSync' query type */
export interface IBulkUpsertPricesWithSyncQuery {
  params: IBulkUpsertPricesWithSyncParams;
  result: IBulkUpsertPricesWithSyncResult;
}

const bulkUpsertPricesWithSyncIR: any = {"usedParamSet":{"externalIds":true,"productIds":true,"currencies":true,"unitAmounts":true,"types":true,"recurringIntervals":true,"recurringIntervalCounts":true,"actives":true,"metadatas":true,"providerUpdatedAts":true,"providerDatas":true,"workspaceId":true,"paymentProvider":true,"paymentSyncStatus":true},"params":[{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1301,"b":1313},{"a":3609,"b":3621}]},{"name":"productIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1324,"b":1335}]},{"name":"currencies","required":true,"transform":{"type":"scalar"},"locs":[{"a":1346,"b":1357}]},{"name":"unitAmounts","required":true,"transform":{"type":"scalar"},"locs":[{"a":1368,"b":1380}]},{"name":"types","required":true,"transform":{"type":"scalar"},"locs":[{"a":1393,"b":1399}]},{"name":"recurringIntervals","required":false,"transform":{"type":"scalar"},"locs":[{"a":1414,"b":1432}]},{"name":"recurringIntervalCounts","required":false,"transform":{"type":"scalar"},"locs":[{"a":1443,"b":1466}]},{"name":"actives","required":false,"transform":{"type":"scalar"},"locs":[{"a":1480,"b":1487}]},{"name":"metadatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1501,"b":1510}]},{"name":"providerUpdatedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":1526,"b":1545}]},{"name":"providerDatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1563,"b":1576}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":2152,"b":2164}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":2334,"b":2350}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":2387,"b":2404},{"a":2447,"b":2464}]}],"statement":"-- Scope: one workspace and one provider (scalars for the whole batch).\n-- Idempotent, monotonic upsert of a batch of provider prices, as\n-- CreatePriceWithSync row by row but in ONE statement: ONE array parameter per\n-- column, expanded together by unnest (element i of every array is object i;\n-- an omitted optional array or a null element means the single-row default:\n-- no interval, active true, metadata {}). productIds are the library's product\n-- ids, checked by the composite foreign key (workspace_id, product_id): one\n-- foreign id fails the whole statement. Per external id only the newest object\n-- of the batch is kept (DISTINCT ON; on equal providerUpdatedAt the later\n-- element). Its live row of (workspace, provider, external id) is inserted, or\n-- replaced (version + 1) unless it holds a newer provider_updated_at. Rows are\n-- written in external id order. Resolves to one row of counts: inserted,\n-- updated, and stale (objects that changed nothing: older than the stored row,\n-- or older duplicates).\nWITH batch AS (\n  SELECT DISTINCT ON (b.external_id) b.external_id, b.product_id, b.currency, b.unit_amount, b.type,\n         b.recurring_interval, b.recurring_interval_count, b.active, b.metadata, b.provider_updated_at,\n         b.provider_data, b.position\n  FROM unnest(\n    :externalIds!::text[], :productIds!::uuid[], :currencies!::text[], :unitAmounts!::bigint[], :types!::text[],\n    :recurringIntervals::text[], :recurringIntervalCounts::integer[], :actives::boolean[], :metadatas::jsonb[],\n    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]\n  ) WITH ORDINALITY AS b (\n    external_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,\n    active, metadata, provider_updated_at, provider_data, position)\n  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC\n),\nwritten AS (\n  INSERT INTO prices AS pr (\n    workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,\n    active, metadata, payment_provider, external_id,\n    payment_sync_status, payment_synced_at, provider_updated_at, provider_data)\n  SELECT\n    :workspaceId!::uuid, b.product_id, b.currency, b.unit_amount, b.type, b.recurring_interval,\n    b.recurring_interval_count, COALESCE(b.active, true), COALESCE(b.metadata, '{}'),\n    :paymentProvider!::text, b.external_id,\n    COALESCE(:paymentSyncStatus::text, 'synced'),\n    CASE WHEN COALESCE(:paymentSyncStatus::text, 'synced') = 'synced' THEN now() END,\n    b.provider_updated_at, b.provider_data\n  FROM batch b\n  ORDER BY b.external_id\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL\n  DO UPDATE SET\n    product_id = excluded.product_id,\n    currency = excluded.currency,\n    unit_amount = excluded.unit_amount,\n    type = excluded.type,\n    recurring_interval = excluded.recurring_interval,\n    recurring_interval_count = excluded.recurring_interval_count,\n    active = excluded.active,\n    metadata = excluded.metadata,\n    payment_sync_status = excluded.payment_sync_status,\n    payment_synced_at = COALESCE(excluded.payment_synced_at, pr.payment_synced_at),\n    payment_sync_error = NULL,\n    payment_sync_version = pr.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    provider_data = excluded.provider_data\n  WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at <= excluded.provider_updated_at\n  RETURNING (pr.xmax = 0) AS inserted\n)\nSELECT\n  count(*) FILTER (WHERE w.inserted) AS \"inserted!\",\n  count(*) FILTER (WHERE NOT w.inserted) AS \"updated!\",\n  cardinality(:externalIds!::text[]) - count(*) AS \"stale!\"\nFROM written w"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider (scalars for the whole batch).
 * -- Idempotent, monotonic upsert of a batch of provider prices, as
 * -- CreatePriceWithSync row by row but in ONE statement: ONE array parameter per
 * -- column, expanded together by unnest (element i of every array is object i;
 * -- an omitted optional array or a null element means the single-row default:
 * -- no interval, active true, metadata {}). productIds are the library's product
 * -- ids, checked by the composite foreign key (workspace_id, product_id): one
 * -- foreign id fails the whole statement. Per external id only the newest object
 * -- of the batch is kept (DISTINCT ON; on equal providerUpdatedAt the later
 * -- element). Its live row of (workspace, provider, external id) is inserted, or
 * -- replaced (version + 1) unless it holds a newer provider_updated_at. Rows are
 * -- written in external id order. Resolves to one row of counts: inserted,
 * -- updated, and stale (objects that changed nothing: older than the stored row,
 * -- or older duplicates).
 * WITH batch AS (
 *   SELECT DISTINCT ON (b.external_id) b.external_id, b.product_id, b.currency, b.unit_amount, b.type,
 *          b.recurring_interval, b.recurring_interval_count, b.active, b.metadata, b.provider_updated_at,
 *          b.provider_data, b.position
 *   FROM unnest(
 *     :externalIds!::text[], :productIds!::uuid[], :currencies!::text[], :unitAmounts!::bigint[], :types!::text[],
 *     :recurringIntervals::text[], :recurringIntervalCounts::integer[], :actives::boolean[], :metadatas::jsonb[],
 *     :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
 *   ) WITH ORDINALITY AS b (
 *     external_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,
 *     active, metadata, provider_updated_at, provider_data, position)
 *   ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
 * ),
 * written AS (
 *   INSERT INTO prices AS pr (
 *     workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,
 *     active, metadata, payment_provider, external_id,
 *     payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
 *   SELECT
 *     :workspaceId!::uuid, b.product_id, b.currency, b.unit_amount, b.type, b.recurring_interval,
 *     b.recurring_interval_count, COALESCE(b.active, true), COALESCE(b.metadata, '{}'),
 *     :paymentProvider!::text, b.external_id,
 *     COALESCE(:paymentSyncStatus::text, 'synced'),
 *     CASE WHEN COALESCE(:paymentSyncStatus::text, 'synced') = 'synced' THEN now() END,
 *     b.provider_updated_at, b.provider_data
 *   FROM batch b
 *   ORDER BY b.external_id
 *   ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
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
 *     payment_synced_at = COALESCE(excluded.payment_synced_at, pr.payment_synced_at),
 *     payment_sync_error = NULL,
 *     payment_sync_version = pr.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     provider_data = excluded.provider_data
 *   WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at <= excluded.provider_updated_at
 *   RETURNING (pr.xmax = 0) AS inserted
 * )
 * SELECT
 *   count(*) FILTER (WHERE w.inserted) AS "inserted!",
 *   count(*) FILTER (WHERE NOT w.inserted) AS "updated!",
 *   cardinality(:externalIds!::text[]) - count(*) AS "stale!"
 * FROM written w
 * ```
 */
export const bulkUpsertPricesWithSync = new PreparedQuery<IBulkUpsertPricesWithSyncParams,IBulkUpsertPricesWithSyncResult>(bulkUpsertPricesWithSyncIR);


