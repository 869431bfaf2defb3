/* @name GetSubscriptionsNeedingSync */
-- Scope: one workspace. Live subscriptions whose status is pending or failed:
-- first those the provider has never described (placeholders created for a
-- child, local rows never synced: provider_updated_at null), then the others,
-- each in the order they entered the queue (the oldest change of sync status
-- first; a row keeps its place while it waits, whatever else is written to
-- it): keyset-paginated in (provider_described, payment_sync_status_changed_at,
-- id) order, over the _needing_sync index (migration 0013).
SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
       cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
       provider_data, created_at, updated_at, deleted_at, payment_sync_status_changed_at
FROM subscriptions
WHERE workspace_id = :workspaceId!
  AND deleted_at IS NULL
  AND payment_sync_status IN ('pending', 'failed')
  AND (provider_described, payment_sync_status_changed_at, id)
      > (:afterProviderUpdatedAtPresent!::boolean, :afterPaymentSyncStatusChangedAt!::timestamptz, :afterId!::uuid)
ORDER BY provider_described, payment_sync_status_changed_at, id
LIMIT :limit!;
