/* @name UpdateProductSyncStatus */
-- Scope: one workspace. Sets the live product's sync status and error (null
-- clears it), the provider and external id when given, stamps
-- payment_synced_at when the status becomes synced (the trigger of migration
-- 0013), adds 1 to the version.
-- Unconditional (see UpdateProductPaymentSyncStatus for the optimistic one).
-- The updated row, or null.
UPDATE products
SET payment_sync_status = :paymentSyncStatus!,
    payment_sync_error = :paymentSyncError,
    payment_provider = COALESCE(:paymentProvider, payment_provider),
    external_id = COALESCE(:externalId, external_id),
    updated_at = now(),
    payment_sync_version = payment_sync_version + 1
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
          provider_updated_at, provider_data, created_at, updated_at, deleted_at;
