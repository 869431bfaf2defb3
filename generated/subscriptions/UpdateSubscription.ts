/** Types generated for queries found in "queries/subscriptions/UpdateSubscription.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateSubscription' parameters type */
export interface IUpdateSubscriptionParams {
  cancelAtPeriodEnd?: boolean | null | void;
  canceledAt?: DateOrString | null | void;
  currentPeriodEnd?: DateOrString | null | void;
  currentPeriodStart?: DateOrString | null | void;
  customerId?: string | null | void;
  id: string;
  metadata?: Json | null | void;
  priceId?: string | null | void;
  quantity?: number | null | void;
  status?: string | null | void;
  trialEnd?: DateOrString | null | void;
  workspaceId: string;
}

/** 'UpdateSubscription' return type */
export interface IUpdateSubscriptionResult {
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

/** 'UpdateSubscription' query type */
export interface IUpdateSubscriptionQuery {
  params: IUpdateSubscriptionParams;
  result: IUpdateSubscriptionResult;
}

const updateSubscriptionIR: any = {"usedParamSet":{"customerId":true,"priceId":true,"status":true,"quantity":true,"currentPeriodStart":true,"currentPeriodEnd":true,"cancelAtPeriodEnd":true,"canceledAt":true,"trialEnd":true,"metadata":true,"workspaceId":true,"id":true},"params":[{"name":"customerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":344,"b":354}]},{"name":"priceId","required":false,"transform":{"type":"scalar"},"locs":[{"a":401,"b":408}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":450,"b":456}]},{"name":"quantity","required":false,"transform":{"type":"scalar"},"locs":[{"a":492,"b":500}]},{"name":"currentPeriodStart","required":false,"transform":{"type":"scalar"},"locs":[{"a":559,"b":577}]},{"name":"currentPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":650,"b":666}]},{"name":"cancelAtPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":739,"b":756}]},{"name":"canceledAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":818,"b":828}]},{"name":"trialEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":883,"b":891}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":943,"b":951}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1106,"b":1118}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":1129,"b":1132}]}],"statement":"-- Scope: one workspace. Changes the given fields (an omitted field keeps its\n-- value) and marks the subscription pending, since the provider has not seen\n-- the change yet. Adds 1 to the version. A new customer_id or price_id must\n-- name a row of the same workspace. The updated row, or null.\nUPDATE subscriptions\nSET customer_id = COALESCE(:customerId::uuid, customer_id),\n    price_id = COALESCE(:priceId::uuid, price_id),\n    status = COALESCE(:status, status),\n    quantity = COALESCE(:quantity::integer, quantity),\n    current_period_start = COALESCE(:currentPeriodStart::timestamptz, current_period_start),\n    current_period_end = COALESCE(:currentPeriodEnd::timestamptz, current_period_end),\n    cancel_at_period_end = COALESCE(:cancelAtPeriodEnd::boolean, cancel_at_period_end),\n    canceled_at = COALESCE(:canceledAt::timestamptz, canceled_at),\n    trial_end = COALESCE(:trialEnd::timestamptz, trial_end),\n    metadata = COALESCE(:metadata::jsonb, metadata),\n    payment_sync_status = 'pending',\n    payment_sync_version = payment_sync_version + 1,\n    updated_at = now()\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\nRETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Changes the given fields (an omitted field keeps its
 * -- value) and marks the subscription pending, since the provider has not seen
 * -- the change yet. Adds 1 to the version. A new customer_id or price_id must
 * -- name a row of the same workspace. The updated row, or null.
 * UPDATE subscriptions
 * SET customer_id = COALESCE(:customerId::uuid, customer_id),
 *     price_id = COALESCE(:priceId::uuid, price_id),
 *     status = COALESCE(:status, status),
 *     quantity = COALESCE(:quantity::integer, quantity),
 *     current_period_start = COALESCE(:currentPeriodStart::timestamptz, current_period_start),
 *     current_period_end = COALESCE(:currentPeriodEnd::timestamptz, current_period_end),
 *     cancel_at_period_end = COALESCE(:cancelAtPeriodEnd::boolean, cancel_at_period_end),
 *     canceled_at = COALESCE(:canceledAt::timestamptz, canceled_at),
 *     trial_end = COALESCE(:trialEnd::timestamptz, trial_end),
 *     metadata = COALESCE(:metadata::jsonb, metadata),
 *     payment_sync_status = 'pending',
 *     payment_sync_version = payment_sync_version + 1,
 *     updated_at = now()
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *           cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 * ```
 */
export const updateSubscription = new PreparedQuery<IUpdateSubscriptionParams,IUpdateSubscriptionResult>(updateSubscriptionIR);


