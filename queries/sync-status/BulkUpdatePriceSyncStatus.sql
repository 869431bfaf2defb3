/* @name BulkUpdatePriceSyncStatus */
-- Scope: one workspace and one provider. Sets the sync status and error of the
-- live prices whose external id is in externalIds (ONE array parameter, matched
-- through the (workspace_id, payment_provider, external_id) unique index),
-- stamps payment_synced_at when synced, adds 1 to each version. One
-- statement; resolves to the number of rows changed (unknown ids and
-- duplicates are not counted twice).
UPDATE prices
SET payment_sync_status = :paymentSyncStatus!,
    payment_sync_error = :paymentSyncError,
    payment_synced_at = CASE WHEN :paymentSyncStatus! = 'synced' THEN now() ELSE payment_synced_at END,
    payment_sync_version = payment_sync_version + 1
WHERE workspace_id = :workspaceId!
  AND payment_provider = :paymentProvider!
  AND external_id = ANY(:externalIds!::text[])
  AND deleted_at IS NULL;
