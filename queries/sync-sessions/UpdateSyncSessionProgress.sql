/* @name UpdateSyncSessionProgress */
-- Scope: one workspace. Shallow-merges the given JSON object into progress
-- (top-level keys given replace those stored; others stay). A finished session
-- is refused (PSD01). The updated row, or null.
UPDATE payment_sync_sessions
SET progress = progress || :progress!::jsonb
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
RETURNING *;
