/** Types generated for queries found in "queries/sync-status/GetEntitiesBySyncStatusAndProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'GetEntitiesBySyncStatusAndProvider' parameters type */
export interface IGetEntitiesBySyncStatusAndProviderParams {
  afterCreatedAt: DateOrString;
  afterEntityType: string;
  afterId: string;
  limit: number;
  paymentProvider: string;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'GetEntitiesBySyncStatusAndProvider' return type */
export interface IGetEntitiesBySyncStatusAndProviderResult {
  createdAt: Date;
  entityType: string;
  externalId: string | null;
  id: string;
  paymentProvider: string;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetEntitiesBySyncStatusAndProvider' query type */
export interface IGetEntitiesBySyncStatusAndProviderQuery {
  params: IGetEntitiesBySyncStatusAndProviderParams;
  result: IGetEntitiesBySyncStatusAndProviderResult;
}

const getEntitiesBySyncStatusAndProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"paymentSyncStatus":true,"afterCreatedAt":true,"afterId":true,"afterEntityType":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1150,"b":1162},{"a":1688,"b":1700},{"a":2221,"b":2233},{"a":2766,"b":2778}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1187,"b":1203},{"a":1725,"b":1741},{"a":2258,"b":2274},{"a":2803,"b":2819}]},{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":1236,"b":1254},{"a":1774,"b":1792},{"a":2307,"b":2325},{"a":2852,"b":2870}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1326,"b":1341},{"a":1863,"b":1878},{"a":2394,"b":2409},{"a":2946,"b":2961}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1357,"b":1365},{"a":1894,"b":1902},{"a":2425,"b":2433},{"a":2977,"b":2985}]},{"name":"afterEntityType","required":true,"transform":{"type":"scalar"},"locs":[{"a":1374,"b":1390},{"a":1911,"b":1927},{"a":2442,"b":2458},{"a":2994,"b":3010}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1435,"b":1441},{"a":1972,"b":1978},{"a":2503,"b":2509},{"a":3055,"b":3061},{"a":3120,"b":3126}]}],"statement":"-- Scope: one workspace. Live customers, products, prices and subscriptions of\n-- one provider in one sync status, as one list of common columns with\n-- entity_type saying which table each row is. Keyset-paginated across the\n-- union in (created_at, id, entity_type) order (entity_type only breaks a tie\n-- between two tables). Each branch reads its own\n-- (workspace_id, payment_provider, payment_sync_status, created_at, id) index\n-- and stops after :limit rows, so a page reads at most 4 x limit index entries.\nSELECT u.entity_type AS \"entity_type!\", u.id AS \"id!\", u.workspace_id AS \"workspace_id!\",\n       u.external_id, u.payment_provider AS \"payment_provider!\",\n       u.payment_sync_status AS \"payment_sync_status!\", u.payment_sync_version AS \"payment_sync_version!\",\n       u.payment_synced_at, u.payment_sync_error,\n       u.created_at AS \"created_at!\", u.updated_at AS \"updated_at!\"\nFROM (\n  (SELECT 'customer'::text AS entity_type, id, workspace_id, external_id, payment_provider, payment_sync_status,\n          payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at\n   FROM customers\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = :paymentSyncStatus! AND deleted_at IS NULL\n     AND (created_at, id, 'customer'::text) > (:afterCreatedAt!::timestamptz, :afterId!::uuid, :afterEntityType!::text)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT 'product'::text, id, workspace_id, external_id, payment_provider, payment_sync_status,\n          payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at\n   FROM products\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = :paymentSyncStatus! AND deleted_at IS NULL\n     AND (created_at, id, 'product'::text) > (:afterCreatedAt!::timestamptz, :afterId!::uuid, :afterEntityType!::text)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT 'price'::text, id, workspace_id, external_id, payment_provider, payment_sync_status,\n          payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at\n   FROM prices\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = :paymentSyncStatus! AND deleted_at IS NULL\n     AND (created_at, id, 'price'::text) > (:afterCreatedAt!::timestamptz, :afterId!::uuid, :afterEntityType!::text)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT 'subscription'::text, id, workspace_id, external_id, payment_provider, payment_sync_status,\n          payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at\n   FROM subscriptions\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = :paymentSyncStatus! AND deleted_at IS NULL\n     AND (created_at, id, 'subscription'::text) > (:afterCreatedAt!::timestamptz, :afterId!::uuid, :afterEntityType!::text)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n) AS u\nORDER BY u.created_at, u.id, u.entity_type\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live customers, products, prices and subscriptions of
 * -- one provider in one sync status, as one list of common columns with
 * -- entity_type saying which table each row is. Keyset-paginated across the
 * -- union in (created_at, id, entity_type) order (entity_type only breaks a tie
 * -- between two tables). Each branch reads its own
 * -- (workspace_id, payment_provider, payment_sync_status, created_at, id) index
 * -- and stops after :limit rows, so a page reads at most 4 x limit index entries.
 * SELECT u.entity_type AS "entity_type!", u.id AS "id!", u.workspace_id AS "workspace_id!",
 *        u.external_id, u.payment_provider AS "payment_provider!",
 *        u.payment_sync_status AS "payment_sync_status!", u.payment_sync_version AS "payment_sync_version!",
 *        u.payment_synced_at, u.payment_sync_error,
 *        u.created_at AS "created_at!", u.updated_at AS "updated_at!"
 * FROM (
 *   (SELECT 'customer'::text AS entity_type, id, workspace_id, external_id, payment_provider, payment_sync_status,
 *           payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
 *    FROM customers
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = :paymentSyncStatus! AND deleted_at IS NULL
 *      AND (created_at, id, 'customer'::text) > (:afterCreatedAt!::timestamptz, :afterId!::uuid, :afterEntityType!::text)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT 'product'::text, id, workspace_id, external_id, payment_provider, payment_sync_status,
 *           payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
 *    FROM products
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = :paymentSyncStatus! AND deleted_at IS NULL
 *      AND (created_at, id, 'product'::text) > (:afterCreatedAt!::timestamptz, :afterId!::uuid, :afterEntityType!::text)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT 'price'::text, id, workspace_id, external_id, payment_provider, payment_sync_status,
 *           payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
 *    FROM prices
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = :paymentSyncStatus! AND deleted_at IS NULL
 *      AND (created_at, id, 'price'::text) > (:afterCreatedAt!::timestamptz, :afterId!::uuid, :afterEntityType!::text)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT 'subscription'::text, id, workspace_id, external_id, payment_provider, payment_sync_status,
 *           payment_sync_version, payment_synced_at, payment_sync_error, created_at, updated_at
 *    FROM subscriptions
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = :paymentSyncStatus! AND deleted_at IS NULL
 *      AND (created_at, id, 'subscription'::text) > (:afterCreatedAt!::timestamptz, :afterId!::uuid, :afterEntityType!::text)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 * ) AS u
 * ORDER BY u.created_at, u.id, u.entity_type
 * LIMIT :limit!
 * ```
 */
export const getEntitiesBySyncStatusAndProvider = new PreparedQuery<IGetEntitiesBySyncStatusAndProviderParams,IGetEntitiesBySyncStatusAndProviderResult>(getEntitiesBySyncStatusAndProviderIR);


