/* @name ClaimWebhookEvents */
-- Scope: every workspace (a worker serves every tenant), or one when
-- workspaceId is given; one provider when providerName is given. Claims up to
-- limit due events, oldest occurred_at first: pending, failed whose
-- next_attempt_at has passed, processing whose lease expired. FOR UPDATE SKIP
-- LOCKED: concurrent workers never claim the same event. Each becomes
-- processing with a lease of leaseSeconds, attempts + 1 and a new
-- claim_token, which its completion must present. The claimed events. Due is
-- judged at the stored precision: next_attempt_at is a timestamptz(3), which
-- rounds (a time "now" may be stored up to half a millisecond ahead), so an
-- event is due when its millisecond has begun. The update joins on the
-- partition key too (occurred_at, migration 0012): each event is found in its
-- own partition only.
WITH due AS (
  SELECT workspace_id, id, occurred_at
  FROM payment_webhook_events
  WHERE status IN ('pending', 'processing', 'failed')
    AND next_attempt_at < clock_timestamp() + interval '1 millisecond'
    AND (:workspaceId::uuid IS NULL OR workspace_id = :workspaceId::uuid)
    AND (:providerName::text IS NULL OR provider_name = :providerName::text)
  ORDER BY occurred_at, id
  LIMIT :limit!
  FOR UPDATE SKIP LOCKED
)
UPDATE payment_webhook_events e
SET status = 'processing',
    attempts = e.attempts + 1,
    locked_until = clock_timestamp() + make_interval(secs => :leaseSeconds!::integer),
    next_attempt_at = clock_timestamp() + make_interval(secs => :leaseSeconds!::integer),
    claim_token = gen_random_uuid()
FROM due
WHERE e.workspace_id = due.workspace_id AND e.id = due.id AND e.occurred_at = due.occurred_at
RETURNING e.workspace_id, e.id, e.provider_name, e.provider_event_id, e.event_type, e.entity_type, e.external_id,
          e.occurred_at, e.received_at, e.status, e.attempts, e.next_attempt_at, e.locked_until, e.claim_token,
          e.last_error, e.processed_at, e.payload, e.created_at, e.updated_at;
