/* @name CreatePriceWithSync */
-- Scope: one workspace. Idempotent, monotonic upsert of a provider's price
-- by (workspace, provider, external id), in one statement. The write applies
-- when the stored row has no provider time (a placeholder, a local row), is
-- older, or holds the same time with other content (every column the write
-- sets, provider_data included); it then inserts (created) or replaces
-- (updated, version + 1), reviving a tombstone only when strictly newer.
-- Otherwise nothing is written and the stored row comes back: stale (the
-- stored row is newer, or a tombstone as new) or unchanged (same time, same
-- content). No row: a concurrent writer changed the row since this
-- statement's snapshot; run it again.
-- Parents by library id or by provider id (productId or productExternalId), resolved in this
-- statement: a parent not synced yet becomes a placeholder (pending, only its
-- provider and external id), which its own snapshot fills later; only a write
-- that applies creates one.
WITH incoming AS (
  SELECT
         COALESCE(:productId::uuid, (SELECT r.id FROM products r WHERE r.workspace_id = :workspaceId!
                    AND r.payment_provider = :paymentProvider! AND r.external_id = :productExternalId::text
                    AND (r.deleted_at IS NULL OR r.provider_deleted))) AS product_id,
         :currency!::text AS currency, :unitAmount!::bigint AS unit_amount, :type!::text AS type,
         :recurringInterval::text AS recurring_interval,
         :recurringIntervalCount::integer AS recurring_interval_count,
         COALESCE(:active::boolean, true) AS active, COALESCE(:metadata::jsonb, '{}') AS metadata,
         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status,
         :providerUpdatedAt!::timestamptz AS provider_updated_at, :providerData::jsonb AS provider_data
),
existing AS (
  SELECT pr.workspace_id, pr.id, pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,
         pr.recurring_interval_count, pr.active, pr.metadata, pr.external_id, pr.payment_provider,
         pr.payment_sync_status, pr.payment_synced_at, pr.payment_sync_version, pr.payment_sync_error,
         pr.provider_updated_at, pr.provider_data, pr.created_at, pr.updated_at, pr.deleted_at,
         CASE
           WHEN pr.provider_updated_at IS NULL OR pr.provider_updated_at < i.provider_updated_at THEN NULL
           WHEN pr.provider_updated_at > i.provider_updated_at OR pr.provider_deleted THEN 'stale'
           WHEN (pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,
                 pr.recurring_interval_count, pr.active, pr.metadata, pr.payment_sync_status,
                 pr.payment_sync_error, pr.provider_data)
                IS DISTINCT FROM (i.product_id, i.currency, i.unit_amount, i.type, i.recurring_interval,
                                  i.recurring_interval_count, i.active, i.metadata, i.payment_sync_status,
                                  NULL, i.provider_data) THEN NULL
           ELSE 'unchanged'
         END AS skipped
  FROM prices pr, incoming i
  WHERE pr.workspace_id = :workspaceId! AND pr.payment_provider = :paymentProvider! AND pr.external_id = :externalId!
    AND (pr.deleted_at IS NULL OR pr.provider_deleted)
),
written AS (
  INSERT INTO prices AS pr (
    workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,
    active, metadata, payment_provider, external_id, payment_sync_status, payment_synced_at,
    provider_updated_at, provider_data)
  SELECT :workspaceId!,
         COALESCE(i.product_id, psdb_provider_parent('products', :workspaceId!, :paymentProvider!, :productExternalId::text)),
         i.currency, i.unit_amount, i.type, i.recurring_interval, i.recurring_interval_count, i.active,
         i.metadata, :paymentProvider!, :externalId!, i.payment_sync_status,
         CASE WHEN i.payment_sync_status = 'synced' THEN now() END, i.provider_updated_at, i.provider_data
  FROM incoming i
  WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)
  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
  DO UPDATE SET
    product_id = excluded.product_id,
    currency = excluded.currency,
    unit_amount = excluded.unit_amount,
    type = excluded.type,
    recurring_interval = excluded.recurring_interval,
    recurring_interval_count = excluded.recurring_interval_count,
    active = excluded.active,
    metadata = excluded.metadata,
    payment_sync_status = excluded.payment_sync_status,
    updated_at = now(),
    payment_sync_error = NULL,
    payment_sync_version = pr.payment_sync_version + 1,
    provider_updated_at = excluded.provider_updated_at,
    provider_data = excluded.provider_data,
    deleted_at = NULL,
    provider_deleted = false
  WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at < excluded.provider_updated_at
     OR (pr.provider_updated_at = excluded.provider_updated_at AND NOT pr.provider_deleted
         AND (pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,
              pr.recurring_interval_count, pr.active, pr.metadata, pr.payment_sync_status,
              pr.payment_sync_error, pr.provider_data)
             IS DISTINCT FROM (excluded.product_id, excluded.currency, excluded.unit_amount, excluded.type,
                               excluded.recurring_interval, excluded.recurring_interval_count,
                               excluded.active, excluded.metadata, excluded.payment_sync_status, NULL,
                               excluded.provider_data))
  RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
            recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
            payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
            created_at, updated_at, deleted_at,
            CASE WHEN xmax = 0 THEN 'created' ELSE 'updated' END AS outcome
)
-- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
SELECT workspace_id AS "workspace_id!", id AS "id!", product_id, currency, unit_amount, type,
       recurring_interval, recurring_interval_count, active AS "active!", metadata AS "metadata!",
       external_id, payment_provider, payment_sync_status AS "payment_sync_status!", payment_synced_at,
       payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at,
       provider_data, created_at AS "created_at!", updated_at AS "updated_at!", deleted_at,
       outcome AS "outcome!"
FROM written
UNION ALL
SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
       created_at, updated_at, deleted_at, skipped
FROM existing
WHERE skipped IS NOT NULL;
