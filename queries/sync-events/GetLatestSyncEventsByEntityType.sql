/* @name GetLatestSyncEventsByEntityType */
-- Scope: one workspace. The newest event of each entity type that has one (at
-- most 4 rows, in the order customer, product, price, subscription). One
-- index probe per type on (workspace_id, entity_type, created_at, id), never a
-- scan of all events.
SELECT e.*
FROM unnest(ARRAY['customer', 'product', 'price', 'subscription']::text[]) WITH ORDINALITY AS t(entity_type, position)
CROSS JOIN LATERAL (
  SELECT *
  FROM payment_sync_events ev
  WHERE ev.workspace_id = :workspaceId! AND ev.entity_type = t.entity_type
  ORDER BY ev.created_at DESC, ev.id DESC
  LIMIT 1
) e
ORDER BY t.position;
