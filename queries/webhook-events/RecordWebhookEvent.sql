/* @name RecordWebhookEvent */
-- Scope: one workspace. Records a provider event in the inbox, pending, due at
-- once; idempotent on (workspace, provider, provider event id): a redelivery
-- inserts nothing and returns no row (the facade then reads the stored event
-- with GetWebhookEventByProviderEventID and says duplicate). A plain insert, so
-- that recording a new event (the common case) costs what the insert costs.
INSERT INTO payment_webhook_events (
  workspace_id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, payload)
VALUES (
  :workspaceId!, :providerName!, :providerEventId!, :eventType!, :entityType, :externalId, :occurredAt!,
  :payload!::jsonb)
ON CONFLICT (workspace_id, provider_name, provider_event_id) DO NOTHING
RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
     received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
     created_at, updated_at;
