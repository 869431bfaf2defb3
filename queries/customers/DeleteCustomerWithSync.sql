/* @name DeleteCustomerWithSync */
-- Scope: one workspace. The provider deleted the customer as of
-- providerUpdatedAt: a monotonic tombstone. The live row (or a tombstone of
-- an older delete) of (workspace, provider, external id) is marked deleted
-- and keeps providerUpdatedAt (version + 1, status synced); a customer never
-- seen leaves a tombstone of its own, so that a late, older write of it stays
-- stale. A delete wins a tie with a live row of the same time. Outcome
-- deleted; or nothing written and the stored row back: stale (the stored row
-- is newer) or unchanged (a tombstone of this very time). No row: a
-- concurrent writer changed the row since this statement's snapshot; run it
-- again.
WITH existing AS (
  SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
         payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
         created_at, updated_at, deleted_at,
         CASE
           WHEN provider_updated_at IS NULL OR provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL
           WHEN provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'
           WHEN provider_deleted THEN 'unchanged'
         END AS skipped
  FROM customers
  WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND external_id = :externalId!
    AND (deleted_at IS NULL OR provider_deleted)
),
written AS (
  INSERT INTO customers AS c (
    workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at,
    provider_updated_at, deleted_at, provider_deleted)
  SELECT :workspaceId!, :paymentProvider!, :externalId!, 'synced', now(), :providerUpdatedAt!, now(), true
  WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)
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
  RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
            payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
            created_at, updated_at, deleted_at
)
-- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
SELECT workspace_id AS "workspace_id!", id AS "id!", email, name, metadata AS "metadata!", external_id,
       payment_provider, payment_sync_status AS "payment_sync_status!", payment_synced_at,
       payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at,
       provider_data, created_at AS "created_at!", updated_at AS "updated_at!", deleted_at,
       'deleted' AS "outcome!"
FROM written
UNION ALL
SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
       created_at, updated_at, deleted_at, skipped
FROM existing
WHERE skipped IS NOT NULL;
