/** Types generated for queries found in "queries/subscriptions/UpdateSubscriptionWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateSubscriptionWithSync' parameters type */
export interface IUpdateSubscriptionWithSyncParams {
  cancelAtPeriodEnd?: boolean | null | void;
  canceledAt?: DateOrString | null | void;
  currentPeriodEnd?: DateOrString | null | void;
  currentPeriodStart?: DateOrString | null | void;
  customerId?: string | null | void;
  externalId?: string | null | void;
  id: string;
  metadata?: Json | null | void;
  paymentProvider?: string | null | void;
  paymentSyncError?: string | null | void;
  paymentSyncStatus?: string | null | void;
  priceId?: string | null | void;
  providerData?: Json | null | void;
  providerUpdatedAt?: DateOrString | null | void;
  quantity?: number | null | void;
  status?: string | null | void;
  trialEnd?: DateOrString | null | void;
  workspaceId: string;
}

/** 'UpdateSubscriptionWithSync' return type */
export interface IUpdateSubscriptionWithSyncResult {
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
  createdAt: Date;
  currentPeriodEnd: Date | null;
  currentPeriodStart: Date | null;
  customerId: string;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
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

/** 'UpdateSubscriptionWithSync' query type */
export interface IUpdateSubscriptionWithSyncQuery {
  params: IUpdateSubscriptionWithSyncParams;
  result: IUpdateSubscriptionWithSyncResult;
}

const updateSubscriptionWithSyncIR: any = {"usedParamSet":{"customerId":true,"priceId":true,"status":true,"quantity":true,"currentPeriodStart":true,"currentPeriodEnd":true,"cancelAtPeriodEnd":true,"canceledAt":true,"trialEnd":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"paymentSyncError":true,"providerUpdatedAt":true,"providerData":true,"workspaceId":true,"id":true},"params":[{"name":"customerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":426,"b":436}]},{"name":"priceId","required":false,"transform":{"type":"scalar"},"locs":[{"a":483,"b":490}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":532,"b":538}]},{"name":"quantity","required":false,"transform":{"type":"scalar"},"locs":[{"a":574,"b":582}]},{"name":"currentPeriodStart","required":false,"transform":{"type":"scalar"},"locs":[{"a":641,"b":659}]},{"name":"currentPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":732,"b":748}]},{"name":"cancelAtPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":821,"b":838}]},{"name":"canceledAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":900,"b":910}]},{"name":"trialEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":965,"b":973}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":1025,"b":1033}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":1086,"b":1101}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1150,"b":1160}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":1212,"b":1229},{"a":1286,"b":1303}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":1391,"b":1407}]},{"name":"providerUpdatedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":1498,"b":1515},{"a":1716,"b":1733},{"a":1789,"b":1806}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":1569,"b":1581}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1627,"b":1639}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":1650,"b":1653}]}],"statement":"-- Scope: one workspace. Applies a provider's view of the subscription by id:\n-- the given fields (an omitted one keeps its value), the sync status (default\n-- synced, which stamps payment_synced_at), provider data and time. Monotonic:\n-- a providerUpdatedAt older than the stored one changes nothing. Adds 1 to\n-- the version. The updated row, or null when not found or stale.\nUPDATE subscriptions\nSET customer_id = COALESCE(:customerId::uuid, customer_id),\n    price_id = COALESCE(:priceId::uuid, price_id),\n    status = COALESCE(:status, status),\n    quantity = COALESCE(:quantity::integer, quantity),\n    current_period_start = COALESCE(:currentPeriodStart::timestamptz, current_period_start),\n    current_period_end = COALESCE(:currentPeriodEnd::timestamptz, current_period_end),\n    cancel_at_period_end = COALESCE(:cancelAtPeriodEnd::boolean, cancel_at_period_end),\n    canceled_at = COALESCE(:canceledAt::timestamptz, canceled_at),\n    trial_end = COALESCE(:trialEnd::timestamptz, trial_end),\n    metadata = COALESCE(:metadata::jsonb, metadata),\n    payment_provider = COALESCE(:paymentProvider, payment_provider),\n    external_id = COALESCE(:externalId, external_id),\n    payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),\n    payment_synced_at = CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() ELSE payment_synced_at END,\n    payment_sync_error = :paymentSyncError,\n    payment_sync_version = payment_sync_version + 1,\n    provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),\n    provider_data = COALESCE(:providerData::jsonb, provider_data)\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n  AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL\n       OR provider_updated_at <= :providerUpdatedAt::timestamptz)\nRETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Applies a provider's view of the subscription by id:
 * -- the given fields (an omitted one keeps its value), the sync status (default
 * -- synced, which stamps payment_synced_at), provider data and time. Monotonic:
 * -- a providerUpdatedAt older than the stored one changes nothing. Adds 1 to
 * -- the version. The updated row, or null when not found or stale.
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
 *     payment_provider = COALESCE(:paymentProvider, payment_provider),
 *     external_id = COALESCE(:externalId, external_id),
 *     payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),
 *     payment_synced_at = CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() ELSE payment_synced_at END,
 *     payment_sync_error = :paymentSyncError,
 *     payment_sync_version = payment_sync_version + 1,
 *     provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),
 *     provider_data = COALESCE(:providerData::jsonb, provider_data)
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 *   AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL
 *        OR provider_updated_at <= :providerUpdatedAt::timestamptz)
 * RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *           cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 * ```
 */
export const updateSubscriptionWithSync = new PreparedQuery<IUpdateSubscriptionWithSyncParams,IUpdateSubscriptionWithSyncResult>(updateSubscriptionWithSyncIR);


