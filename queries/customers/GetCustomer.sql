/* @name GetCustomer */
-- Scope: one workspace. The live customer with this id, or null.
SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
       created_at, updated_at, deleted_at
FROM customers
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL;
