-- Workspaces (tenants) and their payment-provider configuration.
-- Timestamps are kept to the millisecond (timestamptz(3)) so that a JS Date
-- read back from a row is exactly the stored value: a keyset cursor built from
-- a row neither repeats nor skips its neighbours. (It is a position, not a
-- snapshot: a row committed later with a key behind it is not seen by that
-- sweep; README, "What a cursor guarantees".)

-- Up Migration

CREATE FUNCTION psdb_touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

CREATE TABLE workspaces (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL CONSTRAINT workspaces_name_check CHECK (length(name) BETWEEN 1 AND 200),
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  updated_at  timestamptz(3) NOT NULL DEFAULT now(),
  deleted_at  timestamptz(3)
);
CREATE TRIGGER workspaces_touch BEFORE UPDATE ON workspaces
  FOR EACH ROW EXECUTE FUNCTION psdb_touch_updated_at();

CREATE TABLE workspace_payment_providers (
  workspace_id  uuid NOT NULL REFERENCES workspaces (id),
  provider_name text NOT NULL
    CONSTRAINT workspace_payment_providers_provider_name_check CHECK (provider_name ~ '^[a-z][a-z0-9_]{1,31}$'),
  config        jsonb NOT NULL DEFAULT '{}'
    CONSTRAINT workspace_payment_providers_config_check CHECK (jsonb_typeof(config) = 'object'),
  enabled       boolean NOT NULL DEFAULT true,
  created_at    timestamptz(3) NOT NULL DEFAULT now(),
  updated_at    timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, provider_name)
);
CREATE TRIGGER workspace_payment_providers_touch BEFORE UPDATE ON workspace_payment_providers
  FOR EACH ROW EXECUTE FUNCTION psdb_touch_updated_at();
-- GetWorkspacesByProvider: the scheduler's cross-workspace scan, keyset on workspace_id.
CREATE INDEX workspace_payment_providers_by_provider
  ON workspace_payment_providers (provider_name, workspace_id) WHERE enabled;

-- Down Migration

DROP TABLE workspace_payment_providers;
DROP TABLE workspaces;
DROP FUNCTION psdb_touch_updated_at();
