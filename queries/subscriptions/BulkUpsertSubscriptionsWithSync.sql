/* @name BulkUpsertSubscriptionsWithSync */
-- Scope: one workspace and one provider (scalars for the whole batch).
-- Idempotent, monotonic upsert of a batch of provider subscriptions, as
-- CreateSubscriptionWithSync row by row but in ONE statement: ONE array
-- parameter per column, expanded together by unnest (element i of every array
-- is object i; an omitted optional array or a null element means the
-- single-row default: quantity 1, cancel_at_period_end false, dates null,
-- metadata {}). customerIds and priceIds are the library's ids, checked by the
-- composite foreign keys: one foreign id fails the whole statement. Per
-- external id only the newest object of the batch is kept (DISTINCT ON; on
-- equal providerUpdatedAt the later element). Its live row of (workspace,
-- provider, external id) is inserted, or replaced (version + 1) unless it
-- holds a newer provider_updated_at. Rows are written in external id order.
-- Resolves to one row of counts: inserted, updated, and stale (objects that
-- changed nothing: older than the stored row, or older duplicates).
WITH batch AS (
  SELECT DISTINCT ON (b.external_id) b.external_id, b.customer_id, b.price_id, b.status, b.quantity,
         b.current_period_start, b.current_period_end, b.cancel_at_period_end, b.canceled_at, b.trial_end,
         b.metadata, b.provider_updated_at, b.provider_data, b.position
  FROM unnest(
    :externalIds!::text[], :customerIds!::uuid[], :priceIds!::uuid[], :statuses!::text[], :quantities::integer[],
    :currentPeriodStarts::timestamptz[], :currentPeriodEnds::timestamptz[], :cancelAtPeriodEnds::boolean[],
    :canceledAts::timestamptz[], :trialEnds::timestamptz[], :metadatas::jsonb[],
    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
  ) WITH ORDINALITY AS b (
    external_id, customer_id, price_id, status, quantity,
    current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata,
    provider_updated_at, provider_data, position)
  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
),
written AS (
  INSERT INTO subscriptions AS s (
    workspace_id, customer_id, price_id, status, quantity,
    current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end,
    metadata, payment_provider, external_id,
    payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
  SELECT
    :workspaceId!::uuid, b.customer_id, b.price_id, b.status, COALESCE(b.quantity, 1),
    b.current_period_start, b.current_period_end, COALESCE(b.cancel_at_period_end, false), b.canceled_at,
    b.trial_end, COALESCE(b.metadata, '{}'), :paymentProvider!::text, b.external_id,
    COALESCE(:paymentSyncStatus::text, 'synced'),
    CASE WHEN COALESCE(:paymentSyncStatus::text, 'synced') = 'synced' THEN now() END,
    b.provider_updated_at, b.provider_data
  FROM batch b
  ORDER BY b.external_id
  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
  DO UPDATE SET
    customer_id = excluded.customer_id,
    price_id = excluded.price_id,
    status = excluded.status,
    quantity = excluded.quantity,
    current_period_start = excluded.current_period_start,
    current_period_end = excluded.current_period_end,
    cancel_at_period_end = excluded.cancel_at_period_end,
    canceled_at = excluded.canceled_at,
    trial_end = excluded.trial_end,
    metadata = excluded.metadata,
    payment_sync_status = excluded.payment_sync_status,
    payment_synced_at = COALESCE(excluded.payment_synced_at, s.payment_synced_at),
    payment_sync_error = NULL,
    payment_sync_version = s.payment_sync_version + 1,
    provider_updated_at = excluded.provider_updated_at,
    provider_data = excluded.provider_data
  WHERE s.provider_updated_at IS NULL OR s.provider_updated_at <= excluded.provider_updated_at
  RETURNING (s.xmax = 0) AS inserted
)
SELECT
  count(*) FILTER (WHERE w.inserted) AS "inserted!",
  count(*) FILTER (WHERE NOT w.inserted) AS "updated!",
  cardinality(:externalIds!::text[]) - count(*) AS "stale!"
FROM written w;
