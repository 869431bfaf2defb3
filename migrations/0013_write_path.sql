-- The write path of customers, products, prices and subscriptions (README,
-- "Write path"; measurements in docs/BENCHMARKS.md, "Write path"). A sync
-- library is write-heavy: every webhook and every backfill page is an upsert.
--
-- * HOT refreshes. PostgreSQL updates a row in place on its page, writing no
--   index entry (a HOT update), only when no column that any index of the
--   table names (key, INCLUDE, expression or predicate) changes, and the page
--   has room. A provider refresh of a synced object (customer.updated) changes
--   the business columns, provider_data, provider_updated_at,
--   payment_sync_version and updated_at: after this migration no index names
--   any of them, so such a refresh is HOT. What moved out of the indexes:
--   - updated_at (the needing-sync queue's order): the queue is now ordered by
--     payment_sync_status_changed_at, the time the row last changed sync
--     status, which only a status change writes (a row keeps its place in the
--     queue while it waits; existing rows start from their updated_at);
--   - provider_updated_at (the queue's "never described" test): the stored,
--     generated provider_described, which changes once, when a placeholder or
--     local row is first described;
--   - payment_synced_at stays in _by_provider_synced_at, but is now the time
--     the row last BECAME synced: a write that leaves a synced row synced
--     keeps it (updated_at says when the row was last written), so only a
--     change of status, which is never HOT anyway, moves it.
-- * fillfactor 85: the room on each page that HOT updates use (the ALTER
--   below rewrites the table, so existing pages get it too).
-- * Time-ordered ids. A new row's id is a UUID version 7 (psdb_uuid_v7: the
--   millisecond first, then random bits), no longer a random version 4: an
--   insert adds its primary-key entry at the right edge of the index instead
--   of on a random leaf page, which bulk ingest paid for in cache misses,
--   page splits and a full-page image in the WAL for nearly every row after
--   each checkpoint. Existing ids do not change.
-- * updated_at without a trigger call on the library's writes: every write
--   statement sets updated_at = now() itself, and the touch trigger runs only
--   for a writer that does not (WHEN updated_at is unchanged), where it used
--   to run a PL/pgSQL function for every row. The status stamps are a trigger
--   that runs only when the status changes (a write that is never HOT).
-- * prices_by_created goes: no query reads it (prices are listed by product,
--   through prices_by_product); a price insert writes one index entry fewer.
--
-- The indexes of each table after this migration, and the queries they serve
-- (test/plan-check.test.ts fails when an index is read by no query):
--   _pkey (workspace_id, id): Get<Entity>, Update*/Delete* by id,
--     BulkUpdate<Entity>SyncStatus's update, the composite foreign keys.
--   _live_external_key UNIQUE (workspace_id, payment_provider, external_id),
--     live rows and tombstones: the arbiter of every provider upsert and
--     delete, Get<Entity>ByExternalID, Get<Entity>sByExternalIDs,
--     GetEntityByExternalID, BulkUpdate<Entity>SyncStatus,
--     ListExternalIDsByProvider, psdb_provider_parent.
--   _by_created (workspace_id, created_at, id), live: List<Entity>s (customers,
--     products and subscriptions; prices have none, see above).
--   _by_sync_status (workspace_id, payment_sync_status, created_at, id), live:
--     Get<Entity>sByPaymentSyncStatus, Get<Entity>sWithSyncConflicts,
--     GetWorkspaceSyncSummary (one index-only count per status range).
--   _by_provider_status (workspace_id, payment_provider, payment_sync_status,
--     created_at, id), live: GetEntitiesBySyncStatusAndProvider,
--     Get<Entity>sSyncedByProvider, GetProviderSyncStatusByWorkspace (one
--     index-only count per status range).
--   _by_provider_created (workspace_id, payment_provider, created_at, id), live:
--     Get<Entity>sByPaymentProvider. (Reading the four status ranges of
--     _by_provider_status merged instead was measured at 1.28x the latency.)
--   _by_provider_synced_at (workspace_id, payment_provider, payment_synced_at),
--     live: the latest sync time of GetProviderSyncStatusByWorkspace. (Taking
--     it from an INCLUDE column of _by_provider_status instead was measured
--     at 1.27x the latency of the whole query.)
--   _needing_sync (workspace_id, provider_described, payment_sync_status_changed_at,
--     id), live pending or failed rows only: Get<Entity>sNeedingSync.
--   prices_by_product (workspace_id, product_id, created_at, id): ListPricesByProduct.
--   subscriptions_by_customer, subscriptions_by_price: no query reads them;
--     they serve the composite foreign keys to customers and prices, so that
--     removing a customer or price row for good (outside the library, which
--     only soft-deletes: retention, erasure) finds its subscriptions through
--     an index instead of reading every subscription.

-- Up Migration

-- The stamps of a change of sync status, for every writer: when the status last changed (the
-- needing-sync queue's order) and, when it became synced, payment_synced_at. Runs only when the
-- status changes (the trigger's WHEN), so a refresh that keeps the status calls no function.
CREATE FUNCTION psdb_sync_status_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.payment_sync_status_changed_at := now();
  IF NEW.payment_sync_status = 'synced' THEN
    NEW.payment_synced_at := now();
  END IF;
  RETURN NEW;
END;
$$;

-- A UUID version 7 (RFC 9562): 48 bits of Unix time in milliseconds (the clock, not the
-- transaction's start), the version, then random bits from gen_random_uuid(). Ids made later
-- sort later (within a millisecond, at random), so inserts append to the primary key.
CREATE FUNCTION psdb_uuid_v7() RETURNS uuid
LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid())
              PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
              FROM 1 FOR 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['customers', 'products', 'prices', 'subscriptions'] LOOP
    EXECUTE format('DROP TRIGGER %1$s_touch ON %1$I', t);
    EXECUTE format('DROP INDEX %1$s_needing_sync', t);
    IF t = 'prices' THEN DROP INDEX prices_by_created; END IF;
    -- One rewrite of the table: the new columns (the status time starts from updated_at, which
    -- keeps the queue's order) and the fillfactor.
    EXECUTE format('ALTER TABLE %1$I ADD COLUMN payment_sync_status_changed_at timestamptz(3)', t);
    EXECUTE format($f$
      ALTER TABLE %1$I
        SET (fillfactor = 85),
        ALTER COLUMN id SET DEFAULT psdb_uuid_v7(),
        ALTER COLUMN payment_sync_status_changed_at TYPE timestamptz(3) USING updated_at,
        ALTER COLUMN payment_sync_status_changed_at SET DEFAULT now(),
        ALTER COLUMN payment_sync_status_changed_at SET NOT NULL,
        ADD COLUMN provider_described boolean GENERATED ALWAYS AS (provider_updated_at IS NOT NULL) STORED
    $f$, t);
    EXECUTE format($f$CREATE INDEX %1$s_needing_sync ON %1$I
      (workspace_id, provider_described, payment_sync_status_changed_at, id)
      WHERE deleted_at IS NULL AND payment_sync_status IN ('pending', 'failed')$f$, t);
    EXECUTE format($f$CREATE TRIGGER %1$s_touch BEFORE UPDATE ON %1$I FOR EACH ROW
      WHEN (OLD.updated_at IS NOT DISTINCT FROM NEW.updated_at) EXECUTE FUNCTION psdb_touch_updated_at()$f$, t);
    EXECUTE format($f$CREATE TRIGGER %1$s_sync_status_changed BEFORE UPDATE ON %1$I FOR EACH ROW
      WHEN (OLD.payment_sync_status IS DISTINCT FROM NEW.payment_sync_status)
      EXECUTE FUNCTION psdb_sync_status_changed()$f$, t);
  END LOOP;
END
$$;

GRANT EXECUTE ON FUNCTION psdb_uuid_v7() TO payment_sync_app;

-- Down Migration

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['customers', 'products', 'prices', 'subscriptions'] LOOP
    EXECUTE format('DROP TRIGGER %1$s_sync_status_changed ON %1$I', t);
    EXECUTE format('DROP TRIGGER %1$s_touch ON %1$I', t);
    EXECUTE format('DROP INDEX %1$s_needing_sync', t);
    EXECUTE format($f$
      ALTER TABLE %1$I
        RESET (fillfactor),
        ALTER COLUMN id SET DEFAULT gen_random_uuid(),
        DROP COLUMN provider_described,
        DROP COLUMN payment_sync_status_changed_at
    $f$, t);
    EXECUTE format($f$CREATE INDEX %1$s_needing_sync ON %1$I (workspace_id, (provider_updated_at IS NOT NULL), updated_at, id)
      WHERE deleted_at IS NULL AND payment_sync_status IN ('pending', 'failed')$f$, t);
    EXECUTE format('CREATE TRIGGER %1$s_touch BEFORE UPDATE ON %1$I FOR EACH ROW EXECUTE FUNCTION psdb_touch_updated_at()', t);
    IF t = 'prices' THEN
      CREATE INDEX prices_by_created ON prices (workspace_id, created_at, id) WHERE deleted_at IS NULL;
    END IF;
  END LOOP;
END
$$;

DROP FUNCTION psdb_uuid_v7();
DROP FUNCTION psdb_sync_status_changed();
