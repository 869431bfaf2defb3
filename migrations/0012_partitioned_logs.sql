-- Time partitioning of the two logs that grow without bound (issue 15): the
-- sync event log payment_sync_events BY RANGE (created_at) and the webhook
-- inbox payment_webhook_events BY RANGE (occurred_at), in monthly partitions
-- (UTC months) named <table>_pYYYY_MM, plus one DEFAULT partition per table,
-- <table>_default, which takes any row outside the monthly ones (a replay of a
-- years-old event, a far-future time): an insert never fails for want of a
-- partition. Retention drops whole partitions instead of deleting rows.
-- * Keys: PostgreSQL requires the partition key in every unique index, so the
--   primary keys become (workspace_id, id, created_at) and
--   (workspace_id, id, occurred_at) (ids are random uuids: unique in practice,
--   no longer enforced across partitions), and the inbox's dedupe key becomes
--   (workspace_id, provider_name, provider_event_id, occurred_at). A
--   redelivery carries the provider's own event time, so it conflicts on that
--   key; RecordWebhookEvent also looks the event id up in every partition
--   before it inserts, so a redelivery with another time is a duplicate too
--   (only two deliveries of one event id with different times at the same
--   moment could both be recorded: README, "Partitioned logs").
-- * Everything else as before, on the partitioned parent (partitions inherit
--   the indexes, CHECK constraints, foreign keys and row triggers; the inbox's
--   NOTIFY statement trigger fires once per statement on the parent): every
--   index keeps its name on the parent (partitions' index names are
--   generated); grants, RLS and the policies of 0004 are on the parent, which
--   is what every query names (a partition's own policies are never applied
--   through the parent). Partitions have RLS enabled and no grant, so the
--   application role can neither read nor write a partition directly.
--   One index is new: payment_webhook_events_dead (dead events by
--   occurred_at), so that payment_sync_drop_log_partitions finds a partition's
--   unfinished events through indexes (the claim's partial index holds the
--   pending, processing and failed ones).
-- * payment_sync_create_log_partitions(months_ahead integer DEFAULT 3):
--   creates the missing monthly partitions of both tables from the current
--   month to months_ahead months ahead; idempotent. Rows of a created month
--   that the DEFAULT partition holds are moved into the new partition in the
--   same transaction. Returns one row per partition created.
-- * payment_sync_drop_log_partitions(older_than timestamptz): detaches and
--   drops the monthly partitions of both tables that end at or before
--   older_than (which must not be in the future). An inbox partition that
--   still holds an unfinished event (pending, processing, failed or dead) is
--   skipped and reported; the DEFAULT partitions are never touched. Retention
--   by partition is global (by time, across every workspace); per-workspace
--   retention remains purgeSyncEvents / purgeWebhookEvents. Returns one row
--   per partition dropped or skipped.
-- * Both are plain (SECURITY INVOKER) functions owned by the migration role,
--   EXECUTE revoked from PUBLIC: a scheduler (cron, pg_cron) runs them as the
--   owner of the tables. They lock briefly (create: SHARE UPDATE EXCLUSIVE on
--   the parent and ACCESS EXCLUSIVE on its DEFAULT partition; drop: ACCESS
--   EXCLUSIVE on the parent, only when there is something to drop); when the
--   session sets no lock_timeout they wait at most 5 s for a lock, then fail
--   (55P03) having changed nothing: run them again later.
-- Up: the old tables step aside, the partitioned ones are created with the
-- partitions every existing row needs (its month, from year 1000 to 9999; the
-- DEFAULT partition for anything else) plus the current month and 3 ahead, the
-- rows are moved (INSERT ... SELECT, counted), the old tables dropped.
-- Down: the rows move back into plain tables with the constraints and indexes
-- of 0003, 0006, 0008 and 0011; refused (nothing changed) when two inbox rows
-- share the old dedupe key or two rows of a log share the old primary key.

-- Up Migration

-- The old tables step aside; their index names go to the new tables.
ALTER TABLE payment_sync_events RENAME TO payment_sync_events_unpartitioned;
ALTER TABLE payment_sync_events_unpartitioned
  RENAME CONSTRAINT payment_sync_events_pkey TO payment_sync_events_unpartitioned_pkey;
DROP INDEX payment_sync_events_by_session, payment_sync_events_by_session_type, payment_sync_events_by_provider,
  payment_sync_events_by_entity_type, payment_sync_events_by_event_type, payment_sync_events_by_external_id,
  payment_sync_events_by_created;
