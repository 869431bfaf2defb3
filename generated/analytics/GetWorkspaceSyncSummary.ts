/** Types generated for queries found in "queries/analytics/GetWorkspaceSyncSummary.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'GetWorkspaceSyncSummary' parameters type */
export interface IGetWorkspaceSyncSummaryParams {
  workspaceId: string;
}

/** 'GetWorkspaceSyncSummary' return type */
export interface IGetWorkspaceSyncSummaryResult {
  customersConflict: number;
  customersFailed: number;
  customersPending: number;
  customersSynced: number;
  customersTotal: number;
  eventsTotal: number;
  lastCompletedSyncAt: Date | null;
  pricesConflict: number;
  pricesFailed: number;
  pricesPending: number;
  pricesSynced: number;
  pricesTotal: number;
  productsConflict: number;
  productsFailed: number;
  productsPending: number;
  productsSynced: number;
  productsTotal: number;
  sessionsCancelled: number;
  sessionsCompleted: number;
  sessionsFailed: number;
  sessionsPending: number;
  sessionsRunning: number;
  sessionsTotal: number;
  subscriptionsConflict: number;
  subscriptionsFailed: number;
  subscriptionsPending: number;
  subscriptionsSynced: number;
  subscriptionsTotal: number;
  workspaceId: string;
  workspaceName: string;
}

/** 'GetWorkspaceSyncSummary' query type */
export interface IGetWorkspaceSyncSummaryQuery {
  params: IGetWorkspaceSyncSummaryParams;
  result: IGetWorkspaceSyncSummaryResult;
}

