-- Two access paths by provider that the analytics and the provider-filtered
-- lists need at scale: the latest payment_synced_at per provider
-- (GetProviderSyncStatusByWorkspace) and keyset lists by provider in
-- (created_at, id) order (Get<Entity>sByPaymentProvider), without sorting all
-- of a provider's rows.

-- Up Migration

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['customers', 'products', 'prices', 'subscriptions'] LOOP
    EXECUTE format('CREATE INDEX %1$s_by_provider_synced_at ON %1$I (workspace_id, payment_provider, payment_synced_at) WHERE deleted_at IS NULL', t);
    EXECUTE format('CREATE INDEX %1$s_by_provider_created ON %1$I (workspace_id, payment_provider, created_at, id) WHERE deleted_at IS NULL', t);
  END LOOP;
END
$$;

-- Down Migration

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['customers', 'products', 'prices', 'subscriptions'] LOOP
    EXECUTE format('DROP INDEX %1$s_by_provider_synced_at', t);
    EXECUTE format('DROP INDEX %1$s_by_provider_created', t);
  END LOOP;
END
$$;
