/** Types generated for queries found in "queries/prices/GetPricesSyncedByProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetPricesSyncedByProvider' parameters type */
export interface IGetPricesSyncedByProviderParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetPricesSyncedByProvider' return type */
export interface IGetPricesSyncedByProviderResult {
  active: boolean;
  createdAt: Date;
  currency: string;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  productId: string;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  recurringInterval: string | null;
  recurringIntervalCount: number | null;
  type: string;
  unitAmount: number;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetPricesSyncedByProvider' query type */
export interface IGetPricesSyncedByProviderQuery {
  params: IGetPricesSyncedByProviderParams;
  result: IGetPricesSyncedByProviderResult;
}

const getPricesSyncedByProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":150,"b":162}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":189,"b":205}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":295,"b":310}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":326,"b":334}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":373,"b":379}]}],"statement":"-- Scope: one workspace. Live prices synced with this provider, keyset-paginated in (created_at, id) order.\nSELECT *\nFROM prices\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND payment_sync_status = 'synced'\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live prices synced with this provider, keyset-paginated in (created_at, id) order.
 * SELECT *
 * FROM prices
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND payment_sync_status = 'synced'
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getPricesSyncedByProvider = new PreparedQuery<IGetPricesSyncedByProviderParams,IGetPricesSyncedByProviderResult>(getPricesSyncedByProviderIR);


