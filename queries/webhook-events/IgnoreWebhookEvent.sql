/* @name IgnoreWebhookEvent */
-- Scope: one workspace. Marks the event ignored (no effect: an event type
-- nobody handles). With claimToken: the claimed event, fenced by its claim,
-- as CompleteWebhookEvent. Without: an event nobody holds (pending, failed or
-- dead), e.g. by an operator. The event, or null when it is not so.
UPDATE payment_webhook_events
SET status = 'ignored', processed_at = now(), locked_until = NULL, claim_token = NULL
WHERE workspace_id = :workspaceId! AND id = :id!
  AND CASE WHEN :claimToken::uuid IS NULL THEN status IN ('pending', 'failed', 'dead')
           ELSE status = 'processing' AND claim_token = :claimToken::uuid END
RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
       created_at, updated_at;