ALTER TABLE payment_webhook_events RENAME TO payment_webhook_events_unpartitioned;
ALTER TABLE payment_webhook_events_unpartitioned
  RENAME CONSTRAINT payment_webhook_events_pkey TO payment_webhook_events_unpartitioned_pkey;
DROP INDEX payment_webhook_events_provider_event_key, payment_webhook_events_due, payment_webhook_events_by_status,
  payment_webhook_events_finished;

CREATE TABLE payment_sync_events (
  workspace_id  uuid NOT NULL,
  id            uuid NOT NULL DEFAULT gen_random_uuid(),
  session_id    uuid NOT NULL,
  provider_name text NOT NULL
    CONSTRAINT payment_sync_events_provider_name_check CHECK (provider_name ~ '^[a-z][a-z0-9_]{1,31}$'),
  entity_type   text NOT NULL CONSTRAINT payment_sync_events_entity_type_check
    CHECK (entity_type IN ('customer', 'product', 'price', 'subscription')),
  entity_id     uuid,
  external_id   text CONSTRAINT payment_sync_events_external_id_check CHECK (length(external_id) BETWEEN 1 AND 255),
  event_type    text NOT NULL CONSTRAINT payment_sync_events_event_type_check
    CHECK (event_type IN ('created', 'updated', 'deleted', 'skipped', 'failed', 'conflict')),
  event_message text,
  event_details jsonb NOT NULL DEFAULT '{}'
    CONSTRAINT payment_sync_events_event_details_check CHECK (jsonb_typeof(event_details) = 'object'),
  created_at    timestamptz(3) NOT NULL DEFAULT now(),
  updated_at    timestamptz(3) NOT NULL DEFAULT now()
) PARTITION BY RANGE (created_at);
CREATE TABLE payment_sync_events_default PARTITION OF payment_sync_events DEFAULT;
ALTER TABLE payment_sync_events_default ENABLE ROW LEVEL SECURITY;

CREATE TABLE payment_webhook_events (
  workspace_id      uuid NOT NULL,
  id                uuid NOT NULL DEFAULT gen_random_uuid(),
  provider_name     text NOT NULL
    CONSTRAINT payment_webhook_events_provider_name_check CHECK (provider_name ~ '^[a-z][a-z0-9_]{1,31}$'),
  provider_event_id text NOT NULL
    CONSTRAINT payment_webhook_events_provider_event_id_check CHECK (length(provider_event_id) BETWEEN 1 AND 255),
  event_type        text NOT NULL
    CONSTRAINT payment_webhook_events_event_type_check CHECK (length(event_type) BETWEEN 1 AND 255),
  entity_type       text CONSTRAINT payment_webhook_events_entity_type_check
    CHECK (entity_type IN ('customer', 'product', 'price', 'subscription')),
  external_id       text
    CONSTRAINT payment_webhook_events_external_id_check CHECK (length(external_id) BETWEEN 1 AND 255),
  occurred_at       timestamptz(3) NOT NULL,
  received_at       timestamptz(3) NOT NULL DEFAULT now(),
  status            text NOT NULL DEFAULT 'pending' CONSTRAINT payment_webhook_events_status_check
    CHECK (status IN ('pending', 'processing', 'processed', 'failed', 'dead', 'ignored')),
  attempts          integer NOT NULL DEFAULT 0 CONSTRAINT payment_webhook_events_attempts_check CHECK (attempts >= 0),
  next_attempt_at   timestamptz(3) NOT NULL DEFAULT now(),
  locked_until      timestamptz(3),
  claim_token       uuid,
  last_error        text,
  processed_at      timestamptz(3),
  payload           jsonb NOT NULL
    CONSTRAINT payment_webhook_events_payload_check CHECK (jsonb_typeof(payload) = 'object'),
  created_at        timestamptz(3) NOT NULL DEFAULT now(),
  updated_at        timestamptz(3) NOT NULL DEFAULT now(),
  -- A processing event has a claim; no other does.
  CONSTRAINT payment_webhook_events_claim_check
    CHECK ((status = 'processing') = (claim_token IS NOT NULL AND locked_until IS NOT NULL))
) PARTITION BY RANGE (occurred_at);
CREATE TABLE payment_webhook_events_default PARTITION OF payment_webhook_events DEFAULT;
ALTER TABLE payment_webhook_events_default ENABLE ROW LEVEL SECURITY;

