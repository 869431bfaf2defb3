/* @name FailWebhookEvent */
-- Scope: one workspace. Records the claimed event's failure, fenced by its
-- claim (claimToken): the error is kept in last_error; the event is dead when
-- it has had maxAttempts attempts, else failed and due again after an
-- exponential backoff with jitter: baseSeconds * 2^(attempts - 1), at most
-- maxBackoffSeconds, times a random factor in [0.5, 1). The event, or null
-- when the claim no longer holds it.
UPDATE payment_webhook_events
SET status = CASE WHEN attempts >= :maxAttempts!::integer THEN 'dead' ELSE 'failed' END,
    last_error = :lastError!,
    next_attempt_at = clock_timestamp() + make_interval(secs =>
      least(:maxBackoffSeconds!::double precision,
            :baseSeconds!::double precision * power(2, greatest(attempts - 1, 0)))
      * (0.5 + random() / 2)),
    locked_until = NULL,
    claim_token = NULL
WHERE workspace_id = :workspaceId! AND id = :id! AND status = 'processing' AND claim_token = :claimToken!
RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
       created_at, updated_at;
