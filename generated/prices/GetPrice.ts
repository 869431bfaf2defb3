/** Types generated for queries found in "queries/prices/GetPrice.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetPrice' parameters type */
export interface IGetPriceParams {
  id: string;
  workspaceId: string;
}

/** 'GetPrice' return type */
export interface IGetPriceResult {
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

/** 'GetPrice' query type */
export interface IGetPriceQuery {
  params: IGetPriceParams;
  result: IGetPriceResult;
}

const getPriceIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":105,"b":117}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":131}]}],"statement":"-- Scope: one workspace. The live price with this id, or null.\nSELECT *\nFROM prices\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live price with this id, or null.
 * SELECT *
 * FROM prices
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * ```
 */
export const getPrice = new PreparedQuery<IGetPriceParams,IGetPriceResult>(getPriceIR);


