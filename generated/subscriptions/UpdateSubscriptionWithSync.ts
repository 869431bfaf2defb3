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

const updateSubscriptionWithSyncIR: any = {"usedParamSet":{"workspaceId":true,"id":true,"providerUpdatedAt":true,"customerId":true,"priceId":true,"status":true,"quantity":true,"currentPeriodStart":true,"currentPeriodEnd":true,"cancelAtPeriodEnd":true,"canceledAt":true,"trialEnd":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"paymentSyncError":true,"providerData":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1020,"b":1032},{"a":3582,"b":3594}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":1043,"b":1046},{"a":3605,"b":3608}]},{"name":"providerUpdatedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":1101,"b":1118},{"a":3449,"b":3466},{"a":3673,"b":3690},{"a":3748,"b":3765}]},{"name":"customerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1425,"b":1435},{"a":2444,"b":2454}]},{"name":"priceId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1467,"b":1474},{"a":2503,"b":2510}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":1533,"b":1539},{"a":2554,"b":2560}]},{"name":"quantity","required":false,"transform":{"type":"scalar"},"locs":[{"a":1560,"b":1568},{"a":2598,"b":2606}]},{"name":"currentPeriodStart","required":false,"transform":{"type":"scalar"},"locs":[{"a":1630,"b":1648},{"a":2667,"b":2685}]},{"name":"currentPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":1726,"b":1742},{"a":2760,"b":2776}]},{"name":"cancelAtPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":1818,"b":1835},{"a":2851,"b":2868}]},{"name":"canceledAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":1909,"b":1919},{"a":2932,"b":2942}]},{"name":"trialEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":1988,"b":1996},{"a":2999,"b":3007}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":2063,"b":2071},{"a":3061,"b":3069}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":2131,"b":2146},{"a":3124,"b":3139}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":2207,"b":2217},{"a":3190,"b":3200}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":2243,"b":2260},{"a":3254,"b":3271}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":2304,"b":2320},{"a":3338,"b":3354}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":2338,"b":2350},{"a":3522,"b":3534}]}],"statement":"-- Scope: one workspace. Applies a provider's view of the subscription by id:\n-- the given fields (an omitted one keeps its value), the sync status (default\n-- synced, which stamps payment_synced_at), provider data and time. Monotonic:\n-- a providerUpdatedAt older than the stored one changes nothing (null). The\n-- same providerUpdatedAt with the same content (every column the write would\n-- set) is an unchanged replay: nothing is written and the stored row comes\n-- back as it was. Otherwise adds 1 to the version and returns the updated\n-- row; null when not found or stale.\nWITH existing AS (\n  SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n         cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n         payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n         provider_updated_at, provider_data, created_at, updated_at, deleted_at\n  FROM subscriptions\n  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n    AND provider_updated_at = :providerUpdatedAt::timestamptz\n    AND (customer_id, price_id, status, quantity, current_period_start, current_period_end,\n         cancel_at_period_end, canceled_at, trial_end, metadata, payment_provider, external_id,\n         payment_sync_status, payment_sync_error, provider_data)\n        IS NOT DISTINCT FROM (COALESCE(:customerId::uuid, customer_id), COALESCE(:priceId::uuid, price_id),\n                              COALESCE(:status, status), COALESCE(:quantity::integer, quantity),\n                              COALESCE(:currentPeriodStart::timestamptz, current_period_start),\n                              COALESCE(:currentPeriodEnd::timestamptz, current_period_end),\n                              COALESCE(:cancelAtPeriodEnd::boolean, cancel_at_period_end),\n                              COALESCE(:canceledAt::timestamptz, canceled_at),\n                              COALESCE(:trialEnd::timestamptz, trial_end),\n                              COALESCE(:metadata::jsonb, metadata),\n                              COALESCE(:paymentProvider, payment_provider),\n                              COALESCE(:externalId, external_id), COALESCE(:paymentSyncStatus, 'synced'),\n                              :paymentSyncError::text, COALESCE(:providerData::jsonb, provider_data))\n),\nwritten AS (\n  UPDATE subscriptions\n  SET customer_id = COALESCE(:customerId::uuid, customer_id),\n      price_id = COALESCE(:priceId::uuid, price_id),\n      status = COALESCE(:status, status),\n      quantity = COALESCE(:quantity::integer, quantity),\n      current_period_start = COALESCE(:currentPeriodStart::timestamptz, current_period_start),\n      current_period_end = COALESCE(:currentPeriodEnd::timestamptz, current_period_end),\n      cancel_at_period_end = COALESCE(:cancelAtPeriodEnd::boolean, cancel_at_period_end),\n      canceled_at = COALESCE(:canceledAt::timestamptz, canceled_at),\n      trial_end = COALESCE(:trialEnd::timestamptz, trial_end),\n      metadata = COALESCE(:metadata::jsonb, metadata),\n      payment_provider = COALESCE(:paymentProvider, payment_provider),\n      external_id = COALESCE(:externalId, external_id),\n      payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),\n      updated_at = now(),\n      payment_sync_error = :paymentSyncError,\n      payment_sync_version = payment_sync_version + 1,\n      provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),\n      provider_data = COALESCE(:providerData::jsonb, provider_data)\n  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n    AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL\n         OR provider_updated_at <= :providerUpdatedAt::timestamptz)\n    AND NOT EXISTS (SELECT FROM existing)\n  RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start,\n            current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata, external_id,\n            payment_provider, payment_sync_status, payment_synced_at, payment_sync_version,\n            payment_sync_error, provider_updated_at, provider_data, created_at, updated_at, deleted_at\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", customer_id, price_id, status, quantity AS \"quantity!\",\n       current_period_start, current_period_end, cancel_at_period_end AS \"cancel_at_period_end!\", canceled_at,\n       trial_end, metadata AS \"metadata!\", external_id, payment_provider,\n       payment_sync_status AS \"payment_sync_status!\", payment_synced_at,\n       payment_sync_version AS \"payment_sync_version!\", payment_sync_error, provider_updated_at,\n       provider_data, created_at AS \"created_at!\", updated_at AS \"updated_at!\", deleted_at\nFROM written\nUNION ALL\nSELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n       cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at\nFROM existing"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Applies a provider's view of the subscription by id:
 * -- the given fields (an omitted one keeps its value), the sync status (default
 * -- synced, which stamps payment_synced_at), provider data and time. Monotonic:
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


