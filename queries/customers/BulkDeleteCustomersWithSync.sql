/* @name BulkDeleteCustomersWithSync */
-- Scope: one workspace and one provider. The provider deleted these customers
-- as of providerUpdatedAt (one time for the batch: e.g. a backfill's "these
-- ids are gone"): DeleteCustomerWithSync for each external id, in ONE
-- statement, rows written in external id order. Resolves to one row of
-- counts: deleted (tombstones written, customers never seen included),
-- unchanged (already tombstones of this time) and stale (the stored row is
-- newer); their sum is the number of distinct external ids.
WITH batch AS (
  SELECT DISTINCT b.external_id FROM unnest(:externalIds!::text[]) AS b (external_id)
),
existing AS (
  SELECT c.external_id,
         CASE
           WHEN c.provider_updated_at IS NULL OR c.provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL
           WHEN c.provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'
           WHEN c.provider_deleted THEN 'unchanged'
         END AS skipped
  FROM customers c JOIN batch b ON b.external_id = c.external_id
  WHERE c.workspace_id = :workspaceId! AND c.payment_provider = :paymentProvider!
    AND (c.deleted_at IS NULL OR c.provider_deleted)
),
written AS (
  INSERT INTO customers AS c (
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
    payment_sync_version = c.payment_sync_version + 1,
    provider_updated_at = excluded.provider_updated_at,
    deleted_at = COALESCE(c.deleted_at, now()),
    provider_deleted = true
  WHERE c.provider_updated_at IS NULL OR c.provider_updated_at < excluded.provider_updated_at
     OR (c.provider_updated_at = excluded.provider_updated_at AND NOT c.provider_deleted)
  RETURNING 1
)
SELECT
  (SELECT count(*) FROM written) AS "deleted!",
  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
  (SELECT count(*) FROM batch) - (SELECT count(*) FROM written)
    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!";
