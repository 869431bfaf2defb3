/* @name CreateSubscription */
-- Scope: one workspace. Inserts a subscription created locally (sync status
-- pending). customer_id and price_id must name rows of the same workspace
-- (composite foreign keys). A provider reference, when given, must be unique
-- among live rows. The inserted row.
INSERT INTO subscriptions (
  workspace_id, customer_id, price_id, status, quantity,
  current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end,
  metadata, payment_provider, external_id)
VALUES (
  :workspaceId!, :customerId!, :priceId!, :status!, COALESCE(:quantity::integer, 1),
  :currentPeriodStart, :currentPeriodEnd, COALESCE(:cancelAtPeriodEnd::boolean, false), :canceledAt, :trialEnd,
  COALESCE(:metadata::jsonb, '{}'), :paymentProvider, :externalId)
RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
          provider_updated_at, provider_data, created_at, updated_at, deleted_at;
