-- Provider delivery semantics (README, "Provider delivery"): providers
-- redeliver, reorder and delete objects, and send a child before its parents.
-- For each of customers, products, prices and subscriptions:
-- * `provider_deleted`: the row is a provider tombstone (the provider deleted
--   the object as of `provider_updated_at`). A tombstone is soft-deleted
--   (`deleted_at` set, invisible to every read), but unlike a local soft
--   delete it still holds the provider object's identity, so the unique key
--   of provider objects now covers live rows AND tombstones: a late, older
--   write finds the tombstone and is stale instead of creating the object
--   anew; a strictly newer one revives the same row.
-- * Shells: a placeholder (a parent named by a child before its own snapshot
--   arrived: live, pending, only its provider and external id,
--   `provider_updated_at` null) and the tombstone of an object never seen may
--   lack the columns a described object must have; a CHECK replaces those
--   columns' NOT NULL for every other row.
-- * The work queue of *NeedingSync puts rows the provider has never described
--   (placeholders) first: its index leads with (provider_updated_at IS NOT NULL).
-- * psdb_provider_parent: the id of a parent provider object's row (live or
--   tombstone), creating a placeholder when there is none; VOLATILE, so that
--   inside one statement a row committed concurrently by another writer of
--   the same parent is found rather than duplicated.

-- Up Migration

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['customers', 'products', 'prices', 'subscriptions'] LOOP
    EXECUTE format($f$
      ALTER TABLE %1$I
        ADD COLUMN provider_deleted boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT %1$s_provider_deleted_check CHECK (NOT provider_deleted OR deleted_at IS NOT NULL)
    $f$, t);
    -- Same name as before: one row per provider object, live or tombstone (a local soft delete leaves it).
    EXECUTE format('DROP INDEX %1$s_live_external_key', t);
    EXECUTE format($f$CREATE UNIQUE INDEX %1$s_live_external_key ON %1$I (workspace_id, payment_provider, external_id)
      WHERE deleted_at IS NULL OR provider_deleted$f$, t);
    EXECUTE format('DROP INDEX %1$s_needing_sync', t);
    EXECUTE format($f$CREATE INDEX %1$s_needing_sync ON %1$I (workspace_id, (provider_updated_at IS NOT NULL), updated_at, id)
      WHERE deleted_at IS NULL AND payment_sync_status IN ('pending', 'failed')$f$, t);
  END LOOP;
END
$$;

-- A shell is a placeholder (never described: provider_updated_at null) or a tombstone, of a provider object.
ALTER TABLE products
  ALTER COLUMN name DROP NOT NULL,
  ADD CONSTRAINT products_described_check CHECK (
    name IS NOT NULL OR (external_id IS NOT NULL AND (provider_updated_at IS NULL OR provider_deleted)));
ALTER TABLE prices
  ALTER COLUMN product_id DROP NOT NULL,
  ALTER COLUMN currency DROP NOT NULL,
  ALTER COLUMN unit_amount DROP NOT NULL,
  ALTER COLUMN type DROP NOT NULL,
  ADD CONSTRAINT prices_described_check CHECK (
    (product_id IS NOT NULL AND currency IS NOT NULL AND unit_amount IS NOT NULL AND type IS NOT NULL)
    OR (external_id IS NOT NULL AND (provider_updated_at IS NULL OR provider_deleted)));
ALTER TABLE subscriptions
  ALTER COLUMN customer_id DROP NOT NULL,
  ALTER COLUMN price_id DROP NOT NULL,
  ALTER COLUMN status DROP NOT NULL,
  ADD CONSTRAINT subscriptions_described_check CHECK (
    (customer_id IS NOT NULL AND price_id IS NOT NULL AND status IS NOT NULL)
    OR (external_id IS NOT NULL AND (provider_updated_at IS NULL OR provider_deleted)));

