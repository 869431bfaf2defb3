/* @name BulkUpsertProductsWithSync */
-- Scope: one workspace and one provider (scalars for the whole batch).
-- Idempotent, monotonic upsert of a batch of provider products, as
-- CreateProductWithSync row by row but in ONE statement: ONE array parameter
-- per column, expanded together by unnest (element i of every array is object
-- i; an omitted optional array or a null element means the single-row
-- default: description null, active true, metadata {}). Per external id only
-- the newest object of the batch is kept (DISTINCT ON; on equal
-- providerUpdatedAt the later element). Its live row of (workspace, provider,
-- external id) is inserted, or replaced (version + 1) unless it holds a newer
-- provider_updated_at. Rows are written in external id order. Resolves to one
-- row of counts: inserted, updated, and stale (objects that changed nothing:
-- older than the stored row, or older duplicates).
WITH batch AS (
  SELECT DISTINCT ON (b.external_id) b.external_id, b.name, b.description, b.active, b.metadata,
         b.provider_updated_at, b.provider_data, b.position
  FROM unnest(
    :externalIds!::text[], :names!::text[], :descriptions::text[], :actives::boolean[], :metadatas::jsonb[],
    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
  ) WITH ORDINALITY AS b (
    external_id, name, description, active, metadata, provider_updated_at, provider_data, position)
  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
),
written AS (
  INSERT INTO products AS p (
    workspace_id, name, description, active, metadata, payment_provider, external_id,
    payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
  SELECT
    :workspaceId!::uuid, b.name, b.description, COALESCE(b.active, true), COALESCE(b.metadata, '{}'),
    :paymentProvider!::text, b.external_id,
    COALESCE(:paymentSyncStatus::text, 'synced'),
    CASE WHEN COALESCE(:paymentSyncStatus::text, 'synced') = 'synced' THEN now() END,
    b.provider_updated_at, b.provider_data
  FROM batch b
  ORDER BY b.external_id
  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
  DO UPDATE SET
    name = excluded.name,
    description = excluded.description,
    active = excluded.active,
    metadata = excluded.metadata,
    payment_sync_status = excluded.payment_sync_status,
    payment_synced_at = COALESCE(excluded.payment_synced_at, p.payment_synced_at),
    payment_sync_error = NULL,
    payment_sync_version = p.payment_sync_version + 1,
    provider_updated_at = excluded.provider_updated_at,
    provider_data = excluded.provider_data
  WHERE p.provider_updated_at IS NULL OR p.provider_updated_at <= excluded.provider_updated_at
  RETURNING (p.xmax = 0) AS inserted
)
SELECT
  count(*) FILTER (WHERE w.inserted) AS "inserted!",
  count(*) FILTER (WHERE NOT w.inserted) AS "updated!",
  cardinality(:externalIds!::text[]) - count(*) AS "stale!"
FROM written w;
