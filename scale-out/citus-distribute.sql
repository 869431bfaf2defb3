-- payment-sync-db: distributes the schema over a Citus cluster, sharded by workspace
-- (docs/SCALE-OUT.md). Run it once, on the Citus coordinator, on a database migrated
-- with `payment-sync-db migrate up`, as the owner of the tables:
--
--   npx payment-sync-db citus distribute --apply          (DATABASE_URL or --database-url)
--   psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f scale-out/citus-distribute.sql
--
-- * `workspaces` is distributed by its id; every tenant table (every table with a
--   workspace_id column) by workspace_id, colocated with `workspaces`: a workspace's
--   rows, its own row included, live in one shard group, and every foreign key
--   (tenant -> tenant on (workspace_id, ...), tenant -> workspaces on workspace_id = id)
--   stays inside it.
-- * Referenced tables come before the tables that reference them (Citus requires it).
-- * One transaction: it distributes every table or none. Sequential mode, because
--   Citus propagates the functions the triggers and policies use over one connection
--   per node, which a parallel data copy earlier in the same transaction would not see.
-- * The tables keep their triggers (citus.enable_unsafe_triggers): each trigger touches
--   only its own row or rows of its own workspace (checked by test/citus-readiness.test.ts).
--   Citus creates each shard with the table's triggers, then copies the existing rows into
--   it: a row trigger on INSERT fires for every row copied. The one that reads a table,
--   the sync events' check that their session is still open, would refuse every existing
--   event of a finished session: it is off for the copy and on again right after, in this
--   transaction (no new event can arrive meanwhile: the copy blocks writes).
-- * Rows already in the tables are copied into the shards; the coordinator's local
--   copy stays on disk, invisible, until truncate_local_data_after_distributing_table
--   (docs/SCALE-OUT.md, "After distributing").
--
-- The list of tables below is checked against the catalog of the migrated schema by
-- test/citus-readiness.test.ts: every tenant table, nothing else.

-- Refuses to run anywhere but on a database with the citus extension: nothing after
-- this statement runs (with ON_ERROR_STOP; without it, every statement of the
-- transaction below fails, and it changes nothing either).
DO $guard$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    RAISE EXCEPTION 'payment-sync-db: the citus extension is not installed in database "%": this script distributes tables over a Citus cluster and runs only on its coordinator; nothing was changed', current_database()
      USING ERRCODE = '55000', HINT = 'CREATE EXTENSION citus on the coordinator first (docs/SCALE-OUT.md).';
  END IF;
END
$guard$;

BEGIN;

SET LOCAL citus.multi_shard_modify_mode TO 'sequential';
SET LOCAL citus.enable_unsafe_triggers TO on;

-- The tenant anchor: its shards define the colocation group of every tenant table.
SELECT create_distributed_table('workspaces', 'id');

SELECT create_distributed_table('workspace_payment_providers', 'workspace_id', colocate_with => 'workspaces');
SELECT create_distributed_table('customers', 'workspace_id', colocate_with => 'workspaces');
SELECT create_distributed_table('products', 'workspace_id', colocate_with => 'workspaces');
SELECT create_distributed_table('prices', 'workspace_id', colocate_with => 'workspaces');
SELECT create_distributed_table('subscriptions', 'workspace_id', colocate_with => 'workspaces');
SELECT create_distributed_table('payment_sync_sessions', 'workspace_id', colocate_with => 'workspaces');
ALTER TABLE payment_sync_events DISABLE TRIGGER payment_sync_events_session_open;
SELECT create_distributed_table('payment_sync_events', 'workspace_id', colocate_with => 'workspaces');
ALTER TABLE payment_sync_events ENABLE TRIGGER payment_sync_events_session_open;
SELECT create_distributed_table('payment_webhook_events', 'workspace_id', colocate_with => 'workspaces');

COMMIT;
