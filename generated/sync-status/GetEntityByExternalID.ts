/** Types generated for queries found in "queries/sync-status/GetEntityByExternalID.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'GetEntityByExternalId' parameters type */
export interface IGetEntityByExternalIdParams {
  externalId: string;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetEntityByExternalId' return type */
export interface IGetEntityByExternalIdResult {
  createdAt: Date;
  entityType: string;
  externalId: string;
  id: string;
  paymentProvider: string;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetEntityByExternalId' query type */
export interface IGetEntityByExternalIdQuery {
  params: IGetEntityByExternalIdParams;
  result: IGetEntityByExternalIdResult;
}

const getEntityByExternalIdIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"externalId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1021,"b":1033},{"a":1371,"b":1383},{"a":1717,"b":1729},{"a":2077,"b":2089}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1058,"b":1074},{"a":1408,"b":1424},{"a":1754,"b":1770},{"a":2114,"b":2130}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1098,"b":1109},{"a":1448,"b":1459},{"a":1794,"b":1805},{"a":2154,"b":2165}]}],"statement":"-- Scope: one workspace. The live customer, product, price and subscription a\n-- provider knows by this external id: at most one row per entity type (the\n-- (workspace_id, payment_provider, external_id) unique index of each table),\n-- so 0 to 4 rows, in the order customer, product, price, subscription, with\n-- entity_type saying which table each row is.\nSELECT u.entity_type AS \"entity_type!\", u.id AS \"id!\", u.workspace_id AS \"workspace_id!\",\n       u.external_id AS \"external_id!\", u.payment_provider AS \"payment_provider!\",\n       u.payment_sync_status AS \"payment_sync_status!\", u.payment_sync_version AS \"payment_sync_version!\",\n       u.payment_synced_at, u.payment_sync_error,\n       u.created_at AS \"created_at!\", u.updated_at AS \"updated_at!\"\nFROM (\n  SELECT 1 AS position, 'customer'::text AS entity_type, id, workspace_id, external_id, payment_provider,\n         payment_sync_status, payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at\n  FROM customers\n  WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n    AND external_id = :externalId! AND deleted_at IS NULL\n  UNION ALL\n  SELECT 2, 'product', id, workspace_id, external_id, payment_provider,\n         payment_sync_status, payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at\n  FROM products\n  WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n    AND external_id = :externalId! AND deleted_at IS NULL\n  UNION ALL\n  SELECT 3, 'price', id, workspace_id, external_id, payment_provider,\n         payment_sync_status, payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at\n  FROM prices\n  WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n    AND external_id = :externalId! AND deleted_at IS NULL\n  UNION ALL\n  SELECT 4, 'subscription', id, workspace_id, external_id, payment_provider,\n         payment_sync_status, payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at\n  FROM subscriptions\n  WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n    AND external_id = :externalId! AND deleted_at IS NULL\n) AS u\nORDER BY u.position"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live customer, product, price and subscription a
 * -- provider knows by this external id: at most one row per entity type (the
 * -- (workspace_id, payment_provider, external_id) unique index of each table),
 * -- so 0 to 4 rows, in the order customer, product, price, subscription, with
 * -- entity_type saying which table each row is.
 * SELECT u.entity_type AS "entity_type!", u.id AS "id!", u.workspace_id AS "workspace_id!",
 *        u.external_id AS "external_id!", u.payment_provider AS "payment_provider!",
 *        u.payment_sync_status AS "payment_sync_status!", u.payment_sync_version AS "payment_sync_version!",
 *        u.payment_synced_at, u.payment_sync_error,
 *        u.created_at AS "created_at!", u.updated_at AS "updated_at!"
 * FROM (
 *   SELECT 1 AS position, 'customer'::text AS entity_type, id, workspace_id, external_id, payment_provider,
 *          payment_sync_status, payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
 *   FROM customers
 *   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *     AND external_id = :externalId! AND deleted_at IS NULL
 *   UNION ALL
 *   SELECT 2, 'product', id, workspace_id, external_id, payment_provider,
 *          payment_sync_status, payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
 *   FROM products
 *   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *     AND external_id = :externalId! AND deleted_at IS NULL
 *   UNION ALL
 *   SELECT 3, 'price', id, workspace_id, external_id, payment_provider,
 *          payment_sync_status, payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
 *   FROM prices
 *   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *     AND external_id = :externalId! AND deleted_at IS NULL
 *   UNION ALL
 *   SELECT 4, 'subscription', id, workspace_id, external_id, payment_provider,
 *          payment_sync_status, payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
 *   FROM subscriptions
 *   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *     AND external_id = :externalId! AND deleted_at IS NULL
 * ) AS u
 * ORDER BY u.position
 * ```
 */
export const getEntityByExternalId = new PreparedQuery<IGetEntityByExternalIdParams,IGetEntityByExternalIdResult>(getEntityByExternalIdIR);


