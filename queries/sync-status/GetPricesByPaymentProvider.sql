/* @name GetPricesByPaymentProvider */
-- Scope: one workspace. Live prices of one payment provider, whatever their
-- sync status, each with its product's name and external id (joined on
-- workspace_id AND id; null when the product is soft-deleted);
-- keyset-paginated in (created_at, id) order. A list.
SELECT pr.*,
       p.name AS "product_name?",
       p.external_id AS "product_external_id?"
FROM prices pr
LEFT JOIN products p
  ON p.workspace_id = pr.workspace_id AND p.id = pr.product_id AND p.deleted_at IS NULL
WHERE pr.workspace_id = :workspaceId!
  AND pr.payment_provider = :paymentProvider!
  AND pr.deleted_at IS NULL
  AND (pr.created_at, pr.id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
ORDER BY pr.created_at, pr.id
LIMIT :limit!;
