/* @name GetSubscriptionsByPaymentProvider */
-- Scope: one workspace. Live subscriptions of one payment provider, whatever their sync
-- status; keyset-paginated in (created_at, id) order. A list.
SELECT *
FROM subscriptions
WHERE workspace_id = :workspaceId!
  AND payment_provider = :paymentProvider!
  AND deleted_at IS NULL
  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
ORDER BY created_at, id
LIMIT :limit!;
