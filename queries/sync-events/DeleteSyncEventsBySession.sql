/* @name DeleteSyncEventsBySession */
-- Scope: one workspace. Hard-deletes every event of one session (live or
-- soft-deleted). Resolves to the number of events deleted.
DELETE FROM payment_sync_events
WHERE workspace_id = :workspaceId! AND session_id = :sessionId!;
