/** Types generated for queries found in "queries/sync-status/GetCustomersByPaymentProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetCustomersByPaymentProvider' parameters type */
export interface IGetCustomersByPaymentProviderParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetCustomersByPaymentProvider' return type */
export interface IGetCustomersByPaymentProviderResult {
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

/** 'GetCustomersByPaymentProvider' query type */
export interface IGetCustomersByPaymentProviderQuery {
  params: IGetCustomersByPaymentProviderParams;
  result: IGetCustomersByPaymentProviderResult;
}

const getCustomersByPaymentProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":430,"b":442}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":469,"b":485}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":538,"b":553}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":569,"b":577}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":616,"b":622}]}],"statement":"-- Scope: one workspace. Live customers of one payment provider, whatever their sync\n-- status; keyset-paginated in (created_at, id) order. A list.\nSELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM customers\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live customers of one payment provider, whatever their sync
 * -- status; keyset-paginated in (created_at, id) order. A list.
 * SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM customers
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getCustomersByPaymentProvider = new PreparedQuery<IGetCustomersByPaymentProviderParams,IGetCustomersByPaymentProviderResult>(getCustomersByPaymentProviderIR);


