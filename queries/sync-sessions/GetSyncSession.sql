/* @name GetSyncSession */
-- Scope: one workspace. The live session with this id, or null.
SELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,
       started_at, completed_at, created_at, updated_at, deleted_at
FROM payment_sync_sessions
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL;
