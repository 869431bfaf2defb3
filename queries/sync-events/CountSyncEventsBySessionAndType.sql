/* @name CountSyncEventsBySessionAndType */
-- Scope: one workspace. The number of events of one session and event type.
SELECT count(*) AS "count!"
FROM payment_sync_events
WHERE workspace_id = :workspaceId! AND session_id = :sessionId! AND event_type = :eventType!;
