/** Types generated for queries found in "queries/customers/UpdateCustomer.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateCustomer' parameters type */
export interface IUpdateCustomerParams {
  email?: string | null | void;
  id: string;
  metadata?: Json | null | void;
  name?: string | null | void;
  workspaceId: string;
}

/** 'UpdateCustomer' return type */
export interface IUpdateCustomerResult {
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

/** 'UpdateCustomer' query type */
export interface IUpdateCustomerQuery {
  params: IUpdateCustomerParams;
  result: IUpdateCustomerResult;
}

const updateCustomerIR: any = {"usedParamSet":{"email":true,"name":true,"metadata":true,"workspaceId":true,"id":true},"params":[{"name":"email","required":false,"transform":{"type":"scalar"},"locs":[{"a":258,"b":263}]},{"name":"name","required":false,"transform":{"type":"scalar"},"locs":[{"a":294,"b":298}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":332,"b":340}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":495,"b":507}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":518,"b":521}]}],"statement":"-- Scope: one workspace. Changes the given fields (an omitted field keeps its\n-- value) and marks the customer pending, since the provider has not seen the\n-- change yet. Adds 1 to the version. The updated row, or null.\nUPDATE customers\nSET email = COALESCE(:email, email),\n    name = COALESCE(:name, name),\n    metadata = COALESCE(:metadata::jsonb, metadata),\n    payment_sync_status = 'pending',\n    payment_sync_version = payment_sync_version + 1,\n    updated_at = now()\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\nRETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Changes the given fields (an omitted field keeps its
 * -- value) and marks the customer pending, since the provider has not seen the
 * -- change yet. Adds 1 to the version. The updated row, or null.
 * UPDATE customers
 * SET email = COALESCE(:email, email),
 *     name = COALESCE(:name, name),
 *     metadata = COALESCE(:metadata::jsonb, metadata),
 *     payment_sync_status = 'pending',
 *     payment_sync_version = payment_sync_version + 1,
 *     updated_at = now()
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 * ```
 */
export const updateCustomer = new PreparedQuery<IUpdateCustomerParams,IUpdateCustomerResult>(updateCustomerIR);


