/* @name CountSyncEventsByEntityType */
-- Scope: one workspace. The number of events about one entity type, all sessions.
SELECT count(*) AS "count!"
FROM payment_sync_events
WHERE workspace_id = :workspaceId! AND entity_type = :entityType!;
