/** Types generated for queries found in "queries/prices/GetPriceByExternalID.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetPriceByExternalId' parameters type */
export interface IGetPriceByExternalIdParams {
  externalId: string;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetPriceByExternalId' return type */
export interface IGetPriceByExternalIdResult {
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

/** 'GetPriceByExternalId' query type */
export interface IGetPriceByExternalIdQuery {
  params: IGetPriceByExternalIdParams;
  result: IGetPriceByExternalIdResult;
}

const getPriceByExternalIdIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"externalId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":132}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":159,"b":175}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":197,"b":208}]}],"statement":"-- Scope: one workspace. The live price a provider knows by this id, or null.\nSELECT *\nFROM prices\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND external_id = :externalId!\n  AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live price a provider knows by this id, or null.
 * SELECT *
 * FROM prices
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND external_id = :externalId!
 *   AND deleted_at IS NULL
 * ```
 */
export const getPriceByExternalId = new PreparedQuery<IGetPriceByExternalIdParams,IGetPriceByExternalIdResult>(getPriceByExternalIdIR);


