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

const getPricesByPaymentProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":896,"b":908}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":938,"b":954}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1016,"b":1031}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1047,"b":1055}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1100,"b":1106}]}],"statement":"-- Scope: one workspace. Live prices of one payment provider, whatever their\n-- sync status, each with its product's name and external id (joined on\n-- workspace_id AND id; null when the product is soft-deleted);\n-- keyset-paginated in (created_at, id) order. A list.\nSELECT pr.workspace_id, pr.id, pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,\n       pr.recurring_interval_count, pr.active, pr.metadata, pr.external_id, pr.payment_provider,\n       pr.payment_sync_status, pr.payment_synced_at, pr.payment_sync_version, pr.payment_sync_error,\n       pr.provider_updated_at, pr.provider_data, pr.created_at, pr.updated_at, pr.deleted_at,\n       p.name AS \"product_name?\",\n       p.external_id AS \"product_external_id?\"\nFROM prices pr\nLEFT JOIN products p\n  ON p.workspace_id = pr.workspace_id AND p.id = pr.product_id AND p.deleted_at IS NULL\nWHERE pr.workspace_id = :workspaceId!\n  AND pr.payment_provider = :paymentProvider!\n  AND pr.deleted_at IS NULL\n  AND (pr.created_at, pr.id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY pr.created_at, pr.id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live prices of one payment provider, whatever their
 * -- sync status, each with its product's name and external id (joined on
 * -- workspace_id AND id; null when the product is soft-deleted);
 * -- keyset-paginated in (created_at, id) order. A list.
 * SELECT pr.workspace_id, pr.id, pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,
 *        pr.recurring_interval_count, pr.active, pr.metadata, pr.external_id, pr.payment_provider,
 *        pr.payment_sync_status, pr.payment_synced_at, pr.payment_sync_version, pr.payment_sync_error,
 *        pr.provider_updated_at, pr.provider_data, pr.created_at, pr.updated_at, pr.deleted_at,
 *        p.name AS "product_name?",
 *        p.external_id AS "product_external_id?"
 * FROM prices pr
 * LEFT JOIN products p
 *   ON p.workspace_id = pr.workspace_id AND p.id = pr.product_id AND p.deleted_at IS NULL
 * WHERE pr.workspace_id = :workspaceId!
 *   AND pr.payment_provider = :paymentProvider!
 *   AND pr.deleted_at IS NULL
 *   AND (pr.created_at, pr.id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY pr.created_at, pr.id
 * LIMIT :limit!
 * ```
 */
export const getPricesByPaymentProvider = new PreparedQuery<IGetPricesByPaymentProviderParams,IGetPricesByPaymentProviderResult>(getPricesByPaymentProviderIR);


