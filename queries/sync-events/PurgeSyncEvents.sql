/* @name PurgeSyncEvents */
-- Scope: one workspace. Deletes up to limit of its sync events created before
-- olderThan, oldest first (one batch: purgeSyncEvents repeats it until a batch
-- comes back short), over the (workspace_id, created_at, id) index of
-- migration 0011. Sessions are kept. Resolves to rows deleted.
DELETE FROM payment_sync_events e
USING (
  SELECT workspace_id, id
  FROM payment_sync_events
  WHERE workspace_id = :workspaceId! AND created_at < :olderThan!::timestamptz
  ORDER BY created_at, id
  LIMIT :limit!
  FOR UPDATE SKIP LOCKED
) old
WHERE e.workspace_id = :workspaceId! AND e.id = old.id;
