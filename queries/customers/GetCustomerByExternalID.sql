/* @name GetCustomerByExternalID */
-- Scope: one workspace. The live customer a provider knows by this id, or null.
SELECT *
FROM customers
WHERE workspace_id = :workspaceId!
  AND payment_provider = :paymentProvider!
  AND external_id = :externalId!
  AND deleted_at IS NULL;