-- The monthly partition of `parent` for the UTC month that begins at `month` (a timestamp in UTC),
-- unless it exists: created on its own (LIKE the parent), filled with the rows of that month the
-- DEFAULT partition holds (moved, in this transaction), then attached (which clones the parent's
-- indexes, foreign keys and row triggers). Attaching takes SHARE UPDATE EXCLUSIVE on the parent
-- (reads and writes go on) and ACCESS EXCLUSIVE on the DEFAULT partition, taken first here in
-- the same order as every query (parent, then partition) so that no row lands in the DEFAULT
-- partition between the move and the attach. Rows moved directly, not through the parent: the
-- insert triggers (psdb_sync_event_session_open, the NOTIFY) do not fire for rows that only change
-- partition. No row (and no lock) when the partition exists.
CREATE FUNCTION psdb_create_log_partition(parent regclass, month timestamp)
RETURNS TABLE (table_name text, partition_name text, range_start timestamptz, range_end timestamptz, moved_rows bigint)
LANGUAGE plpgsql SET timezone = 'UTC' SET datestyle = 'ISO, YMD' SET search_path FROM CURRENT AS $$
DECLARE
  month_start timestamp := date_trunc('month', month);
  parent_name text;
  parent_schema text;
  parent_owner name;
  key text;
  cols text;
  part_name text;
  existing regclass;
  default_part regclass;
  created regclass;
  moved bigint := 0;
BEGIN
  IF month_start IS NULL OR extract(year FROM month_start) NOT BETWEEN 1000 AND 9999 THEN
    RAISE EXCEPTION 'psdb_create_log_partition: % is not a month from year 1000 to 9999', month USING ERRCODE = '22023';
  END IF;
  SELECT c.relname, n.nspname, pg_get_userbyid(c.relowner), a.attname
    INTO parent_name, parent_schema, parent_owner, key
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_partitioned_table p ON p.partrelid = c.oid
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = p.partattrs[0]
  WHERE c.oid = parent AND p.partstrat = 'r' AND p.partnatts = 1;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'psdb_create_log_partition: % is not partitioned by range on one column', parent USING ERRCODE = '22023';
  END IF;
  part_name := format('%s_p%s', parent_name, to_char(month_start, 'YYYY_MM'));
  table_name := parent_name;
  partition_name := part_name;
  range_start := month_start AT TIME ZONE 'UTC';
  range_end := (month_start + interval '1 month') AT TIME ZONE 'UTC';

  existing := to_regclass(format('%I.%I', parent_schema, part_name));
  IF existing IS NULL THEN
    -- Serializes partition maintenance (and takes the parent's lock before the DEFAULT partition's).
    EXECUTE format('LOCK TABLE %s IN SHARE UPDATE EXCLUSIVE MODE', parent);
    existing := to_regclass(format('%I.%I', parent_schema, part_name));
  END IF;
  IF existing IS NOT NULL THEN
    IF EXISTS (SELECT FROM pg_inherits WHERE inhrelid = existing AND inhparent = parent) THEN
      RETURN;
    END IF;
    RAISE EXCEPTION 'psdb_create_log_partition: % exists but is not a partition of %', existing, parent
      USING ERRCODE = '42P07';
  END IF;

  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
  FROM pg_attribute WHERE attrelid = parent AND attnum > 0 AND NOT attisdropped;
  SELECT i.inhrelid::regclass INTO default_part
  FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
  WHERE i.inhparent = parent AND pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT';

  EXECUTE format('CREATE TABLE %I.%I (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE)',
                 parent_schema, part_name, parent);
  created := format('%I.%I', parent_schema, part_name)::regclass;
  -- Owned like its parent (when a superuser runs this), so that the owner can later drop it.
  IF (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = created) <> parent_owner THEN
    EXECUTE format('ALTER TABLE %s OWNER TO %I', created, parent_owner);
  END IF;
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', created);
  IF default_part IS NOT NULL THEN
    EXECUTE format('LOCK TABLE %s IN ACCESS EXCLUSIVE MODE', default_part);
    EXECUTE format(
      'WITH moved AS (DELETE FROM %1$s WHERE %2$I >= $1 AND %2$I < $2 RETURNING %3$s) INSERT INTO %4$s (%3$s) SELECT %3$s FROM moved',
      default_part, key, cols, created) USING range_start, range_end;
    GET DIAGNOSTICS moved = ROW_COUNT;
  END IF;
  EXECUTE format('ALTER TABLE %s ATTACH PARTITION %s FOR VALUES FROM (%L) TO (%L)', parent, created, range_start, range_end);
  moved_rows := moved;
  RETURN NEXT;
