/** Types generated for queries found in "queries/customers/GetCustomer.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetCustomer' parameters type */
export interface IGetCustomerParams {
  id: string;
  workspaceId: string;
}

/** 'GetCustomer' return type */
export interface IGetCustomerResult {
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

/** 'GetCustomer' query type */
export interface IGetCustomerQuery {
  params: IGetCustomerParams;
  result: IGetCustomerResult;
}

const getCustomerIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":348,"b":360}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":371,"b":374}]}],"statement":"-- Scope: one workspace. The live customer with this id, or null.\nSELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM customers\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live customer with this id, or null.
 * SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM customers
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * ```
 */
export const getCustomer = new PreparedQuery<IGetCustomerParams,IGetCustomerResult>(getCustomerIR);


