-- Sync session integrity, closing two gaps of 0003's lifecycle trigger:
-- * A delete may no longer carry other changes, and a deleted session is
--   final: 0003 skipped every check for an UPDATE that also changed
--   deleted_at, so `status = 'running', deleted_at = now()` followed by
--   `deleted_at = NULL` brought a completed session back to life.
-- * A finished (completed, failed, cancelled) or deleted session takes no new
--   events: its log is as final as its status. The check reads the session's
--   committed status without locking it (a lock would block, and could
--   deadlock, the progress updates of the workers writing events), so an
--   event inserted concurrently with the session's completion, in another
--   transaction, may still land; every event inserted after the completion
--   committed is refused.

-- Up Migration

CREATE OR REPLACE FUNCTION psdb_sync_session_lifecycle() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.deleted_at IS NOT NULL THEN
      RAISE EXCEPTION 'sync session % is deleted and can no longer change', OLD.id
        USING ERRCODE = 'PSD01', TABLE = TG_TABLE_NAME;
    END IF;
    IF NEW.deleted_at IS NOT NULL THEN
      -- A delete changes deleted_at, nothing else (updated_at is stamped below).
      IF (to_jsonb(NEW) - 'deleted_at' - 'updated_at') IS DISTINCT FROM (to_jsonb(OLD) - 'deleted_at' - 'updated_at') THEN
        RAISE EXCEPTION 'sync session %: a delete cannot change other columns', OLD.id
          USING ERRCODE = 'PSD01', TABLE = TG_TABLE_NAME;
      END IF;
    ELSIF OLD.status IN ('completed', 'failed', 'cancelled') THEN
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

-- Reads only the event's own session (same workspace_id): no other workspace's rows.
CREATE FUNCTION psdb_sync_event_session_open() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  session record;
BEGIN
  SELECT status, deleted_at INTO session
  FROM payment_sync_sessions
  WHERE workspace_id = NEW.workspace_id AND id = NEW.session_id;
  -- No such session: the foreign key refuses the row after this trigger.
  IF FOUND AND (session.deleted_at IS NOT NULL OR session.status IN ('completed', 'failed', 'cancelled')) THEN
    RAISE EXCEPTION 'sync session % is %: it takes no new events', NEW.session_id,
      CASE WHEN session.deleted_at IS NOT NULL THEN 'deleted' ELSE session.status END
      USING ERRCODE = 'PSD01', TABLE = TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER payment_sync_events_session_open BEFORE INSERT ON payment_sync_events
  FOR EACH ROW EXECUTE FUNCTION psdb_sync_event_session_open();

-- Down Migration

DROP TRIGGER payment_sync_events_session_open ON payment_sync_events;
DROP FUNCTION psdb_sync_event_session_open();

CREATE OR REPLACE FUNCTION psdb_sync_session_lifecycle() RETURNS trigger
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
