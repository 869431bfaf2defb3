-- Row-level security, opt-in. Creates the role `payment_sync_app` (NOLOGIN):
-- a login role the application connects with, GRANTed payment_sync_app and
-- neither owner, superuser nor BYPASSRLS, sees and writes only the rows of
-- the workspace named by the transaction-local setting
-- `payment_sync.workspace_id` (set by withWorkspace()), whatever its SQL says.
-- Other roles are unaffected: a permissive policy lets them through and the
-- restrictive tenant policy applies only to members of payment_sync_app.
-- The role is cluster-wide, so it is created if missing and left in place by
-- the down migration (other databases of the cluster may use it).

-- Up Migration

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'payment_sync_app') THEN
    CREATE ROLE payment_sync_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
END
$$;

-- The workspace of the current transaction, or NULL (no rows) when unset.
CREATE FUNCTION psdb_current_workspace() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT NULLIF(current_setting('payment_sync.workspace_id', true), '')::uuid
$$;

GRANT USAGE ON SCHEMA public TO payment_sync_app;
GRANT EXECUTE ON FUNCTION psdb_current_workspace() TO payment_sync_app;

DO $$
DECLARE
  t text;
  key text;
BEGIN
  FOREACH t IN ARRAY ARRAY['workspaces', 'workspace_payment_providers', 'customers', 'products', 'prices',
                           'subscriptions', 'payment_sync_sessions', 'payment_sync_events'] LOOP
    key := CASE WHEN t = 'workspaces' THEN 'id' ELSE 'workspace_id' END;
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO payment_sync_app', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY psdb_everyone ON %I AS PERMISSIVE TO PUBLIC USING (true) WITH CHECK (true)', t);
    EXECUTE format(
      'CREATE POLICY psdb_tenant ON %I AS RESTRICTIVE TO payment_sync_app
         USING (%2$I = psdb_current_workspace()) WITH CHECK (%2$I = psdb_current_workspace())', t, key);
  END LOOP;
END
$$;

-- Down Migration

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['workspaces', 'workspace_payment_providers', 'customers', 'products', 'prices',
                           'subscriptions', 'payment_sync_sessions', 'payment_sync_events'] LOOP
    EXECUTE format('DROP POLICY psdb_tenant ON %I', t);
    EXECUTE format('DROP POLICY psdb_everyone ON %I', t);
    EXECUTE format('ALTER TABLE %I DISABLE ROW LEVEL SECURITY', t);
    EXECUTE format('REVOKE ALL ON %I FROM payment_sync_app', t);
  END LOOP;
END
$$;
REVOKE EXECUTE ON FUNCTION psdb_current_workspace() FROM payment_sync_app;
DROP FUNCTION psdb_current_workspace();
REVOKE USAGE ON SCHEMA public FROM payment_sync_app;
