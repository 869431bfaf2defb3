/** Types generated for queries found in "queries/subscriptions/BulkUpsertSubscriptionsWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type booleanArray = (boolean)[];

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'BulkUpsertSubscriptionsWithSync' parameters type */
export interface IBulkUpsertSubscriptionsWithSyncParams {
  cancelAtPeriodEnds?: booleanArray | null | void;
  canceledAts?: DateOrStringArray | null | void;
  currentPeriodEnds?: DateOrStringArray | null | void;
  currentPeriodStarts?: DateOrStringArray | null | void;
  customerExternalIds?: stringArray | null | void;
  customerIds?: stringArray | null | void;
  externalIds: stringArray;
  metadatas?: JsonArray | null | void;
  paymentProvider: string;
  paymentSyncStatus?: string | null | void;
  priceExternalIds?: stringArray | null | void;
  priceIds?: stringArray | null | void;
  providerDatas?: JsonArray | null | void;
  providerUpdatedAts: DateOrStringArray;
  quantities?: numberArray | null | void;
  statuses: stringArray;
  trialEnds?: DateOrStringArray | null | void;
  workspaceId: string;
}

/** 'BulkUpsertSubscriptionsWithSync' return type */
export interface IBulkUpsertSubscriptionsWithSyncResult {
  inserted: number;
  stale: number;
  unchanged: number;
  updated: number;
}

/** 'BulkUpsertSubscriptionsWithSync' query type */
export interface IBulkUpsertSubscriptionsWithSyncQuery {
  params: IBulkUpsertSubscriptionsWithSyncParams;
  result: IBulkUpsertSubscriptionsWithSyncResult;
}

