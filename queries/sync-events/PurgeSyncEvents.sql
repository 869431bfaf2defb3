/* @name PurgeSyncEvents */
-- Scope: one workspace. Deletes up to limit of its sync events created before
-- olderThan, oldest first (one batch: purgeSyncEvents repeats it until a batch
-- comes back short), over the (workspace_id, created_at, id) index of
-- migration 0011. Sessions are kept. Resolves to rows deleted. The delete
-- joins on the partition key too (created_at, migration 0012): each row is
-- found in its own partition only. (Whole months: payment_sync_drop_log_partitions.)
DELETE FROM payment_sync_events e
USING (
  SELECT workspace_id, id, created_at
  FROM payment_sync_events
  WHERE workspace_id = :workspaceId! AND created_at < :olderThan!::timestamptz
  ORDER BY created_at, id
  LIMIT :limit!
  FOR UPDATE SKIP LOCKED
) old
WHERE e.workspace_id = :workspaceId! AND e.id = old.id AND e.created_at = old.created_at;
