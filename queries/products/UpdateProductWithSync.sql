/* @name UpdateProductWithSync */
-- Scope: one workspace. Applies a provider's view of the product by id: the
-- given fields (an omitted one keeps its value), the sync status (default
-- synced, which stamps payment_synced_at), provider data and time. Monotonic:
-- a providerUpdatedAt older than the stored one changes nothing. Adds 1 to
-- the version. The updated row, or null when not found or stale.
UPDATE products
SET name = COALESCE(:name, name),
    description = COALESCE(:description, description),
    active = COALESCE(:active, active),
    metadata = COALESCE(:metadata::jsonb, metadata),
    payment_provider = COALESCE(:paymentProvider, payment_provider),
    external_id = COALESCE(:externalId, external_id),
    payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),
    payment_synced_at = CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() ELSE payment_synced_at END,
    payment_sync_error = :paymentSyncError,
    payment_sync_version = payment_sync_version + 1,
    provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),
    provider_data = COALESCE(:providerData::jsonb, provider_data)
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
  AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL
       OR provider_updated_at <= :providerUpdatedAt::timestamptz)
RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
          provider_updated_at, provider_data, created_at, updated_at, deleted_at;
