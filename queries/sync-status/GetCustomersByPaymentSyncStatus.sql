/* @name GetCustomersByPaymentSyncStatus */
-- Scope: one workspace. Live customers in one sync status, any provider;
-- keyset-paginated in (created_at, id) order. A list.
SELECT *
FROM customers
WHERE workspace_id = :workspaceId!
  AND payment_sync_status = :paymentSyncStatus!
  AND deleted_at IS NULL
  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
ORDER BY created_at, id
LIMIT :limit!;
