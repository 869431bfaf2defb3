/* @name DeleteWorkspace */
-- Scope: one workspace. Soft-deletes the workspace; resolves to the number of rows changed (0 or 1).
UPDATE workspaces
SET deleted_at = now()
WHERE id = :workspaceId! AND deleted_at IS NULL;
