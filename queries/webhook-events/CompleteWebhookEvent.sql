/* @name CompleteWebhookEvent */
-- Scope: one workspace. Marks the claimed event processed, fenced by its
-- claim: only the claim that holds it (claimToken) completes it. Meant to run
-- in the transaction of the event's effect, so that both commit or neither.
-- The event, or null when the claim no longer holds it (lease expired and
-- claimed again, or finished).
UPDATE payment_webhook_events
SET status = 'processed', processed_at = now(), locked_until = NULL, claim_token = NULL, last_error = NULL
WHERE workspace_id = :workspaceId! AND id = :id! AND status = 'processing' AND claim_token = :claimToken!
RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
       created_at, updated_at;
