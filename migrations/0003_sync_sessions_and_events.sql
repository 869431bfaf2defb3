-- Sync sessions (one run of a worker against one provider) and the events
-- they log. Session lifecycle rules live in the database so no caller can
-- break them: at most one active session per (workspace, provider, type);
-- timestamps stamped on status changes; a finished session is immutable.

-- Up Migration

CREATE TABLE payment_sync_sessions (
  workspace_id  uuid NOT NULL REFERENCES workspaces (id),
  id            uuid NOT NULL DEFAULT gen_random_uuid(),
  provider_name text NOT NULL
    CONSTRAINT payment_sync_sessions_provider_name_check CHECK (provider_name ~ '^[a-z][a-z0-9_]{1,31}$'),
  session_type  text NOT NULL
    CONSTRAINT payment_sync_sessions_session_type_check CHECK (session_type IN ('full', 'incremental', 'webhook')),
  status        text NOT NULL DEFAULT 'pending' CONSTRAINT payment_sync_sessions_status_check
    CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled')),
  entity_types  text[] NOT NULL DEFAULT ARRAY['customer', 'product', 'price', 'subscription']
    CONSTRAINT payment_sync_sessions_entity_types_check
    CHECK (cardinality(entity_types) >= 1 AND entity_types <@ ARRAY['customer', 'product', 'price', 'subscription']),
  config        jsonb NOT NULL DEFAULT '{}'
    CONSTRAINT payment_sync_sessions_config_check CHECK (jsonb_typeof(config) = 'object'),
  progress      jsonb NOT NULL DEFAULT '{}'
    CONSTRAINT payment_sync_sessions_progress_check CHECK (jsonb_typeof(progress) = 'object'),
  error_message text,
  started_at    timestamptz(3),
  completed_at  timestamptz(3),
  created_at    timestamptz(3) NOT NULL DEFAULT now(),
  updated_at    timestamptz(3) NOT NULL DEFAULT now(),
  deleted_at    timestamptz(3),
  PRIMARY KEY (workspace_id, id)
);

-- Two racing workers cannot both start a session: the loser gets 23505 on this index.
CREATE UNIQUE INDEX payment_sync_sessions_one_active
  ON payment_sync_sessions (workspace_id, provider_name, session_type)
  WHERE status IN ('pending', 'running') AND deleted_at IS NULL;
CREATE INDEX payment_sync_sessions_by_created
  ON payment_sync_sessions (workspace_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX payment_sync_sessions_by_provider
  ON payment_sync_sessions (workspace_id, provider_name, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX payment_sync_sessions_by_status
  ON payment_sync_sessions (workspace_id, status, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX payment_sync_sessions_last_completed
  ON payment_sync_sessions (workspace_id, completed_at) WHERE deleted_at IS NULL AND status = 'completed';

CREATE FUNCTION psdb_sync_session_lifecycle() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.status IN ('completed', 'failed', 'cancelled')
       AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at THEN
      RAISE EXCEPTION 'sync session % is % and can no longer change', OLD.id, OLD.status
        USING ERRCODE = 'PSD01', TABLE = TG_TABLE_NAME;
    END IF;
    IF NEW.status = 'pending' AND OLD.status <> 'pending' THEN
      RAISE EXCEPTION 'sync session % cannot go back from % to pending', OLD.id, OLD.status
        USING ERRCODE = 'PSD01', TABLE = TG_TABLE_NAME;
    END IF;
    NEW.updated_at := now();
  END IF;
  IF NEW.status = 'running' AND NEW.started_at IS NULL THEN
    NEW.started_at := now();
  END IF;
  IF NEW.status IN ('completed', 'failed', 'cancelled') AND NEW.completed_at IS NULL THEN
    NEW.completed_at := now();
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER payment_sync_sessions_lifecycle BEFORE INSERT OR UPDATE ON payment_sync_sessions
  FOR EACH ROW EXECUTE FUNCTION psdb_sync_session_lifecycle();

CREATE TABLE payment_sync_events (
  workspace_id  uuid NOT NULL REFERENCES workspaces (id),
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
  updated_at    timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  -- An event can only belong to a session of its own workspace.
  CONSTRAINT payment_sync_events_session_fkey
    FOREIGN KEY (workspace_id, session_id) REFERENCES payment_sync_sessions (workspace_id, id)
);
CREATE TRIGGER payment_sync_events_touch BEFORE UPDATE ON payment_sync_events
  FOR EACH ROW EXECUTE FUNCTION psdb_touch_updated_at();
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

-- Down Migration

DROP TABLE payment_sync_events;
DROP TABLE payment_sync_sessions;
DROP FUNCTION psdb_sync_session_lifecycle();
