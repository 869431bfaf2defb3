/* @name GetWorkspace */
-- Scope: one workspace. The live workspace with this id, or null.
SELECT id, name, created_at, updated_at, deleted_at
FROM workspaces
WHERE id = :workspaceId! AND deleted_at IS NULL;
