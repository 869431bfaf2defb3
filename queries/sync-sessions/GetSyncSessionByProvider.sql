/* @name GetSyncSessionByProvider */
-- Scope: one workspace. The newest active (pending or running) live session of
-- this provider, whatever its type, or null.
SELECT *
FROM payment_sync_sessions
WHERE workspace_id = :workspaceId!
  AND provider_name = :providerName!
  AND status IN ('pending', 'running')
  AND deleted_at IS NULL
ORDER BY created_at DESC, id DESC
LIMIT 1;
