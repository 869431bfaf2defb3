/* @name GetProductsByPaymentProvider */
-- Scope: one workspace. Live products of one payment provider, whatever their
-- sync status; keyset-paginated in (created_at, id) order. A list.
-- Read as the four sync-status ranges of the (workspace_id, payment_provider,
-- payment_sync_status, created_at, id) index merged in (created_at, id) order
-- (a Merge Append; each branch stops after :limit rows), so that no index of
-- its own is written on every insert and status change (migration 0013).
-- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
SELECT u.workspace_id AS "workspace_id!", u.id AS "id!", u.name, u.description, u.active AS "active!",
       u.metadata AS "metadata!", u.external_id, u.payment_provider, u.payment_sync_status AS
       "payment_sync_status!", u.payment_synced_at, u.payment_sync_version AS "payment_sync_version!",
       u.payment_sync_error, u.provider_updated_at, u.provider_data, u.created_at AS "created_at!",
       u.updated_at AS "updated_at!", u.deleted_at
FROM (
  (SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
          provider_updated_at, provider_data, created_at, updated_at, deleted_at
   FROM products
   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
     AND payment_sync_status = 'pending' AND deleted_at IS NULL
     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
   ORDER BY created_at, id
   LIMIT :limit!)
  UNION ALL
  (SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
          provider_updated_at, provider_data, created_at, updated_at, deleted_at
   FROM products
   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
     AND payment_sync_status = 'synced' AND deleted_at IS NULL
     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
   ORDER BY created_at, id
   LIMIT :limit!)
  UNION ALL
  (SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
          provider_updated_at, provider_data, created_at, updated_at, deleted_at
   FROM products
   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
     AND payment_sync_status = 'failed' AND deleted_at IS NULL
     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
   ORDER BY created_at, id
   LIMIT :limit!)
  UNION ALL
  (SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
          provider_updated_at, provider_data, created_at, updated_at, deleted_at
   FROM products
   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
     AND payment_sync_status = 'conflict' AND deleted_at IS NULL
     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
   ORDER BY created_at, id
   LIMIT :limit!)
) AS u
ORDER BY u.created_at, u.id
LIMIT :limit!;
