/* @name CreateCustomerWithSync */
-- Scope: one workspace. Idempotent, monotonic upsert of a provider's customer
-- by (workspace, provider, external id), in one statement. The write applies
-- when the stored row has no provider time (a placeholder, a local row), is
-- older, or holds the same time with other content (every column the write
-- sets, provider_data included); it then inserts (created) or replaces
-- (updated, version + 1), reviving a tombstone only when strictly newer.
-- Otherwise nothing is written and the stored row comes back: stale (the
-- stored row is newer, or a tombstone as new) or unchanged (same time, same
-- content). No row: a concurrent writer changed the row since this
-- statement's snapshot; run it again.
WITH incoming AS (
  SELECT :email::text AS email, :name::text AS name, COALESCE(:metadata::jsonb, '{}') AS metadata,
         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status,
         :providerUpdatedAt!::timestamptz AS provider_updated_at, :providerData::jsonb AS provider_data
),
existing AS (
  SELECT c.workspace_id, c.id, c.email, c.name, c.metadata, c.external_id, c.payment_provider,
         c.payment_sync_status, c.payment_synced_at, c.payment_sync_version, c.payment_sync_error,
         c.provider_updated_at, c.provider_data, c.created_at, c.updated_at, c.deleted_at,
         CASE
           WHEN c.provider_updated_at IS NULL OR c.provider_updated_at < i.provider_updated_at THEN NULL
           WHEN c.provider_updated_at > i.provider_updated_at OR c.provider_deleted THEN 'stale'
           WHEN (c.email, c.name, c.metadata, c.payment_sync_status, c.payment_sync_error, c.provider_data)
                IS DISTINCT FROM (i.email, i.name, i.metadata, i.payment_sync_status, NULL, i.provider_data) THEN NULL
           ELSE 'unchanged'
         END AS skipped
  FROM customers c, incoming i
  WHERE c.workspace_id = :workspaceId! AND c.payment_provider = :paymentProvider! AND c.external_id = :externalId!
    AND (c.deleted_at IS NULL OR c.provider_deleted)
),
written AS (
  INSERT INTO customers AS c (
    workspace_id, email, name, metadata, payment_provider, external_id, payment_sync_status,
    payment_synced_at, provider_updated_at, provider_data)
  SELECT :workspaceId!, i.email, i.name, i.metadata, :paymentProvider!, :externalId!, i.payment_sync_status,
         CASE WHEN i.payment_sync_status = 'synced' THEN now() END, i.provider_updated_at, i.provider_data
  FROM incoming i
  WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)
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
  RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
            payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
            created_at, updated_at, deleted_at,
            CASE WHEN xmax = 0 THEN 'created' ELSE 'updated' END AS outcome
)
-- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
SELECT workspace_id AS "workspace_id!", id AS "id!", email, name, metadata AS "metadata!", external_id,
       payment_provider, payment_sync_status AS "payment_sync_status!", payment_synced_at,
       payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at,
       provider_data, created_at AS "created_at!", updated_at AS "updated_at!", deleted_at,
       outcome AS "outcome!"
FROM written
UNION ALL
SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
       created_at, updated_at, deleted_at, skipped
FROM existing
WHERE skipped IS NOT NULL;
