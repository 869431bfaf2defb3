/* @name GetActiveSyncSessionsByProvider */
-- Scope: one workspace. Every active (pending or running) live session of this
-- provider, newest first: at most one per session type, so a small set.
SELECT *
FROM payment_sync_sessions
WHERE workspace_id = :workspaceId!
  AND provider_name = :providerName!
  AND status IN ('pending', 'running')
  AND deleted_at IS NULL
ORDER BY created_at DESC, id DESC;
