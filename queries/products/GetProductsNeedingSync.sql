/* @name GetProductsNeedingSync */
-- Scope: one workspace. Live products whose status is pending or failed,
-- oldest change first: keyset-paginated in (updated_at, id) order.
SELECT *
FROM products
WHERE workspace_id = :workspaceId!
  AND deleted_at IS NULL
  AND payment_sync_status IN ('pending', 'failed')
  AND (updated_at, id) > (:afterUpdatedAt!::timestamptz, :afterId!::uuid)
ORDER BY updated_at, id
LIMIT :limit!;
