/* @name CreateProductWithSync */
-- Scope: one workspace. Idempotent, monotonic upsert of a provider's product
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
  SELECT :name!::text AS name, :description::text AS description, COALESCE(:active::boolean, true) AS active,
         COALESCE(:metadata::jsonb, '{}') AS metadata,
         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status,
         :providerUpdatedAt!::timestamptz AS provider_updated_at, :providerData::jsonb AS provider_data
),
existing AS (
  SELECT p.workspace_id, p.id, p.name, p.description, p.active, p.metadata, p.external_id, p.payment_provider,
         p.payment_sync_status, p.payment_synced_at, p.payment_sync_version, p.payment_sync_error,
         p.provider_updated_at, p.provider_data, p.created_at, p.updated_at, p.deleted_at,
         CASE
           WHEN p.provider_updated_at IS NULL OR p.provider_updated_at < i.provider_updated_at THEN NULL
           WHEN p.provider_updated_at > i.provider_updated_at OR p.provider_deleted THEN 'stale'
           WHEN (p.name, p.description, p.active, p.metadata, p.payment_sync_status, p.payment_sync_error,
                 p.provider_data)
                IS DISTINCT FROM (i.name, i.description, i.active, i.metadata, i.payment_sync_status, NULL,
                                  i.provider_data) THEN NULL
           ELSE 'unchanged'
         END AS skipped
  FROM products p, incoming i
  WHERE p.workspace_id = :workspaceId! AND p.payment_provider = :paymentProvider! AND p.external_id = :externalId!
    AND (p.deleted_at IS NULL OR p.provider_deleted)
),
written AS (
  INSERT INTO products AS p (
    workspace_id, name, description, active, metadata, payment_provider, external_id, payment_sync_status,
    payment_synced_at, provider_updated_at, provider_data)
  SELECT :workspaceId!, i.name, i.description, i.active, i.metadata, :paymentProvider!, :externalId!,
         i.payment_sync_status, CASE WHEN i.payment_sync_status = 'synced' THEN now() END,
         i.provider_updated_at, i.provider_data
  FROM incoming i
  WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)
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
  RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
            payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
            provider_updated_at, provider_data, created_at, updated_at, deleted_at,
            CASE WHEN xmax = 0 THEN 'created' ELSE 'updated' END AS outcome
)
-- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
SELECT workspace_id AS "workspace_id!", id AS "id!", name, description, active AS "active!",
       metadata AS "metadata!", external_id, payment_provider, payment_sync_status AS "payment_sync_status!",
       payment_synced_at, payment_sync_version AS "payment_sync_version!", payment_sync_error,
       provider_updated_at, provider_data, created_at AS "created_at!", updated_at AS "updated_at!",
       deleted_at, outcome AS "outcome!"
FROM written
UNION ALL
SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
       provider_data, created_at, updated_at, deleted_at, skipped
FROM existing
WHERE skipped IS NOT NULL;
