/* @name GetProduct */
-- Scope: one workspace. The live product with this id, or null.
SELECT *
FROM products
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL;
