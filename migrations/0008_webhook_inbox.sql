-- The webhook inbox (README, "Webhook inbox"): a durable, exactly-once ledger
-- of provider events, provider-agnostic, tenant-scoped like every table.
-- * One row per (workspace, provider, provider event id): a redelivery finds
--   it and changes nothing.
-- * Lifecycle: pending -> processing (claimed: a lease until locked_until and
--   a claim_token) -> processed | ignored | failed (retried from
--   next_attempt_at, with backoff) | dead (after maxAttempts; retried by
--   hand). A processing event whose lease expired is due again.
-- * Fencing: a claim draws a new claim_token; completing, failing, ignoring or
--   renewing an event requires the token of the claim that holds it, so a
--   worker whose lease expired cannot finish an event another worker now holds.
-- * next_attempt_at is when an active event is due: its receipt (pending),
--   the end of its lease (processing), its backoff (failed). The claim's index
--   holds active events only, so finished ones piling up do not slow it.

-- Up Migration

CREATE TABLE payment_webhook_events (
  workspace_id      uuid NOT NULL REFERENCES workspaces (id),
  id                uuid NOT NULL DEFAULT gen_random_uuid(),
  provider_name     text NOT NULL
    CONSTRAINT payment_webhook_events_provider_name_check CHECK (provider_name ~ '^[a-z][a-z0-9_]{1,31}$'),
  provider_event_id text NOT NULL
    CONSTRAINT payment_webhook_events_provider_event_id_check CHECK (length(provider_event_id) BETWEEN 1 AND 255),
  event_type        text NOT NULL
    CONSTRAINT payment_webhook_events_event_type_check CHECK (length(event_type) BETWEEN 1 AND 255),
  entity_type       text CONSTRAINT payment_webhook_events_entity_type_check
    CHECK (entity_type IN ('customer', 'product', 'price', 'subscription')),
  external_id       text
    CONSTRAINT payment_webhook_events_external_id_check CHECK (length(external_id) BETWEEN 1 AND 255),
  occurred_at       timestamptz(3) NOT NULL,
  received_at       timestamptz(3) NOT NULL DEFAULT now(),
  status            text NOT NULL DEFAULT 'pending' CONSTRAINT payment_webhook_events_status_check
    CHECK (status IN ('pending', 'processing', 'processed', 'failed', 'dead', 'ignored')),
  attempts          integer NOT NULL DEFAULT 0 CONSTRAINT payment_webhook_events_attempts_check CHECK (attempts >= 0),
  next_attempt_at   timestamptz(3) NOT NULL DEFAULT now(),
  locked_until      timestamptz(3),
  claim_token       uuid,
  last_error        text,
  processed_at      timestamptz(3),
  payload           jsonb NOT NULL
    CONSTRAINT payment_webhook_events_payload_check CHECK (jsonb_typeof(payload) = 'object'),
  created_at        timestamptz(3) NOT NULL DEFAULT now(),
  updated_at        timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  -- A processing event has a claim; no other does.
  CONSTRAINT payment_webhook_events_claim_check
    CHECK ((status = 'processing') = (claim_token IS NOT NULL AND locked_until IS NOT NULL))
);
CREATE TRIGGER payment_webhook_events_touch BEFORE UPDATE ON payment_webhook_events
  FOR EACH ROW EXECUTE FUNCTION psdb_touch_updated_at();

-- A redelivery of the same provider event finds this row (RecordWebhookEvent's ON CONFLICT).
CREATE UNIQUE INDEX payment_webhook_events_provider_event_key
  ON payment_webhook_events (workspace_id, provider_name, provider_event_id);
-- The claim: active events, oldest occurred_at first (across workspaces).
CREATE INDEX payment_webhook_events_due
  ON payment_webhook_events (occurred_at, id) WHERE status IN ('pending', 'processing', 'failed');
-- Keyset lists and counts by status within a workspace.
CREATE INDEX payment_webhook_events_by_status
  ON payment_webhook_events (workspace_id, status, received_at, id);
-- Retention: finished events by age.
CREATE INDEX payment_webhook_events_finished
  ON payment_webhook_events (workspace_id, received_at) WHERE status IN ('processed', 'ignored');

-- Wakes workers that LISTEN (startWebhookWorker): once per statement that records events.
CREATE FUNCTION psdb_notify_webhook_event() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('payment_webhook_events', '');
  RETURN NULL;
END;
$$;
CREATE TRIGGER payment_webhook_events_notify AFTER INSERT ON payment_webhook_events
  FOR EACH STATEMENT EXECUTE FUNCTION psdb_notify_webhook_event();

-- Row-level security as for every tenant table (migration 0004).
GRANT SELECT, INSERT, UPDATE, DELETE ON payment_webhook_events TO payment_sync_app;
ALTER TABLE payment_webhook_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY psdb_everyone ON payment_webhook_events AS PERMISSIVE TO PUBLIC USING (true) WITH CHECK (true);
CREATE POLICY psdb_tenant ON payment_webhook_events AS RESTRICTIVE TO payment_sync_app
  USING (workspace_id = psdb_current_workspace()) WITH CHECK (workspace_id = psdb_current_workspace());

-- Down Migration

DROP TABLE payment_webhook_events;
DROP FUNCTION psdb_notify_webhook_event();
