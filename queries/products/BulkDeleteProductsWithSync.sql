/* @name BulkDeleteProductsWithSync */
-- Scope: one workspace and one provider. The provider deleted these products
-- as of providerUpdatedAt (one time for the batch: e.g. a backfill's "these
-- ids are gone"): DeleteProductWithSync for each external id, in ONE
-- statement, rows written in external id order. Resolves to one row of
-- counts: deleted (tombstones written, products never seen included),
-- unchanged (already tombstones of this time) and stale (the stored row is
-- newer); their sum is the number of distinct external ids.
WITH batch AS (
  SELECT DISTINCT b.external_id FROM unnest(:externalIds!::text[]) AS b (external_id)
),
existing AS (
  SELECT p.external_id,
         CASE
           WHEN p.provider_updated_at IS NULL OR p.provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL
           WHEN p.provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'
           WHEN p.provider_deleted THEN 'unchanged'
         END AS skipped
  FROM products p JOIN batch b ON b.external_id = p.external_id
  WHERE p.workspace_id = :workspaceId! AND p.payment_provider = :paymentProvider!
    AND (p.deleted_at IS NULL OR p.provider_deleted)
),
written AS (
  INSERT INTO products AS p (
    workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at,
    provider_updated_at, deleted_at, provider_deleted)
  SELECT :workspaceId!::uuid, :paymentProvider!::text, b.external_id, 'synced', now(),
         :providerUpdatedAt!::timestamptz, now(), true
  FROM batch b
  WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)
  ORDER BY b.external_id
  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
  DO UPDATE SET
    payment_sync_status = 'synced',
    updated_at = now(),
    payment_sync_error = NULL,
    payment_sync_version = p.payment_sync_version + 1,
    provider_updated_at = excluded.provider_updated_at,
    deleted_at = COALESCE(p.deleted_at, now()),
    provider_deleted = true
  WHERE p.provider_updated_at IS NULL OR p.provider_updated_at < excluded.provider_updated_at
     OR (p.provider_updated_at = excluded.provider_updated_at AND NOT p.provider_deleted)
  RETURNING 1
)
SELECT
  (SELECT count(*) FROM written) AS "deleted!",
  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
  (SELECT count(*) FROM batch) - (SELECT count(*) FROM written)
    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!";
