/** Types generated for queries found in "queries/products/UpdateProductPaymentSyncStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateProductPaymentSyncStatus' parameters type */
export interface IUpdateProductPaymentSyncStatusParams {
  expectedVersion: number;
  externalId?: string | null | void;
  id: string;
  paymentProvider?: string | null | void;
  paymentSyncError?: string | null | void;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'UpdateProductPaymentSyncStatus' return type */
export interface IUpdateProductPaymentSyncStatusResult {
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

/** 'UpdateProductPaymentSyncStatus' query type */
export interface IUpdateProductPaymentSyncStatusQuery {
  params: IUpdateProductPaymentSyncStatusParams;
  result: IUpdateProductPaymentSyncStatusResult;
}

const updateProductPaymentSyncStatusIR: any = {"usedParamSet":{"paymentSyncStatus":true,"paymentSyncError":true,"paymentProvider":true,"externalId":true,"workspaceId":true,"id":true,"expectedVersion":true},"params":[{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":403,"b":421}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":449,"b":465}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":500,"b":515}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":564,"b":574}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":688,"b":700}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":711,"b":714}]},{"name":"expectedVersion","required":true,"transform":{"type":"scalar"},"locs":[{"a":745,"b":761}]}],"statement":"-- Scope: one workspace. Optimistic concurrency: sets the sync status (and\n-- error, provider, external id when given) only when the stored version equals\n-- expectedVersion, stamping payment_synced_at when it becomes synced (the\n-- trigger of migration 0013) and adding 1 to the\n-- version. The updated row, or null when the version moved on (or no such row).\nUPDATE products\nSET payment_sync_status = :paymentSyncStatus!,\n    payment_sync_error = :paymentSyncError,\n    payment_provider = COALESCE(:paymentProvider, payment_provider),\n    external_id = COALESCE(:externalId, external_id),\n    updated_at = now(),\n    payment_sync_version = payment_sync_version + 1\nWHERE workspace_id = :workspaceId! AND id = :id!\n  AND payment_sync_version = :expectedVersion!\n  AND deleted_at IS NULL\nRETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Optimistic concurrency: sets the sync status (and
 * -- error, provider, external id when given) only when the stored version equals
 * -- expectedVersion, stamping payment_synced_at when it becomes synced (the
 * -- trigger of migration 0013) and adding 1 to the
 * -- version. The updated row, or null when the version moved on (or no such row).
 * UPDATE products
 * SET payment_sync_status = :paymentSyncStatus!,
 *     payment_sync_error = :paymentSyncError,
 *     payment_provider = COALESCE(:paymentProvider, payment_provider),
 *     external_id = COALESCE(:externalId, external_id),
 *     updated_at = now(),
 *     payment_sync_version = payment_sync_version + 1
 * WHERE workspace_id = :workspaceId! AND id = :id!
 *   AND payment_sync_version = :expectedVersion!
 *   AND deleted_at IS NULL
 * RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 * ```
 */
export const updateProductPaymentSyncStatus = new PreparedQuery<IUpdateProductPaymentSyncStatusParams,IUpdateProductPaymentSyncStatusResult>(updateProductPaymentSyncStatusIR);


