-- The four billing entities kept in step with payment providers.
-- Each table has its own business columns; the sync columns, their
-- constraints and the indexes behind every access path of the queries are
-- identical for the four and are added once, by the loop at the end.
-- Primary keys are (workspace_id, id) so that references between tenant
-- tables are composite: a price can only point at a product of its own
-- workspace, a subscription at its own workspace's customer and price.

-- Up Migration

CREATE TABLE customers (
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  email        text CONSTRAINT customers_email_check CHECK (length(email) <= 512),
  name         text CONSTRAINT customers_name_check CHECK (length(name) <= 512),
  metadata     jsonb NOT NULL DEFAULT '{}'
    CONSTRAINT customers_metadata_check CHECK (jsonb_typeof(metadata) = 'object'),
  PRIMARY KEY (workspace_id, id)
);

CREATE TABLE products (
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  name         text NOT NULL CONSTRAINT products_name_check CHECK (length(name) BETWEEN 1 AND 512),
  description  text,
  active       boolean NOT NULL DEFAULT true,
  metadata     jsonb NOT NULL DEFAULT '{}'
    CONSTRAINT products_metadata_check CHECK (jsonb_typeof(metadata) = 'object'),
  PRIMARY KEY (workspace_id, id)
);

CREATE TABLE prices (
  workspace_id             uuid NOT NULL REFERENCES workspaces (id),
  id                       uuid NOT NULL DEFAULT gen_random_uuid(),
  product_id               uuid NOT NULL,
  -- ISO 4217, stored lower-case as Stripe sends it.
  currency                 text NOT NULL CONSTRAINT prices_currency_check CHECK (currency ~ '^[a-z]{3}$'),
  -- Minor units (cents), exact; bounded so every stored amount reads back as a safe JS integer.
  unit_amount              bigint NOT NULL
    CONSTRAINT prices_unit_amount_check CHECK (unit_amount BETWEEN 0 AND 9007199254740991),
  type                     text NOT NULL CONSTRAINT prices_type_check CHECK (type IN ('one_time', 'recurring')),
  recurring_interval       text CONSTRAINT prices_recurring_interval_check
    CHECK (recurring_interval IN ('day', 'week', 'month', 'year')),
  recurring_interval_count integer CONSTRAINT prices_recurring_interval_count_check
    CHECK (recurring_interval_count BETWEEN 1 AND 1000),
  active                   boolean NOT NULL DEFAULT true,
  metadata                 jsonb NOT NULL DEFAULT '{}'
    CONSTRAINT prices_metadata_check CHECK (jsonb_typeof(metadata) = 'object'),
  PRIMARY KEY (workspace_id, id),
  CONSTRAINT prices_product_fkey FOREIGN KEY (workspace_id, product_id) REFERENCES products (workspace_id, id),
  -- A recurring price has an interval, a one-time price has none.
  CONSTRAINT prices_recurring_shape_check CHECK (
    (type = 'recurring' AND recurring_interval IS NOT NULL AND recurring_interval_count IS NOT NULL)
    OR (type = 'one_time' AND recurring_interval IS NULL AND recurring_interval_count IS NULL)
  )
);