END;
$$;
REVOKE EXECUTE ON FUNCTION psdb_create_log_partition(regclass, timestamp) FROM PUBLIC;

CREATE FUNCTION payment_sync_create_log_partitions(months_ahead integer DEFAULT 3)
RETURNS TABLE (table_name text, partition_name text, range_start timestamptz, range_end timestamptz, moved_rows bigint)
LANGUAGE plpgsql SET timezone = 'UTC' SET search_path FROM CURRENT AS $$
DECLARE
  this_month timestamp := date_trunc('month', now() AT TIME ZONE 'UTC');
  ahead integer := COALESCE(months_ahead, 3);
  timeout_was text := current_setting('lock_timeout');
  parent regclass;
BEGIN
  IF ahead NOT BETWEEN 0 AND 120 THEN
    RAISE EXCEPTION 'payment_sync_create_log_partitions: months_ahead must be from 0 to 120, got %', ahead
      USING ERRCODE = '22023';
  END IF;
  IF timeout_was = '0' THEN PERFORM set_config('lock_timeout', '5s', true); END IF;
  FOREACH parent IN ARRAY ARRAY['payment_sync_events'::regclass, 'payment_webhook_events'::regclass] LOOP
    FOR m IN 0..ahead LOOP
      RETURN QUERY SELECT * FROM psdb_create_log_partition(parent, this_month + make_interval(months => m));
    END LOOP;
  END LOOP;
  IF timeout_was = '0' THEN PERFORM set_config('lock_timeout', timeout_was, true); END IF;
END;
$$;
REVOKE EXECUTE ON FUNCTION payment_sync_create_log_partitions(integer) FROM PUBLIC;

-- A partition's range is read back from its bound expression (under the function's fixed time
-- zone and date style); the DEFAULT partition has none and is never a candidate. The parent is
-- locked (ACCESS EXCLUSIVE, as DETACH needs) at the first partition to drop, before its last check.
CREATE FUNCTION payment_sync_drop_log_partitions(older_than timestamptz)
RETURNS TABLE (table_name text, partition_name text, range_start timestamptz, range_end timestamptz, dropped boolean,
               unfinished_events bigint)
LANGUAGE plpgsql SET timezone = 'UTC' SET datestyle = 'ISO, YMD' SET search_path FROM CURRENT AS $$
DECLARE
  timeout_was text := current_setting('lock_timeout');
  parent regclass;
  inbox boolean;
  locked boolean;
  part record;
  unfinished bigint;
