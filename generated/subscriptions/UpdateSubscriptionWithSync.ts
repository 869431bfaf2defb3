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

/** 'UpdateSubscriptionWithSync' query type */
export interface IUpdateSubscriptionWithSyncQuery {
  params: IUpdateSubscriptionWithSyncParams;
  result: IUpdateSubscriptionWithSyncResult;
}

const updateSubscriptionWithSyncIR: any = {"usedParamSet":{"workspaceId":true,"id":true,"providerUpdatedAt":true,"customerId":true,"priceId":true,"status":true,"quantity":true,"currentPeriodStart":true,"currentPeriodEnd":true,"cancelAtPeriodEnd":true,"canceledAt":true,"trialEnd":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"paymentSyncError":true,"providerData":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1051,"b":1063},{"a":3613,"b":3625}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":1074,"b":1077},{"a":3636,"b":3639}]},{"name":"providerUpdatedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":1132,"b":1149},{"a":3480,"b":3497},{"a":3704,"b":3721},{"a":3779,"b":3796}]},{"name":"customerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1456,"b":1466},{"a":2475,"b":2485}]},{"name":"priceId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1498,"b":1505},{"a":2534,"b":2541}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":1564,"b":1570},{"a":2585,"b":2591}]},{"name":"quantity","required":false,"transform":{"type":"scalar"},"locs":[{"a":1591,"b":1599},{"a":2629,"b":2637}]},{"name":"currentPeriodStart","required":false,"transform":{"type":"scalar"},"locs":[{"a":1661,"b":1679},{"a":2698,"b":2716}]},{"name":"currentPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":1757,"b":1773},{"a":2791,"b":2807}]},{"name":"cancelAtPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":1849,"b":1866},{"a":2882,"b":2899}]},{"name":"canceledAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":1940,"b":1950},{"a":2963,"b":2973}]},{"name":"trialEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":2019,"b":2027},{"a":3030,"b":3038}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":2094,"b":2102},{"a":3092,"b":3100}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":2162,"b":2177},{"a":3155,"b":3170}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":2238,"b":2248},{"a":3221,"b":3231}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":2274,"b":2291},{"a":3285,"b":3302}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":2335,"b":2351},{"a":3369,"b":3385}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":2369,"b":2381},{"a":3553,"b":3565}]}],"statement":"-- Scope: one workspace. Applies a provider's view of the subscription by id:\n-- the given fields (an omitted one keeps its value), the sync status (default\n-- synced, which stamps payment_synced_at when the row becomes synced),\n-- provider data and time. Monotonic:\n-- a providerUpdatedAt older than the stored one changes nothing (null). The\n-- same providerUpdatedAt with the same content (every column the write would\n-- set) is an unchanged replay: nothing is written and the stored row comes\n-- back as it was. Otherwise adds 1 to the version and returns the updated\n-- row; null when not found or stale.\nWITH existing AS (\n  SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n         cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n         payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n         provider_updated_at, provider_data, created_at, updated_at, deleted_at\n  FROM subscriptions\n  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n    AND provider_updated_at = :providerUpdatedAt::timestamptz\n    AND (customer_id, price_id, status, quantity, current_period_start, current_period_end,\n         cancel_at_period_end, canceled_at, trial_end, metadata, payment_provider, external_id,\n         payment_sync_status, payment_sync_error, provider_data)\n        IS NOT DISTINCT FROM (COALESCE(:customerId::uuid, customer_id), COALESCE(:priceId::uuid, price_id),\n                              COALESCE(:status, status), COALESCE(:quantity::integer, quantity),\n                              COALESCE(:currentPeriodStart::timestamptz, current_period_start),\n                              COALESCE(:currentPeriodEnd::timestamptz, current_period_end),\n                              COALESCE(:cancelAtPeriodEnd::boolean, cancel_at_period_end),\n                              COALESCE(:canceledAt::timestamptz, canceled_at),\n                              COALESCE(:trialEnd::timestamptz, trial_end),\n                              COALESCE(:metadata::jsonb, metadata),\n                              COALESCE(:paymentProvider, payment_provider),\n                              COALESCE(:externalId, external_id), COALESCE(:paymentSyncStatus, 'synced'),\n                              :paymentSyncError::text, COALESCE(:providerData::jsonb, provider_data))\n),\nwritten AS (\n  UPDATE subscriptions\n  SET customer_id = COALESCE(:customerId::uuid, customer_id),\n      price_id = COALESCE(:priceId::uuid, price_id),\n      status = COALESCE(:status, status),\n      quantity = COALESCE(:quantity::integer, quantity),\n      current_period_start = COALESCE(:currentPeriodStart::timestamptz, current_period_start),\n      current_period_end = COALESCE(:currentPeriodEnd::timestamptz, current_period_end),\n      cancel_at_period_end = COALESCE(:cancelAtPeriodEnd::boolean, cancel_at_period_end),\n      canceled_at = COALESCE(:canceledAt::timestamptz, canceled_at),\n      trial_end = COALESCE(:trialEnd::timestamptz, trial_end),\n      metadata = COALESCE(:metadata::jsonb, metadata),\n      payment_provider = COALESCE(:paymentProvider, payment_provider),\n      external_id = COALESCE(:externalId, external_id),\n      payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),\n      updated_at = now(),\n      payment_sync_error = :paymentSyncError,\n      payment_sync_version = payment_sync_version + 1,\n      provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),\n      provider_data = COALESCE(:providerData::jsonb, provider_data)\n  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n    AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL\n         OR provider_updated_at <= :providerUpdatedAt::timestamptz)\n    AND NOT EXISTS (SELECT FROM existing)\n  RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start,\n            current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata, external_id,\n            payment_provider, payment_sync_status, payment_synced_at, payment_sync_version,\n            payment_sync_error, provider_updated_at, provider_data, created_at, updated_at, deleted_at\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", customer_id, price_id, status, quantity AS \"quantity!\",\n       current_period_start, current_period_end, cancel_at_period_end AS \"cancel_at_period_end!\", canceled_at,\n       trial_end, metadata AS \"metadata!\", external_id, payment_provider,\n       payment_sync_status AS \"payment_sync_status!\", payment_synced_at,\n       payment_sync_version AS \"payment_sync_version!\", payment_sync_error, provider_updated_at,\n       provider_data, created_at AS \"created_at!\", updated_at AS \"updated_at!\", deleted_at\nFROM written\nUNION ALL\nSELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n       cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at\nFROM existing"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Applies a provider's view of the subscription by id:
 * -- the given fields (an omitted one keeps its value), the sync status (default
 * -- synced, which stamps payment_synced_at when the row becomes synced),
 * -- provider data and time. Monotonic:
 * -- a providerUpdatedAt older than the stored one changes nothing (null). The
 * -- same providerUpdatedAt with the same content (every column the write would
 * -- set) is an unchanged replay: nothing is written and the stored row comes
 * -- back as it was. Otherwise adds 1 to the version and returns the updated
 * -- row; null when not found or stale.
 * WITH existing AS (
 *   SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *          provider_updated_at, provider_data, created_at, updated_at, deleted_at
 *   FROM subscriptions
 *   WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 *     AND provider_updated_at = :providerUpdatedAt::timestamptz
 *     AND (customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *          cancel_at_period_end, canceled_at, trial_end, metadata, payment_provider, external_id,
 *          payment_sync_status, payment_sync_error, provider_data)
 *         IS NOT DISTINCT FROM (COALESCE(:customerId::uuid, customer_id), COALESCE(:priceId::uuid, price_id),
 *                               COALESCE(:status, status), COALESCE(:quantity::integer, quantity),
 *                               COALESCE(:currentPeriodStart::timestamptz, current_period_start),
 *                               COALESCE(:currentPeriodEnd::timestamptz, current_period_end),
 *                               COALESCE(:cancelAtPeriodEnd::boolean, cancel_at_period_end),
 *                               COALESCE(:canceledAt::timestamptz, canceled_at),
 *                               COALESCE(:trialEnd::timestamptz, trial_end),
 *                               COALESCE(:metadata::jsonb, metadata),
 *                               COALESCE(:paymentProvider, payment_provider),
 *                               COALESCE(:externalId, external_id), COALESCE(:paymentSyncStatus, 'synced'),
 *                               :paymentSyncError::text, COALESCE(:providerData::jsonb, provider_data))
 * ),
 * written AS (
 *   UPDATE subscriptions
 *   SET customer_id = COALESCE(:customerId::uuid, customer_id),
 *       price_id = COALESCE(:priceId::uuid, price_id),
 *       status = COALESCE(:status, status),
 *       quantity = COALESCE(:quantity::integer, quantity),
 *       current_period_start = COALESCE(:currentPeriodStart::timestamptz, current_period_start),
 *       current_period_end = COALESCE(:currentPeriodEnd::timestamptz, current_period_end),
 *       cancel_at_period_end = COALESCE(:cancelAtPeriodEnd::boolean, cancel_at_period_end),
 *       canceled_at = COALESCE(:canceledAt::timestamptz, canceled_at),
 *       trial_end = COALESCE(:trialEnd::timestamptz, trial_end),
 *       metadata = COALESCE(:metadata::jsonb, metadata),
 *       payment_provider = COALESCE(:paymentProvider, payment_provider),
 *       external_id = COALESCE(:externalId, external_id),
 *       payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),
 *       updated_at = now(),
 *       payment_sync_error = :paymentSyncError,
 *       payment_sync_version = payment_sync_version + 1,
 *       provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),
 *       provider_data = COALESCE(:providerData::jsonb, provider_data)
 *   WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 *     AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL
 *          OR provider_updated_at <= :providerUpdatedAt::timestamptz)
 *     AND NOT EXISTS (SELECT FROM existing)
 *   RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start,
 *             current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata, external_id,
 *             payment_provider, payment_sync_status, payment_synced_at, payment_sync_version,
 *             payment_sync_error, provider_updated_at, provider_data, created_at, updated_at, deleted_at
 * )
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT workspace_id AS "workspace_id!", id AS "id!", customer_id, price_id, status, quantity AS "quantity!",
 *        current_period_start, current_period_end, cancel_at_period_end AS "cancel_at_period_end!", canceled_at,
 *        trial_end, metadata AS "metadata!", external_id, payment_provider,
 *        payment_sync_status AS "payment_sync_status!", payment_synced_at,
 *        payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at,
 *        provider_data, created_at AS "created_at!", updated_at AS "updated_at!", deleted_at
 * FROM written
 * UNION ALL
 * SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *        cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at
 * FROM existing
 * ```
 */
export const updateSubscriptionWithSync = new PreparedQuery<IUpdateSubscriptionWithSyncParams,IUpdateSubscriptionWithSyncResult>(updateSubscriptionWithSyncIR);


