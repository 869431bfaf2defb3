/* @name ListWebhookEventsByStatus */
-- Scope: one workspace. Events in one status, oldest received first:
-- keyset-paginated in (received_at, id) order.
SELECT workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
       created_at, updated_at
FROM payment_webhook_events
WHERE workspace_id = :workspaceId! AND status = :status!
  AND (received_at, id) > (:afterReceivedAt!::timestamptz, :afterId!::uuid)
ORDER BY received_at, id
LIMIT :limit!;