BEGIN
  IF older_than IS NULL THEN
    RAISE EXCEPTION 'payment_sync_drop_log_partitions: older_than is required' USING ERRCODE = '22023';
  END IF;
  IF older_than > now() THEN
    RAISE EXCEPTION 'payment_sync_drop_log_partitions: older_than (%) is in the future', older_than
      USING ERRCODE = '22023';
  END IF;
  IF timeout_was = '0' THEN PERFORM set_config('lock_timeout', '5s', true); END IF;
  FOREACH parent IN ARRAY ARRAY['payment_sync_events'::regclass, 'payment_webhook_events'::regclass] LOOP
    inbox := parent = 'payment_webhook_events'::regclass;
    locked := false;
    <<parts>>
    FOR part IN
      SELECT c.oid::regclass AS rel, c.relname::text AS name, b.lower, b.upper
      FROM pg_inherits i
      JOIN pg_class c ON c.oid = i.inhrelid
      CROSS JOIN LATERAL (
        SELECT (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'FROM \(''([^'']*)''\)'))[1]::timestamptz AS lower,
               (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \(''([^'']*)''\)'))[1]::timestamptz AS upper
      ) b
      WHERE i.inhparent = parent AND b.upper IS NOT NULL AND b.upper <= older_than
      ORDER BY b.upper
    LOOP
      table_name := parent::text;
      partition_name := part.name;
      range_start := part.lower;
      range_end := part.upper;
      unfinished := 0;
      -- Unfinished events (through the claim's partial index and the dead one) are counted before
      -- the lock, so that an inbox whose oldest partition keeps a dead event is not locked for
      -- nothing, and again under it: finished is final, and with the parent locked no event arrives.
      FOR attempt IN 1..2 LOOP
        -- Under the lock: a partition a concurrent run dropped before it was granted is skipped.
        CONTINUE parts WHEN locked
          AND NOT EXISTS (SELECT FROM pg_inherits WHERE inhrelid = part.rel AND inhparent = parent);
        IF inbox THEN
          EXECUTE format(
            $q$SELECT (SELECT count(*) FROM %1$s WHERE status IN ('pending', 'processing', 'failed'))
                    + (SELECT count(*) FROM %1$s WHERE status = 'dead')$q$, part.rel) INTO unfinished;
          EXIT WHEN unfinished > 0;
        END IF;
        EXIT WHEN locked;
        EXECUTE format('LOCK TABLE %s IN ACCESS EXCLUSIVE MODE', parent);
        locked := true;
      END LOOP;
      IF unfinished > 0 THEN
        RAISE NOTICE 'payment_sync_drop_log_partitions: % kept: it holds % unfinished events', part.name, unfinished;
        dropped := false;
        unfinished_events := unfinished;
        RETURN NEXT;
        CONTINUE;
      END IF;
      EXECUTE format('ALTER TABLE %s DETACH PARTITION %s', parent, part.rel);
      EXECUTE format('DROP TABLE %s', part.rel);
      dropped := true;
      unfinished_events := 0;
      RETURN NEXT;
    END LOOP;
  END LOOP;
  IF timeout_was = '0' THEN PERFORM set_config('lock_timeout', timeout_was, true); END IF;
END;
$$;
REVOKE EXECUTE ON FUNCTION payment_sync_drop_log_partitions(timestamptz) FROM PUBLIC;

-- The partitions existing rows need (their UTC months, from year 1000 to 9999: the DEFAULT
-- partition takes anything else), then the current month and 3 ahead.
SELECT count(*) FROM (
  SELECT psdb_create_log_partition('payment_sync_events', m)
  FROM (SELECT DISTINCT date_trunc('month', created_at AT TIME ZONE 'UTC') AS m
        FROM payment_sync_events_unpartitioned
        WHERE created_at >= '1000-01-01 00:00:00+00' AND created_at < '10000-01-01 00:00:00+00'
        ORDER BY 1) months
) created;
SELECT count(*) FROM (
  SELECT psdb_create_log_partition('payment_webhook_events', m)
  FROM (SELECT DISTINCT date_trunc('month', occurred_at AT TIME ZONE 'UTC') AS m
        FROM payment_webhook_events_unpartitioned
        WHERE occurred_at >= '1000-01-01 00:00:00+00' AND occurred_at < '10000-01-01 00:00:00+00'
        ORDER BY 1) months
) created;
SELECT count(*) FROM payment_sync_create_log_partitions(3);

-- The rows move (no trigger yet: the session check and the NOTIFY are for new events), counted.
DO $$
DECLARE
  moved bigint;
  had bigint;
BEGIN
  INSERT INTO payment_sync_events (
    workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type, event_message,
    event_details, created_at, updated_at)
  SELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type, event_message,
         event_details, created_at, updated_at
  FROM payment_sync_events_unpartitioned;
  GET DIAGNOSTICS moved = ROW_COUNT;
  SELECT count(*) INTO had FROM payment_sync_events_unpartitioned;
  IF moved <> had OR (SELECT count(*) FROM payment_sync_events) <> had THEN
    RAISE EXCEPTION 'payment_sync_events: % rows, % moved', had, moved;
  END IF;

  INSERT INTO payment_webhook_events (
    workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, received_at,
    status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload, created_at,
    updated_at)
  SELECT workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
         received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
         created_at, updated_at
  FROM payment_webhook_events_unpartitioned;
  GET DIAGNOSTICS moved = ROW_COUNT;
  SELECT count(*) INTO had FROM payment_webhook_events_unpartitioned;
  IF moved <> had OR (SELECT count(*) FROM payment_webhook_events) <> had THEN
    RAISE EXCEPTION 'payment_webhook_events: % rows, % moved', had, moved;
  END IF;
END
$$;

DROP TABLE payment_sync_events_unpartitioned;
DROP TABLE payment_webhook_events_unpartitioned;

-- Keys, foreign keys and indexes, built on the moved rows (each partition gets its own).
ALTER TABLE payment_sync_events
  ADD CONSTRAINT payment_sync_events_pkey PRIMARY KEY (workspace_id, id, created_at),
  ADD CONSTRAINT payment_sync_events_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id),
  -- An event can only belong to a session of its own workspace.
  ADD CONSTRAINT payment_sync_events_session_fkey
    FOREIGN KEY (workspace_id, session_id) REFERENCES payment_sync_sessions (workspace_id, id);
