/* @name GetSyncEvent */
-- Scope: one workspace. The event with this id, or null.
SELECT *
FROM payment_sync_events
WHERE workspace_id = :workspaceId! AND id = :id!;
