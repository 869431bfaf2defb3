/* @name GetPriceWithProduct */
-- Scope: one workspace. The live price with this id and its product's columns
-- (product*), or null. The product is LEFT JOINed on (workspace_id, id) among
-- live products: a price whose product was soft-deleted is still returned
-- (as GetPrice returns it), with every product* column null.
SELECT pr.workspace_id, pr.id, pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,
       pr.recurring_interval_count, pr.active, pr.metadata, pr.external_id, pr.payment_provider,
       pr.payment_sync_status, pr.payment_synced_at, pr.payment_sync_version, pr.payment_sync_error,
       pr.provider_updated_at, pr.provider_data, pr.created_at, pr.updated_at, pr.deleted_at,
       p.name AS "productName?",
       p.description AS "productDescription?",
       p.active AS "productActive?",
       p.metadata AS "productMetadata?",
       p.payment_provider AS "productPaymentProvider?",
       p.external_id AS "productExternalId?"
FROM prices pr
LEFT JOIN products p
  ON p.workspace_id = :workspaceId! AND p.id = pr.product_id AND p.deleted_at IS NULL
WHERE pr.workspace_id = :workspaceId! AND pr.id = :id! AND pr.deleted_at IS NULL;
