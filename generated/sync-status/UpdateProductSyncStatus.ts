/** Types generated for queries found in "queries/sync-status/UpdateProductSyncStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateProductSyncStatus' parameters type */
export interface IUpdateProductSyncStatusParams {
  externalId?: string | null | void;
  id: string;
  paymentProvider?: string | null | void;
  paymentSyncError?: string | null | void;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'UpdateProductSyncStatus' return type */
export interface IUpdateProductSyncStatusResult {
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

/** 'UpdateProductSyncStatus' query type */
export interface IUpdateProductSyncStatusQuery {
  params: IUpdateProductSyncStatusParams;
  result: IUpdateProductSyncStatusResult;
}

const updateProductSyncStatusIR: any = {"usedParamSet":{"paymentSyncStatus":true,"paymentSyncError":true,"paymentProvider":true,"externalId":true,"workspaceId":true,"id":true},"params":[{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":400,"b":418}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":446,"b":462}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":497,"b":512}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":561,"b":571}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":685,"b":697}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":708,"b":711}]}],"statement":"-- Scope: one workspace. Sets the live product's sync status and error (null\n-- clears it), the provider and external id when given, stamps\n-- payment_synced_at when the status becomes synced (the trigger of migration\n-- 0013), adds 1 to the version.\n-- Unconditional (see UpdateProductPaymentSyncStatus for the optimistic one).\n-- The updated row, or null.\nUPDATE products\nSET payment_sync_status = :paymentSyncStatus!,\n    payment_sync_error = :paymentSyncError,\n    payment_provider = COALESCE(:paymentProvider, payment_provider),\n    external_id = COALESCE(:externalId, external_id),\n    updated_at = now(),\n    payment_sync_version = payment_sync_version + 1\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\nRETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Sets the live product's sync status and error (null
 * -- clears it), the provider and external id when given, stamps
 * -- payment_synced_at when the status becomes synced (the trigger of migration
 * -- 0013), adds 1 to the version.
 * -- Unconditional (see UpdateProductPaymentSyncStatus for the optimistic one).
 * -- The updated row, or null.
 * UPDATE products
 * SET payment_sync_status = :paymentSyncStatus!,
 *     payment_sync_error = :paymentSyncError,
 *     payment_provider = COALESCE(:paymentProvider, payment_provider),
 *     external_id = COALESCE(:externalId, external_id),
 *     updated_at = now(),
 *     payment_sync_version = payment_sync_version + 1
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 * ```
 */
export const updateProductSyncStatus = new PreparedQuery<IUpdateProductSyncStatusParams,IUpdateProductSyncStatusResult>(updateProductSyncStatusIR);


