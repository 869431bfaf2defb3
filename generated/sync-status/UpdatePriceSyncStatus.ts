/** Types generated for queries found in "queries/sync-status/UpdatePriceSyncStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdatePriceSyncStatus' parameters type */
export interface IUpdatePriceSyncStatusParams {
  externalId?: string | null | void;
  id: string;
  paymentProvider?: string | null | void;
  paymentSyncError?: string | null | void;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'UpdatePriceSyncStatus' return type */
export interface IUpdatePriceSyncStatusResult {
  active: boolean;
  createdAt: Date;
  currency: string | null;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  productId: string | null;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  recurringInterval: string | null;
  recurringIntervalCount: number | null;
  type: string | null;
  unitAmount: number | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'UpdatePriceSyncStatus' query type */
export interface IUpdatePriceSyncStatusQuery {
  params: IUpdatePriceSyncStatusParams;
  result: IUpdatePriceSyncStatusResult;
}

const updatePriceSyncStatusIR: any = {"usedParamSet":{"paymentSyncStatus":true,"paymentSyncError":true,"paymentProvider":true,"externalId":true,"workspaceId":true,"id":true},"params":[{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":394,"b":412}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":440,"b":456}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":491,"b":506}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":555,"b":565}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":679,"b":691}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":702,"b":705}]}],"statement":"-- Scope: one workspace. Sets the live price's sync status and error (null\n-- clears it), the provider and external id when given, stamps\n-- payment_synced_at when the status becomes synced (the trigger of migration\n-- 0013), adds 1 to the version.\n-- Unconditional (see UpdatePricePaymentSyncStatus for the optimistic one).\n-- The updated row, or null.\nUPDATE prices\nSET payment_sync_status = :paymentSyncStatus!,\n    payment_sync_error = :paymentSyncError,\n    payment_provider = COALESCE(:paymentProvider, payment_provider),\n    external_id = COALESCE(:externalId, external_id),\n    updated_at = now(),\n    payment_sync_version = payment_sync_version + 1\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\nRETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Sets the live price's sync status and error (null
 * -- clears it), the provider and external id when given, stamps
 * -- payment_synced_at when the status becomes synced (the trigger of migration
 * -- 0013), adds 1 to the version.
 * -- Unconditional (see UpdatePricePaymentSyncStatus for the optimistic one).
 * -- The updated row, or null.
 * UPDATE prices
 * SET payment_sync_status = :paymentSyncStatus!,
 *     payment_sync_error = :paymentSyncError,
 *     payment_provider = COALESCE(:paymentProvider, payment_provider),
 *     external_id = COALESCE(:externalId, external_id),
 *     updated_at = now(),
 *     payment_sync_version = payment_sync_version + 1
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *           recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 * ```
 */
export const updatePriceSyncStatus = new PreparedQuery<IUpdatePriceSyncStatusParams,IUpdatePriceSyncStatusResult>(updatePriceSyncStatusIR);


