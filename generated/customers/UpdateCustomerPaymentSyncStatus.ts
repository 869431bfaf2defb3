/** Types generated for queries found in "queries/customers/UpdateCustomerPaymentSyncStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateCustomerPaymentSyncStatus' parameters type */
export interface IUpdateCustomerPaymentSyncStatusParams {
  expectedVersion: number;
  externalId?: string | null | void;
  id: string;
  paymentProvider?: string | null | void;
  paymentSyncError?: string | null | void;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'UpdateCustomerPaymentSyncStatus' return type */
export interface IUpdateCustomerPaymentSyncStatusResult {
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

/** 'UpdateCustomerPaymentSyncStatus' query type */
export interface IUpdateCustomerPaymentSyncStatusQuery {
  params: IUpdateCustomerPaymentSyncStatusParams;
  result: IUpdateCustomerPaymentSyncStatusResult;
}

const updateCustomerPaymentSyncStatusIR: any = {"usedParamSet":{"paymentSyncStatus":true,"paymentSyncError":true,"paymentProvider":true,"externalId":true,"workspaceId":true,"id":true,"expectedVersion":true},"params":[{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":404,"b":422}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":450,"b":466}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":501,"b":516}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":565,"b":575}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":689,"b":701}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":712,"b":715}]},{"name":"expectedVersion","required":true,"transform":{"type":"scalar"},"locs":[{"a":746,"b":762}]}],"statement":"-- Scope: one workspace. Optimistic concurrency: sets the sync status (and\n-- error, provider, external id when given) only when the stored version equals\n-- expectedVersion, stamping payment_synced_at when it becomes synced (the\n-- trigger of migration 0013) and adding 1 to the\n-- version. The updated row, or null when the version moved on (or no such row).\nUPDATE customers\nSET payment_sync_status = :paymentSyncStatus!,\n    payment_sync_error = :paymentSyncError,\n    payment_provider = COALESCE(:paymentProvider, payment_provider),\n    external_id = COALESCE(:externalId, external_id),\n    updated_at = now(),\n    payment_sync_version = payment_sync_version + 1\nWHERE workspace_id = :workspaceId! AND id = :id!\n  AND payment_sync_version = :expectedVersion!\n  AND deleted_at IS NULL\nRETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Optimistic concurrency: sets the sync status (and
 * -- error, provider, external id when given) only when the stored version equals
 * -- expectedVersion, stamping payment_synced_at when it becomes synced (the
 * -- trigger of migration 0013) and adding 1 to the
 * -- version. The updated row, or null when the version moved on (or no such row).
 * UPDATE customers
 * SET payment_sync_status = :paymentSyncStatus!,
 *     payment_sync_error = :paymentSyncError,
 *     payment_provider = COALESCE(:paymentProvider, payment_provider),
 *     external_id = COALESCE(:externalId, external_id),
 *     updated_at = now(),
 *     payment_sync_version = payment_sync_version + 1
 * WHERE workspace_id = :workspaceId! AND id = :id!
 *   AND payment_sync_version = :expectedVersion!
 *   AND deleted_at IS NULL
 * RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 * ```
 */
export const updateCustomerPaymentSyncStatus = new PreparedQuery<IUpdateCustomerPaymentSyncStatusParams,IUpdateCustomerPaymentSyncStatusResult>(updateCustomerPaymentSyncStatusIR);


