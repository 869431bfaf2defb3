/* @name BulkUpsertPricesWithSync */
-- Scope: one workspace and one provider (scalars for the whole batch).
-- Idempotent, monotonic upsert of a batch of provider prices, as
-- CreatePriceWithSync row by row but in ONE statement: ONE array parameter per
-- column, expanded together by unnest (element i of every array is object i;
-- an omitted optional array or a null element means the single-row default:
-- no interval, active true, metadata {}). productIds are the library's product
-- ids, checked by the composite foreign key (workspace_id, product_id): one
-- foreign id fails the whole statement. Per external id only the newest object
-- of the batch is kept (DISTINCT ON; on equal providerUpdatedAt the later
-- element). Its live row of (workspace, provider, external id) is inserted, or
-- replaced (version + 1) unless it holds a newer provider_updated_at. Rows are
-- written in external id order. Resolves to one row of counts: inserted,
-- updated, and stale (objects that changed nothing: older than the stored row,
-- or older duplicates).
WITH batch AS (
  SELECT DISTINCT ON (b.external_id) b.external_id, b.product_id, b.currency, b.unit_amount, b.type,
         b.recurring_interval, b.recurring_interval_count, b.active, b.metadata, b.provider_updated_at,
         b.provider_data, b.position
  FROM unnest(
    :externalIds!::text[], :productIds!::uuid[], :currencies!::text[], :unitAmounts!::bigint[], :types!::text[],
    :recurringIntervals::text[], :recurringIntervalCounts::integer[], :actives::boolean[], :metadatas::jsonb[],
    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
  ) WITH ORDINALITY AS b (
    external_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,
    active, metadata, provider_updated_at, provider_data, position)
  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
),
written AS (
  INSERT INTO prices AS pr (
    workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,
    active, metadata, payment_provider, external_id,
    payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
  SELECT
    :workspaceId!::uuid, b.product_id, b.currency, b.unit_amount, b.type, b.recurring_interval,
    b.recurring_interval_count, COALESCE(b.active, true), COALESCE(b.metadata, '{}'),
    :paymentProvider!::text, b.external_id,
    COALESCE(:paymentSyncStatus::text, 'synced'),
    CASE WHEN COALESCE(:paymentSyncStatus::text, 'synced') = 'synced' THEN now() END,
    b.provider_updated_at, b.provider_data
  FROM batch b
  ORDER BY b.external_id
  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
  DO UPDATE SET
    product_id = excluded.product_id,
    currency = excluded.currency,
    unit_amount = excluded.unit_amount,
    type = excluded.type,
    recurring_interval = excluded.recurring_interval,
    recurring_interval_count = excluded.recurring_interval_count,
    active = excluded.active,
    metadata = excluded.metadata,
    payment_sync_status = excluded.payment_sync_status,
    payment_synced_at = COALESCE(excluded.payment_synced_at, pr.payment_synced_at),
    payment_sync_error = NULL,
    payment_sync_version = pr.payment_sync_version + 1,
    provider_updated_at = excluded.provider_updated_at,
    provider_data = excluded.provider_data
  WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at <= excluded.provider_updated_at
  RETURNING (pr.xmax = 0) AS inserted
)
SELECT
  count(*) FILTER (WHERE w.inserted) AS "inserted!",
  count(*) FILTER (WHERE NOT w.inserted) AS "updated!",
  cardinality(:externalIds!::text[]) - count(*) AS "stale!"
FROM written w;
