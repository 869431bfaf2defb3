/* @name CreateSyncEvent */
-- Scope: one workspace. Logs one event of a session of the same workspace (a
-- session of another workspace is a foreign key violation; a finished or
-- deleted session takes no new events: SyncSessionTransitionError, PSD01).
-- eventDetails defaults to {}. Resolves to the new row.
INSERT INTO payment_sync_events (
  workspace_id, session_id, provider_name, entity_type, entity_id, external_id,
  event_type, event_message, event_details)
VALUES (
  :workspaceId!, :sessionId!, :providerName!, :entityType!, :entityId, :externalId,
  :eventType!, :eventMessage, COALESCE(:eventDetails::jsonb, '{}'))
RETURNING workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,
          event_message, event_details, created_at, updated_at;
