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
  customerIds: stringArray;
  externalIds: stringArray;
  metadatas?: JsonArray | null | void;
  paymentProvider: string;
  paymentSyncStatus?: string | null | void;
  priceIds: stringArray;
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
  updated: number;
}

/** 'BulkUpsertSubscriptionsWithSync' query type */
export interface IBulkUpsertSubscriptionsWithSyncQuery {
  params: IBulkUpsertSubscriptionsWithSyncParams;
  result: IBulkUpsertSubscriptionsWithSyncResult;
}

const bulkUpsertSubscriptionsWithSyncIR: any = {"usedParamSet":{"externalIds":true,"customerIds":true,"priceIds":true,"statuses":true,"quantities":true,"currentPeriodStarts":true,"currentPeriodEnds":true,"cancelAtPeriodEnds":true,"canceledAts":true,"trialEnds":true,"metadatas":true,"providerUpdatedAts":true,"providerDatas":true,"workspaceId":true,"paymentProvider":true,"paymentSyncStatus":true},"params":[{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1359,"b":1371},{"a":3970,"b":3982}]},{"name":"customerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1382,"b":1394}]},{"name":"priceIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1405,"b":1414}]},{"name":"statuses","required":true,"transform":{"type":"scalar"},"locs":[{"a":1425,"b":1434}]},{"name":"quantities","required":false,"transform":{"type":"scalar"},"locs":[{"a":1445,"b":1455}]},{"name":"currentPeriodStarts","required":false,"transform":{"type":"scalar"},"locs":[{"a":1473,"b":1492}]},{"name":"currentPeriodEnds","required":false,"transform":{"type":"scalar"},"locs":[{"a":1510,"b":1527}]},{"name":"cancelAtPeriodEnds","required":false,"transform":{"type":"scalar"},"locs":[{"a":1545,"b":1563}]},{"name":"canceledAts","required":false,"transform":{"type":"scalar"},"locs":[{"a":1581,"b":1592}]},{"name":"trialEnds","required":false,"transform":{"type":"scalar"},"locs":[{"a":1610,"b":1619}]},{"name":"metadatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1637,"b":1646}]},{"name":"providerUpdatedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":1662,"b":1681}]},{"name":"providerDatas","required":false,"transform":{"type":"scalar"},"locs":[{"a":1699,"b":1712}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":2370,"b":2382}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":2604,"b":2620}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":2657,"b":2674},{"a":2717,"b":2734}]}],"statement":"-- Scope: one workspace and one provider (scalars for the whole batch).\n-- Idempotent, monotonic upsert of a batch of provider subscriptions, as\n-- CreateSubscriptionWithSync row by row but in ONE statement: ONE array\n-- parameter per column, expanded together by unnest (element i of every array\n-- is object i; an omitted optional array or a null element means the\n-- single-row default: quantity 1, cancel_at_period_end false, dates null,\n-- metadata {}). customerIds and priceIds are the library's ids, checked by the\n-- composite foreign keys: one foreign id fails the whole statement. Per\n-- external id only the newest object of the batch is kept (DISTINCT ON; on\n-- equal providerUpdatedAt the later element). Its live row of (workspace,\n-- provider, external id) is inserted, or replaced (version + 1) unless it\n-- holds a newer provider_updated_at. Rows are written in external id order.\n-- Resolves to one row of counts: inserted, updated, and stale (objects that\n-- changed nothing: older than the stored row, or older duplicates).\nWITH batch AS (\n  SELECT DISTINCT ON (b.external_id) b.external_id, b.customer_id, b.price_id, b.status, b.quantity,\n         b.current_period_start, b.current_period_end, b.cancel_at_period_end, b.canceled_at, b.trial_end,\n         b.metadata, b.provider_updated_at, b.provider_data, b.position\n  FROM unnest(\n    :externalIds!::text[], :customerIds!::uuid[], :priceIds!::uuid[], :statuses!::text[], :quantities::integer[],\n    :currentPeriodStarts::timestamptz[], :currentPeriodEnds::timestamptz[], :cancelAtPeriodEnds::boolean[],\n    :canceledAts::timestamptz[], :trialEnds::timestamptz[], :metadatas::jsonb[],\n    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]\n  ) WITH ORDINALITY AS b (\n    external_id, customer_id, price_id, status, quantity,\n    current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata,\n    provider_updated_at, provider_data, position)\n  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC\n),\nwritten AS (\n  INSERT INTO subscriptions AS s (\n    workspace_id, customer_id, price_id, status, quantity,\n    current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end,\n    metadata, payment_provider, external_id,\n    payment_sync_status, payment_synced_at, provider_updated_at, provider_data)\n  SELECT\n    :workspaceId!::uuid, b.customer_id, b.price_id, b.status, COALESCE(b.quantity, 1),\n    b.current_period_start, b.current_period_end, COALESCE(b.cancel_at_period_end, false), b.canceled_at,\n    b.trial_end, COALESCE(b.metadata, '{}'), :paymentProvider!::text, b.external_id,\n    COALESCE(:paymentSyncStatus::text, 'synced'),\n    CASE WHEN COALESCE(:paymentSyncStatus::text, 'synced') = 'synced' THEN now() END,\n    b.provider_updated_at, b.provider_data\n  FROM batch b\n  ORDER BY b.external_id\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL\n  DO UPDATE SET\n    customer_id = excluded.customer_id,\n    price_id = excluded.price_id,\n    status = excluded.status,\n    quantity = excluded.quantity,\n    current_period_start = excluded.current_period_start,\n    current_period_end = excluded.current_period_end,\n    cancel_at_period_end = excluded.cancel_at_period_end,\n    canceled_at = excluded.canceled_at,\n    trial_end = excluded.trial_end,\n    metadata = excluded.metadata,\n    payment_sync_status = excluded.payment_sync_status,\n    payment_synced_at = COALESCE(excluded.payment_synced_at, s.payment_synced_at),\n    payment_sync_error = NULL,\n    payment_sync_version = s.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    provider_data = excluded.provider_data\n  WHERE s.provider_updated_at IS NULL OR s.provider_updated_at <= excluded.provider_updated_at\n  RETURNING (s.xmax = 0) AS inserted\n)\nSELECT\n  count(*) FILTER (WHERE w.inserted) AS \"inserted!\",\n  count(*) FILTER (WHERE NOT w.inserted) AS \"updated!\",\n  cardinality(:externalIds!::text[]) - count(*) AS \"stale!\"\nFROM written w"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider (scalars for the whole batch).
 * -- Idempotent, monotonic upsert of a batch of provider subscriptions, as
 * -- CreateSubscriptionWithSync row by row but in ONE statement: ONE array
 * -- parameter per column, expanded together by unnest (element i of every array
 * -- is object i; an omitted optional array or a null element means the
 * -- single-row default: quantity 1, cancel_at_period_end false, dates null,
 * -- metadata {}). customerIds and priceIds are the library's ids, checked by the
 * -- composite foreign keys: one foreign id fails the whole statement. Per
 * -- external id only the newest object of the batch is kept (DISTINCT ON; on
 * -- equal providerUpdatedAt the later element). Its live row of (workspace,
 * -- provider, external id) is inserted, or replaced (version + 1) unless it
 * -- holds a newer provider_updated_at. Rows are written in external id order.
 * -- Resolves to one row of counts: inserted, updated, and stale (objects that
 * -- changed nothing: older than the stored row, or older duplicates).
 * WITH batch AS (
 *   SELECT DISTINCT ON (b.external_id) b.external_id, b.customer_id, b.price_id, b.status, b.quantity,
 *          b.current_period_start, b.current_period_end, b.cancel_at_period_end, b.canceled_at, b.trial_end,
 *          b.metadata, b.provider_updated_at, b.provider_data, b.position
 *   FROM unnest(
 *     :externalIds!::text[], :customerIds!::uuid[], :priceIds!::uuid[], :statuses!::text[], :quantities::integer[],
 *     :currentPeriodStarts::timestamptz[], :currentPeriodEnds::timestamptz[], :cancelAtPeriodEnds::boolean[],
 *     :canceledAts::timestamptz[], :trialEnds::timestamptz[], :metadatas::jsonb[],
 *     :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
 *   ) WITH ORDINALITY AS b (
 *     external_id, customer_id, price_id, status, quantity,
 *     current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata,
 *     provider_updated_at, provider_data, position)
 *   ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
 * ),
 * written AS (
 *   INSERT INTO subscriptions AS s (
 *     workspace_id, customer_id, price_id, status, quantity,
 *     current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end,
 *     metadata, payment_provider, external_id,
 *     payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
 *   SELECT
 *     :workspaceId!::uuid, b.customer_id, b.price_id, b.status, COALESCE(b.quantity, 1),
 *     b.current_period_start, b.current_period_end, COALESCE(b.cancel_at_period_end, false), b.canceled_at,
 *     b.trial_end, COALESCE(b.metadata, '{}'), :paymentProvider!::text, b.external_id,
 *     COALESCE(:paymentSyncStatus::text, 'synced'),
 *     CASE WHEN COALESCE(:paymentSyncStatus::text, 'synced') = 'synced' THEN now() END,
 *     b.provider_updated_at, b.provider_data
 *   FROM batch b
 *   ORDER BY b.external_id
 *   ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
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
 *     payment_synced_at = COALESCE(excluded.payment_synced_at, s.payment_synced_at),
 *     payment_sync_error = NULL,
 *     payment_sync_version = s.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     provider_data = excluded.provider_data
 *   WHERE s.provider_updated_at IS NULL OR s.provider_updated_at <= excluded.provider_updated_at
 *   RETURNING (s.xmax = 0) AS inserted
 * )
 * SELECT
 *   count(*) FILTER (WHERE w.inserted) AS "inserted!",
 *   count(*) FILTER (WHERE NOT w.inserted) AS "updated!",
 *   cardinality(:externalIds!::text[]) - count(*) AS "stale!"
 * FROM written w
 * ```
 */
export const bulkUpsertSubscriptionsWithSync = new PreparedQuery<IBulkUpsertSubscriptionsWithSyncParams,IBulkUpsertSubscriptionsWithSyncResult>(bulkUpsertSubscriptionsWithSyncIR);


