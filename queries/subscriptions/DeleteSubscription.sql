/* @name DeleteSubscription */
-- Scope: one workspace. Soft-deletes the subscription; resolves to rows changed (0 or 1).
UPDATE subscriptions
SET deleted_at = now(), updated_at = now()
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL;
