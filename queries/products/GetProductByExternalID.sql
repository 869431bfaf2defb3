/* @name GetProductByExternalID */
-- Scope: one workspace. The live product a provider knows by this id, or null.
SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
       provider_data, created_at, updated_at, deleted_at
FROM products
WHERE workspace_id = :workspaceId!
  AND payment_provider = :paymentProvider!
  AND external_id = :externalId!
  AND deleted_at IS NULL;
