/** Types generated for queries found in "queries/prices/GetPricesWithSyncConflicts.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetPricesWithSyncConflicts' parameters type */
export interface IGetPricesWithSyncConflictsParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  workspaceId: string;
}

/** 'GetPricesWithSyncConflicts' return type */
export interface IGetPricesWithSyncConflictsResult {
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

/** 'GetPricesWithSyncConflicts' query type */
export interface IGetPricesWithSyncConflictsQuery {
  params: IGetPricesWithSyncConflictsParams;
  result: IGetPricesWithSyncConflictsResult;
}

const getPricesWithSyncConflictsIR: any = {"usedParamSet":{"workspaceId":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":141,"b":153}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":245,"b":260}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":276,"b":284}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":323,"b":329}]}],"statement":"-- Scope: one workspace. Live prices in sync conflict, keyset-paginated in (created_at, id) order.\nSELECT *\nFROM prices\nWHERE workspace_id = :workspaceId!\n  AND payment_sync_status = 'conflict'\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live prices in sync conflict, keyset-paginated in (created_at, id) order.
 * SELECT *
 * FROM prices
 * WHERE workspace_id = :workspaceId!
 *   AND payment_sync_status = 'conflict'
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getPricesWithSyncConflicts = new PreparedQuery<IGetPricesWithSyncConflictsParams,IGetPricesWithSyncConflictsResult>(getPricesWithSyncConflictsIR);


