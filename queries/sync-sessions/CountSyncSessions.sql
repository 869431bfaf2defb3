/* @name CountSyncSessions */
-- Scope: one workspace. The number of live sessions.
SELECT count(*) AS "count!"
FROM payment_sync_sessions
WHERE workspace_id = :workspaceId! AND deleted_at IS NULL;
