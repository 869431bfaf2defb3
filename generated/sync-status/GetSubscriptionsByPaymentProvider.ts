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

const getSubscriptionsByPaymentProviderIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1582,"b":1594},{"a":2262,"b":2274},{"a":2941,"b":2953},{"a":3620,"b":3632}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1619,"b":1635},{"a":2299,"b":2315},{"a":2978,"b":2994},{"a":3657,"b":3673}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1730,"b":1745},{"a":2409,"b":2424},{"a":3088,"b":3103},{"a":3769,"b":3784}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1761,"b":1769},{"a":2440,"b":2448},{"a":3119,"b":3127},{"a":3800,"b":3808}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1814,"b":1820},{"a":2493,"b":2499},{"a":3172,"b":3178},{"a":3853,"b":3859},{"a":3903,"b":3909}]}],"statement":"-- Scope: one workspace. Live subscriptions of one payment provider, whatever their\n-- sync status; keyset-paginated in (created_at, id) order. A list.\n-- Read as the four sync-status ranges of the (workspace_id, payment_provider,\n-- payment_sync_status, created_at, id) index merged in (created_at, id) order\n-- (a Merge Append; each branch stops after :limit rows), so that no index of\n-- its own is written on every insert and status change (migration 0013).\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT u.workspace_id AS \"workspace_id!\", u.id AS \"id!\", u.customer_id, u.price_id, u.status, u.quantity AS\n       \"quantity!\", u.current_period_start, u.current_period_end, u.cancel_at_period_end AS\n       \"cancel_at_period_end!\", u.canceled_at, u.trial_end, u.metadata AS \"metadata!\", u.external_id,\n       u.payment_provider, u.payment_sync_status AS \"payment_sync_status!\", u.payment_synced_at,\n       u.payment_sync_version AS \"payment_sync_version!\", u.payment_sync_error, u.provider_updated_at,\n       u.provider_data, u.created_at AS \"created_at!\", u.updated_at AS \"updated_at!\", u.deleted_at\nFROM (\n  (SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at\n   FROM subscriptions\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'pending' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at\n   FROM subscriptions\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'synced' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at\n   FROM subscriptions\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'failed' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n  UNION ALL\n  (SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n          provider_updated_at, provider_data, created_at, updated_at, deleted_at\n   FROM subscriptions\n   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n     AND payment_sync_status = 'conflict' AND deleted_at IS NULL\n     AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n   ORDER BY created_at, id\n   LIMIT :limit!)\n) AS u\nORDER BY u.created_at, u.id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live subscriptions of one payment provider, whatever their
 * -- sync status; keyset-paginated in (created_at, id) order. A list.
 * -- Read as the four sync-status ranges of the (workspace_id, payment_provider,
 * -- payment_sync_status, created_at, id) index merged in (created_at, id) order
 * -- (a Merge Append; each branch stops after :limit rows), so that no index of
 * -- its own is written on every insert and status change (migration 0013).
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT u.workspace_id AS "workspace_id!", u.id AS "id!", u.customer_id, u.price_id, u.status, u.quantity AS
 *        "quantity!", u.current_period_start, u.current_period_end, u.cancel_at_period_end AS
 *        "cancel_at_period_end!", u.canceled_at, u.trial_end, u.metadata AS "metadata!", u.external_id,
 *        u.payment_provider, u.payment_sync_status AS "payment_sync_status!", u.payment_synced_at,
 *        u.payment_sync_version AS "payment_sync_version!", u.payment_sync_error, u.provider_updated_at,
 *        u.provider_data, u.created_at AS "created_at!", u.updated_at AS "updated_at!", u.deleted_at
 * FROM (
 *   (SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *           cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 *    FROM subscriptions
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'pending' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *           cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 *    FROM subscriptions
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'synced' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *           cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 *    FROM subscriptions
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'failed' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 *   UNION ALL
 *   (SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *           cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *           payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *           provider_updated_at, provider_data, created_at, updated_at, deleted_at
 *    FROM subscriptions
 *    WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *      AND payment_sync_status = 'conflict' AND deleted_at IS NULL
 *      AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *    ORDER BY created_at, id
 *    LIMIT :limit!)
 * ) AS u
 * ORDER BY u.created_at, u.id
 * LIMIT :limit!
 * ```
 */
export const getSubscriptionsByPaymentProvider = new PreparedQuery<IGetSubscriptionsByPaymentProviderParams,IGetSubscriptionsByPaymentProviderResult>(getSubscriptionsByPaymentProviderIR);


