/** Types generated for queries found in "queries/sync-status/GetSubscriptionsByPaymentProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetSubscriptionsByPaymentProvider' parameters type */
export interface IGetSubscriptionsByPaymentProviderParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetSubscriptionsByPaymentProvider' return type */
export interface IGetSubscriptionsByPaymentProviderResult {
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

/** 'GetSubscriptionsByPaymentProvider' query type */
export interface IGetSubscriptionsByPaymentProviderQuery {
  params: IGetSubscriptionsByPaymentProviderParams;
  result: IGetSubscriptionsByPaymentProviderResult;
}

const getSubscriptionsByPaymentProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":561,"b":573}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":600,"b":616}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":669,"b":684}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":700,"b":708}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":747,"b":753}]}],"statement":"-- Scope: one workspace. Live subscriptions of one payment provider, whatever their sync\n-- status; keyset-paginated in (created_at, id) order. A list.\nSELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n       cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at\nFROM subscriptions\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND deleted_at IS NULL\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live subscriptions of one payment provider, whatever their sync
 * -- status; keyset-paginated in (created_at, id) order. A list.
 * SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *        cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at
 * FROM subscriptions
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND deleted_at IS NULL
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getSubscriptionsByPaymentProvider = new PreparedQuery<IGetSubscriptionsByPaymentProviderParams,IGetSubscriptionsByPaymentProviderResult>(getSubscriptionsByPaymentProviderIR);


