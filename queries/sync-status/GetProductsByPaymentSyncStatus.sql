/* @name GetProductsByPaymentSyncStatus */
-- Scope: one workspace. Live products in one sync status, any provider;
-- keyset-paginated in (created_at, id) order. A list.
SELECT *
FROM products
WHERE workspace_id = :workspaceId!
  AND payment_sync_status = :paymentSyncStatus!
  AND deleted_at IS NULL
  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
ORDER BY created_at, id
LIMIT :limit!;
