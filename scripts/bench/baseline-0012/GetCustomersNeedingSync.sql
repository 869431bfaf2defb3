/* @name GetCustomersNeedingSync */
-- Scope: one workspace. Live customers whose status is pending or failed:
-- first those the provider has never described (placeholders created for a
-- child, local rows never synced: provider_updated_at null), then the others,
-- each oldest change first: keyset-paginated in
-- (provider_updated_at IS NOT NULL, updated_at, id) order.
SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
       created_at, updated_at, deleted_at
FROM customers
WHERE workspace_id = :workspaceId!
  AND deleted_at IS NULL
  AND payment_sync_status IN ('pending', 'failed')
  AND ((provider_updated_at IS NOT NULL), updated_at, id)
      > (:afterProviderUpdatedAtPresent!::boolean, :afterUpdatedAt!::timestamptz, :afterId!::uuid)
ORDER BY (provider_updated_at IS NOT NULL), updated_at, id
LIMIT :limit!;
