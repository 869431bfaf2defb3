/** Types generated for queries found in "queries/subscriptions/GetSubscriptionsNeedingSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetSubscriptionsNeedingSync' parameters type */
export interface IGetSubscriptionsNeedingSyncParams {
  afterId: string;
  afterPaymentSyncStatusChangedAt: DateOrString;
  afterProviderUpdatedAtPresent: boolean;
  limit: number;
  workspaceId: string;
}

/** 'GetSubscriptionsNeedingSync' return type */
export interface IGetSubscriptionsNeedingSyncResult {
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
  paymentSyncStatusChangedAt: Date;
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

/** 'GetSubscriptionsNeedingSync' query type */
export interface IGetSubscriptionsNeedingSyncQuery {
  params: IGetSubscriptionsNeedingSyncParams;
  result: IGetSubscriptionsNeedingSyncResult;
}

const getSubscriptionsNeedingSyncIR: any = {"usedParamSet":{"workspaceId":true,"afterProviderUpdatedAtPresent":true,"afterPaymentSyncStatusChangedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":971,"b":983}]},{"name":"afterProviderUpdatedAtPresent","required":true,"transform":{"type":"scalar"},"locs":[{"a":1133,"b":1163}]},{"name":"afterPaymentSyncStatusChangedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1175,"b":1207}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1223,"b":1231}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1310,"b":1316}]}],"statement":"-- Scope: one workspace. Live subscriptions whose status is pending or failed:\n-- first those the provider has never described (placeholders created for a\n-- child, local rows never synced: provider_updated_at null), then the others,\n-- each in the order they entered the queue (the oldest change of sync status\n-- first; a row keeps its place while it waits, whatever else is written to\n-- it): keyset-paginated in (provider_described, payment_sync_status_changed_at,\n-- id) order, over the _needing_sync index (migration 0013).\nSELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n       cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at, payment_sync_status_changed_at\nFROM subscriptions\nWHERE workspace_id = :workspaceId!\n  AND deleted_at IS NULL\n  AND payment_sync_status IN ('pending', 'failed')\n  AND (provider_described, payment_sync_status_changed_at, id)\n      > (:afterProviderUpdatedAtPresent!::boolean, :afterPaymentSyncStatusChangedAt!::timestamptz, :afterId!::uuid)\nORDER BY provider_described, payment_sync_status_changed_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live subscriptions whose status is pending or failed:
 * -- first those the provider has never described (placeholders created for a
 * -- child, local rows never synced: provider_updated_at null), then the others,
 * -- each in the order they entered the queue (the oldest change of sync status
 * -- first; a row keeps its place while it waits, whatever else is written to
 * -- it): keyset-paginated in (provider_described, payment_sync_status_changed_at,
 * -- id) order, over the _needing_sync index (migration 0013).
 * SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *        cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at, payment_sync_status_changed_at
 * FROM subscriptions
 * WHERE workspace_id = :workspaceId!
 *   AND deleted_at IS NULL
 *   AND payment_sync_status IN ('pending', 'failed')
 *   AND (provider_described, payment_sync_status_changed_at, id)
 *       > (:afterProviderUpdatedAtPresent!::boolean, :afterPaymentSyncStatusChangedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY provider_described, payment_sync_status_changed_at, id
 * LIMIT :limit!
 * ```
 */
export const getSubscriptionsNeedingSync = new PreparedQuery<IGetSubscriptionsNeedingSyncParams,IGetSubscriptionsNeedingSyncResult>(getSubscriptionsNeedingSyncIR);


