/* @name GetWorkspaceSyncSummary */
-- Scope: one workspace. One row (null when the workspace is unknown or
-- soft-deleted): live sync sessions by status, the last completed sync, the
-- number of sync events, and live customers, products, prices and
-- subscriptions by sync status. No join fan-out: each table is aggregated on
-- its own, then the one-row results are put side by side. The four entity
-- tables are counted with one count(*) per status over that status's range of
-- the (workspace_id, payment_sync_status, ...) index (index-only, and no
-- per-row FILTER work: on a workspace of a million rows 1.1-1.4x a bare
-- count(*) of the same rows, where count(*) FILTER per status took 1.8-2.1x);
-- their total is the sum (payment_sync_status is NOT NULL and one of the
-- four). OFFSET 0 keeps each count from being evaluated twice (once for its
-- column, once for the total). Sessions are few: one pass with FILTER.
SELECT w.id AS "workspace_id!",
       w.name AS "workspace_name!",
       s.total AS "sessions_total!", s.pending AS "sessions_pending!", s.running AS "sessions_running!",
       s.completed AS "sessions_completed!", s.failed AS "sessions_failed!", s.cancelled AS "sessions_cancelled!",
       lc.completed_at AS "last_completed_sync_at",
       ev.total AS "events_total!",
       c.total AS "customers_total!", c.pending AS "customers_pending!", c.synced AS "customers_synced!",
       c.failed AS "customers_failed!", c.conflict AS "customers_conflict!",
       p.total AS "products_total!", p.pending AS "products_pending!", p.synced AS "products_synced!",
       p.failed AS "products_failed!", p.conflict AS "products_conflict!",
       pr.total AS "prices_total!", pr.pending AS "prices_pending!", pr.synced AS "prices_synced!",
       pr.failed AS "prices_failed!", pr.conflict AS "prices_conflict!",
       su.total AS "subscriptions_total!", su.pending AS "subscriptions_pending!", su.synced AS "subscriptions_synced!",
       su.failed AS "subscriptions_failed!", su.conflict AS "subscriptions_conflict!"
FROM workspaces w
CROSS JOIN (
  SELECT count(*) AS total,
         count(*) FILTER (WHERE status = 'pending') AS pending,
         count(*) FILTER (WHERE status = 'running') AS running,
         count(*) FILTER (WHERE status = 'completed') AS completed,
         count(*) FILTER (WHERE status = 'failed') AS failed,
         count(*) FILTER (WHERE status = 'cancelled') AS cancelled
  FROM payment_sync_sessions
  WHERE workspace_id = :workspaceId! AND deleted_at IS NULL
) AS s
CROSS JOIN (
  SELECT max(completed_at) AS completed_at
  FROM payment_sync_sessions
  WHERE workspace_id = :workspaceId! AND status = 'completed' AND deleted_at IS NULL
) AS lc
CROSS JOIN (
  SELECT count(*) AS total
  FROM payment_sync_events
  WHERE workspace_id = :workspaceId!
) AS ev
CROSS JOIN (
  SELECT n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict
  FROM (SELECT (SELECT count(*) FROM customers
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,
               (SELECT count(*) FROM customers
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,
               (SELECT count(*) FROM customers
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,
               (SELECT count(*) FROM customers
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict
        OFFSET 0) AS n
) AS c
CROSS JOIN (
  SELECT n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict
  FROM (SELECT (SELECT count(*) FROM products
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,
               (SELECT count(*) FROM products
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,
               (SELECT count(*) FROM products
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,
               (SELECT count(*) FROM products
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict
        OFFSET 0) AS n
) AS p
CROSS JOIN (
  SELECT n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict
  FROM (SELECT (SELECT count(*) FROM prices
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,
               (SELECT count(*) FROM prices
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,
               (SELECT count(*) FROM prices
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,
               (SELECT count(*) FROM prices
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict
        OFFSET 0) AS n
) AS pr
CROSS JOIN (
  SELECT n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict
  FROM (SELECT (SELECT count(*) FROM subscriptions
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,
               (SELECT count(*) FROM subscriptions
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,
               (SELECT count(*) FROM subscriptions
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,
               (SELECT count(*) FROM subscriptions
                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict
        OFFSET 0) AS n
) AS su
WHERE w.id = :workspaceId! AND w.deleted_at IS NULL;
