/* @name GetPricesByPaymentProvider */
-- Scope: one workspace. Live prices of one payment provider, whatever their
-- sync status, each with its product's name and external id (joined on
-- workspace_id AND id; null when the product is soft-deleted);
-- keyset-paginated in (created_at, id) order. A list.
SELECT pr.workspace_id, pr.id, pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,
       pr.recurring_interval_count, pr.active, pr.metadata, pr.external_id, pr.payment_provider,
       pr.payment_sync_status, pr.payment_synced_at, pr.payment_sync_version, pr.payment_sync_error,
       pr.provider_updated_at, pr.provider_data, pr.created_at, pr.updated_at, pr.deleted_at,
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
