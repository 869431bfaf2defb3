/* @name RenewWebhookEventLease */
-- Scope: one workspace. Extends the lease of a claimed event by leaseSeconds
-- from now, fenced by its claim (claimToken): for a handler that runs longer
-- than a lease. The event, or null when the claim no longer holds it.
UPDATE payment_webhook_events
SET locked_until = clock_timestamp() + make_interval(secs => :leaseSeconds!::integer),
    next_attempt_at = clock_timestamp() + make_interval(secs => :leaseSeconds!::integer)
WHERE workspace_id = :workspaceId! AND id = :id! AND status = 'processing' AND claim_token = :claimToken!
RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
       created_at, updated_at;
