/** Types generated for queries found in "queries/subscriptions/CreateSubscription.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'CreateSubscription' parameters type */
export interface ICreateSubscriptionParams {
  cancelAtPeriodEnd?: boolean | null | void;
  canceledAt?: DateOrString | null | void;
  currentPeriodEnd?: DateOrString | null | void;
  currentPeriodStart?: DateOrString | null | void;
  customerId: string;
  externalId?: string | null | void;
  metadata?: Json | null | void;
  paymentProvider?: string | null | void;
  priceId: string;
  quantity?: number | null | void;
  status: string;
  trialEnd?: DateOrString | null | void;
  workspaceId: string;
}

/** 'CreateSubscription' return type */
export interface ICreateSubscriptionResult {
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

/** 'CreateSubscription' query type */
export interface ICreateSubscriptionQuery {
  params: ICreateSubscriptionParams;
  result: ICreateSubscriptionResult;
}

const createSubscriptionIR: any = {"usedParamSet":{"workspaceId":true,"customerId":true,"priceId":true,"status":true,"quantity":true,"currentPeriodStart":true,"currentPeriodEnd":true,"cancelAtPeriodEnd":true,"canceledAt":true,"trialEnd":true,"metadata":true,"paymentProvider":true,"externalId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":497,"b":509}]},{"name":"customerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":512,"b":523}]},{"name":"priceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":526,"b":534}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":537,"b":544}]},{"name":"quantity","required":false,"transform":{"type":"scalar"},"locs":[{"a":556,"b":564}]},{"name":"currentPeriodStart","required":false,"transform":{"type":"scalar"},"locs":[{"a":582,"b":600}]},{"name":"currentPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":603,"b":619}]},{"name":"cancelAtPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":631,"b":648}]},{"name":"canceledAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":668,"b":678}]},{"name":"trialEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":681,"b":689}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":703,"b":711}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":728,"b":743}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":746,"b":756}]}],"statement":"-- Scope: one workspace. Inserts a subscription created locally (sync status\n-- pending). customer_id and price_id must name rows of the same workspace\n-- (composite foreign keys). A provider reference, when given, must be unique\n-- among live rows. The inserted row.\nINSERT INTO subscriptions (\n  workspace_id, customer_id, price_id, status, quantity,\n  current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end,\n  metadata, payment_provider, external_id)\nVALUES (\n  :workspaceId!, :customerId!, :priceId!, :status!, COALESCE(:quantity::integer, 1),\n  :currentPeriodStart, :currentPeriodEnd, COALESCE(:cancelAtPeriodEnd::boolean, false), :canceledAt, :trialEnd,\n  COALESCE(:metadata::jsonb, '{}'), :paymentProvider, :externalId)\nRETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Inserts a subscription created locally (sync status
 * -- pending). customer_id and price_id must name rows of the same workspace
 * -- (composite foreign keys). A provider reference, when given, must be unique
 * -- among live rows. The inserted row.
 * INSERT INTO subscriptions (
 *   workspace_id, customer_id, price_id, status, quantity,
 *   current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end,
 *   metadata, payment_provider, external_id)
 * VALUES (
 *   :workspaceId!, :customerId!, :priceId!, :status!, COALESCE(:quantity::integer, 1),
 *   :currentPeriodStart, :currentPeriodEnd, COALESCE(:cancelAtPeriodEnd::boolean, false), :canceledAt, :trialEnd,
 *   COALESCE(:metadata::jsonb, '{}'), :paymentProvider, :externalId)
 * RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *           cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 * ```
 */
export const createSubscription = new PreparedQuery<ICreateSubscriptionParams,ICreateSubscriptionResult>(createSubscriptionIR);


