/* @name GetSubscriptionByExternalID */
-- Scope: one workspace. The live subscription a provider knows by this id, or null.
SELECT *
FROM subscriptions
WHERE workspace_id = :workspaceId!
  AND payment_provider = :paymentProvider!
  AND external_id = :externalId!
  AND deleted_at IS NULL;
