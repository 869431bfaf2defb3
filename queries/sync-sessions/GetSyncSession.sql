/* @name GetSyncSession */
-- Scope: one workspace. The live session with this id, or null.
SELECT *
FROM payment_sync_sessions
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL;
