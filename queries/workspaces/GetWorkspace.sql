/* @name GetWorkspace */
-- Scope: one workspace. The live workspace with this id, or null.
SELECT *
FROM workspaces
WHERE id = :workspaceId! AND deleted_at IS NULL;
