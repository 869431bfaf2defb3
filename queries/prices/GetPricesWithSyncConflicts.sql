/* @name GetPricesWithSyncConflicts */
-- Scope: one workspace. Live prices in sync conflict, keyset-paginated in (created_at, id) order.
SELECT *
FROM prices
WHERE workspace_id = :workspaceId!
  AND payment_sync_status = 'conflict'
  AND deleted_at IS NULL
  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
ORDER BY created_at, id
LIMIT :limit!;
