/** Types generated for queries found in "queries/sync-status/GetCustomersByPaymentProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetCustomersByPaymentProvider' parameters type */
export interface IGetCustomersByPaymentProviderParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetCustomersByPaymentProvider' return type */
export interface IGetCustomersByPaymentProviderResult {
  createdAt: Date;
  deletedAt: Date | null;
  email: string | null;
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

/** 'GetCustomersByPaymentProvider' query type */
export interface IGetCustomersByPaymentProviderQuery {
  params: IGetCustomersByPaymentProviderParams;
  result: IGetCustomersByPaymentProviderResult;
}

const getCustomersByPaymentProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1269,"b":1281},{"a":1819,"b":1831},{"a":2368,"b":2380},{"a":2917,"b":2929}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1306,"b":1322},{"a":1856,"b":1872},{"a":2405,"b":2421},{"a":2954,"b":2970}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1417,"b":1432},{"a":1966,"b":1981},{"a":2515,"b":2530},{"a":3066,"b":3081}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1448,"b":1456},{"a":1997,"b":2005},{"a":2546,"b":2554},{"a":3097,"b":3105}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1501,"b":1507},{"a":2050,"b":2056},{"a":2599,"b":2605},{"a":3150,"b":3156},{"a":3200,"b":3206}]}],"statement":"-- Scope: one workspace. Live customers of one payment provider, whatever their\n-- sync status; keyset-paginated in (created_at, id) order. A list.\n-- Read as the four sync-status ranges of the (workspace_id, payment_provider,\n-- payment_sync_status, created_at, id) index merged in (created_at, id) order\n-- (a Merge Append; each branch stops after :limit rows), so that no index of\n-- its own is written on every insert and status change (migration 0013).\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT u.workspace_id AS \"workspace_id!\", u.id AS \"id!\", u.email, u.name, u.metadata AS \"metadata!\",\n       u.external_id, u.payment_provider, u.payment_sync_status AS \"payment_sync_status!\",\n       u.payment_synced_at, u.payment_sync_version AS \"payment_sync_version!\", u.payment_sync_error,\n       u.provider_updated_at, u.provider_data, u.created_at AS \"created_at!\", u.updated_at AS \"updated_at!\",\n       u.deleted_at\nFROM (\n  (SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at\n   FROM customers\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'pending' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at\n   FROM customers\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'synced' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at\n   FROM customers\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'failed' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at\n   FROM customers\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'conflict' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n) AS u\nORDER BY u.created_at, u.id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live customers of one payment provider, whatever their
 * -- sync status; keyset-paginated in (created_at, id) order. A list.
 * -- Read as the four sync-status ranges of the (workspace_id, payment_provider,
 * -- payment_sync_status, created_at, id) index merged in (created_at, id) order
 * -- (a Merge Append; each branch stops after :limit rows), so that no index of
 * -- its own is written on every insert and status change (migration 0013).
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT u.workspace_id AS "workspace_id!", u.id AS "id!", u.email, u.name, u.metadata AS "metadata!",
 *        u.external_id, u.payment_provider, u.payment_sync_status AS "payment_sync_status!",
 *        u.payment_synced_at, u.payment_sync_version AS "payment_sync_version!", u.payment_sync_error,
 *        u.provider_updated_at, u.provider_data, u.created_at AS "created_at!", u.updated_at AS "updated_at!",
 *        u.deleted_at
 * FROM (
 *   (SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 *    FROM customers
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'pending' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 *    FROM customers
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'synced' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 *    FROM customers
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'failed' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 *    FROM customers
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
export const getCustomersByPaymentProvider = new PreparedQuery<IGetCustomersByPaymentProviderParams,IGetCustomersByPaymentProviderResult>(getCustomersByPaymentProviderIR);


