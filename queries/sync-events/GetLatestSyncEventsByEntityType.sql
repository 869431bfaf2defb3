/* @name GetLatestSyncEventsByEntityType */
-- Scope: one workspace. The newest event of each entity type that has one (at
-- most 4 rows, in the order customer, product, price, subscription). One
-- index probe per type on (workspace_id, entity_type, created_at, id), never a
-- scan of all events.
SELECT e.workspace_id, e.id, e.session_id, e.provider_name, e.entity_type, e.entity_id, e.external_id,
       e.event_type, e.event_message, e.event_details, e.created_at, e.updated_at
FROM unnest(ARRAY['customer', 'product', 'price', 'subscription']::text[]) WITH ORDINALITY AS t(entity_type, position)
CROSS JOIN LATERAL (
  SELECT ev.workspace_id, ev.id, ev.session_id, ev.provider_name, ev.entity_type, ev.entity_id, ev.external_id,
         ev.event_type, ev.event_message, ev.event_details, ev.created_at, ev.updated_at
  FROM payment_sync_events ev
  WHERE ev.workspace_id = :workspaceId! AND ev.entity_type = t.entity_type
  ORDER BY ev.created_at DESC, ev.id DESC
  LIMIT 1
) e
ORDER BY t.position;
