/* @name GetSyncEventsSummaryBySession */
-- Scope: one workspace. One row for a live session: its event total, the count
-- of each event type, and the first and last event time (null without
-- events). Null when the session does not exist in the workspace or is
-- soft-deleted.
SELECT
  s.id AS "sessionId!",
  count(e.id) AS "total!",
  count(e.id) FILTER (WHERE e.event_type = 'created') AS "created!",
  count(e.id) FILTER (WHERE e.event_type = 'updated') AS "updated!",
  count(e.id) FILTER (WHERE e.event_type = 'deleted') AS "deleted!",
  count(e.id) FILTER (WHERE e.event_type = 'skipped') AS "skipped!",
  count(e.id) FILTER (WHERE e.event_type = 'failed') AS "failed!",
  count(e.id) FILTER (WHERE e.event_type = 'conflict') AS "conflict!",
  min(e.created_at) AS "firstEventAt?",
  max(e.created_at) AS "lastEventAt?"
FROM payment_sync_sessions s
LEFT JOIN payment_sync_events e ON e.workspace_id = s.workspace_id AND e.session_id = s.id
WHERE s.workspace_id = :workspaceId! AND s.id = :sessionId! AND s.deleted_at IS NULL
GROUP BY s.id;
