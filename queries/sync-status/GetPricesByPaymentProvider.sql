/* @name GetPricesByPaymentProvider */
-- Scope: one workspace. Live prices of one payment provider, whatever their
-- sync status, each with its product's name and external id (joined on
-- workspace_id AND id; null when the product is soft-deleted);
-- keyset-paginated in (created_at, id) order. A list.
-- Read as the four sync-status ranges of the (workspace_id, payment_provider,
-- payment_sync_status, created_at, id) index merged in (created_at, id) order
-- (a Merge Append; each branch stops after :limit rows), so that no index of
-- its own is written on every insert and status change (migration 0013).
-- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
SELECT pr.workspace_id AS "workspace_id!", pr.id AS "id!", pr.product_id, pr.currency, pr.unit_amount,
       pr.type, pr.recurring_interval, pr.recurring_interval_count, pr.active AS "active!", pr.metadata AS
       "metadata!", pr.external_id, pr.payment_provider, pr.payment_sync_status AS "payment_sync_status!",
       pr.payment_synced_at, pr.payment_sync_version AS "payment_sync_version!", pr.payment_sync_error,
       pr.provider_updated_at, pr.provider_data, pr.created_at AS "created_at!", pr.updated_at AS
       "updated_at!", pr.deleted_at,
       p.name AS "product_name?",
       p.external_id AS "product_external_id?"
FROM (
  (SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
          created_at, updated_at, deleted_at
   FROM prices
   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
     AND payment_sync_status = 'pending' AND deleted_at IS NULL
     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
   ORDER BY created_at, id
   LIMIT :limit!)
  UNION ALL
  (SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
          created_at, updated_at, deleted_at
   FROM prices
   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
     AND payment_sync_status = 'synced' AND deleted_at IS NULL
     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
   ORDER BY created_at, id
   LIMIT :limit!)
  UNION ALL
  (SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
          created_at, updated_at, deleted_at
   FROM prices
   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
     AND payment_sync_status = 'failed' AND deleted_at IS NULL
     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
   ORDER BY created_at, id
   LIMIT :limit!)
  UNION ALL
  (SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
          created_at, updated_at, deleted_at
   FROM prices
   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
     AND payment_sync_status = 'conflict' AND deleted_at IS NULL
     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
   ORDER BY created_at, id
   LIMIT :limit!)
  ORDER BY created_at, id
  LIMIT :limit!
) AS pr
LEFT JOIN products p
  ON p.workspace_id = :workspaceId! AND p.workspace_id = pr.workspace_id AND p.id = pr.product_id
     AND p.deleted_at IS NULL
ORDER BY pr.created_at, pr.id;
