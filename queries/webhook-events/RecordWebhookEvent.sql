/* @name RecordWebhookEvent */
-- Scope: one workspace. Records a provider event in the inbox, pending, due at
-- once; idempotent on (workspace, provider, provider event id): a redelivery
-- inserts nothing and returns no row (the facade then reads the stored event
-- with GetWebhookEventByProviderEventID and says duplicate). One statement, so
-- that recording a new event (the common case) costs about what the insert costs.
-- The inbox is partitioned by occurred_at (migration 0012), which its unique
-- key must hold: a redelivery with the same occurred_at (the provider's own
-- event time, fixed per event) meets the stored row on that key, also when it
-- races the first delivery; the NOT EXISTS looks the id up in every partition
-- (one index probe each), so a redelivery with another occurred_at is a
-- duplicate too (two such deliveries at the same moment could both insert).
INSERT INTO payment_webhook_events (
  workspace_id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, payload)
SELECT :workspaceId!, :providerName!, :providerEventId!, :eventType!, :entityType, :externalId, :occurredAt!,
       :payload!::jsonb
WHERE NOT EXISTS (
  SELECT FROM payment_webhook_events
  WHERE workspace_id = :workspaceId! AND provider_name = :providerName! AND provider_event_id = :providerEventId!)
ON CONFLICT (workspace_id, provider_name, provider_event_id, occurred_at) DO NOTHING
RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
     received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
     created_at, updated_at;