CREATE INDEX payment_sync_events_by_session
  ON payment_sync_events (workspace_id, session_id, created_at, id);
CREATE INDEX payment_sync_events_by_session_type
  ON payment_sync_events (workspace_id, session_id, event_type);
CREATE INDEX payment_sync_events_by_provider
  ON payment_sync_events (workspace_id, provider_name, created_at, id);
CREATE INDEX payment_sync_events_by_entity_type
  ON payment_sync_events (workspace_id, entity_type, created_at, id);
CREATE INDEX payment_sync_events_by_event_type
  ON payment_sync_events (workspace_id, event_type, created_at, id);
CREATE INDEX payment_sync_events_by_external_id
  ON payment_sync_events (workspace_id, external_id, created_at, id) WHERE external_id IS NOT NULL;
CREATE INDEX payment_sync_events_by_created ON payment_sync_events (workspace_id, created_at, id);

ALTER TABLE payment_webhook_events
  ADD CONSTRAINT payment_webhook_events_pkey PRIMARY KEY (workspace_id, id, occurred_at),
  ADD CONSTRAINT payment_webhook_events_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id);
-- A redelivery of the same provider event finds this row (RecordWebhookEvent's ON CONFLICT).
CREATE UNIQUE INDEX payment_webhook_events_provider_event_key
  ON payment_webhook_events (workspace_id, provider_name, provider_event_id, occurred_at);
-- The claim: active events, oldest occurred_at first (across workspaces).
CREATE INDEX payment_webhook_events_due
  ON payment_webhook_events (occurred_at, id) WHERE status IN ('pending', 'processing', 'failed');
-- Keyset lists and counts by status within a workspace.
CREATE INDEX payment_webhook_events_by_status
  ON payment_webhook_events (workspace_id, status, received_at, id);
-- Retention: finished events by age.
CREATE INDEX payment_webhook_events_finished
  ON payment_webhook_events (workspace_id, received_at) WHERE status IN ('processed', 'ignored');
-- Partition retention: with the claim's index, every unfinished event of a partition.
CREATE INDEX payment_webhook_events_dead ON payment_webhook_events (occurred_at) WHERE status = 'dead';

CREATE TRIGGER payment_sync_events_touch BEFORE UPDATE ON payment_sync_events
  FOR EACH ROW EXECUTE FUNCTION psdb_touch_updated_at();
CREATE TRIGGER payment_sync_events_session_open BEFORE INSERT ON payment_sync_events
  FOR EACH ROW EXECUTE FUNCTION psdb_sync_event_session_open();
CREATE TRIGGER payment_webhook_events_touch BEFORE UPDATE ON payment_webhook_events
  FOR EACH ROW EXECUTE FUNCTION psdb_touch_updated_at();
CREATE TRIGGER payment_webhook_events_notify AFTER INSERT ON payment_webhook_events
  FOR EACH STATEMENT EXECUTE FUNCTION psdb_notify_webhook_event();

-- Row-level security as for every tenant table (migrations 0004 and 0008), on the parents.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['payment_sync_events', 'payment_webhook_events'] LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO payment_sync_app', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY psdb_everyone ON %I AS PERMISSIVE TO PUBLIC USING (true) WITH CHECK (true)', t);
    EXECUTE format(
      'CREATE POLICY psdb_tenant ON %I AS RESTRICTIVE TO payment_sync_app
         USING (workspace_id = psdb_current_workspace()) WITH CHECK (workspace_id = psdb_current_workspace())', t);
  END LOOP;
END
$$;

-- Autovacuum never analyzes a partitioned parent: its statistics (join estimates) start here.
ANALYZE payment_sync_events;
ANALYZE payment_webhook_events;

-- Down Migration

-- Refused, nothing changed, when the rows cannot go back under the old unique keys.
DO $$
BEGIN
  IF EXISTS (SELECT FROM payment_webhook_events
             GROUP BY workspace_id, provider_name, provider_event_id HAVING count(*) > 1) THEN
    RAISE EXCEPTION 'the webhook inbox holds events recorded more than once with different occurred_at: they cannot go back under the dedupe key (workspace_id, provider_name, provider_event_id) of migration 0008; delete the extra rows first'
      USING ERRCODE = '55000';
  END IF;
  IF EXISTS (SELECT FROM payment_webhook_events GROUP BY workspace_id, id HAVING count(*) > 1)
     OR EXISTS (SELECT FROM payment_sync_events GROUP BY workspace_id, id HAVING count(*) > 1) THEN
    RAISE EXCEPTION 'two rows of a log share a (workspace_id, id): they cannot go back under the primary key of migrations 0003 and 0008'
      USING ERRCODE = '55000';
  END IF;
END
$$;

CREATE TABLE psdb_unpartitioned_sync_events (
  workspace_id  uuid NOT NULL,
  id            uuid NOT NULL DEFAULT gen_random_uuid(),
  session_id    uuid NOT NULL,
  provider_name text NOT NULL
    CONSTRAINT payment_sync_events_provider_name_check CHECK (provider_name ~ '^[a-z][a-z0-9_]{1,31}$'),
  entity_type   text NOT NULL CONSTRAINT payment_sync_events_entity_type_check
    CHECK (entity_type IN ('customer', 'product', 'price', 'subscription')),
  entity_id     uuid,
  external_id   text CONSTRAINT payment_sync_events_external_id_check CHECK (length(external_id) BETWEEN 1 AND 255),
  event_type    text NOT NULL CONSTRAINT payment_sync_events_event_type_check
    CHECK (event_type IN ('created', 'updated', 'deleted', 'skipped', 'failed', 'conflict')),
  event_message text,
  event_details jsonb NOT NULL DEFAULT '{}'
    CONSTRAINT payment_sync_events_event_details_check CHECK (jsonb_typeof(event_details) = 'object'),
  created_at    timestamptz(3) NOT NULL DEFAULT now(),
  updated_at    timestamptz(3) NOT NULL DEFAULT now()
);
CREATE TABLE psdb_unpartitioned_webhook_events (
  workspace_id      uuid NOT NULL,
  id                uuid NOT NULL DEFAULT gen_random_uuid(),
  provider_name     text NOT NULL
    CONSTRAINT payment_webhook_events_provider_name_check CHECK (provider_name ~ '^[a-z][a-z0-9_]{1,31}$'),
  provider_event_id text NOT NULL
    CONSTRAINT payment_webhook_events_provider_event_id_check CHECK (length(provider_event_id) BETWEEN 1 AND 255),
  event_type        text NOT NULL
    CONSTRAINT payment_webhook_events_event_type_check CHECK (length(event_type) BETWEEN 1 AND 255),
  entity_type       text CONSTRAINT payment_webhook_events_entity_type_check
    CHECK (entity_type IN ('customer', 'product', 'price', 'subscription')),
  external_id       text
    CONSTRAINT payment_webhook_events_external_id_check CHECK (length(external_id) BETWEEN 1 AND 255),
  occurred_at       timestamptz(3) NOT NULL,
  received_at       timestamptz(3) NOT NULL DEFAULT now(),
  status            text NOT NULL DEFAULT 'pending' CONSTRAINT payment_webhook_events_status_check
    CHECK (status IN ('pending', 'processing', 'processed', 'failed', 'dead', 'ignored')),
  attempts          integer NOT NULL DEFAULT 0 CONSTRAINT payment_webhook_events_attempts_check CHECK (attempts >= 0),
  next_attempt_at   timestamptz(3) NOT NULL DEFAULT now(),
  locked_until      timestamptz(3),
  claim_token       uuid,
  last_error        text,
  processed_at      timestamptz(3),
  payload           jsonb NOT NULL
    CONSTRAINT payment_webhook_events_payload_check CHECK (jsonb_typeof(payload) = 'object'),
  created_at        timestamptz(3) NOT NULL DEFAULT now(),
  updated_at        timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT payment_webhook_events_claim_check
    CHECK ((status = 'processing') = (claim_token IS NOT NULL AND locked_until IS NOT NULL))
);

DO $$
DECLARE
  moved bigint;
  had bigint;
BEGIN
  INSERT INTO psdb_unpartitioned_sync_events (
    workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type, event_message,
    event_details, created_at, updated_at)
  SELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type, event_message,
         event_details, created_at, updated_at
  FROM payment_sync_events;
  GET DIAGNOSTICS moved = ROW_COUNT;
  SELECT count(*) INTO had FROM payment_sync_events;
  IF moved <> had THEN
    RAISE EXCEPTION 'payment_sync_events: % rows, % moved', had, moved;
  END IF;

  INSERT INTO psdb_unpartitioned_webhook_events (
    workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, received_at,
    status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload, created_at,
    updated_at)
  SELECT workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
         received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
         created_at, updated_at
  FROM payment_webhook_events;
  GET DIAGNOSTICS moved = ROW_COUNT;
  SELECT count(*) INTO had FROM payment_webhook_events;
  IF moved <> had THEN
    RAISE EXCEPTION 'payment_webhook_events: % rows, % moved', had, moved;
  END IF;
END
$$;

DROP TABLE payment_sync_events;
DROP TABLE payment_webhook_events;
DROP FUNCTION payment_sync_drop_log_partitions(timestamptz);
DROP FUNCTION payment_sync_create_log_partitions(integer);
DROP FUNCTION psdb_create_log_partition(regclass, timestamp);
ALTER TABLE psdb_unpartitioned_sync_events RENAME TO payment_sync_events;
ALTER TABLE psdb_unpartitioned_webhook_events RENAME TO payment_webhook_events;

ALTER TABLE payment_sync_events
  ADD CONSTRAINT payment_sync_events_pkey PRIMARY KEY (workspace_id, id),
  ADD CONSTRAINT payment_sync_events_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id),
  ADD CONSTRAINT payment_sync_events_session_fkey
    FOREIGN KEY (workspace_id, session_id) REFERENCES payment_sync_sessions (workspace_id, id);
