-- Retention of the sync event log: purgeSyncEvents deletes a workspace's
-- events created before a time, oldest first, in batches. This index is the
-- one it walks, (workspace_id, created_at, id), so each batch reads only the
-- rows it deletes. (Time partitions, with retention by dropping whole
-- partitions, are the scale-out answer; until then, batched deletes.)

-- Up Migration

CREATE INDEX payment_sync_events_by_created ON payment_sync_events (workspace_id, created_at, id);

-- Down Migration

DROP INDEX payment_sync_events_by_created;
