/** Types generated for queries found in "queries/sync-status/UpdateSubscriptionSyncStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateSubscriptionSyncStatus' parameters type */
export interface IUpdateSubscriptionSyncStatusParams {
  externalId?: string | null | void;
  id: string;
  paymentProvider?: string | null | void;
  paymentSyncError?: string | null | void;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'UpdateSubscriptionSyncStatus' return type */
export interface IUpdateSubscriptionSyncStatusResult {
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
  createdAt: Date;
  currentPeriodEnd: Date | null;
  currentPeriodStart: Date | null;
  customerId: string | null;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  priceId: string | null;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  quantity: number;
  status: string | null;
  trialEnd: Date | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'UpdateSubscriptionSyncStatus' query type */
export interface IUpdateSubscriptionSyncStatusQuery {
  params: IUpdateSubscriptionSyncStatusParams;
  result: IUpdateSubscriptionSyncStatusResult;
}

const updateSubscriptionSyncStatusIR: any = {"usedParamSet":{"paymentSyncStatus":true,"paymentSyncError":true,"paymentProvider":true,"externalId":true,"workspaceId":true,"id":true},"params":[{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":415,"b":433}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":461,"b":477}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":512,"b":527}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":576,"b":586}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":700,"b":712}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":723,"b":726}]}],"statement":"-- Scope: one workspace. Sets the live subscription's sync status and error (null\n-- clears it), the provider and external id when given, stamps\n-- payment_synced_at when the status becomes synced (the trigger of migration\n-- 0013), adds 1 to the version.\n-- Unconditional (see UpdateSubscriptionPaymentSyncStatus for the optimistic one).\n-- The updated row, or null.\nUPDATE subscriptions\nSET payment_sync_status = :paymentSyncStatus!,\n    payment_sync_error = :paymentSyncError,\n    payment_provider = COALESCE(:paymentProvider, payment_provider),\n    external_id = COALESCE(:externalId, external_id),\n    updated_at = now(),\n    payment_sync_version = payment_sync_version + 1\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\nRETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Sets the live subscription's sync status and error (null
 * -- clears it), the provider and external id when given, stamps
 * -- payment_synced_at when the status becomes synced (the trigger of migration
 * -- 0013), adds 1 to the version.
 * -- Unconditional (see UpdateSubscriptionPaymentSyncStatus for the optimistic one).
 * -- The updated row, or null.
 * UPDATE subscriptions
 * SET payment_sync_status = :paymentSyncStatus!,
 *     payment_sync_error = :paymentSyncError,
 *     payment_provider = COALESCE(:paymentProvider, payment_provider),
 *     external_id = COALESCE(:externalId, external_id),
 *     updated_at = now(),
 *     payment_sync_version = payment_sync_version + 1
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *           cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 * ```
 */
export const updateSubscriptionSyncStatus = new PreparedQuery<IUpdateSubscriptionSyncStatusParams,IUpdateSubscriptionSyncStatusResult>(updateSubscriptionSyncStatusIR);


