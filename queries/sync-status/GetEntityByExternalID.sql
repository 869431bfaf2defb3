/* @name GetEntityByExternalID */
-- Scope: one workspace. The live customer, product, price and subscription a
-- provider knows by this external id: at most one row per entity type (the
-- (workspace_id, payment_provider, external_id) unique index of each table),
-- so 0 to 4 rows, in the order customer, product, price, subscription, with
-- entity_type saying which table each row is.
SELECT u.entity_type AS "entity_type!", u.id AS "id!", u.workspace_id AS "workspace_id!",
       u.external_id AS "external_id!", u.payment_provider AS "payment_provider!",
       u.payment_sync_status AS "payment_sync_status!", u.payment_sync_version AS "payment_sync_version!",
       u.payment_synced_at, u.payment_sync_error,
       u.created_at AS "created_at!", u.updated_at AS "updated_at!"
FROM (
  SELECT 1 AS position, 'customer'::text AS entity_type, id, workspace_id, external_id, payment_provider,
         payment_sync_status, payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
  FROM customers
  WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
    AND external_id = :externalId! AND deleted_at IS NULL
  UNION ALL
  SELECT 2, 'product', id, workspace_id, external_id, payment_provider,
         payment_sync_status, payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
  FROM products
  WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
    AND external_id = :externalId! AND deleted_at IS NULL
  UNION ALL
  SELECT 3, 'price', id, workspace_id, external_id, payment_provider,
         payment_sync_status, payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
  FROM prices
  WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
    AND external_id = :externalId! AND deleted_at IS NULL
  UNION ALL
  SELECT 4, 'subscription', id, workspace_id, external_id, payment_provider,
         payment_sync_status, payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
  FROM subscriptions
  WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
    AND external_id = :externalId! AND deleted_at IS NULL
) AS u
ORDER BY u.position;
