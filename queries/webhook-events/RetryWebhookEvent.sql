/* @name RetryWebhookEvent */
-- Scope: one workspace. Sends a dead or failed event back to pending, due at
-- once, its attempts reset (its last_error kept until it is processed). The
-- event, or null when it is neither dead nor failed.
UPDATE payment_webhook_events
SET status = 'pending', attempts = 0, next_attempt_at = now()
WHERE workspace_id = :workspaceId! AND id = :id! AND status IN ('dead', 'failed')
RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
       created_at, updated_at;
