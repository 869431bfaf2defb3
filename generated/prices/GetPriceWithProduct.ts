/** Types generated for queries found in "queries/prices/GetPriceWithProduct.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetPriceWithProduct' parameters type */
export interface IGetPriceWithProductParams {
  id: string;
  workspaceId: string;
}

/** 'GetPriceWithProduct' return type */
export interface IGetPriceWithProductResult {
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
  productActive: boolean | null;
  productDescription: string | null;
  productExternalId: string | null;
  productId: string | null;
  productMetadata: Json | null;
  productName: string | null;
  productPaymentProvider: string | null;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  recurringInterval: string | null;
  recurringIntervalCount: number | null;
  type: string | null;
  unitAmount: number | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetPriceWithProduct' query type */
export interface IGetPriceWithProductQuery {
  params: IGetPriceWithProductParams;
  result: IGetPriceWithProductResult;
}

const getPriceWithProductIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1011,"b":1023},{"a":1099,"b":1111}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":1125,"b":1128}]}],"statement":"-- Scope: one workspace. The live price with this id and its product's columns\n-- (product*), or null. The product is LEFT JOINed on (workspace_id, id) among\n-- live products: a price whose product was soft-deleted is still returned\n-- (as GetPrice returns it), with every product* column null.\nSELECT pr.workspace_id, pr.id, pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,\n       pr.recurring_interval_count, pr.active, pr.metadata, pr.external_id, pr.payment_provider,\n       pr.payment_sync_status, pr.payment_synced_at, pr.payment_sync_version, pr.payment_sync_error,\n       pr.provider_updated_at, pr.provider_data, pr.created_at, pr.updated_at, pr.deleted_at,\n       p.name AS \"productName?\",\n       p.description AS \"productDescription?\",\n       p.active AS \"productActive?\",\n       p.metadata AS \"productMetadata?\",\n       p.payment_provider AS \"productPaymentProvider?\",\n       p.external_id AS \"productExternalId?\"\nFROM prices pr\nLEFT JOIN products p\n  ON p.workspace_id = :workspaceId! AND p.id = pr.product_id AND p.deleted_at IS NULL\nWHERE pr.workspace_id = :workspaceId! AND pr.id = :id! AND pr.deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live price with this id and its product's columns
 * -- (product*), or null. The product is LEFT JOINed on (workspace_id, id) among
 * -- live products: a price whose product was soft-deleted is still returned
 * -- (as GetPrice returns it), with every product* column null.
 * SELECT pr.workspace_id, pr.id, pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,
 *        pr.recurring_interval_count, pr.active, pr.metadata, pr.external_id, pr.payment_provider,
 *        pr.payment_sync_status, pr.payment_synced_at, pr.payment_sync_version, pr.payment_sync_error,
 *        pr.provider_updated_at, pr.provider_data, pr.created_at, pr.updated_at, pr.deleted_at,
 *        p.name AS "productName?",
 *        p.description AS "productDescription?",
 *        p.active AS "productActive?",
 *        p.metadata AS "productMetadata?",
 *        p.payment_provider AS "productPaymentProvider?",
 *        p.external_id AS "productExternalId?"
 * FROM prices pr
 * LEFT JOIN products p
 *   ON p.workspace_id = :workspaceId! AND p.id = pr.product_id AND p.deleted_at IS NULL
 * WHERE pr.workspace_id = :workspaceId! AND pr.id = :id! AND pr.deleted_at IS NULL
 * ```
 */
export const getPriceWithProduct = new PreparedQuery<IGetPriceWithProductParams,IGetPriceWithProductResult>(getPriceWithProductIR);


