/* @name GetWebhookEventByProviderEventID */
-- Scope: one workspace. The event the provider knows by this id, or null.
SELECT workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
       created_at, updated_at
FROM payment_webhook_events
WHERE workspace_id = :workspaceId! AND provider_name = :providerName! AND provider_event_id = :providerEventId!;
