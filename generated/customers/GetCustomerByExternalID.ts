/** Types generated for queries found in "queries/customers/GetCustomerByExternalID.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetCustomerByExternalId' parameters type */
export interface IGetCustomerByExternalIdParams {
  externalId: string;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetCustomerByExternalId' return type */
export interface IGetCustomerByExternalIdResult {
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

/** 'GetCustomerByExternalId' query type */
export interface IGetCustomerByExternalIdQuery {
  params: IGetCustomerByExternalIdParams;
  result: IGetCustomerByExternalIdResult;
}

const getCustomerByExternalIdIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"externalId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":363,"b":375}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":402,"b":418}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":440,"b":451}]}],"statement":"-- Scope: one workspace. The live customer a provider knows by this id, or null.\nSELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM customers\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND external_id = :externalId!\n  AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live customer a provider knows by this id, or null.
 * SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM customers
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND external_id = :externalId!
 *   AND deleted_at IS NULL
 * ```
 */
export const getCustomerByExternalId = new PreparedQuery<IGetCustomerByExternalIdParams,IGetCustomerByExternalIdResult>(getCustomerByExternalIdIR);


