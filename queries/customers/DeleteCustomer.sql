/* @name DeleteCustomer */
-- Scope: one workspace. Soft-deletes the customer; resolves to rows changed (0 or 1).
UPDATE customers
SET deleted_at = now(), updated_at = now()
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL;
