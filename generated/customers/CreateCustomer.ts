/** Types generated for queries found in "queries/customers/CreateCustomer.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'CreateCustomer' parameters type */
export interface ICreateCustomerParams {
  email?: string | null | void;
  externalId?: string | null | void;
  metadata?: Json | null | void;
  name?: string | null | void;
  paymentProvider?: string | null | void;
  workspaceId: string;
}

/** 'CreateCustomer' return type */
export interface ICreateCustomerResult {
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

/** 'CreateCustomer' query type */
export interface ICreateCustomerQuery {
  params: ICreateCustomerParams;
  result: ICreateCustomerResult;
}

const createCustomerIR: any = {"usedParamSet":{"workspaceId":true,"email":true,"name":true,"metadata":true,"paymentProvider":true,"externalId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":251,"b":263}]},{"name":"email","required":false,"transform":{"type":"scalar"},"locs":[{"a":266,"b":271}]},{"name":"name","required":false,"transform":{"type":"scalar"},"locs":[{"a":274,"b":278}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":290,"b":298}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":315,"b":330}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":333,"b":343}]}],"statement":"-- Scope: one workspace. Inserts a customer created locally (sync status pending).\n-- A provider reference, when given, must be unique among live rows.\nINSERT INTO customers (workspace_id, email, name, metadata, payment_provider, external_id)\nVALUES (:workspaceId!, :email, :name, COALESCE(:metadata::jsonb, '{}'), :paymentProvider, :externalId)\nRETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Inserts a customer created locally (sync status pending).
 * -- A provider reference, when given, must be unique among live rows.
 * INSERT INTO customers (workspace_id, email, name, metadata, payment_provider, external_id)
 * VALUES (:workspaceId!, :email, :name, COALESCE(:metadata::jsonb, '{}'), :paymentProvider, :externalId)
 * RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 * ```
 */
export const createCustomer = new PreparedQuery<ICreateCustomerParams,ICreateCustomerResult>(createCustomerIR);


