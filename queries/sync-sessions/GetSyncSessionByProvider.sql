/* @name GetSyncSessionByProvider */
-- Scope: one workspace. The newest active (pending or running) live session of
-- this provider, whatever its type, or null.
SELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,
       started_at, completed_at, created_at, updated_at, deleted_at
FROM payment_sync_sessions
WHERE workspace_id = :workspaceId!
  AND provider_name = :providerName!
  AND status IN ('pending', 'running')
  AND deleted_at IS NULL
ORDER BY created_at DESC, id DESC
LIMIT 1;
