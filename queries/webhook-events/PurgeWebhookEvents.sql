/* @name PurgeWebhookEvents */
-- Scope: one workspace. Deletes up to limit processed or ignored events
-- received before olderThan, oldest first (one batch: purgeWebhookEvents
-- repeats it until a batch comes back short). Pending, processing, failed and
-- dead events are never purged. Resolves to rows deleted. The delete joins on
-- the partition key too (occurred_at, migration 0012): each row is found in its
-- own partition only.
DELETE FROM payment_webhook_events e
USING (
  SELECT workspace_id, id, occurred_at
  FROM payment_webhook_events
  WHERE workspace_id = :workspaceId! AND status IN ('processed', 'ignored') AND received_at < :olderThan!::timestamptz
  ORDER BY received_at
  LIMIT :limit!
  FOR UPDATE SKIP LOCKED
) old
WHERE e.workspace_id = :workspaceId! AND e.id = old.id AND e.occurred_at = old.occurred_at;
