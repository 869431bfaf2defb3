/* @name RecordWebhookEvent */
-- Scope: one workspace. Records a provider event in the inbox, pending, due at
-- once; idempotent on (workspace, provider, provider event id): a redelivery
-- changes nothing and returns the stored event with duplicate true. No row: a
-- concurrent delivery of the same event committed after this statement's
-- snapshot; run it again.
WITH inserted AS (
  INSERT INTO payment_webhook_events (
    workspace_id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, payload)
  VALUES (
    :workspaceId!, :providerName!, :providerEventId!, :eventType!, :entityType, :externalId, :occurredAt!,
    :payload!::jsonb)
  ON CONFLICT (workspace_id, provider_name, provider_event_id) DO NOTHING
  RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
       created_at, updated_at
)
-- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
SELECT workspace_id AS "workspace_id!", id AS "id!", provider_name AS "provider_name!",
       provider_event_id AS "provider_event_id!", event_type AS "event_type!", entity_type, external_id,
       occurred_at AS "occurred_at!", received_at AS "received_at!", status AS "status!", attempts AS "attempts!",
       next_attempt_at AS "next_attempt_at!", locked_until, claim_token, last_error, processed_at,
       payload AS "payload!", created_at AS "created_at!", updated_at AS "updated_at!", 'recorded' AS "outcome!"
FROM inserted
UNION ALL
SELECT workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
       created_at, updated_at, 'duplicate'
FROM payment_webhook_events
WHERE workspace_id = :workspaceId! AND provider_name = :providerName! AND provider_event_id = :providerEventId!
  AND NOT EXISTS (SELECT FROM inserted);
