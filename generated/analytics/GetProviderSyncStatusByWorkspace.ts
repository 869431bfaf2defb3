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

const getProviderSyncStatusByWorkspaceIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":804,"b":816},{"a":1326,"b":1338},{"a":1568,"b":1580},{"a":2089,"b":2101},{"a":2327,"b":2339},{"a":2846,"b":2858},{"a":3098,"b":3110},{"a":3624,"b":3636}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":841,"b":857},{"a":1363,"b":1379},{"a":1605,"b":1621},{"a":2126,"b":2142},{"a":2364,"b":2380},{"a":2883,"b":2899},{"a":3135,"b":3151},{"a":3661,"b":3677}]}],"statement":"-- Scope: one workspace and one provider. Exactly four rows, one per entity\n-- type in the order customer, product, price, subscription: the live rows of\n-- that provider by sync status, and their latest payment_synced_at (null when\n-- none). No join fan-out: each table is aggregated on its own, the counts\n-- index-only over its (workspace_id, payment_provider, payment_sync_status,\n-- ...) index, the latest sync time by a separate scalar subquery.\nSELECT u.entity_type AS \"entity_type!\",\n       u.total AS \"total!\", u.pending AS \"pending!\", u.synced AS \"synced!\",\n       u.failed AS \"failed!\", u.conflict AS \"conflict!\",\n       u.last_synced_at\nFROM (\n  SELECT 1 AS position, 'customer'::text AS entity_type, n.*,\n         (SELECT max(payment_synced_at) FROM customers\n          WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL\n         ) AS last_synced_at\n  FROM (SELECT count(*) AS total,\n               count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,\n               count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,\n               count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,\n               count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict\n        FROM customers\n        WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL) AS n\n  UNION ALL\n  SELECT 2 AS position, 'product'::text AS entity_type, n.*,\n         (SELECT max(payment_synced_at) FROM products\n          WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL\n         ) AS last_synced_at\n  FROM (SELECT count(*) AS total,\n               count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,\n               count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,\n               count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,\n               count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict\n        FROM products\n        WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL) AS n\n  UNION ALL\n  SELECT 3 AS position, 'price'::text AS entity_type, n.*,\n         (SELECT max(payment_synced_at) FROM prices\n          WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL\n         ) AS last_synced_at\n  FROM (SELECT count(*) AS total,\n               count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,\n               count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,\n               count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,\n               count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict\n        FROM prices\n        WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL) AS n\n  UNION ALL\n  SELECT 4 AS position, 'subscription'::text AS entity_type, n.*,\n         (SELECT max(payment_synced_at) FROM subscriptions\n          WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL\n         ) AS last_synced_at\n  FROM (SELECT count(*) AS total,\n               count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,\n               count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,\n               count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,\n               count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict\n        FROM subscriptions\n        WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL) AS n\n) AS u\nORDER BY u.position"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider. Exactly four rows, one per entity
 * -- type in the order customer, product, price, subscription: the live rows of
 * -- that provider by sync status, and their latest payment_synced_at (null when
 * -- none). No join fan-out: each table is aggregated on its own, the counts
 * -- index-only over its (workspace_id, payment_provider, payment_sync_status,
 * -- ...) index, the latest sync time by a separate scalar subquery.
 * SELECT u.entity_type AS "entity_type!",
 *        u.total AS "total!", u.pending AS "pending!", u.synced AS "synced!",
 *        u.failed AS "failed!", u.conflict AS "conflict!",
 *        u.last_synced_at
 * FROM (
 *   SELECT 1 AS position, 'customer'::text AS entity_type, n.*,
 *          (SELECT max(payment_synced_at) FROM customers
 *           WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL
 *          ) AS last_synced_at
 *   FROM (SELECT count(*) AS total,
 *                count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,
 *                count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,
 *                count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,
 *                count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict
 *         FROM customers
 *         WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL) AS n
 *   UNION ALL
 *   SELECT 2 AS position, 'product'::text AS entity_type, n.*,
 *          (SELECT max(payment_synced_at) FROM products
 *           WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL
 *          ) AS last_synced_at
 *   FROM (SELECT count(*) AS total,
 *                count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,
 *                count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,
 *                count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,
 *                count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict
 *         FROM products
 *         WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL) AS n
 *   UNION ALL
 *   SELECT 3 AS position, 'price'::text AS entity_type, n.*,
 *          (SELECT max(payment_synced_at) FROM prices
 *           WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL
 *          ) AS last_synced_at
 *   FROM (SELECT count(*) AS total,
 *                count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,
 *                count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,
 *                count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,
 *                count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict
 *         FROM prices
 *         WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL) AS n
 *   UNION ALL
 *   SELECT 4 AS position, 'subscription'::text AS entity_type, n.*,
 *          (SELECT max(payment_synced_at) FROM subscriptions
 *           WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL
 *          ) AS last_synced_at
 *   FROM (SELECT count(*) AS total,
 *                count(*) FILTER (WHERE payment_sync_status = 'pending') AS pending,
 *                count(*) FILTER (WHERE payment_sync_status = 'synced') AS synced,
 *                count(*) FILTER (WHERE payment_sync_status = 'failed') AS failed,
 *                count(*) FILTER (WHERE payment_sync_status = 'conflict') AS conflict
 *         FROM subscriptions
 *         WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND deleted_at IS NULL) AS n
 * ) AS u
 * ORDER BY u.position
 * ```
 */
export const getProviderSyncStatusByWorkspace = new PreparedQuery<IGetProviderSyncStatusByWorkspaceParams,IGetProviderSyncStatusByWorkspaceResult>(getProviderSyncStatusByWorkspaceIR);