const bulkUpsertSubscriptionsWithSyncIR: any = {"usedParamSet":{"paymentSyncStatus":true,"externalIds":true,"customerIds":true,"customerExternalIds":true,"priceIds":true,"priceExternalIds":true,"statuses":true,"quantities":true,"currentPeriodStarts":true,"currentPeriodEnds":true,"cancelAtPeriodEnds":true,"canceledAts":true,"trialEnds":true,"metadatas":true,"providerUpdatedAts":true,"providerDatas":true,"workspaceId":true,"paymentProvider":true},"params":[{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":1610,"b":1627}]},{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1749,"b":1761},{"a":9283,"b":9295}]},{"name":"customerIds","required":false,"transform":{"type":"scalar"},"locs":[{"a":1772,"b":1783}]},{"name":"customerExternalIds","required":false,"transform":{"type":"scalar"},"locs":[{"a":1794,"b":1813}]},{"name":"priceIds","required":false,"transform":{"type":"scalar"},"locs":[{"a":1824,"b":1832}]},{"name":"priceExternalIds","required":false,"transform":{"type":"scalar"},"locs":[{"a":1847,"b":1863}]},{"name":"statuses","required":true,"transform":{"type":"scalar"},"locs":[{"a":1874,"b":1883}]},{"name":"quantities","required":false,"transform":{"type":"scalar"},"locs":[{"a":1894,"b":1904}]},{"name":"currentPeriodStarts","required":false,"transform":{"type":"scalar"},"locs":[{"a":1922,"b":1941}]},{"name":"currentPeriodEnds","required":false,"transform":{"type":"scalar"},"locs":[{"a":1959,"b":1976}]},{"name":"cancelAtPeriodEnds","required":false,"transform":{"type":"scalar"},"locs":[{"a":1994,"b":2012}]},{"name":"canceledAts","required":false,"transform":{"type":"scalar"},"locs":[{"a":2030,"b":2041}]},{"name":"trialEnds","required":false,"transform":{"type":"scalar"},"locs":[{"a":2059,"b":2068}]},{"name":"metadatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":2086,"b":2095}]},{"name":"providerUpdatedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":2111,"b":2130}]},{"name":"providerDatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":2148,"b":2161}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":2862,"b":2874},{"a":3332,"b":3344},{"a":5136,"b":5148},{"a":5911,"b":5923},{"a":6158,"b":6170},{"a":6654,"b":6666}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":2901,"b":2917},{"a":3371,"b":3387},{"a":5175,"b":5191},{"a":5932,"b":5948},{"a":6179,"b":6195},{"a":6920,"b":6936}]}],"statement":"-- Scope: one workspace and one provider (scalars for the whole batch).\n-- Idempotent, monotonic upsert of a batch of provider subscriptions, as\n-- CreateSubscriptionWithSync row by row but in ONE statement: ONE array parameter\n-- per column, expanded together by unnest (element i of every array is object\n-- i; an omitted optional array or a null element means the single-row\n-- default). Per external id only the newest object of the batch is kept\n-- (DISTINCT ON; on equal providerUpdatedAt the later element). An object\n-- whose stored row is newer (or a tombstone as new), or holds the same time\n-- and content, is left alone without touching its row; the others are\n-- inserted or replaced (version + 1), in external id order. Resolves to one\n-- row of counts: inserted, updated, unchanged (same time, same content) and\n-- stale (older than the stored row, or older duplicates); their sum is the\n-- batch size.\n-- Parents by library id or by provider id (element i of customerIds or customerExternalIds / priceIds or priceExternalIds):\n-- the existing rows by one join, a placeholder (pending, provider and\n-- external id only) for each parent not synced yet of an object that is\n-- written.\nWITH batch AS (\n  SELECT DISTINCT ON (b.external_id) b.external_id, b.customer_id, b.customer_external_id, b.price_id,\n         b.price_external_id, b.status, COALESCE(b.quantity, 1) AS quantity, b.current_period_start,\n         b.current_period_end, COALESCE(b.cancel_at_period_end, false) AS cancel_at_period_end, b.canceled_at,\n         b.trial_end, COALESCE(b.metadata, '{}') AS metadata,\n         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status, b.provider_updated_at,\n         b.provider_data, b.position\n  FROM unnest(\n    :externalIds!::text[], :customerIds::uuid[], :customerExternalIds::text[], :priceIds::uuid[],\n    :priceExternalIds::text[], :statuses!::text[], :quantities::integer[],\n    :currentPeriodStarts::timestamptz[], :currentPeriodEnds::timestamptz[], :cancelAtPeriodEnds::boolean[],\n    :canceledAts::timestamptz[], :trialEnds::timestamptz[], :metadatas::jsonb[],\n    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]\n  ) WITH ORDINALITY AS b (\n    external_id, customer_id, customer_external_id, price_id, price_external_id, status, quantity,\n    current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata,\n    provider_updated_at, provider_data, position)\n  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC\n),\n-- Parents named by provider id, as stored (a missing one is created below, only for a write that applies).\ncustomer_parent AS (\n  SELECT x.external_id, r.id\n  FROM (SELECT DISTINCT customer_external_id AS external_id FROM batch WHERE customer_id IS NULL AND customer_external_id IS NOT NULL) x\n  LEFT JOIN customers r ON r.workspace_id = :workspaceId! AND r.payment_provider = :paymentProvider!\n   AND r.external_id = x.external_id AND (r.deleted_at IS NULL OR r.provider_deleted)\n),\n-- Parents named by provider id, as stored (a missing one is created below, only for a write that applies).\nprice_parent AS (\n  SELECT x.external_id, r.id\n  FROM (SELECT DISTINCT price_external_id AS external_id FROM batch WHERE price_id IS NULL AND price_external_id IS NOT NULL) x\n  LEFT JOIN prices r ON r.workspace_id = :workspaceId! AND r.payment_provider = :paymentProvider!\n   AND r.external_id = x.external_id AND (r.deleted_at IS NULL OR r.provider_deleted)\n),\nincoming AS (\n  SELECT b.external_id, COALESCE(b.customer_id, customer_parent.id) AS customer_id, b.customer_external_id,\n         COALESCE(b.price_id, price_parent.id) AS price_id, b.price_external_id, b.status, b.quantity,\n         b.current_period_start, b.current_period_end, b.cancel_at_period_end, b.canceled_at, b.trial_end,\n         b.metadata, b.payment_sync_status, b.provider_updated_at, b.provider_data\n  FROM batch b\n  LEFT JOIN customer_parent ON customer_parent.external_id = b.customer_external_id\n  LEFT JOIN price_parent ON price_parent.external_id = b.price_external_id\n),\n-- What the stored rows say of each object, as of this statement's snapshot (see CreateSubscriptionWithSync).\nexisting AS (\n  SELECT b.external_id,\n         CASE\n           WHEN s.provider_updated_at IS NULL OR s.provider_updated_at < b.provider_updated_at THEN NULL\n           WHEN s.provider_updated_at > b.provider_updated_at OR s.provider_deleted THEN 'stale'\n           WHEN (s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start,\n                 s.current_period_end, s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata,\n                 s.payment_sync_status, s.payment_sync_error, s.provider_data)\n                IS DISTINCT FROM (b.customer_id, b.price_id, b.status, b.quantity, b.current_period_start,\n                                  b.current_period_end, b.cancel_at_period_end, b.canceled_at, b.trial_end,\n                                  b.metadata, b.payment_sync_status, NULL, b.provider_data) THEN NULL\n           ELSE 'unchanged'\n         END AS skipped\n  FROM incoming b\n  JOIN subscriptions s ON s.workspace_id = :workspaceId! AND s.payment_provider = :paymentProvider!\n   AND s.external_id = b.external_id AND (s.deleted_at IS NULL OR s.provider_deleted)\n),\n-- The objects to write; their parents not stored yet become placeholders, one per distinct parent.\nto_write AS (\n  SELECT b.external_id, b.customer_id, b.customer_external_id, b.price_id, b.price_external_id, b.status,\n         b.quantity, b.current_period_start, b.current_period_end, b.cancel_at_period_end, b.canceled_at,\n         b.trial_end, b.metadata, b.payment_sync_status, b.provider_updated_at, b.provider_data\n  FROM incoming b\n  WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)\n),\ncustomer_created AS (\n  SELECT x.external_id, psdb_provider_parent('customers', :workspaceId!::uuid, :paymentProvider!::text, x.external_id) AS id\n  FROM (SELECT DISTINCT customer_external_id AS external_id FROM to_write WHERE customer_id IS NULL) x\n),\nprice_created AS (\n  SELECT x.external_id, psdb_provider_parent('prices', :workspaceId!::uuid, :paymentProvider!::text, x.external_id) AS id\n  FROM (SELECT DISTINCT price_external_id AS external_id FROM to_write WHERE price_id IS NULL) x\n),\nwritten AS (\n  INSERT INTO subscriptions AS s (\n    workspace_id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n    cancel_at_period_end, canceled_at, trial_end, metadata, payment_provider, external_id,\n    payment_sync_status, payment_synced_at, provider_updated_at, provider_data)\n  SELECT :workspaceId!::uuid, COALESCE(b.customer_id, customer_created.id),\n         COALESCE(b.price_id, price_created.id), b.status, b.quantity, b.current_period_start,\n         b.current_period_end, b.cancel_at_period_end, b.canceled_at, b.trial_end, b.metadata,\n         :paymentProvider!::text, b.external_id, b.payment_sync_status,\n         CASE WHEN b.payment_sync_status = 'synced' THEN now() END, b.provider_updated_at, b.provider_data\n  FROM to_write b\n  LEFT JOIN customer_created ON customer_created.external_id = b.customer_external_id\n  LEFT JOIN price_created ON price_created.external_id = b.price_external_id\n  ORDER BY b.external_id\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    customer_id = excluded.customer_id,\n    price_id = excluded.price_id,\n    status = excluded.status,\n    quantity = excluded.quantity,\n    current_period_start = excluded.current_period_start,\n    current_period_end = excluded.current_period_end,\n    cancel_at_period_end = excluded.cancel_at_period_end,\n    canceled_at = excluded.canceled_at,\n    trial_end = excluded.trial_end,\n    metadata = excluded.metadata,\n    payment_sync_status = excluded.payment_sync_status,\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = s.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    provider_data = excluded.provider_data,\n    deleted_at = NULL,\n    provider_deleted = false\n  WHERE s.provider_updated_at IS NULL OR s.provider_updated_at < excluded.provider_updated_at\n     OR (s.provider_updated_at = excluded.provider_updated_at AND NOT s.provider_deleted\n         AND (s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start, s.current_period_end,\n              s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata, s.payment_sync_status,\n              s.payment_sync_error, s.provider_data)\n             IS DISTINCT FROM (excluded.customer_id, excluded.price_id, excluded.status, excluded.quantity,\n                               excluded.current_period_start, excluded.current_period_end,\n                               excluded.cancel_at_period_end, excluded.canceled_at, excluded.trial_end,\n                               excluded.metadata, excluded.payment_sync_status, NULL, excluded.provider_data))\n  RETURNING (s.xmax = 0) AS inserted\n)\nSELECT\n  (SELECT count(*) FROM written WHERE inserted) AS \"inserted!\",\n  (SELECT count(*) FROM written WHERE NOT inserted) AS \"updated!\",\n  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"unchanged!\",\n  cardinality(:externalIds!::text[]) - (SELECT count(*) FROM written)\n    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"stale!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider (scalars for the whole batch).
 * -- Idempotent, monotonic upsert of a batch of provider subscriptions, as
 * -- CreateSubscriptionWithSync row by row but in ONE statement: ONE array parameter
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
 * -- Parents by library id or by provider id (element i of customerIds or customerExternalIds / priceIds or priceExternalIds):
 * -- the existing rows by one join, a placeholder (pending, provider and
 * -- external id only) for each parent not synced yet of an object that is
 * -- written.
 * WITH batch AS (
 *   SELECT DISTINCT ON (b.external_id) b.external_id, b.customer_id, b.customer_external_id, b.price_id,
 *          b.price_external_id, b.status, COALESCE(b.quantity, 1) AS quantity, b.current_period_start,
 *          b.current_period_end, COALESCE(b.cancel_at_period_end, false) AS cancel_at_period_end, b.canceled_at,
 *          b.trial_end, COALESCE(b.metadata, '{}') AS metadata,
 *          COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status, b.provider_updated_at,
 *          b.provider_data, b.position
 *   FROM unnest(
 *     :externalIds!::text[], :customerIds::uuid[], :customerExternalIds::text[], :priceIds::uuid[],
 *     :priceExternalIds::text[], :statuses!::text[], :quantities::integer[],
 *     :currentPeriodStarts::timestamptz[], :currentPeriodEnds::timestamptz[], :cancelAtPeriodEnds::boolean[],
 *     :canceledAts::timestamptz[], :trialEnds::timestamptz[], :metadatas::jsonb[],
 *     :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
 *   ) WITH ORDINALITY AS b (
 *     external_id, customer_id, customer_external_id, price_id, price_external_id, status, quantity,
 *     current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata,
 *     provider_updated_at, provider_data, position)
 *   ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
 * ),
 * -- Parents named by provider id, as stored (a missing one is created below, only for a write that applies).
 * customer_parent AS (
 *   SELECT x.external_id, r.id
 *   FROM (SELECT DISTINCT customer_external_id AS external_id FROM batch WHERE customer_id IS NULL AND customer_external_id IS NOT NULL) x
 *   LEFT JOIN customers r ON r.workspace_id = :workspaceId! AND r.payment_provider = :paymentProvider!
 *    AND r.external_id = x.external_id AND (r.deleted_at IS NULL OR r.provider_deleted)
 * ),
 * -- Parents named by provider id, as stored (a missing one is created below, only for a write that applies).
 * price_parent AS (
 *   SELECT x.external_id, r.id
 *   FROM (SELECT DISTINCT price_external_id AS external_id FROM batch WHERE price_id IS NULL AND price_external_id IS NOT NULL) x
 *   LEFT JOIN prices r ON r.workspace_id = :workspaceId! AND r.payment_provider = :paymentProvider!
 *    AND r.external_id = x.external_id AND (r.deleted_at IS NULL OR r.provider_deleted)
 * ),
 * incoming AS (
 *   SELECT b.external_id, COALESCE(b.customer_id, customer_parent.id) AS customer_id, b.customer_external_id,
 *          COALESCE(b.price_id, price_parent.id) AS price_id, b.price_external_id, b.status, b.quantity,
 *          b.current_period_start, b.current_period_end, b.cancel_at_period_end, b.canceled_at, b.trial_end,
 *          b.metadata, b.payment_sync_status, b.provider_updated_at, b.provider_data
 *   FROM batch b
 *   LEFT JOIN customer_parent ON customer_parent.external_id = b.customer_external_id
 *   LEFT JOIN price_parent ON price_parent.external_id = b.price_external_id
 * ),
 * -- What the stored rows say of each object, as of this statement's snapshot (see CreateSubscriptionWithSync).
 * existing AS (
 *   SELECT b.external_id,
 *          CASE
 *            WHEN s.provider_updated_at IS NULL OR s.provider_updated_at < b.provider_updated_at THEN NULL
 *            WHEN s.provider_updated_at > b.provider_updated_at OR s.provider_deleted THEN 'stale'
 *            WHEN (s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start,
 *                  s.current_period_end, s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata,
 *                  s.payment_sync_status, s.payment_sync_error, s.provider_data)
 *                 IS DISTINCT FROM (b.customer_id, b.price_id, b.status, b.quantity, b.current_period_start,
 *                                   b.current_period_end, b.cancel_at_period_end, b.canceled_at, b.trial_end,
 *                                   b.metadata, b.payment_sync_status, NULL, b.provider_data) THEN NULL
 *            ELSE 'unchanged'
 *          END AS skipped
 *   FROM incoming b
 *   JOIN subscriptions s ON s.workspace_id = :workspaceId! AND s.payment_provider = :paymentProvider!
 *    AND s.external_id = b.external_id AND (s.deleted_at IS NULL OR s.provider_deleted)
 * ),
 * -- The objects to write; their parents not stored yet become placeholders, one per distinct parent.
 * to_write AS (
 *   SELECT b.external_id, b.customer_id, b.customer_external_id, b.price_id, b.price_external_id, b.status,
 *          b.quantity, b.current_period_start, b.current_period_end, b.cancel_at_period_end, b.canceled_at,
 *          b.trial_end, b.metadata, b.payment_sync_status, b.provider_updated_at, b.provider_data
 *   FROM incoming b
 *   WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)
 * ),
 * customer_created AS (
 *   SELECT x.external_id, psdb_provider_parent('customers', :workspaceId!::uuid, :paymentProvider!::text, x.external_id) AS id
 *   FROM (SELECT DISTINCT customer_external_id AS external_id FROM to_write WHERE customer_id IS NULL) x
 * ),
 * price_created AS (
 *   SELECT x.external_id, psdb_provider_parent('prices', :workspaceId!::uuid, :paymentProvider!::text, x.external_id) AS id
 *   FROM (SELECT DISTINCT price_external_id AS external_id FROM to_write WHERE price_id IS NULL) x
 * ),
 * written AS (
 *   INSERT INTO subscriptions AS s (
 *     workspace_id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *     cancel_at_period_end, canceled_at, trial_end, metadata, payment_provider, external_id,
 *     payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
 *   SELECT :workspaceId!::uuid, COALESCE(b.customer_id, customer_created.id),
 *          COALESCE(b.price_id, price_created.id), b.status, b.quantity, b.current_period_start,
 *          b.current_period_end, b.cancel_at_period_end, b.canceled_at, b.trial_end, b.metadata,
 *          :paymentProvider!::text, b.external_id, b.payment_sync_status,
 *          CASE WHEN b.payment_sync_status = 'synced' THEN now() END, b.provider_updated_at, b.provider_data
 *   FROM to_write b
 *   LEFT JOIN customer_created ON customer_created.external_id = b.customer_external_id
 *   LEFT JOIN price_created ON price_created.external_id = b.price_external_id
 *   ORDER BY b.external_id
 *   ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
 *   DO UPDATE SET
 *     customer_id = excluded.customer_id,
 *     price_id = excluded.price_id,
 *     status = excluded.status,
 *     quantity = excluded.quantity,
 *     current_period_start = excluded.current_period_start,
 *     current_period_end = excluded.current_period_end,
 *     cancel_at_period_end = excluded.cancel_at_period_end,
 *     canceled_at = excluded.canceled_at,
 *     trial_end = excluded.trial_end,
 *     metadata = excluded.metadata,
 *     payment_sync_status = excluded.payment_sync_status,
 *     updated_at = now(),
 *     payment_sync_error = NULL,
 *     payment_sync_version = s.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     provider_data = excluded.provider_data,
 *     deleted_at = NULL,
 *     provider_deleted = false
 *   WHERE s.provider_updated_at IS NULL OR s.provider_updated_at < excluded.provider_updated_at
 *      OR (s.provider_updated_at = excluded.provider_updated_at AND NOT s.provider_deleted
 *          AND (s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start, s.current_period_end,
 *               s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata, s.payment_sync_status,
 *               s.payment_sync_error, s.provider_data)
 *              IS DISTINCT FROM (excluded.customer_id, excluded.price_id, excluded.status, excluded.quantity,
 *                                excluded.current_period_start, excluded.current_period_end,
 *                                excluded.cancel_at_period_end, excluded.canceled_at, excluded.trial_end,
 *                                excluded.metadata, excluded.payment_sync_status, NULL, excluded.provider_data))
 *   RETURNING (s.xmax = 0) AS inserted
 * )
 * SELECT
 *   (SELECT count(*) FROM written WHERE inserted) AS "inserted!",
 *   (SELECT count(*) FROM written WHERE NOT inserted) AS "updated!",
 *   (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
 *   cardinality(:externalIds!::text[]) - (SELECT count(*) FROM written)
 *     - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!"
 * ```
 */
export const bulkUpsertSubscriptionsWithSync = new PreparedQuery<IBulkUpsertSubscriptionsWithSyncParams,IBulkUpsertSubscriptionsWithSyncResult>(bulkUpsertSubscriptionsWithSyncIR);


