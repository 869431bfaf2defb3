/* @name CountWebhookEventsByStatus */
-- Scope: one workspace. The number of events in each status (one index range
-- per status) and in all.
SELECT
  (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'pending') AS "pending!",
  (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'processing') AS "processing!",
  (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'processed') AS "processed!",
  (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'failed') AS "failed!",
  (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'dead') AS "dead!",
  (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'ignored') AS "ignored!";
