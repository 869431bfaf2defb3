/** Types generated for queries found in "queries/customers/GetCustomersByExternalIDs.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'GetCustomersByExternalIDs' parameters type */
export interface IGetCustomersByExternalIDsParams {
  externalIds: stringArray;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetCustomersByExternalIDs' return type */
export interface IGetCustomersByExternalIDsResult {
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

/** 'GetCustomersByExternalIDs' query type */
export interface IGetCustomersByExternalIDsQuery {
  params: IGetCustomersByExternalIDsParams;
  result: IGetCustomersByExternalIDsResult;
}

const getCustomersByExternalIDsIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"externalIds":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":456,"b":468}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":495,"b":511}]},{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":537,"b":549}]}],"statement":"-- Scope: one workspace. The live customers of one provider among these\n-- external ids (one array parameter), in (created_at, id) order; ids not\n-- found are simply absent.\nSELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM customers\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND external_id = ANY(:externalIds!::text[])\n  AND deleted_at IS NULL\nORDER BY created_at, id"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live customers of one provider among these
 * -- external ids (one array parameter), in (created_at, id) order; ids not
 * -- found are simply absent.
 * SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM customers
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND external_id = ANY(:externalIds!::text[])
 *   AND deleted_at IS NULL
 * ORDER BY created_at, id
 * ```
 */
export const getCustomersByExternalIDs = new PreparedQuery<IGetCustomersByExternalIDsParams,IGetCustomersByExternalIDsResult>(getCustomersByExternalIDsIR);


