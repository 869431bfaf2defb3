/* @name GetLatestSyncSessionByProvider */
-- Scope: one workspace. The newest live session of this provider whatever its
-- status or type, or null.
SELECT *
FROM payment_sync_sessions
WHERE workspace_id = :workspaceId!
  AND provider_name = :providerName!
  AND deleted_at IS NULL
ORDER BY created_at DESC, id DESC
LIMIT 1;
