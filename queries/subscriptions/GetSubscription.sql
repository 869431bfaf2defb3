/* @name GetSubscription */
-- Scope: one workspace. The live subscription with this id, or null.
SELECT *
FROM subscriptions
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL;
