/* @name GetPrice */
-- Scope: one workspace. The live price with this id, or null.
SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
       created_at, updated_at, deleted_at
FROM prices
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL;
