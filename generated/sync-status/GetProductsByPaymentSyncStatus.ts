/** Types generated for queries found in "queries/sync-status/GetProductsByPaymentSyncStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetProductsByPaymentSyncStatus' parameters type */
export interface IGetProductsByPaymentSyncStatusParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'GetProductsByPaymentSyncStatus' return type */
export interface IGetProductsByPaymentSyncStatusResult {
  active: boolean;
  createdAt: Date;
  deletedAt: Date | null;
  description: string | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  name: string;
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

/** 'GetProductsByPaymentSyncStatus' query type */
export interface IGetProductsByPaymentSyncStatusQuery {
  params: IGetProductsByPaymentSyncStatusParams;
  result: IGetProductsByPaymentSyncStatusResult;
}

const getProductsByPaymentSyncStatusIR: any = {"usedParamSet":{"workspaceId":true,"paymentSyncStatus":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":172,"b":184}]},{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":214,"b":232}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":285,"b":300}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":316,"b":324}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":363,"b":369}]}],"statement":"-- Scope: one workspace. Live products in one sync status, any provider;\n-- keyset-paginated in (created_at, id) order. A list.\nSELECT *\nFROM products\nWHERE workspace_id = :workspaceId!\n  AND payment_sync_status = :paymentSyncStatus!\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live products in one sync status, any provider;
 * -- keyset-paginated in (created_at, id) order. A list.
 * SELECT *
 * FROM products
 * WHERE workspace_id = :workspaceId!
 *   AND payment_sync_status = :paymentSyncStatus!
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getProductsByPaymentSyncStatus = new PreparedQuery<IGetProductsByPaymentSyncStatusParams,IGetProductsByPaymentSyncStatusResult>(getProductsByPaymentSyncStatusIR);


