/* @name GetEntitiesBySyncStatusAndProvider */
-- Scope: one workspace. Live customers, products, prices and subscriptions of
-- one provider in one sync status, as one list of common columns with
-- entity_type saying which table each row is. Keyset-paginated across the
-- union in (created_at, id, entity_type) order (entity_type only breaks a tie
-- between two tables). Each branch reads its own
-- (workspace_id, payment_provider, payment_sync_status, created_at, id) index
-- and stops after :limit rows, so a page reads at most 4 x limit index entries.
SELECT u.entity_type AS "entity_type!", u.id AS "id!", u.workspace_id AS "workspace_id!",
       u.external_id, u.payment_provider AS "payment_provider!",
       u.payment_sync_status AS "payment_sync_status!", u.payment_sync_version AS "payment_sync_version!",
       u.payment_synced_at, u.payment_sync_error,
       u.created_at AS "created_at!", u.updated_at AS "updated_at!"
FROM (
  (SELECT 'customer'::text AS entity_type, id, workspace_id, external_id, payment_provider, payment_sync_status,
          payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
   FROM customers
   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
     AND payment_sync_status = :paymentSyncStatus! AND deleted_at IS NULL
     AND (created_at, id, 'customer'::text) > (:afterCreatedAt!::timestamptz, :afterId!::uuid, :afterEntityType!::text)
   ORDER BY created_at, id
   LIMIT :limit!)
  UNION ALL
  (SELECT 'product'::text, id, workspace_id, external_id, payment_provider, payment_sync_status,
          payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
   FROM products
   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
     AND payment_sync_status = :paymentSyncStatus! AND deleted_at IS NULL
     AND (created_at, id, 'product'::text) > (:afterCreatedAt!::timestamptz, :afterId!::uuid, :afterEntityType!::text)
   ORDER BY created_at, id
   LIMIT :limit!)
  UNION ALL
  (SELECT 'price'::text, id, workspace_id, external_id, payment_provider, payment_sync_status,
          payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
   FROM prices
   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
     AND payment_sync_status = :paymentSyncStatus! AND deleted_at IS NULL
     AND (created_at, id, 'price'::text) > (:afterCreatedAt!::timestamptz, :afterId!::uuid, :afterEntityType!::text)
   ORDER BY created_at, id
   LIMIT :limit!)
  UNION ALL
  (SELECT 'subscription'::text, id, workspace_id, external_id, payment_provider, payment_sync_status,
          payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
   FROM subscriptions
   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
     AND payment_sync_status = :paymentSyncStatus! AND deleted_at IS NULL
     AND (created_at, id, 'subscription'::text) > (:afterCreatedAt!::timestamptz, :afterId!::uuid, :afterEntityType!::text)
   ORDER BY created_at, id
   LIMIT :limit!)
) AS u
ORDER BY u.created_at, u.id, u.entity_type
LIMIT :limit!;
