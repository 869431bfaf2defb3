/** Types generated for queries found in "queries/customers/GetCustomersSyncedByProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetCustomersSyncedByProvider' parameters type */
export interface IGetCustomersSyncedByProviderParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetCustomersSyncedByProvider' return type */
export interface IGetCustomersSyncedByProviderResult {
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

/** 'GetCustomersSyncedByProvider' query type */
export interface IGetCustomersSyncedByProviderQuery {
  params: IGetCustomersSyncedByProviderParams;
  result: IGetCustomersSyncedByProviderResult;
}

const getCustomersSyncedByProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":393,"b":405}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":432,"b":448}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":538,"b":553}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":569,"b":577}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":616,"b":622}]}],"statement":"-- Scope: one workspace. Live customers synced with this provider, keyset-paginated in (created_at, id) order.\nSELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM customers\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND payment_sync_status = 'synced'\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live customers synced with this provider, keyset-paginated in (created_at, id) order.
 * SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM customers
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND payment_sync_status = 'synced'
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getCustomersSyncedByProvider = new PreparedQuery<IGetCustomersSyncedByProviderParams,IGetCustomersSyncedByProviderResult>(getCustomersSyncedByProviderIR);


