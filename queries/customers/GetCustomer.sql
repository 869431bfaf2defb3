/* @name GetCustomer */
-- Scope: one workspace. The live customer with this id, or null.
SELECT *
FROM customers
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL;
