/* @name ListPricesByProduct */
-- Scope: one workspace, one product. Live prices of the product,
-- keyset-paginated in (created_at, id) order.
SELECT *
FROM prices
WHERE workspace_id = :workspaceId!
  AND product_id = :productId!
  AND deleted_at IS NULL
  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
ORDER BY created_at, id
LIMIT :limit!;
