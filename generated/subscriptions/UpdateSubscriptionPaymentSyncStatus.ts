/** Types generated for queries found in "queries/subscriptions/UpdateSubscriptionPaymentSyncStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateSubscriptionPaymentSyncStatus' parameters type */
export interface IUpdateSubscriptionPaymentSyncStatusParams {
  expectedVersion: number;
  externalId?: string | null | void;
  id: string;
  paymentProvider?: string | null | void;
  paymentSyncError?: string | null | void;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'UpdateSubscriptionPaymentSyncStatus' return type */
export interface IUpdateSubscriptionPaymentSyncStatusResult {
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

/** 'UpdateSubscriptionPaymentSyncStatus' query type */
export interface IUpdateSubscriptionPaymentSyncStatusQuery {
  params: IUpdateSubscriptionPaymentSyncStatusParams;
  result: IUpdateSubscriptionPaymentSyncStatusResult;
}

const updateSubscriptionPaymentSyncStatusIR: any = {"usedParamSet":{"paymentSyncStatus":true,"paymentSyncError":true,"paymentProvider":true,"externalId":true,"workspaceId":true,"id":true,"expectedVersion":true},"params":[{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":408,"b":426}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":454,"b":470}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":505,"b":520}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":569,"b":579}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":693,"b":705}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":716,"b":719}]},{"name":"expectedVersion","required":true,"transform":{"type":"scalar"},"locs":[{"a":750,"b":766}]}],"statement":"-- Scope: one workspace. Optimistic concurrency: sets the sync status (and\n-- error, provider, external id when given) only when the stored version equals\n-- expectedVersion, stamping payment_synced_at when it becomes synced (the\n-- trigger of migration 0013) and adding 1 to the\n-- version. The updated row, or null when the version moved on (or no such row).\nUPDATE subscriptions\nSET payment_sync_status = :paymentSyncStatus!,\n    payment_sync_error = :paymentSyncError,\n    payment_provider = COALESCE(:paymentProvider, payment_provider),\n    external_id = COALESCE(:externalId, external_id),\n    updated_at = now(),\n    payment_sync_version = payment_sync_version + 1\nWHERE workspace_id = :workspaceId! AND id = :id!\n  AND payment_sync_version = :expectedVersion!\n  AND deleted_at IS NULL\nRETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Optimistic concurrency: sets the sync status (and
 * -- error, provider, external id when given) only when the stored version equals
 * -- expectedVersion, stamping payment_synced_at when it becomes synced (the
 * -- trigger of migration 0013) and adding 1 to the
 * -- version. The updated row, or null when the version moved on (or no such row).
 * UPDATE subscriptions
 * SET payment_sync_status = :paymentSyncStatus!,
 *     payment_sync_error = :paymentSyncError,
 *     payment_provider = COALESCE(:paymentProvider, payment_provider),
 *     external_id = COALESCE(:externalId, external_id),
 *     updated_at = now(),
 *     payment_sync_version = payment_sync_version + 1
 * WHERE workspace_id = :workspaceId! AND id = :id!
 *   AND payment_sync_version = :expectedVersion!
 *   AND deleted_at IS NULL
 * RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *           cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 * ```
 */
export const updateSubscriptionPaymentSyncStatus = new PreparedQuery<IUpdateSubscriptionPaymentSyncStatusParams,IUpdateSubscriptionPaymentSyncStatusResult>(updateSubscriptionPaymentSyncStatusIR);


