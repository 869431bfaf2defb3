/* @name GetPricesByPaymentSyncStatus */
-- Scope: one workspace. Live prices in one sync status, any provider;
-- keyset-paginated in (created_at, id) order. A list.
SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
       created_at, updated_at, deleted_at
FROM prices
WHERE workspace_id = :workspaceId!
  AND payment_sync_status = :paymentSyncStatus!
  AND deleted_at IS NULL
  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
ORDER BY created_at, id
LIMIT :limit!;
