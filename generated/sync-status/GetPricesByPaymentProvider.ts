/** Types generated for queries found in "queries/sync-status/GetPricesByPaymentProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetPricesByPaymentProvider' parameters type */
export interface IGetPricesByPaymentProviderParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetPricesByPaymentProvider' return type */
export interface IGetPricesByPaymentProviderResult {
  active: boolean;
  createdAt: Date;
  currency: string | null;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  productExternalId: string | null;
  productId: string | null;
  productName: string | null;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  recurringInterval: string | null;
  recurringIntervalCount: number | null;
  type: string | null;
  unitAmount: number | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetPricesByPaymentProvider' query type */
export interface IGetPricesByPaymentProviderQuery {
  params: IGetPricesByPaymentProviderParams;
  result: IGetPricesByPaymentProviderResult;
}

const getPricesByPaymentProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1693,"b":1705},{"a":2332,"b":2344},{"a":2970,"b":2982},{"a":3608,"b":3620},{"a":3943,"b":3955}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1730,"b":1746},{"a":2369,"b":2385},{"a":3007,"b":3023},{"a":3645,"b":3661}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1841,"b":1856},{"a":2479,"b":2494},{"a":3117,"b":3132},{"a":3757,"b":3772}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1872,"b":1880},{"a":2510,"b":2518},{"a":3148,"b":3156},{"a":3788,"b":3796}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1925,"b":1931},{"a":2563,"b":2569},{"a":3201,"b":3207},{"a":3841,"b":3847},{"a":3884,"b":3890}]}],"statement":"-- Scope: one workspace. Live prices of one payment provider, whatever their\n-- sync status, each with its product's name and external id (joined on\n-- workspace_id AND id; null when the product is soft-deleted);\n-- keyset-paginated in (created_at, id) order. A list.\n-- Read as the four sync-status ranges of the (workspace_id, payment_provider,\n-- payment_sync_status, created_at, id) index merged in (created_at, id) order\n-- (a Merge Append; each branch stops after :limit rows), so that no index of\n-- its own is written on every insert and status change (migration 0013).\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT pr.workspace_id AS \"workspace_id!\", pr.id AS \"id!\", pr.product_id, pr.currency, pr.unit_amount,\n       pr.type, pr.recurring_interval, pr.recurring_interval_count, pr.active AS \"active!\", pr.metadata AS\n       \"metadata!\", pr.external_id, pr.payment_provider, pr.payment_sync_status AS \"payment_sync_status!\",\n       pr.payment_synced_at, pr.payment_sync_version AS \"payment_sync_version!\", pr.payment_sync_error,\n       pr.provider_updated_at, pr.provider_data, pr.created_at AS \"created_at!\", pr.updated_at AS\n       \"updated_at!\", pr.deleted_at,\n       p.name AS \"product_name?\",\n       p.external_id AS \"product_external_id?\"\nFROM (\n  (SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at\n   FROM prices\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'pending' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at\n   FROM prices\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'synced' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at\n   FROM prices\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'failed' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at\n   FROM prices\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'conflict' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  ORDER BY created_at, id\n  LIMIT :limit!\n) AS pr\nLEFT JOIN products p\n  ON p.workspace_id = :workspaceId! AND p.workspace_id = pr.workspace_id AND p.id = pr.product_id\n     AND p.deleted_at IS NULL\nORDER BY pr.created_at, pr.id"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live prices of one payment provider, whatever their
 * -- sync status, each with its product's name and external id (joined on
 * -- workspace_id AND id; null when the product is soft-deleted);
 * -- keyset-paginated in (created_at, id) order. A list.
 * -- Read as the four sync-status ranges of the (workspace_id, payment_provider,
 * -- payment_sync_status, created_at, id) index merged in (created_at, id) order
 * -- (a Merge Append; each branch stops after :limit rows), so that no index of
 * -- its own is written on every insert and status change (migration 0013).
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT pr.workspace_id AS "workspace_id!", pr.id AS "id!", pr.product_id, pr.currency, pr.unit_amount,
 *        pr.type, pr.recurring_interval, pr.recurring_interval_count, pr.active AS "active!", pr.metadata AS
 *        "metadata!", pr.external_id, pr.payment_provider, pr.payment_sync_status AS "payment_sync_status!",
 *        pr.payment_synced_at, pr.payment_sync_version AS "payment_sync_version!", pr.payment_sync_error,
 *        pr.provider_updated_at, pr.provider_data, pr.created_at AS "created_at!", pr.updated_at AS
 *        "updated_at!", pr.deleted_at,
 *        p.name AS "product_name?",
 *        p.external_id AS "product_external_id?"
 * FROM (
 *   (SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *           recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 *    FROM prices
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'pending' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *           recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 *    FROM prices
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'synced' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *           recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 *    FROM prices
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'failed' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *           recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 *    FROM prices
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'conflict' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   ORDER BY created_at, id
 *   LIMIT :limit!
 * ) AS pr
 * LEFT JOIN products p
 *   ON p.workspace_id = :workspaceId! AND p.workspace_id = pr.workspace_id AND p.id = pr.product_id
 *      AND p.deleted_at IS NULL
 * ORDER BY pr.created_at, pr.id
 * ```
 */
export const getPricesByPaymentProvider = new PreparedQuery<IGetPricesByPaymentProviderParams,IGetPricesByPaymentProviderResult>(getPricesByPaymentProviderIR);


