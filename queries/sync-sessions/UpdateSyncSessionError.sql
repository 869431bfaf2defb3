/* @name UpdateSyncSessionError */
-- Scope: one workspace. Records the error message and fails the session
-- (stamping completed_at). A finished session is refused (PSD01). The updated
-- row, or null.
UPDATE payment_sync_sessions
SET error_message = :errorMessage!, status = 'failed'
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
RETURNING workspace_id, id, provider_name, session_type, status, entity_types, config, progress,
          error_message, started_at, completed_at, created_at, updated_at, deleted_at;
