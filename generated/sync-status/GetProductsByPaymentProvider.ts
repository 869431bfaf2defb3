/** Types generated for queries found in "queries/sync-status/GetProductsByPaymentProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetProductsByPaymentProvider' parameters type */
export interface IGetProductsByPaymentProviderParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetProductsByPaymentProvider' return type */
export interface IGetProductsByPaymentProviderResult {
  active: boolean;
  createdAt: Date;
  deletedAt: Date | null;
  description: string | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  name: string | null;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetProductsByPaymentProvider' query type */
export interface IGetProductsByPaymentProviderQuery {
  params: IGetProductsByPaymentProviderParams;
  result: IGetProductsByPaymentProviderResult;
}

const getProductsByPaymentProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1310,"b":1322},{"a":1873,"b":1885},{"a":2435,"b":2447},{"a":2997,"b":3009}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1347,"b":1363},{"a":1910,"b":1926},{"a":2472,"b":2488},{"a":3034,"b":3050}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1458,"b":1473},{"a":2020,"b":2035},{"a":2582,"b":2597},{"a":3146,"b":3161}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1489,"b":1497},{"a":2051,"b":2059},{"a":2613,"b":2621},{"a":3177,"b":3185}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1542,"b":1548},{"a":2104,"b":2110},{"a":2666,"b":2672},{"a":3230,"b":3236},{"a":3280,"b":3286}]}],"statement":"-- Scope: one workspace. Live products of one payment provider, whatever their\n-- sync status; keyset-paginated in (created_at, id) order. A list.\n-- Read as the four sync-status ranges of the (workspace_id, payment_provider,\n-- payment_sync_status, created_at, id) index merged in (created_at, id) order\n-- (a Merge Append; each branch stops after :limit rows), so that no index of\n-- its own is written on every insert and status change (migration 0013).\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT u.workspace_id AS \"workspace_id!\", u.id AS \"id!\", u.name, u.description, u.active AS \"active!\",\n       u.metadata AS \"metadata!\", u.external_id, u.payment_provider, u.payment_sync_status AS\n       \"payment_sync_status!\", u.payment_synced_at, u.payment_sync_version AS \"payment_sync_version!\",\n       u.payment_sync_error, u.provider_updated_at, u.provider_data, u.created_at AS \"created_at!\",\n       u.updated_at AS \"updated_at!\", u.deleted_at\nFROM (\n  (SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at\n   FROM products\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'pending' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at\n   FROM products\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'synced' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at\n   FROM products\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'failed' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at\n   FROM products\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'conflict' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n) AS u\nORDER BY u.created_at, u.id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live products of one payment provider, whatever their
 * -- sync status; keyset-paginated in (created_at, id) order. A list.
 * -- Read as the four sync-status ranges of the (workspace_id, payment_provider,
 * -- payment_sync_status, created_at, id) index merged in (created_at, id) order
 * -- (a Merge Append; each branch stops after :limit rows), so that no index of
 * -- its own is written on every insert and status change (migration 0013).
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT u.workspace_id AS "workspace_id!", u.id AS "id!", u.name, u.description, u.active AS "active!",
 *        u.metadata AS "metadata!", u.external_id, u.payment_provider, u.payment_sync_status AS
 *        "payment_sync_status!", u.payment_synced_at, u.payment_sync_version AS "payment_sync_version!",
 *        u.payment_sync_error, u.provider_updated_at, u.provider_data, u.created_at AS "created_at!",
 *        u.updated_at AS "updated_at!", u.deleted_at
 * FROM (
 *   (SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 *    FROM products
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'pending' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 *    FROM products
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'synced' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 *    FROM products
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'failed' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 *    FROM products
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'conflict' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 * ) AS u
 * ORDER BY u.created_at, u.id
 * LIMIT :limit!
 * ```
 */
export const getProductsByPaymentProvider = new PreparedQuery<IGetProductsByPaymentProviderParams,IGetProductsByPaymentProviderResult>(getProductsByPaymentProviderIR);


