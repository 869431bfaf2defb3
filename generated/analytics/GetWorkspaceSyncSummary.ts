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

const getWorkspaceSyncSummaryIR: any = {"usedParamSet":{"workspaceId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":2014,"b":2026},{"a":2166,"b":2178},{"a":2326,"b":2338},{"a":2734,"b":2746},{"a":3163,"b":3175},{"a":3590,"b":3602},{"a":4025,"b":4037},{"a":4083,"b":4095}]}],"statement":"-- Scope: one workspace. One row (null when the workspace is unknown or\n-- soft-deleted): live sync sessions by status, the last completed sync, the\n-- number of sync events, and live customers, products, prices and\n-- subscriptions by sync status. No join fan-out: each table is aggregated on\n-- its own (one row each, count(*) FILTER over the (workspace_id,\n-- payment_sync_status, ...) indexes, index-only), then the one-row results\n-- are put side by side.\nSELECT w.id AS \"workspace_id!\",\n       w.name AS \"workspace_name!\",\n       s.total AS \"sessions_total!\", s.pending AS \"sessions_pending!\", s.running AS \"sessions_running!\",\n       s.completed AS \"sessions_completed!\", s.failed AS \"sessions_failed!\", s.cancelled AS \"sessions_cancelled!\",\n       lc.completed_at AS \"last_completed_sync_at\",\n       ev.total AS \"events_total!\",\n       c.total AS \"customers_total!\", c.pending AS \"customers_pending!\", c.synced AS \"customers_synced!\",\n       c.failed AS \"customers_failed!\", c.conflict AS \"customers_conflict!\",\n       p.total AS \"products_total!\", p.pending AS \"products_pending!\", p.synced AS \"products_synced!\",\n       p.failed AS \"products_failed!\", p.conflict AS \"products_conflict!\",\n       pr.total AS \"prices_total!\", pr.pending AS \"prices_pending!\", pr.synced AS \"prices_synced!\",\n       pr.failed AS \"prices_failed!\", pr.conflict AS \"prices_conflict!\",\n       su.total AS \"subscriptions_total!\", su.pending AS \"subscriptions_pending!\", su.synced AS \"subscriptions_synced!\",\n       su.failed AS \"subscriptions_failed!\", su.conflict AS \"subscriptions_conflict!\"\nFROM workspaces w\nCROSS JOIN (\n  SELECT count(*) AS total,\n         count(*) FILTER (WHERE status = 'pending') AS pending,\n         count(*) FILTER (WHERE status = 'running') AS running,\n         count(*) FILTER (WHERE status = 'completed') AS completed,\n         count(*) FILTER (WHERE status = 'failed') AS failed,\n         count(*) FILTER (WHERE status = 'cancelled') AS cancelled\n  FROM payment_sync_sessions\n  WHERE workspace_id = :workspaceId! AND deleted_at IS NULL\n) AS s\nCROSS JOIN (\n  SELECT max(completed_at) AS completed_at\n  FROM payment_sync_sessions\n  WHERE workspace_id = :workspaceId! AND status = 'completed' AND deleted_at IS NULL\n) AS lc\nCROSS JOIN (\n  SELECT count(*) AS total\n  FROM payment_sync_events\n  WHERE workspace_id = :workspaceId!\n) AS ev\nCROSS JOIN (\n  SELECT count(*) AS total,\n         count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,\n         count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,\n         count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,\n         count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict\n  FROM customers\n  WHERE workspace_id = :workspaceId! AND deleted_at IS NULL\n) AS c\nCROSS JOIN (\n  SELECT count(*) AS total,\n         count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,\n         count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,\n         count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,\n         count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict\n  FROM products\n  WHERE workspace_id = :workspaceId! AND deleted_at IS NULL\n) AS p\nCROSS JOIN (\n  SELECT count(*) AS total,\n         count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,\n         count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,\n         count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,\n         count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict\n  FROM prices\n  WHERE workspace_id = :workspaceId! AND deleted_at IS NULL\n) AS pr\nCROSS JOIN (\n  SELECT count(*) AS total,\n         count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,\n         count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,\n         count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,\n         count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict\n  FROM subscriptions\n  WHERE workspace_id = :workspaceId! AND deleted_at IS NULL\n) AS su\nWHERE w.id = :workspaceId! AND w.deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. One row (null when the workspace is unknown or
 * -- soft-deleted): live sync sessions by status, the last completed sync, the
 * -- number of sync events, and live customers, products, prices and
 * -- subscriptions by sync status. No join fan-out: each table is aggregated on
 * -- its own (one row each, count(*) FILTER over the (workspace_id,
 * -- payment_sync_status, ...) indexes, index-only), then the one-row results
 * -- are put side by side.
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
 *   SELECT count(*) AS total,
 *          count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,
 *          count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,
 *          count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,
 *          count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict
 *   FROM customers
 *   WHERE workspace_id = :workspaceId! AND deleted_at IS NULL
 * ) AS c
 * CROSS JOIN (
 *   SELECT count(*) AS total,
 *          count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,
 *          count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,
 *          count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,
 *          count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict
 *   FROM products
 *   WHERE workspace_id = :workspaceId! AND deleted_at IS NULL
 * ) AS p
 * CROSS JOIN (
 *   SELECT count(*) AS total,
 *          count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,
 *          count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,
 *          count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,
 *          count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict
 *   FROM prices
 *   WHERE workspace_id = :workspaceId! AND deleted_at IS NULL
 * ) AS pr
 * CROSS JOIN (
 *   SELECT count(*) AS total,
 *          count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,
 *          count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,
 *          count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,
 *          count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict
 *   FROM subscriptions
 *   WHERE workspace_id = :workspaceId! AND deleted_at IS NULL
 * ) AS su
 * WHERE w.id = :workspaceId! AND w.deleted_at IS NULL
 * ```
 */
export const getWorkspaceSyncSummary = new PreparedQuery<IGetWorkspaceSyncSummaryParams,IGetWorkspaceSyncSummaryResult>(getWorkspaceSyncSummaryIR);


