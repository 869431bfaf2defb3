/* @name BulkUpsertSubscriptionsWithSync */
-- Scope: one workspace and one provider (scalars for the whole batch).
-- Idempotent, monotonic upsert of a batch of provider subscriptions, as
-- CreateSubscriptionWithSync row by row but in ONE statement: ONE array parameter
-- per column, expanded together by unnest (element i of every array is object
-- i; an omitted optional array or a null element means the single-row
-- default). Per external id only the newest object of the batch is kept
-- (DISTINCT ON; on equal providerUpdatedAt the later element). An object
-- whose stored row is newer (or a tombstone as new), or holds the same time
-- and content, is left alone without touching its row; the others are
-- inserted or replaced (version + 1), in external id order. Resolves to one
-- row of counts: inserted, updated, unchanged (same time, same content) and
-- stale (older than the stored row, or older duplicates); their sum is the
-- batch size.
-- Parents by library id or by provider id (element i of customerIds or customerExternalIds / priceIds or priceExternalIds):
-- the existing rows by one join, a placeholder (pending, provider and
-- external id only) for each parent not synced yet of an object that is
-- written.
WITH batch AS (
  SELECT DISTINCT ON (b.external_id) b.external_id, b.customer_id, b.customer_external_id, b.price_id,
         b.price_external_id, b.status, COALESCE(b.quantity, 1) AS quantity, b.current_period_start,
         b.current_period_end, COALESCE(b.cancel_at_period_end, false) AS cancel_at_period_end, b.canceled_at,
         b.trial_end, COALESCE(b.metadata, '{}') AS metadata,
         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status, b.provider_updated_at,
         b.provider_data, b.position
  FROM unnest(
    :externalIds!::text[], :customerIds::uuid[], :customerExternalIds::text[], :priceIds::uuid[],
    :priceExternalIds::text[], :statuses!::text[], :quantities::integer[],
    :currentPeriodStarts::timestamptz[], :currentPeriodEnds::timestamptz[], :cancelAtPeriodEnds::boolean[],
    :canceledAts::timestamptz[], :trialEnds::timestamptz[], :metadatas::jsonb[],
    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
  ) WITH ORDINALITY AS b (
    external_id, customer_id, customer_external_id, price_id, price_external_id, status, quantity,
    current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata,
    provider_updated_at, provider_data, position)
  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
),
-- Parents named by provider id, as stored (a missing one is created below, only for a write that applies).
customer_parent AS (
  SELECT x.external_id, r.id
  FROM (SELECT DISTINCT customer_external_id AS external_id FROM batch WHERE customer_id IS NULL AND customer_external_id IS NOT NULL) x
  LEFT JOIN customers r ON r.workspace_id = :workspaceId! AND r.payment_provider = :paymentProvider!
   AND r.external_id = x.external_id AND (r.deleted_at IS NULL OR r.provider_deleted)
),
-- Parents named by provider id, as stored (a missing one is created below, only for a write that applies).
price_parent AS (
  SELECT x.external_id, r.id
  FROM (SELECT DISTINCT price_external_id AS external_id FROM batch WHERE price_id IS NULL AND price_external_id IS NOT NULL) x
  LEFT JOIN prices r ON r.workspace_id = :workspaceId! AND r.payment_provider = :paymentProvider!
   AND r.external_id = x.external_id AND (r.deleted_at IS NULL OR r.provider_deleted)
),
incoming AS (
  SELECT b.external_id, COALESCE(b.customer_id, customer_parent.id) AS customer_id, b.customer_external_id,
         COALESCE(b.price_id, price_parent.id) AS price_id, b.price_external_id, b.status, b.quantity,
         b.current_period_start, b.current_period_end, b.cancel_at_period_end, b.canceled_at, b.trial_end,
         b.metadata, b.payment_sync_status, b.provider_updated_at, b.provider_data
  FROM batch b
  LEFT JOIN customer_parent ON customer_parent.external_id = b.customer_external_id
  LEFT JOIN price_parent ON price_parent.external_id = b.price_external_id
),
-- What the stored rows say of each object, as of this statement's snapshot (see CreateSubscriptionWithSync).
existing AS (
  SELECT b.external_id,
         CASE
           WHEN s.provider_updated_at IS NULL OR s.provider_updated_at < b.provider_updated_at THEN NULL
           WHEN s.provider_updated_at > b.provider_updated_at OR s.provider_deleted THEN 'stale'
           WHEN (s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start,
                 s.current_period_end, s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata,
                 s.payment_sync_status, s.payment_sync_error, s.provider_data)
                IS DISTINCT FROM (b.customer_id, b.price_id, b.status, b.quantity, b.current_period_start,
                                  b.current_period_end, b.cancel_at_period_end, b.canceled_at, b.trial_end,
                                  b.metadata, b.payment_sync_status, NULL, b.provider_data) THEN NULL
           ELSE 'unchanged'
         END AS skipped
  FROM incoming b
  JOIN subscriptions s ON s.workspace_id = :workspaceId! AND s.payment_provider = :paymentProvider!
   AND s.external_id = b.external_id AND (s.deleted_at IS NULL OR s.provider_deleted)
),
-- The objects to write; their parents not stored yet become placeholders, one per distinct parent.
to_write AS (
  SELECT b.external_id, b.customer_id, b.customer_external_id, b.price_id, b.price_external_id, b.status,
         b.quantity, b.current_period_start, b.current_period_end, b.cancel_at_period_end, b.canceled_at,
         b.trial_end, b.metadata, b.payment_sync_status, b.provider_updated_at, b.provider_data
  FROM incoming b
  WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)
),
customer_created AS (
  SELECT x.external_id, psdb_provider_parent('customers', :workspaceId!::uuid, :paymentProvider!::text, x.external_id) AS id
  FROM (SELECT DISTINCT customer_external_id AS external_id FROM to_write WHERE customer_id IS NULL) x
),
price_created AS (
  SELECT x.external_id, psdb_provider_parent('prices', :workspaceId!::uuid, :paymentProvider!::text, x.external_id) AS id
  FROM (SELECT DISTINCT price_external_id AS external_id FROM to_write WHERE price_id IS NULL) x
),
written AS (
  INSERT INTO subscriptions AS s (
    workspace_id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
    cancel_at_period_end, canceled_at, trial_end, metadata, payment_provider, external_id,
    payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
  SELECT :workspaceId!::uuid, COALESCE(b.customer_id, customer_created.id),
         COALESCE(b.price_id, price_created.id), b.status, b.quantity, b.current_period_start,
         b.current_period_end, b.cancel_at_period_end, b.canceled_at, b.trial_end, b.metadata,
         :paymentProvider!::text, b.external_id, b.payment_sync_status,
         CASE WHEN b.payment_sync_status = 'synced' THEN now() END, b.provider_updated_at, b.provider_data
  FROM to_write b
  LEFT JOIN customer_created ON customer_created.external_id = b.customer_external_id
  LEFT JOIN price_created ON price_created.external_id = b.price_external_id
  ORDER BY b.external_id
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
  RETURNING (s.xmax = 0) AS inserted
)
SELECT
  (SELECT count(*) FROM written WHERE inserted) AS "inserted!",
  (SELECT count(*) FROM written WHERE NOT inserted) AS "updated!",
  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
  cardinality(:externalIds!::text[]) - (SELECT count(*) FROM written)
    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!";