CREATE INDEX payment_sync_events_by_session
  ON payment_sync_events (workspace_id, session_id, created_at, id);
CREATE INDEX payment_sync_events_by_session_type
  ON payment_sync_events (workspace_id, session_id, event_type);
CREATE INDEX payment_sync_events_by_provider
  ON payment_sync_events (workspace_id, provider_name, created_at, id);
CREATE INDEX payment_sync_events_by_entity_type
  ON payment_sync_events (workspace_id, entity_type, created_at, id);
CREATE INDEX payment_sync_events_by_event_type
  ON payment_sync_events (workspace_id, event_type, created_at, id);
CREATE INDEX payment_sync_events_by_external_id
  ON payment_sync_events (workspace_id, external_id, created_at, id) WHERE external_id IS NOT NULL;
CREATE INDEX payment_sync_events_by_created ON payment_sync_events (workspace_id, created_at, id);

ALTER TABLE payment_webhook_events
  ADD CONSTRAINT payment_webhook_events_pkey PRIMARY KEY (workspace_id, id),
  ADD CONSTRAINT payment_webhook_events_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id);
CREATE UNIQUE INDEX payment_webhook_events_provider_event_key
  ON payment_webhook_events (workspace_id, provider_name, provider_event_id);
CREATE INDEX payment_webhook_events_due
  ON payment_webhook_events (occurred_at, id) WHERE status IN ('pending', 'processing', 'failed');
