/** Types generated for queries found in "queries/sync-status/GetCustomersByPaymentSyncStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetCustomersByPaymentSyncStatus' parameters type */
export interface IGetCustomersByPaymentSyncStatusParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'GetCustomersByPaymentSyncStatus' return type */
export interface IGetCustomersByPaymentSyncStatusResult {
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

/** 'GetCustomersByPaymentSyncStatus' query type */
export interface IGetCustomersByPaymentSyncStatusQuery {
  params: IGetCustomersByPaymentSyncStatusParams;
  result: IGetCustomersByPaymentSyncStatusResult;
}

const getCustomersByPaymentSyncStatusIR: any = {"usedParamSet":{"workspaceId":true,"paymentSyncStatus":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":411,"b":423}]},{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":453,"b":471}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":524,"b":539}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":555,"b":563}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":602,"b":608}]}],"statement":"-- Scope: one workspace. Live customers in one sync status, any provider;\n-- keyset-paginated in (created_at, id) order. A list.\nSELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM customers\nWHERE workspace_id = :workspaceId!\n  AND payment_sync_status = :paymentSyncStatus!\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live customers in one sync status, any provider;
 * -- keyset-paginated in (created_at, id) order. A list.
 * SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM customers
 * WHERE workspace_id = :workspaceId!
 *   AND payment_sync_status = :paymentSyncStatus!
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getCustomersByPaymentSyncStatus = new PreparedQuery<IGetCustomersByPaymentSyncStatusParams,IGetCustomersByPaymentSyncStatusResult>(getCustomersByPaymentSyncStatusIR);


