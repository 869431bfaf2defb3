/** Types generated for queries found in "queries/analytics/GetProviderSyncStatusByWorkspace.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'GetProviderSyncStatusByWorkspace' parameters type */
export interface IGetProviderSyncStatusByWorkspaceParams {
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetProviderSyncStatusByWorkspace' return type */
export interface IGetProviderSyncStatusByWorkspaceResult {
  conflict: number;
  entityType: string;
  failed: number;
  lastSyncedAt: Date | null;
  pending: number;
  synced: number;
  total: number;
}

/** 'GetProviderSyncStatusByWorkspace' query type */
export interface IGetProviderSyncStatusByWorkspaceQuery {
  params: IGetProviderSyncStatusByWorkspaceParams;
  result: IGetProviderSyncStatusByWorkspaceResult;
}

const getProviderSyncStatusByWorkspaceIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1282,"b":1294},{"a":1473,"b":1485},{"a":1702,"b":1714},{"a":1929,"b":1941},{"a":2156,"b":2168},{"a":2585,"b":2597},{"a":2775,"b":2787},{"a":3003,"b":3015},{"a":3229,"b":3241},{"a":3455,"b":3467},{"a":3880,"b":3892},{"a":4068,"b":4080},{"a":4294,"b":4306},{"a":4518,"b":4530},{"a":4742,"b":4754},{"a":5181,"b":5193},{"a":5376,"b":5388},{"a":5609,"b":5621},{"a":5840,"b":5852},{"a":6071,"b":6083}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1319,"b":1335},{"a":1510,"b":1526},{"a":1739,"b":1755},{"a":1966,"b":1982},{"a":2193,"b":2209},{"a":2622,"b":2638},{"a":2812,"b":2828},{"a":3040,"b":3056},{"a":3266,"b":3282},{"a":3492,"b":3508},{"a":3917,"b":3933},{"a":4105,"b":4121},{"a":4331,"b":4347},{"a":4555,"b":4571},{"a":4779,"b":4795},{"a":5218,"b":5234},{"a":5413,"b":5429},{"a":5646,"b":5662},{"a":5877,"b":5893},{"a":6108,"b":6124}]}],"statement":"-- Scope: one workspace and one provider. Exactly four rows, one per entity\n-- type in the order customer, product, price, subscription: the live rows of\n-- that provider by sync status, and their latest payment_synced_at (null when\n-- none). No join fan-out: each table is counted on its own, one count(*) per\n-- status over that status's range of the (workspace_id, payment_provider,\n-- payment_sync_status, ...) index (index-only, and no per-row FILTER work:\n-- on a workspace of a million rows 1.3-1.5x a bare count(*) of the same rows,\n-- where count(*) FILTER per status took 2.2-2.4x); the total is their\n-- sum (payment_sync_status is NOT NULL and one of the four). OFFSET 0 keeps\n-- each count from being evaluated twice (once for its column, once for the\n-- total). The latest sync time is a separate scalar subquery.\nSELECT u.entity_type AS \"entity_type!\",\n       u.total AS \"total!\", u.pending AS \"pending!\", u.synced AS \"synced!\",\n       u.failed AS \"failed!\", u.conflict AS \"conflict!\",\n       u.last_synced_at\nFROM (\n  SELECT 1 AS position, 'customer'::text AS entity_type,\n         n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict,\n         (SELECT max(payment_synced_at) FROM customers\n          WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL\n         ) AS last_synced_at\n  FROM (SELECT (SELECT count(*) FROM customers\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,\n               (SELECT count(*) FROM customers\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,\n               (SELECT count(*) FROM customers\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,\n               (SELECT count(*) FROM customers\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict\n        OFFSET 0) AS n\n  UNION ALL\n  SELECT 2 AS position, 'product'::text AS entity_type,\n         n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict,\n         (SELECT max(payment_synced_at) FROM products\n          WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL\n         ) AS last_synced_at\n  FROM (SELECT (SELECT count(*) FROM products\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,\n               (SELECT count(*) FROM products\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,\n               (SELECT count(*) FROM products\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,\n               (SELECT count(*) FROM products\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict\n        OFFSET 0) AS n\n  UNION ALL\n  SELECT 3 AS position, 'price'::text AS entity_type,\n         n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict,\n         (SELECT max(payment_synced_at) FROM prices\n          WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL\n         ) AS last_synced_at\n  FROM (SELECT (SELECT count(*) FROM prices\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,\n               (SELECT count(*) FROM prices\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,\n               (SELECT count(*) FROM prices\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,\n               (SELECT count(*) FROM prices\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict\n        OFFSET 0) AS n\n  UNION ALL\n  SELECT 4 AS position, 'subscription'::text AS entity_type,\n         n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict,\n         (SELECT max(payment_synced_at) FROM subscriptions\n          WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL\n         ) AS last_synced_at\n  FROM (SELECT (SELECT count(*) FROM subscriptions\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,\n               (SELECT count(*) FROM subscriptions\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,\n               (SELECT count(*) FROM subscriptions\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,\n               (SELECT count(*) FROM subscriptions\n                WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n                  AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict\n        OFFSET 0) AS n\n) AS u\nORDER BY u.position"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider. Exactly four rows, one per entity
 * -- type in the order customer, product, price, subscription: the live rows of
 * -- that provider by sync status, and their latest payment_synced_at (null when
 * -- none). No join fan-out: each table is counted on its own, one count(*) per
 * -- status over that status's range of the (workspace_id, payment_provider,
 * -- payment_sync_status, ...) index (index-only, and no per-row FILTER work:
 * -- on a workspace of a million rows 1.3-1.5x a bare count(*) of the same rows,
 * -- where count(*) FILTER per status took 2.2-2.4x); the total is their
 * -- sum (payment_sync_status is NOT NULL and one of the four). OFFSET 0 keeps
 * -- each count from being evaluated twice (once for its column, once for the
 * -- total). The latest sync time is a separate scalar subquery.
 * SELECT u.entity_type AS "entity_type!",
 *        u.total AS "total!", u.pending AS "pending!", u.synced AS "synced!",
 *        u.failed AS "failed!", u.conflict AS "conflict!",
 *        u.last_synced_at
 * FROM (
 *   SELECT 1 AS position, 'customer'::text AS entity_type,
 *          n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict,
 *          (SELECT max(payment_synced_at) FROM customers
 *           WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL
 *          ) AS last_synced_at
 *   FROM (SELECT (SELECT count(*) FROM customers
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,
 *                (SELECT count(*) FROM customers
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,
 *                (SELECT count(*) FROM customers
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,
 *                (SELECT count(*) FROM customers
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict
 *         OFFSET 0) AS n
 *   UNION ALL
 *   SELECT 2 AS position, 'product'::text AS entity_type,
 *          n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict,
 *          (SELECT max(payment_synced_at) FROM products
 *           WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL
 *          ) AS last_synced_at
 *   FROM (SELECT (SELECT count(*) FROM products
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,
 *                (SELECT count(*) FROM products
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,
 *                (SELECT count(*) FROM products
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,
 *                (SELECT count(*) FROM products
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict
 *         OFFSET 0) AS n
 *   UNION ALL
 *   SELECT 3 AS position, 'price'::text AS entity_type,
 *          n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict,
 *          (SELECT max(payment_synced_at) FROM prices
 *           WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL
 *          ) AS last_synced_at
 *   FROM (SELECT (SELECT count(*) FROM prices
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,
 *                (SELECT count(*) FROM prices
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,
 *                (SELECT count(*) FROM prices
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,
 *                (SELECT count(*) FROM prices
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict
 *         OFFSET 0) AS n
 *   UNION ALL
 *   SELECT 4 AS position, 'subscription'::text AS entity_type,
 *          n.pending + n.synced + n.failed + n.conflict AS total, n.pending, n.synced, n.failed, n.conflict,
 *          (SELECT max(payment_synced_at) FROM subscriptions
 *           WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL
 *          ) AS last_synced_at
 *   FROM (SELECT (SELECT count(*) FROM subscriptions
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'pending' AND deleted_at IS NULL) AS pending,
 *                (SELECT count(*) FROM subscriptions
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'synced' AND deleted_at IS NULL) AS synced,
 *                (SELECT count(*) FROM subscriptions
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'failed' AND deleted_at IS NULL) AS failed,
 *                (SELECT count(*) FROM subscriptions
 *                 WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *                   AND payment_sync_status = 'conflict' AND deleted_at IS NULL) AS conflict
 *         OFFSET 0) AS n
 * ) AS u
 * ORDER BY u.position
 * ```
 */
export const getProviderSyncStatusByWorkspace = new PreparedQuery<IGetProviderSyncStatusByWorkspaceParams,IGetProviderSyncStatusByWorkspaceResult>(getProviderSyncStatusByWorkspaceIR);


