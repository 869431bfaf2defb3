/* @name GetProviderSyncStatusByWorkspace */
-- Scope: one workspace and one provider. Exactly four rows, one per entity
-- type in the order customer, product, price, subscription: the live rows of
-- that provider by sync status, and their latest payment_synced_at (null when
-- none). No join fan-out: each table is aggregated on its own, the counts
-- index-only over its (workspace_id, payment_provider, payment_sync_status,
-- ...) index, the latest sync time by a separate scalar subquery.
SELECT u.entity_type AS "entity_type!",
       u.total AS "total!", u.pending AS "pending!", u.synced AS "synced!",
       u.failed AS "failed!", u.conflict AS "conflict!",
       u.last_synced_at
FROM (
  SELECT 1 AS position, 'customer'::text AS entity_type, n.*,
         (SELECT max(payment_synced_at) FROM customers
          WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL
         ) AS last_synced_at
  FROM (SELECT count(*) AS total,
               count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,
               count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,
               count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,
               count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict
        FROM customers
        WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL) AS n
  UNION ALL
  SELECT 2 AS position, 'product'::text AS entity_type, n.*,
         (SELECT max(payment_synced_at) FROM products
          WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL
         ) AS last_synced_at
  FROM (SELECT count(*) AS total,
               count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,
               count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,
               count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,
               count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict
        FROM products
        WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL) AS n
  UNION ALL
  SELECT 3 AS position, 'price'::text AS entity_type, n.*,
         (SELECT max(payment_synced_at) FROM prices
          WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL
         ) AS last_synced_at
  FROM (SELECT count(*) AS total,
               count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,
               count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,
               count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,
               count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict
        FROM prices
        WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL) AS n
  UNION ALL
  SELECT 4 AS position, 'subscription'::text AS entity_type, n.*,
         (SELECT max(payment_synced_at) FROM subscriptions
          WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL
         ) AS last_synced_at
  FROM (SELECT count(*) AS total,
               count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,
               count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,
               count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,
               count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict
        FROM subscriptions
        WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL) AS n
) AS u
ORDER BY u.position;
