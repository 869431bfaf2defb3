/* @name ListSyncSessions */
-- Scope: one workspace. Live sessions, newest first: keyset-paginated in
-- descending (created_at, id) order.
SELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,
       started_at, completed_at, created_at, updated_at, deleted_at
FROM payment_sync_sessions
WHERE workspace_id = :workspaceId!
  AND deleted_at IS NULL
  AND (created_at, id) < (:afterCreatedAt!::timestamptz, :afterId!::uuid)
ORDER BY created_at DESC, id DESC
LIMIT :limit!;
