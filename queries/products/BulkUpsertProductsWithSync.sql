/* @name BulkUpsertProductsWithSync */
-- Scope: one workspace and one provider (scalars for the whole batch).
-- Idempotent, monotonic upsert of a batch of provider products, as
-- CreateProductWithSync row by row but in ONE statement: ONE array parameter
-- per column, expanded together by unnest (element i of every array is object
-- i; an omitted optional array or a null element means the single-row
-- default). Per external id only the newest object of the batch is kept
-- (DISTINCT ON; on equal providerUpdatedAt the later element). An object
-- whose stored row is newer (or a tombstone as new), or holds the same time
-- and content, is left alone without touching its row; the others are
-- inserted or replaced (version + 1), in external id order. Resolves to one
-- row of counts: inserted, updated, unchanged (same time, same content) and
-- stale (older than the stored row, or older duplicates); their sum is the
-- batch size.
WITH batch AS (
  SELECT DISTINCT ON (b.external_id) b.external_id, b.name, b.description, COALESCE(b.active, true) AS active,
         COALESCE(b.metadata, '{}') AS metadata,
         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status, b.provider_updated_at,
         b.provider_data, b.position
  FROM unnest(
    :externalIds!::text[], :names!::text[], :descriptions::text[], :actives::boolean[], :metadatas::jsonb[],
    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
  ) WITH ORDINALITY AS b (
    external_id, name, description, active, metadata, provider_updated_at, provider_data, position)
  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
),
-- What the stored rows say of each object, as of this statement's snapshot (see CreateProductWithSync).
existing AS (
  SELECT b.external_id,
         CASE
           WHEN p.provider_updated_at IS NULL OR p.provider_updated_at < b.provider_updated_at THEN NULL
           WHEN p.provider_updated_at > b.provider_updated_at OR p.provider_deleted THEN 'stale'
           WHEN (p.name, p.description, p.active, p.metadata, p.payment_sync_status, p.payment_sync_error,
                 p.provider_data)
                IS DISTINCT FROM (b.name, b.description, b.active, b.metadata, b.payment_sync_status, NULL,
                                  b.provider_data) THEN NULL
           ELSE 'unchanged'
         END AS skipped
  FROM batch b
  JOIN products p ON p.workspace_id = :workspaceId! AND p.payment_provider = :paymentProvider!
   AND p.external_id = b.external_id AND (p.deleted_at IS NULL OR p.provider_deleted)
),
written AS (
  INSERT INTO products AS p (
    workspace_id, name, description, active, metadata, payment_provider, external_id, payment_sync_status,
    payment_synced_at, provider_updated_at, provider_data)
  SELECT :workspaceId!::uuid, b.name, b.description, b.active, b.metadata, :paymentProvider!::text,
         b.external_id, b.payment_sync_status, CASE WHEN b.payment_sync_status = 'synced' THEN now() END,
         b.provider_updated_at, b.provider_data
  FROM batch b
  WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)
  ORDER BY b.external_id
  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
  DO UPDATE SET
    name = excluded.name,
    description = excluded.description,
    active = excluded.active,
    metadata = excluded.metadata,
    payment_sync_status = excluded.payment_sync_status,
    updated_at = now(),
    payment_sync_error = NULL,
    payment_sync_version = p.payment_sync_version + 1,
    provider_updated_at = excluded.provider_updated_at,
    provider_data = excluded.provider_data,
    deleted_at = NULL,
    provider_deleted = false
  WHERE p.provider_updated_at IS NULL OR p.provider_updated_at < excluded.provider_updated_at
     OR (p.provider_updated_at = excluded.provider_updated_at AND NOT p.provider_deleted
         AND (p.name, p.description, p.active, p.metadata, p.payment_sync_status, p.payment_sync_error,
              p.provider_data)
             IS DISTINCT FROM (excluded.name, excluded.description, excluded.active, excluded.metadata,
                               excluded.payment_sync_status, NULL, excluded.provider_data))
  RETURNING (p.xmax = 0) AS inserted
)
SELECT
  (SELECT count(*) FROM written WHERE inserted) AS "inserted!",
  (SELECT count(*) FROM written WHERE NOT inserted) AS "updated!",
  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
  cardinality(:externalIds!::text[]) - (SELECT count(*) FROM written)
    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!";
