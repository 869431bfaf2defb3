/* @name CreatePrice */
-- Scope: one workspace. Inserts a price created locally (sync status pending);
-- active defaults to true, metadata to {}. The product must be one of the
-- workspace's (composite foreign key); a recurring price needs an interval and
-- count, a one-time price has neither (prices_recurring_shape_check). A
-- provider reference, when given, must be unique among live rows. The inserted row.
INSERT INTO prices (
  workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,
  active, metadata, payment_provider, external_id)
VALUES (
  :workspaceId!, :productId!, :currency!, :unitAmount!, :type!, :recurringInterval, :recurringIntervalCount,
  COALESCE(:active, true), COALESCE(:metadata::jsonb, '{}'), :paymentProvider, :externalId)
RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
          created_at, updated_at, deleted_at;
