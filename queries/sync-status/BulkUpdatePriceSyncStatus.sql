/* @name BulkUpdatePriceSyncStatus */
-- Scope: one workspace and one provider. Sets the sync status and error of the
-- live prices whose external id is in externalIds (ONE array parameter, matched
-- through the (workspace_id, payment_provider, external_id) unique index),
-- stamps payment_synced_at when a row becomes synced (the trigger of
-- migration 0013), sets updated_at, adds 1 to each version. One
-- statement; resolves to the number of rows changed (unknown ids and
-- duplicates are not counted twice). The rows are locked first in external-id
-- order, the order BulkUpsert*WithSync writes in, so concurrent bulk writes
-- over overlapping ids queue instead of deadlocking whatever plan each gets.
WITH target AS (
  SELECT id
  FROM prices
  WHERE workspace_id = :workspaceId!
    AND payment_provider = :paymentProvider!
    AND external_id = ANY(:externalIds!::text[])
    AND deleted_at IS NULL
  ORDER BY external_id
  FOR UPDATE
)
UPDATE prices AS e
SET payment_sync_status = :paymentSyncStatus!,
    payment_sync_error = :paymentSyncError,
    updated_at = now(),
    payment_sync_version = e.payment_sync_version + 1
FROM target
WHERE e.workspace_id = :workspaceId! AND e.id = target.id;
