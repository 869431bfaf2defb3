/** Types generated for queries found in "queries/sync-status/UpdateCustomerSyncStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateCustomerSyncStatus' parameters type */
export interface IUpdateCustomerSyncStatusParams {
  externalId?: string | null | void;
  id: string;
  paymentProvider?: string | null | void;
  paymentSyncError?: string | null | void;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'UpdateCustomerSyncStatus' return type */
export interface IUpdateCustomerSyncStatusResult {
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

/** 'UpdateCustomerSyncStatus' query type */
export interface IUpdateCustomerSyncStatusQuery {
  params: IUpdateCustomerSyncStatusParams;
  result: IUpdateCustomerSyncStatusResult;
}

const updateCustomerSyncStatusIR: any = {"usedParamSet":{"paymentSyncStatus":true,"paymentSyncError":true,"paymentProvider":true,"externalId":true,"workspaceId":true,"id":true},"params":[{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":403,"b":421}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":449,"b":465}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":500,"b":515}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":564,"b":574}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":688,"b":700}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":711,"b":714}]}],"statement":"-- Scope: one workspace. Sets the live customer's sync status and error (null\n-- clears it), the provider and external id when given, stamps\n-- payment_synced_at when the status becomes synced (the trigger of migration\n-- 0013), adds 1 to the version.\n-- Unconditional (see UpdateCustomerPaymentSyncStatus for the optimistic one).\n-- The updated row, or null.\nUPDATE customers\nSET payment_sync_status = :paymentSyncStatus!,\n    payment_sync_error = :paymentSyncError,\n    payment_provider = COALESCE(:paymentProvider, payment_provider),\n    external_id = COALESCE(:externalId, external_id),\n    updated_at = now(),\n    payment_sync_version = payment_sync_version + 1\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\nRETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Sets the live customer's sync status and error (null
 * -- clears it), the provider and external id when given, stamps
 * -- payment_synced_at when the status becomes synced (the trigger of migration
 * -- 0013), adds 1 to the version.
 * -- Unconditional (see UpdateCustomerPaymentSyncStatus for the optimistic one).
 * -- The updated row, or null.
 * UPDATE customers
 * SET payment_sync_status = :paymentSyncStatus!,
 *     payment_sync_error = :paymentSyncError,
 *     payment_provider = COALESCE(:paymentProvider, payment_provider),
 *     external_id = COALESCE(:externalId, external_id),
 *     updated_at = now(),
 *     payment_sync_version = payment_sync_version + 1
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 * ```
 */
export const updateCustomerSyncStatus = new PreparedQuery<IUpdateCustomerSyncStatusParams,IUpdateCustomerSyncStatusResult>(updateCustomerSyncStatusIR);