CREATE TABLE subscriptions (
  workspace_id         uuid NOT NULL REFERENCES workspaces (id),
  id                   uuid NOT NULL DEFAULT gen_random_uuid(),
  customer_id          uuid NOT NULL,
  price_id             uuid NOT NULL,
  -- Stripe's subscription statuses.
  status               text NOT NULL CONSTRAINT subscriptions_status_check CHECK (status IN (
    'incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused')),
  quantity             integer NOT NULL DEFAULT 1 CONSTRAINT subscriptions_quantity_check CHECK (quantity >= 0),
  current_period_start timestamptz(3),
  current_period_end   timestamptz(3),
  cancel_at_period_end boolean NOT NULL DEFAULT false,
  canceled_at          timestamptz(3),
  trial_end            timestamptz(3),
  metadata             jsonb NOT NULL DEFAULT '{}'
    CONSTRAINT subscriptions_metadata_check CHECK (jsonb_typeof(metadata) = 'object'),
  PRIMARY KEY (workspace_id, id),
  CONSTRAINT subscriptions_customer_fkey FOREIGN KEY (workspace_id, customer_id) REFERENCES customers (workspace_id, id),
  CONSTRAINT subscriptions_price_fkey FOREIGN KEY (workspace_id, price_id) REFERENCES prices (workspace_id, id),
  CONSTRAINT subscriptions_period_check CHECK (current_period_end >= current_period_start)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['customers', 'products', 'prices', 'subscriptions'] LOOP
    EXECUTE format($f$
      ALTER TABLE %1$I
        ADD COLUMN external_id          text CONSTRAINT %1$s_external_id_check CHECK (length(external_id) BETWEEN 1 AND 255),
        ADD COLUMN payment_provider     text CONSTRAINT %1$s_payment_provider_check
          CHECK (payment_provider ~ '^[a-z][a-z0-9_]{1,31}$'),
        ADD COLUMN payment_sync_status  text NOT NULL DEFAULT 'pending' CONSTRAINT %1$s_payment_sync_status_check
          CHECK (payment_sync_status IN ('pending', 'synced', 'failed', 'conflict')),
        ADD COLUMN payment_synced_at    timestamptz(3),
        ADD COLUMN payment_sync_version integer NOT NULL DEFAULT 0
          CONSTRAINT %1$s_payment_sync_version_check CHECK (payment_sync_version >= 0),
        ADD COLUMN payment_sync_error   text,
        ADD COLUMN provider_updated_at  timestamptz(3),
        ADD COLUMN provider_data        jsonb,
        ADD COLUMN created_at           timestamptz(3) NOT NULL DEFAULT now(),
        ADD COLUMN updated_at           timestamptz(3) NOT NULL DEFAULT now(),
        ADD COLUMN deleted_at           timestamptz(3),
        -- An external id means nothing without the provider that issued it.
        ADD CONSTRAINT %1$s_external_ref_check CHECK (external_id IS NULL OR payment_provider IS NOT NULL)
    $f$, t);
    EXECUTE format('CREATE TRIGGER %1$s_touch BEFORE UPDATE ON %1$I FOR EACH ROW EXECUTE FUNCTION psdb_touch_updated_at()', t);
    -- One live row per provider object: what makes Create*WithSync idempotent.
    EXECUTE format('CREATE UNIQUE INDEX %1$s_live_external_key ON %1$I (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL', t);
    -- Keyset lists in (created_at, id) order.
    EXECUTE format('CREATE INDEX %1$s_by_created ON %1$I (workspace_id, created_at, id) WHERE deleted_at IS NULL', t);
    -- Lists by sync status, conflicts, and per-status counts for the analytics.
    EXECUTE format('CREATE INDEX %1$s_by_sync_status ON %1$I (workspace_id, payment_sync_status, created_at, id) WHERE deleted_at IS NULL', t);
    -- Lists by provider (and provider + status), cross-entity queries, provider analytics.
    EXECUTE format('CREATE INDEX %1$s_by_provider_status ON %1$I (workspace_id, payment_provider, payment_sync_status, created_at, id) WHERE deleted_at IS NULL', t);
    -- The work queue of *NeedingSync: oldest change first.
    EXECUTE format($f$CREATE INDEX %1$s_needing_sync ON %1$I (workspace_id, updated_at, id)
      WHERE deleted_at IS NULL AND payment_sync_status IN ('pending', 'failed')$f$, t);
  END LOOP;
END
$$;

-- Access paths of the entity-specific queries.
CREATE INDEX prices_by_product ON prices (workspace_id, product_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX subscriptions_by_customer ON subscriptions (workspace_id, customer_id) WHERE deleted_at IS NULL;
CREATE INDEX subscriptions_by_price ON subscriptions (workspace_id, price_id) WHERE deleted_at IS NULL;

-- Down Migration

DROP TABLE subscriptions;
DROP TABLE prices;
DROP TABLE products;
DROP TABLE customers;
