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

const getCustomersWithSyncConflictsIR: any = {"usedParamSet":{"workspaceId":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":384,"b":396}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":488,"b":503}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":519,"b":527}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":566,"b":572}]}],"statement":"-- Scope: one workspace. Live customers in sync conflict, keyset-paginated in (created_at, id) order.\nSELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM customers\nWHERE workspace_id = :workspaceId!\n  AND payment_sync_status = 'conflict'\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live customers in sync conflict, keyset-paginated in (created_at, id) order.
 * SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
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


