/* @name UpdateSyncSessionStatus */
-- Scope: one workspace. Sets the status of a live session. The lifecycle
-- trigger stamps started_at on the first running and completed_at on
-- completed/failed/cancelled, and refuses (PSD01) any change to a finished
-- session and any return to pending. The updated row, or null.
UPDATE payment_sync_sessions
SET status = :status!
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
RETURNING workspace_id, id, provider_name, session_type, status, entity_types, config, progress,
          error_message, started_at, completed_at, created_at, updated_at, deleted_at;
