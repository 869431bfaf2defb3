/* @name BulkDeletePricesWithSync */
-- Scope: one workspace and one provider. The provider deleted these prices
-- as of providerUpdatedAt (one time for the batch: e.g. a backfill's "these
-- ids are gone"): DeletePriceWithSync for each external id, in ONE
-- statement, rows written in external id order. Resolves to one row of
-- counts: deleted (tombstones written, prices never seen included),
-- unchanged (already tombstones of this time) and stale (the stored row is
-- newer); their sum is the number of distinct external ids.
WITH batch AS (
  SELECT DISTINCT b.external_id FROM unnest(:externalIds!::text[]) AS b (external_id)
),
existing AS (
  SELECT pr.external_id,
         CASE
           WHEN pr.provider_updated_at IS NULL OR pr.provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL
           WHEN pr.provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'
           WHEN pr.provider_deleted THEN 'unchanged'
         END AS skipped
  FROM prices pr JOIN batch b ON b.external_id = pr.external_id
  WHERE pr.workspace_id = :workspaceId! AND pr.payment_provider = :paymentProvider!
    AND (pr.deleted_at IS NULL OR pr.provider_deleted)
),
written AS (
  INSERT INTO prices AS pr (
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
    payment_sync_version = pr.payment_sync_version + 1,
    provider_updated_at = excluded.provider_updated_at,
    deleted_at = COALESCE(pr.deleted_at, now()),
    provider_deleted = true
  WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at < excluded.provider_updated_at
     OR (pr.provider_updated_at = excluded.provider_updated_at AND NOT pr.provider_deleted)
  RETURNING 1
)
SELECT
  (SELECT count(*) FROM written) AS "deleted!",
  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
  (SELECT count(*) FROM batch) - (SELECT count(*) FROM written)
    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!";
