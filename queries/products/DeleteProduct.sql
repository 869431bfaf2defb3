/* @name DeleteProduct */
-- Scope: one workspace. Soft-deletes the product (its prices are left as they
-- are); resolves to rows changed (0 or 1).
UPDATE products
SET deleted_at = now(), updated_at = now()
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL;
