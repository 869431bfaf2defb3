/* @name GetPriceByExternalID */
-- Scope: one workspace. The live price a provider knows by this id, or null.
SELECT *
FROM prices
WHERE workspace_id = :workspaceId!
  AND payment_provider = :paymentProvider!
  AND external_id = :externalId!
  AND deleted_at IS NULL;
