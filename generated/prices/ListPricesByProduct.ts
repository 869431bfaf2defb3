/** Types generated for queries found in "queries/prices/ListPricesByProduct.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ListPricesByProduct' parameters type */
export interface IListPricesByProductParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  productId: string;
  workspaceId: string;
}

/** 'ListPricesByProduct' return type */
export interface IListPricesByProductResult {
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
  productId: string | null;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  recurringInterval: string | null;
  recurringIntervalCount: number | null;
  type: string | null;
  unitAmount: number | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'ListPricesByProduct' query type */
export interface IListPricesByProductQuery {
  params: IListPricesByProductParams;
  result: IListPricesByProductResult;
}

const listPricesByProductIR: any = {"usedParamSet":{"workspaceId":true,"productId":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":481,"b":493}]},{"name":"productId","required":true,"transform":{"type":"scalar"},"locs":[{"a":514,"b":524}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":577,"b":592}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":608,"b":616}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":655,"b":661}]}],"statement":"-- Scope: one workspace, one product. Live prices of the product,\n-- keyset-paginated in (created_at, id) order.\nSELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM prices\nWHERE workspace_id = :workspaceId!\n  AND product_id = :productId!\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace, one product. Live prices of the product,
 * -- keyset-paginated in (created_at, id) order.
 * SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *        recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM prices
 * WHERE workspace_id = :workspaceId!
 *   AND product_id = :productId!
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const listPricesByProduct = new PreparedQuery<IListPricesByProductParams,IListPricesByProductResult>(listPricesByProductIR);