const getWorkspaceSyncSummaryIR: any = {"usedParamSet":{"workspaceId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":2450,"b":2462},{"a":2602,"b":2614},{"a":2762,"b":2774},{"a":2987,"b":2999},{"a":3157,"b":3169},{"a":3325,"b":3337},{"a":3493,"b":3505},{"a":3812,"b":3824},{"a":3981,"b":3993},{"a":4148,"b":4160},{"a":4315,"b":4327},{"a":4632,"b":4644},{"a":4799,"b":4811},{"a":4964,"b":4976},{"a":5129,"b":5141},{"a":5454,"b":5466},{"a":5628,"b":5640},{"a":5800,"b":5812},{"a":5972,"b":5984},{"a":6103,"b":6115}]}],"statement":"-- Scope: one workspace. One row (null when the workspace is unknown or\n-- soft-deleted): live sync sessions by status, the last completed sync, the\n-- number of sync events, and live customers, products, prices and\n-- subscriptions by sync status. No join fan-out: each table is aggregated on\n-- its own, then the one-row results are put side by side. The four entity\n-- tables are counted with one count(*) per status over that status's range of\n-- the (workspace_id, payment_sync_status, ...) index (index-only, and no\n-- per-row FILTER work: on a workspace of a million rows 1.1-1.4x a bare\n-- count(*) of the same rows, where count(*) FILTER per status took 1.8-2.1x);\n-- their total is the sum (payment_sync_status is NOT NULL and one of the\n-- four). OFFSET 0 keeps each count from being evaluated twice (once for its\n-- column, once for the total). Sessions are few: one pass with FILTER.\nSELECT w.id AS \"workspace_id!\",\n       w.name AS \"workspace_name!\",\n       s.total AS \"sessions_total!\", s.pending AS \"sessions_pending!\", s.running AS \"sessions_running!\",\n       s.completed AS \"sessions_completed!\", s.failed AS \"sessions_failed!\", s.cancelled AS \"sessions_cancelled!\",\n       lc.completed_at AS \"last_completed_sync_at\",\n       ev.total AS \"events_total!\",\n       c.total AS \"customers_total!\", c.pending AS \"customers_pending!\", c.synced AS \"customers_synced!\",\n       c.failed AS \"customers_failed!\", c.conflict AS \"customers_conflict!\",\n       p.total AS \"products_total!\", p.pending AS \"products_pending!\", p.synced AS \"products_synced!\",\n       p.failed AS \"products_failed!\", p.conflict AS \"products_conflict!\",\n       pr.total AS \"prices_total!\", pr.pending AS \"prices_pending!\", pr.synced AS \"prices_synced!\",\n       pr.failed AS \"prices_failed!\", pr.conflict AS \"prices_conflict!\",\n       su.total AS \"subscriptions_total!\", su.pending AS \"subscriptions_pending!\", su.synced AS \"subscriptions_synced!\",\n       su.failed AS \"subscriptions_failed!\", su.conflict AS \"subscriptions_conflict!\"\nFROM workspaces w\nCROSS JOIN (\n  SELECT count(*) AS total,\n         count(*) FILTER (WHERE status = 'pending') AS pending,\n         count(*) FILTER (WHERE status = 'running') AS running,\n         count(*) FILTER (WHERE status = 'completed') AS completed,\n         count(*) FILTER (WHERE status = 'failed') AS failed,\n         count(*) FILTER (WHERE status = 'cancelled') AS cancelled\n  FROM payment_sync_sessions\n  WHERE workspace_id = :workspaceId! AND deleted_at IS NULL\n) AS s\nCROSS JOIN (\n  SELECT max(completed_at) AS completed_at\n  FROM payment_sync_sessions\n  WHERE workspace_id = :workspaceId! AND status = 'completed' AND deleted_at IS NULL\n) AS lc\nCROSS JOIN (\n  SELECT count(*) AS total\n  FROM payment_sync_events\n  WHERE workspace_id = :workspaceId!\n) AS ev\nCROSS JOIN (\n  SELECT n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict\n  FROM (SELECT (SELECT count(*) FROM customers\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,\n               (SELECT count(*) FROM customers\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,\n               (SELECT count(*) FROM customers\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,\n               (SELECT count(*) FROM customers\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict\n        OFFSET 0) AS n\n) AS c\nCROSS JOIN (\n  SELECT n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict\n  FROM (SELECT (SELECT count(*) FROM products\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,\n               (SELECT count(*) FROM products\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,\n               (SELECT count(*) FROM products\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,\n               (SELECT count(*) FROM products\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict\n        OFFSET 0) AS n\n) AS p\nCROSS JOIN (\n  SELECT n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict\n  FROM (SELECT (SELECT count(*) FROM prices\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,\n               (SELECT count(*) FROM prices\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,\n               (SELECT count(*) FROM prices\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,\n               (SELECT count(*) FROM prices\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict\n        OFFSET 0) AS n\n) AS pr\nCROSS JOIN (\n  SELECT n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict\n  FROM (SELECT (SELECT count(*) FROM subscriptions\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,\n               (SELECT count(*) FROM subscriptions\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,\n               (SELECT count(*) FROM subscriptions\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,\n               (SELECT count(*) FROM subscriptions\n                WHERE workspace_id = :workspaceId! AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict\n        OFFSET 0) AS n\n) AS su\nWHERE w.id = :workspaceId! AND w.deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. One row (null when the workspace is unknown or
 * -- soft-deleted): live sync sessions by status, the last completed sync, the
 * -- number of sync events, and live customers, products, prices and
 * -- subscriptions by sync status. No join fan-out: each table is aggregated on
 * -- its own, then the one-row results are put side by side. The four entity
 * -- tables are counted with one count(*) per status over that status's range of
 * -- the (workspace_id, payment_sync_status, ...) index (index-only, and no
 * -- per-row FILTER work: on a workspace of a million rows 1.1-1.4x a bare
 * -- count(*) of the same rows, where count(*) FILTER per status took 1.8-2.1x);
 * -- their total is the sum (payment_sync_status is NOT NULL and one of the
 * -- four). OFFSET 0 keeps each count from being evaluated twice (once for its
 * -- column, once for the total). Sessions are few: one pass with FILTER.
 * SELECT w.id AS "workspace_id!",
 *        w.name AS "workspace_name!",
 *        s.total AS "sessions_total!", s.pending AS "sessions_pending!", s.running AS "sessions_running!",
 *        s.completed AS "sessions_completed!", s.failed AS "sessions_failed!", s.cancelled AS "sessions_cancelled!",
 *        lc.completed_at AS "last_completed_sync_at",
 *        ev.total AS "events_total!",
 *        c.total AS "customers_total!", c.pending AS "customers_pending!", c.synced AS "customers_synced!",
 *        c.failed AS "customers_failed!", c.conflict AS "customers_conflict!",
 *        p.total AS "products_total!", p.pending AS "products_pending!", p.synced AS "products_synced!",
 *        p.failed AS "products_failed!", p.conflict AS "products_conflict!",
 *        pr.total AS "prices_total!", pr.pending AS "prices_pending!", pr.synced AS "prices_synced!",
 *        pr.failed AS "prices_failed!", pr.conflict AS "prices_conflict!",
 *        su.total AS "subscriptions_total!", su.pending AS "subscriptions_pending!", su.synced AS "subscriptions_synced!",
 *        su.failed AS "subscriptions_failed!", su.conflict AS "subscriptions_conflict!"
 * FROM workspaces w
 * CROSS JOIN (
 *   SELECT count(*) AS total,
 *          count(*) FILTER (WHERE status = 'pending') AS pending,
 *          count(*) FILTER (WHERE status = 'running') AS running,
 *          count(*) FILTER (WHERE status = 'completed') AS completed,
 *          count(*) FILTER (WHERE status = 'failed') AS failed,
 *          count(*) FILTER (WHERE status = 'cancelled') AS cancelled
 *   FROM payment_sync_sessions
 *   WHERE workspace_id = :workspaceId! AND deleted_at IS NULL
 * ) AS s
 * CROSS JOIN (
 *   SELECT max(completed_at) AS completed_at
 *   FROM payment_sync_sessions
 *   WHERE workspace_id = :workspaceId! AND status = 'completed' AND deleted_at IS NULL
 * ) AS lc
 * CROSS JOIN (
 *   SELECT count(*) AS total
 *   FROM payment_sync_events
 *   WHERE workspace_id = :workspaceId!
 * ) AS ev
 * CROSS JOIN (
 *   SELECT n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict
 *   FROM (SELECT (SELECT count(*) FROM customers
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,
 *                (SELECT count(*) FROM customers
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,
 *                (SELECT count(*) FROM customers
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,
 *                (SELECT count(*) FROM customers
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict
 *         OFFSET 0) AS n
 * ) AS c
 * CROSS JOIN (
 *   SELECT n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict
 *   FROM (SELECT (SELECT count(*) FROM products
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,
 *                (SELECT count(*) FROM products
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,
 *                (SELECT count(*) FROM products
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,
 *                (SELECT count(*) FROM products
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict
 *         OFFSET 0) AS n
 * ) AS p
 * CROSS JOIN (
 *   SELECT n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict
 *   FROM (SELECT (SELECT count(*) FROM prices
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,
 *                (SELECT count(*) FROM prices
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,
 *                (SELECT count(*) FROM prices
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,
 *                (SELECT count(*) FROM prices
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict
 *         OFFSET 0) AS n
 * ) AS pr
 * CROSS JOIN (
 *   SELECT n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict
 *   FROM (SELECT (SELECT count(*) FROM subscriptions
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,
 *                (SELECT count(*) FROM subscriptions
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,
 *                (SELECT count(*) FROM subscriptions
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,
 *                (SELECT count(*) FROM subscriptions
 *                 WHERE workspace_id = :workspaceId! AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict
 *         OFFSET 0) AS n
 * ) AS su
 * WHERE w.id = :workspaceId! AND w.deleted_at IS NULL
 * ```
 */
export const getWorkspaceSyncSummary = new PreparedQuery<IGetWorkspaceSyncSummaryParams,IGetWorkspaceSyncSummaryResult>(getWorkspaceSyncSummaryIR);


