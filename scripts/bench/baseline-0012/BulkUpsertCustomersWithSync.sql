/* @name BulkUpsertCustomersWithSync */
-- Scope: one workspace and one provider (scalars for the whole batch).
-- Idempotent, monotonic upsert of a batch of provider customers, as
-- CreateCustomerWithSync row by row but in ONE statement: ONE array parameter
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
  SELECT DISTINCT ON (b.external_id) b.external_id, b.email, b.name, COALESCE(b.metadata, '{}') AS metadata,
         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status, b.provider_updated_at,
         b.provider_data, b.position
  FROM unnest(
    :externalIds!::text[], :emails::text[], :names::text[], :metadatas::jsonb[],
    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
  ) WITH ORDINALITY AS b (
    external_id, email, name, metadata, provider_updated_at, provider_data, position)
  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
),
-- What the stored rows say of each object, as of this statement's snapshot (see CreateCustomerWithSync).
existing AS (
  SELECT b.external_id,
         CASE
           WHEN c.provider_updated_at IS NULL OR c.provider_updated_at < b.provider_updated_at THEN NULL
           WHEN c.provider_updated_at > b.provider_updated_at OR c.provider_deleted THEN 'stale'
           WHEN (c.email, c.name, c.metadata, c.payment_sync_status, c.payment_sync_error, c.provider_data)
                IS DISTINCT FROM (b.email, b.name, b.metadata, b.payment_sync_status, NULL, b.provider_data) THEN NULL
           ELSE 'unchanged'
         END AS skipped
  FROM batch b
  JOIN customers c ON c.workspace_id = :workspaceId! AND c.payment_provider = :paymentProvider!
   AND c.external_id = b.external_id AND (c.deleted_at IS NULL OR c.provider_deleted)
),
written AS (
  INSERT INTO customers AS c (
    workspace_id, email, name, metadata, payment_provider, external_id, payment_sync_status,
    payment_synced_at, provider_updated_at, provider_data)
  SELECT :workspaceId!::uuid, b.email, b.name, b.metadata, :paymentProvider!::text, b.external_id,
         b.payment_sync_status, CASE WHEN b.payment_sync_status = 'synced' THEN now() END,
         b.provider_updated_at, b.provider_data
  FROM batch b
  WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)
  ORDER BY b.external_id
  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
  DO UPDATE SET
    email = excluded.email,
    name = excluded.name,
    metadata = excluded.metadata,
    payment_sync_status = excluded.payment_sync_status,
    payment_synced_at = COALESCE(excluded.payment_synced_at, c.payment_synced_at),
    payment_sync_error = NULL,
    payment_sync_version = c.payment_sync_version + 1,
    provider_updated_at = excluded.provider_updated_at,
    provider_data = excluded.provider_data,
    deleted_at = NULL,
    provider_deleted = false
  WHERE c.provider_updated_at IS NULL OR c.provider_updated_at < excluded.provider_updated_at
     OR (c.provider_updated_at = excluded.provider_updated_at AND NOT c.provider_deleted
         AND (c.email, c.name, c.metadata, c.payment_sync_status, c.payment_sync_error, c.provider_data)
             IS DISTINCT FROM (excluded.email, excluded.name, excluded.metadata, excluded.payment_sync_status,
                               NULL, excluded.provider_data))
  RETURNING (c.xmax = 0) AS inserted
)
SELECT
  (SELECT count(*) FROM written WHERE inserted) AS "inserted!",
  (SELECT count(*) FROM written WHERE NOT inserted) AS "updated!",
  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
  cardinality(:externalIds!::text[]) - (SELECT count(*) FROM written)
    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!";
