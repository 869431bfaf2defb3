/** Types generated for queries found in "queries/sync-status/GetProductsByPaymentProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetProductsByPaymentProvider' parameters type */
export interface IGetProductsByPaymentProviderParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetProductsByPaymentProvider' return type */
export interface IGetProductsByPaymentProviderResult {
  active: boolean;
  createdAt: Date;
  deletedAt: Date | null;
  description: string | null;
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

/** 'GetProductsByPaymentProvider' query type */
export interface IGetProductsByPaymentProviderQuery {
  params: IGetProductsByPaymentProviderParams;
  result: IGetProductsByPaymentProviderResult;
}

const getProductsByPaymentProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":442,"b":454}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":481,"b":497}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":550,"b":565}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":581,"b":589}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":628,"b":634}]}],"statement":"-- Scope: one workspace. Live products of one payment provider, whatever their sync\n-- status; keyset-paginated in (created_at, id) order. A list.\nSELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at\nFROM products\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live products of one payment provider, whatever their sync
 * -- status; keyset-paginated in (created_at, id) order. A list.
 * SELECT workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at
 * FROM products
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getProductsByPaymentProvider = new PreparedQuery<IGetProductsByPaymentProviderParams,IGetProductsByPaymentProviderResult>(getProductsByPaymentProviderIR);


