/* @name GetSyncEventsByExternalID */
-- Scope: one workspace. Events about the provider object with this external
-- id (any provider, entity type or session), in chronological order:
-- keyset-paginated in (created_at, id) order.
SELECT *
FROM payment_sync_events
WHERE workspace_id = :workspaceId!
  AND external_id = :externalId!
  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
ORDER BY created_at, id
LIMIT :limit!;
