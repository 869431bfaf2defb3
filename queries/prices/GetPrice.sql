/* @name GetPrice */
-- Scope: one workspace. The live price with this id, or null.
SELECT *
FROM prices
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL;