CREATE INDEX payment_webhook_events_by_status
  ON payment_webhook_events (workspace_id, status, received_at, id);
CREATE INDEX payment_webhook_events_finished
  ON payment_webhook_events (workspace_id, received_at) WHERE status IN ('processed', 'ignored');

CREATE TRIGGER payment_sync_events_touch BEFORE UPDATE ON payment_sync_events
  FOR EACH ROW EXECUTE FUNCTION psdb_touch_updated_at();
CREATE TRIGGER payment_sync_events_session_open BEFORE INSERT ON payment_sync_events
  FOR EACH ROW EXECUTE FUNCTION psdb_sync_event_session_open();
CREATE TRIGGER payment_webhook_events_touch BEFORE UPDATE ON payment_webhook_events
  FOR EACH ROW EXECUTE FUNCTION psdb_touch_updated_at();
CREATE TRIGGER payment_webhook_events_notify AFTER INSERT ON payment_webhook_events
  FOR EACH STATEMENT EXECUTE FUNCTION psdb_notify_webhook_event();

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['payment_sync_events', 'payment_webhook_events'] LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO payment_sync_app', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY psdb_everyone ON %I AS PERMISSIVE TO PUBLIC USING (true) WITH CHECK (true)', t);
    EXECUTE format(
      'CREATE POLICY psdb_tenant ON %I AS RESTRICTIVE TO payment_sync_app
         USING (workspace_id = psdb_current_workspace()) WITH CHECK (workspace_id = psdb_current_workspace())', t);
  END LOOP;
END
$$;

ANALYZE payment_sync_events;
ANALYZE payment_webhook_events;
