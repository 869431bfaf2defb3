/* @name CreateSubscriptionWithSync */
-- Scope: one workspace. Idempotent, monotonic upsert of a provider's subscription
-- by (workspace, provider, external id), in one statement. The write applies
-- when the stored row has no provider time (a placeholder, a local row), is
-- older, or holds the same time with other content (every column the write
-- sets, provider_data included); it then inserts (created) or replaces
-- (updated, version + 1), reviving a tombstone only when strictly newer.
-- Otherwise nothing is written and the stored row comes back: stale (the
-- stored row is newer, or a tombstone as new) or unchanged (same time, same
-- content). No row: a concurrent writer changed the row since this
-- statement's snapshot; run it again.
-- Parents by library id or by provider id (customerId or customerExternalId and priceId or priceExternalId), resolved in this
-- statement: a parent not synced yet becomes a placeholder (pending, only its
-- provider and external id), which its own snapshot fills later; only a write
-- that applies creates one.
WITH incoming AS (
  SELECT
         COALESCE(:customerId::uuid, (SELECT r.id FROM customers r WHERE r.workspace_id = :workspaceId!
                    AND r.payment_provider = :paymentProvider! AND r.external_id = :customerExternalId::text
                    AND (r.deleted_at IS NULL OR r.provider_deleted))) AS customer_id,
         COALESCE(:priceId::uuid, (SELECT r.id FROM prices r WHERE r.workspace_id = :workspaceId!
                    AND r.payment_provider = :paymentProvider! AND r.external_id = :priceExternalId::text
                    AND (r.deleted_at IS NULL OR r.provider_deleted))) AS price_id,
         :status!::text AS status, COALESCE(:quantity::integer, 1) AS quantity,
         :currentPeriodStart::timestamptz AS current_period_start,
         :currentPeriodEnd::timestamptz AS current_period_end,
         COALESCE(:cancelAtPeriodEnd::boolean, false) AS cancel_at_period_end,
         :canceledAt::timestamptz AS canceled_at, :trialEnd::timestamptz AS trial_end,
         COALESCE(:metadata::jsonb, '{}') AS metadata,
         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status,
         :providerUpdatedAt!::timestamptz AS provider_updated_at, :providerData::jsonb AS provider_data
),
existing AS (
  SELECT s.workspace_id, s.id, s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start,
         s.current_period_end, s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata, s.external_id,
         s.payment_provider, s.payment_sync_status, s.payment_synced_at, s.payment_sync_version,
         s.payment_sync_error, s.provider_updated_at, s.provider_data, s.created_at, s.updated_at,
         s.deleted_at,
         CASE
           WHEN s.provider_updated_at IS NULL OR s.provider_updated_at < i.provider_updated_at THEN NULL
           WHEN s.provider_updated_at > i.provider_updated_at OR s.provider_deleted THEN 'stale'
           WHEN (s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start,
                 s.current_period_end, s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata,
                 s.payment_sync_status, s.payment_sync_error, s.provider_data)
                IS DISTINCT FROM (i.customer_id, i.price_id, i.status, i.quantity, i.current_period_start,
                                  i.current_period_end, i.cancel_at_period_end, i.canceled_at, i.trial_end,
                                  i.metadata, i.payment_sync_status, NULL, i.provider_data) THEN NULL
           ELSE 'unchanged'
         END AS skipped
  FROM subscriptions s, incoming i
  WHERE s.workspace_id = :workspaceId! AND s.payment_provider = :paymentProvider! AND s.external_id = :externalId!
    AND (s.deleted_at IS NULL OR s.provider_deleted)
),
written AS (
  INSERT INTO subscriptions AS s (
    workspace_id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
    cancel_at_period_end, canceled_at, trial_end, metadata, payment_provider, external_id,
    payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
  SELECT :workspaceId!,
         COALESCE(i.customer_id, psdb_provider_parent('customers', :workspaceId!, :paymentProvider!, :customerExternalId::text)),
         COALESCE(i.price_id, psdb_provider_parent('prices', :workspaceId!, :paymentProvider!, :priceExternalId::text)),
         i.status, i.quantity, i.current_period_start, i.current_period_end, i.cancel_at_period_end,
         i.canceled_at, i.trial_end, i.metadata, :paymentProvider!, :externalId!, i.payment_sync_status,
         CASE WHEN i.payment_sync_status = 'synced' THEN now() END, i.provider_updated_at, i.provider_data
  FROM incoming i
  WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)
  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
  DO UPDATE SET
    customer_id = excluded.customer_id,
    price_id = excluded.price_id,
    status = excluded.status,
    quantity = excluded.quantity,
    current_period_start = excluded.current_period_start,
    current_period_end = excluded.current_period_end,
    cancel_at_period_end = excluded.cancel_at_period_end,
    canceled_at = excluded.canceled_at,
    trial_end = excluded.trial_end,
    metadata = excluded.metadata,
    payment_sync_status = excluded.payment_sync_status,
    updated_at = now(),
    payment_sync_error = NULL,
    payment_sync_version = s.payment_sync_version + 1,
    provider_updated_at = excluded.provider_updated_at,
    provider_data = excluded.provider_data,
    deleted_at = NULL,
    provider_deleted = false
  WHERE s.provider_updated_at IS NULL OR s.provider_updated_at < excluded.provider_updated_at
     OR (s.provider_updated_at = excluded.provider_updated_at AND NOT s.provider_deleted
         AND (s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start, s.current_period_end,
              s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata, s.payment_sync_status,
              s.payment_sync_error, s.provider_data)
             IS DISTINCT FROM (excluded.customer_id, excluded.price_id, excluded.status, excluded.quantity,
                               excluded.current_period_start, excluded.current_period_end,
                               excluded.cancel_at_period_end, excluded.canceled_at, excluded.trial_end,
                               excluded.metadata, excluded.payment_sync_status, NULL, excluded.provider_data))
  RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start,
            current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata, external_id,
            payment_provider, payment_sync_status, payment_synced_at, payment_sync_version,
            payment_sync_error, provider_updated_at, provider_data, created_at, updated_at, deleted_at,
            CASE WHEN xmax = 0 THEN 'created' ELSE 'updated' END AS outcome
)
-- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
SELECT workspace_id AS "workspace_id!", id AS "id!", customer_id, price_id, status, quantity AS "quantity!",
       current_period_start, current_period_end, cancel_at_period_end AS "cancel_at_period_end!", canceled_at,
       trial_end, metadata AS "metadata!", external_id, payment_provider,
       payment_sync_status AS "payment_sync_status!", payment_synced_at,
       payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at,
       provider_data, created_at AS "created_at!", updated_at AS "updated_at!", deleted_at,
       outcome AS "outcome!"
FROM written
UNION ALL
SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
       cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
       provider_data, created_at, updated_at, deleted_at, skipped
FROM existing
WHERE skipped IS NOT NULL;
