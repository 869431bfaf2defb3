/* @name UpdateCustomerPaymentSyncStatus */
-- Scope: one workspace. Optimistic concurrency: sets the sync status (and
-- error, provider, external id when given) only when the stored version equals
-- expectedVersion, stamping payment_synced_at when it becomes synced (the
-- trigger of migration 0013) and adding 1 to the
-- version. The updated row, or null when the version moved on (or no such row).
UPDATE customers
SET payment_sync_status = :paymentSyncStatus!,
    payment_sync_error = :paymentSyncError,
    payment_provider = COALESCE(:paymentProvider, payment_provider),
    external_id = COALESCE(:externalId, external_id),
    updated_at = now(),
    payment_sync_version = payment_sync_version + 1
WHERE workspace_id = :workspaceId! AND id = :id!
  AND payment_sync_version = :expectedVersion!
  AND deleted_at IS NULL
RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
          created_at, updated_at, deleted_at;
