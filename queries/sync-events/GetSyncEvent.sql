/* @name GetSyncEvent */
-- Scope: one workspace. The event with this id, or null.
SELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,
       event_message, event_details, created_at, updated_at
FROM payment_sync_events
WHERE workspace_id = :workspaceId! AND id = :id!;
