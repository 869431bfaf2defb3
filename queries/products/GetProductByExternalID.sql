/* @name GetProductByExternalID */
-- Scope: one workspace. The live product a provider knows by this id, or null.
SELECT *
FROM products
WHERE workspace_id = :workspaceId!
  AND payment_provider = :paymentProvider!
  AND external_id = :externalId!
  AND deleted_at IS NULL;
