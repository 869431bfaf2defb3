/* @name ListSyncEventsByEntityType */
-- Scope: one workspace. Events about one entity type, in chronological order:
-- keyset-paginated in (created_at, id) order. The created_at bound repeats the
-- cursor's so that the months before it are pruned (the log is partitioned by
-- created_at, migration 0012; PostgreSQL prunes nothing on a row comparison).
SELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,
       event_message, event_details, created_at, updated_at
FROM payment_sync_events
WHERE workspace_id = :workspaceId!
  AND entity_type = :entityType!
  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
  AND created_at >= :afterCreatedAt!::timestamptz
ORDER BY created_at, id
LIMIT :limit!;