-- The id of the row of a provider object of `entity` (customers, products or prices; live, or
-- its tombstone), creating a placeholder when there is none. Reads and writes only the given
-- workspace's rows. Loops because a concurrent writer may insert the same parent between the
-- lookup and the insert: the next lookup (a new snapshot in READ COMMITTED) finds it. Under
-- REPEATABLE READ or SERIALIZABLE the insert of a row this snapshot cannot see is a
-- serialization failure (40001), for the caller to retry.
CREATE FUNCTION psdb_provider_parent(entity text, workspace uuid, provider text, external text) RETURNS uuid
LANGUAGE plpgsql VOLATILE AS $$
DECLARE found_id uuid;
BEGIN
  IF entity NOT IN ('customers', 'products', 'prices') THEN
    RAISE EXCEPTION 'psdb_provider_parent: % is not a parent entity', entity USING ERRCODE = '22023';
  END IF;
  IF external IS NULL THEN RETURN NULL; END IF;
  FOR attempt IN 1..3 LOOP
    EXECUTE format($q$SELECT id FROM %I WHERE workspace_id = $1 AND payment_provider = $2 AND external_id = $3
                      AND (deleted_at IS NULL OR provider_deleted)$q$, entity)
      INTO found_id USING workspace, provider, external;
    IF found_id IS NOT NULL THEN RETURN found_id; END IF;
    EXECUTE format($q$INSERT INTO %I (workspace_id, payment_provider, external_id, payment_sync_status)
                      VALUES ($1, $2, $3, 'pending')
                      ON CONFLICT (workspace_id, payment_provider, external_id)
                        WHERE deleted_at IS NULL OR provider_deleted DO NOTHING
                      RETURNING id$q$, entity)
      INTO found_id USING workspace, provider, external;
    IF found_id IS NOT NULL THEN RETURN found_id; END IF;
  END LOOP;
  RAISE EXCEPTION '% % of % was created concurrently and is not visible to this transaction', entity, external, provider
    USING ERRCODE = '40001';
END;
$$;

GRANT EXECUTE ON FUNCTION psdb_provider_parent(text, uuid, text, text) TO payment_sync_app;

-- Down Migration

-- Shells cannot go back under the old NOT NULL columns: refuse rather than invent prices or delete rows.
DO $$
BEGIN
  IF EXISTS (SELECT FROM products WHERE name IS NULL)
     OR EXISTS (SELECT FROM prices WHERE product_id IS NULL OR currency IS NULL OR unit_amount IS NULL OR type IS NULL)
     OR EXISTS (SELECT FROM subscriptions WHERE customer_id IS NULL OR price_id IS NULL OR status IS NULL) THEN
    RAISE EXCEPTION 'placeholders or tombstones of objects never described exist: they cannot satisfy the NOT NULL columns of migration 0002; fill or delete them first'
      USING ERRCODE = '55000';
  END IF;
END
$$;

DROP FUNCTION psdb_provider_parent(text, uuid, text, text);

ALTER TABLE subscriptions
  DROP CONSTRAINT subscriptions_described_check,
  ALTER COLUMN customer_id SET NOT NULL,
  ALTER COLUMN price_id SET NOT NULL,
  ALTER COLUMN status SET NOT NULL;
ALTER TABLE prices
  DROP CONSTRAINT prices_described_check,
  ALTER COLUMN product_id SET NOT NULL,
  ALTER COLUMN currency SET NOT NULL,
  ALTER COLUMN unit_amount SET NOT NULL,
  ALTER COLUMN type SET NOT NULL;
ALTER TABLE products
  DROP CONSTRAINT products_described_check,
  ALTER COLUMN name SET NOT NULL;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['customers', 'products', 'prices', 'subscriptions'] LOOP
    EXECUTE format('DROP INDEX %1$s_needing_sync', t);
    EXECUTE format($f$CREATE INDEX %1$s_needing_sync ON %1$I (workspace_id, updated_at, id)
      WHERE deleted_at IS NULL AND payment_sync_status IN ('pending', 'failed')$f$, t);
    -- Tombstones become plain soft-deleted rows: the old key covers live rows only.
    EXECUTE format('DROP INDEX %1$s_live_external_key', t);
    EXECUTE format($f$CREATE UNIQUE INDEX %1$s_live_external_key ON %1$I (workspace_id, payment_provider, external_id)
      WHERE deleted_at IS NULL$f$, t);
    EXECUTE format('ALTER TABLE %1$I DROP CONSTRAINT %1$s_provider_deleted_check, DROP COLUMN provider_deleted', t);
  END LOOP;
END
$$;
