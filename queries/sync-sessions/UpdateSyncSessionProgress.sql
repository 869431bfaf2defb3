/* @name UpdateSyncSessionProgress */
-- Scope: one workspace. Shallow-merges the given JSON object into progress
-- (top-level keys given replace those stored; others stay). A finished session
-- is refused (PSD01). The updated row, or null.
UPDATE payment_sync_sessions
SET progress = progress || :progress!::jsonb
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
RETURNING workspace_id, id, provider_name, session_type, status, entity_types, config, progress,
          error_message, started_at, completed_at, created_at, updated_at, deleted_at;
