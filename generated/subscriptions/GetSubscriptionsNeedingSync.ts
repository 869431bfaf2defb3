/** Types generated for queries found in "queries/subscriptions/GetSubscriptionsNeedingSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetSubscriptionsNeedingSync' parameters type */
export interface IGetSubscriptionsNeedingSyncParams {
  afterId: string;
  afterProviderUpdatedAtPresent: boolean;
  afterUpdatedAt: DateOrString;
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

const getSubscriptionsNeedingSyncIR: any = {"usedParamSet":{"workspaceId":true,"afterProviderUpdatedAtPresent":true,"afterUpdatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":752,"b":764}]},{"name":"afterProviderUpdatedAtPresent","required":true,"transform":{"type":"scalar"},"locs":[{"a":909,"b":939}]},{"name":"afterUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":951,"b":966}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":982,"b":990}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1064,"b":1070}]}],"statement":"-- Scope: one workspace. Live subscriptions whose status is pending or failed:\n-- first those the provider has never described (placeholders created for a\n-- child, local rows never synced: provider_updated_at null), then the others,\n-- each oldest change first: keyset-paginated in\n-- (provider_updated_at IS NOT NULL, updated_at, id) order.\nSELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n       cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at\nFROM subscriptions\nWHERE workspace_id = :workspaceId!\n  AND deleted_at IS NULL\n  AND payment_sync_status IN ('pending', 'failed')\n  AND ((provider_updated_at IS NOT NULL), updated_at, id)\n      > (:afterProviderUpdatedAtPresent!::boolean, :afterUpdatedAt!::timestamptz, :afterId!::uuid)\nORDER BY (provider_updated_at IS NOT NULL), updated_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live subscriptions whose status is pending or failed:
 * -- first those the provider has never described (placeholders created for a
 * -- child, local rows never synced: provider_updated_at null), then the others,
 * -- each oldest change first: keyset-paginated in
 * -- (provider_updated_at IS NOT NULL, updated_at, id) order.
 * SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *        cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at
 * FROM subscriptions
 * WHERE workspace_id = :workspaceId!
 *   AND deleted_at IS NULL
 *   AND payment_sync_status IN ('pending', 'failed')
 *   AND ((provider_updated_at IS NOT NULL), updated_at, id)
 *       > (:afterProviderUpdatedAtPresent!::boolean, :afterUpdatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY (provider_updated_at IS NOT NULL), updated_at, id
 * LIMIT :limit!
 * ```
 */
export const getSubscriptionsNeedingSync = new PreparedQuery<IGetSubscriptionsNeedingSyncParams,IGetSubscriptionsNeedingSyncResult>(getSubscriptionsNeedingSyncIR);


