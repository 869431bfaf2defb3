/** Types generated for queries found in "queries/customers/GetCustomersWithSyncConflicts.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetCustomersWithSyncConflicts' parameters type */
export interface IGetCustomersWithSyncConflictsParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  workspaceId: string;
}

/** 'GetCustomersWithSyncConflicts' return type */
export interface IGetCustomersWithSyncConflictsResult {
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

/** 'GetCustomersWithSyncConflicts' query type */
export interface IGetCustomersWithSyncConflictsQuery {
  params: IGetCustomersWithSyncConflictsParams;
  result: IGetCustomersWithSyncConflictsResult;
}

const getCustomersWithSyncConflictsIR: any = {"usedParamSet":{"workspaceId":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":147,"b":159}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":251,"b":266}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":282,"b":290}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":329,"b":335}]}],"statement":"-- Scope: one workspace. Live customers in sync conflict, keyset-paginated in (created_at, id) order.\nSELECT *\nFROM customers\nWHERE workspace_id = :workspaceId!\n  AND payment_sync_status = 'conflict'\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live customers in sync conflict, keyset-paginated in (created_at, id) order.
 * SELECT *
 * FROM customers
 * WHERE workspace_id = :workspaceId!
 *   AND payment_sync_status = 'conflict'
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getCustomersWithSyncConflicts = new PreparedQuery<IGetCustomersWithSyncConflictsParams,IGetCustomersWithSyncConflictsResult>(getCustomersWithSyncConflictsIR);


