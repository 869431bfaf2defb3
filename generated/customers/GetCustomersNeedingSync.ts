/** Types generated for queries found in "queries/customers/GetCustomersNeedingSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetCustomersNeedingSync' parameters type */
export interface IGetCustomersNeedingSyncParams {
  afterId: string;
  afterUpdatedAt: DateOrString;
  limit: number;
  workspaceId: string;
}

/** 'GetCustomersNeedingSync' return type */
export interface IGetCustomersNeedingSyncResult {
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

/** 'GetCustomersNeedingSync' query type */
export interface IGetCustomersNeedingSyncQuery {
  params: IGetCustomersNeedingSyncParams;
  result: IGetCustomersNeedingSyncResult;
}

const getCustomersNeedingSyncIR: any = {"usedParamSet":{"workspaceId":true,"afterUpdatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":200}]},{"name":"afterUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":304,"b":319}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":335,"b":343}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":382,"b":388}]}],"statement":"-- Scope: one workspace. Live customers whose status is pending or failed,\n-- oldest change first: keyset-paginated in (updated_at, id) order.\nSELECT *\nFROM customers\nWHERE workspace_id = :workspaceId!\n  AND deleted_at IS NULL\n  AND payment_sync_status IN ('pending', 'failed')\n  AND (updated_at, id) > (:afterUpdatedAt!::timestamptz, :afterId!::uuid)\nORDER BY updated_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live customers whose status is pending or failed,
 * -- oldest change first: keyset-paginated in (updated_at, id) order.
 * SELECT *
 * FROM customers
 * WHERE workspace_id = :workspaceId!
 *   AND deleted_at IS NULL
 *   AND payment_sync_status IN ('pending', 'failed')
 *   AND (updated_at, id) > (:afterUpdatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY updated_at, id
 * LIMIT :limit!
 * ```
 */
export const getCustomersNeedingSync = new PreparedQuery<IGetCustomersNeedingSyncParams,IGetCustomersNeedingSyncResult>(getCustomersNeedingSyncIR);


