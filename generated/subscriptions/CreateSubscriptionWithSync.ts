/** Types generated for queries found in "queries/subscriptions/CreateSubscriptionWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'CreateSubscriptionWithSync' parameters type */
export interface ICreateSubscriptionWithSyncParams {
  cancelAtPeriodEnd?: boolean | null | void;
  canceledAt?: DateOrString | null | void;
  currentPeriodEnd?: DateOrString | null | void;
  currentPeriodStart?: DateOrString | null | void;
  customerId: string;
  externalId: string;
  metadata?: Json | null | void;
  paymentProvider: string;
  paymentSyncStatus?: string | null | void;
  priceId: string;
  providerData?: Json | null | void;
  providerUpdatedAt: DateOrString;
  quantity?: number | null | void;
  status: string;
  trialEnd?: DateOrString | null | void;
  workspaceId: string;
}

/** 'CreateSubscriptionWithSync' return type */
export interface ICreateSubscriptionWithSyncResult {
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
  createdAt: Date;
  currentPeriodEnd: Date | null;
  currentPeriodStart: Date | null;
  customerId: string;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  inserted: boolean;
  metadata: Json;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  priceId: string;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  quantity: number;
  status: string;
  trialEnd: Date | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'CreateSubscriptionWithSync' query type */
export interface ICreateSubscriptionWithSyncQuery {
  params: ICreateSubscriptionWithSyncParams;
  result: ICreateSubscriptionWithSyncResult;
}

const createSubscriptionWithSyncIR: any = {"usedParamSet":{"workspaceId":true,"customerId":true,"priceId":true,"status":true,"quantity":true,"currentPeriodStart":true,"currentPeriodEnd":true,"cancelAtPeriodEnd":true,"canceledAt":true,"trialEnd":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"providerUpdatedAt":true,"providerData":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":690,"b":702}]},{"name":"customerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":705,"b":716}]},{"name":"priceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":719,"b":727}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":730,"b":737}]},{"name":"quantity","required":false,"transform":{"type":"scalar"},"locs":[{"a":749,"b":757}]},{"name":"currentPeriodStart","required":false,"transform":{"type":"scalar"},"locs":[{"a":775,"b":793}]},{"name":"currentPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":796,"b":812}]},{"name":"cancelAtPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":824,"b":841}]},{"name":"canceledAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":861,"b":871}]},{"name":"trialEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":874,"b":882}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":896,"b":904}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":921,"b":937}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":940,"b":951}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":965,"b":982},{"a":1017,"b":1034}]},{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1076,"b":1094}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":1097,"b":1109}]}],"statement":"-- Scope: one workspace. Idempotent, monotonic upsert of a provider's\n-- subscription: the live row of (workspace, provider, external id) is replaced\n-- by the provider's state unless it holds a newer provider_updated_at; no row\n-- comes back for such a stale write. customer_id and price_id are the\n-- library's ids (resolved by the caller), checked by composite foreign keys.\nINSERT INTO subscriptions AS s (\n  workspace_id, customer_id, price_id, status, quantity,\n  current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end,\n  metadata, payment_provider, external_id,\n  payment_sync_status, payment_synced_at, provider_updated_at, provider_data)\nVALUES (\n  :workspaceId!, :customerId!, :priceId!, :status!, COALESCE(:quantity::integer, 1),\n  :currentPeriodStart, :currentPeriodEnd, COALESCE(:cancelAtPeriodEnd::boolean, false), :canceledAt, :trialEnd,\n  COALESCE(:metadata::jsonb, '{}'), :paymentProvider!, :externalId!,\n  COALESCE(:paymentSyncStatus, 'synced'),\n  CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() END,\n  :providerUpdatedAt!, :providerData::jsonb)\nON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL\nDO UPDATE SET\n  customer_id = excluded.customer_id,\n  price_id = excluded.price_id,\n  status = excluded.status,\n  quantity = excluded.quantity,\n  current_period_start = excluded.current_period_start,\n  current_period_end = excluded.current_period_end,\n  cancel_at_period_end = excluded.cancel_at_period_end,\n  canceled_at = excluded.canceled_at,\n  trial_end = excluded.trial_end,\n  metadata = excluded.metadata,\n  payment_sync_status = excluded.payment_sync_status,\n  payment_synced_at = COALESCE(excluded.payment_synced_at, s.payment_synced_at),\n  payment_sync_error = NULL,\n  payment_sync_version = s.payment_sync_version + 1,\n  provider_updated_at = excluded.provider_updated_at,\n  provider_data = excluded.provider_data\nWHERE s.provider_updated_at IS NULL OR s.provider_updated_at <= excluded.provider_updated_at\nRETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at, (xmax = 0) AS \"inserted!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Idempotent, monotonic upsert of a provider's
 * -- subscription: the live row of (workspace, provider, external id) is replaced
 * -- by the provider's state unless it holds a newer provider_updated_at; no row
 * -- comes back for such a stale write. customer_id and price_id are the
 * -- library's ids (resolved by the caller), checked by composite foreign keys.
 * INSERT INTO subscriptions AS s (
 *   workspace_id, customer_id, price_id, status, quantity,
 *   current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end,
 *   metadata, payment_provider, external_id,
 *   payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
 * VALUES (
 *   :workspaceId!, :customerId!, :priceId!, :status!, COALESCE(:quantity::integer, 1),
 *   :currentPeriodStart, :currentPeriodEnd, COALESCE(:cancelAtPeriodEnd::boolean, false), :canceledAt, :trialEnd,
 *   COALESCE(:metadata::jsonb, '{}'), :paymentProvider!, :externalId!,
 *   COALESCE(:paymentSyncStatus, 'synced'),
 *   CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() END,
 *   :providerUpdatedAt!, :providerData::jsonb)
 * ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
 * DO UPDATE SET
 *   customer_id = excluded.customer_id,
 *   price_id = excluded.price_id,
 *   status = excluded.status,
 *   quantity = excluded.quantity,
 *   current_period_start = excluded.current_period_start,
 *   current_period_end = excluded.current_period_end,
 *   cancel_at_period_end = excluded.cancel_at_period_end,
 *   canceled_at = excluded.canceled_at,
 *   trial_end = excluded.trial_end,
 *   metadata = excluded.metadata,
 *   payment_sync_status = excluded.payment_sync_status,
 *   payment_synced_at = COALESCE(excluded.payment_synced_at, s.payment_synced_at),
 *   payment_sync_error = NULL,
 *   payment_sync_version = s.payment_sync_version + 1,
 *   provider_updated_at = excluded.provider_updated_at,
 *   provider_data = excluded.provider_data
 * WHERE s.provider_updated_at IS NULL OR s.provider_updated_at <= excluded.provider_updated_at
 * RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *           cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at, (xmax = 0) AS "inserted!"
 * ```
 */
export const createSubscriptionWithSync = new PreparedQuery<ICreateSubscriptionWithSyncParams,ICreateSubscriptionWithSyncResult>(createSubscriptionWithSyncIR);


