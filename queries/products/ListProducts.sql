/* @name ListProducts */
-- Scope: one workspace. Live products, keyset-paginated in (created_at, id) order.
SELECT *
FROM products
WHERE workspace_id = :workspaceId!
  AND deleted_at IS NULL
  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
ORDER BY created_at, id
LIMIT :limit!;
