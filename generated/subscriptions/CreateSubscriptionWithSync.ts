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
  customerExternalId?: string | null | void;
  customerId?: string | null | void;
  externalId: string;
  metadata?: Json | null | void;
  paymentProvider: string;
  paymentSyncStatus?: string | null | void;
  priceExternalId?: string | null | void;
  priceId?: string | null | void;
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
  customerId: string | null;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  outcome: string;
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

/** 'CreateSubscriptionWithSync' query type */
export interface ICreateSubscriptionWithSyncQuery {
  params: ICreateSubscriptionWithSyncParams;
  result: ICreateSubscriptionWithSyncResult;
}

const createSubscriptionWithSyncIR: any = {"usedParamSet":{"customerId":true,"workspaceId":true,"paymentProvider":true,"customerExternalId":true,"priceId":true,"priceExternalId":true,"status":true,"quantity":true,"currentPeriodStart":true,"currentPeriodEnd":true,"cancelAtPeriodEnd":true,"canceledAt":true,"trialEnd":true,"metadata":true,"paymentSyncStatus":true,"providerUpdatedAt":true,"providerData":true,"externalId":true},"params":[{"name":"customerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1078,"b":1088}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1150,"b":1162},{"a":1444,"b":1456},{"a":3628,"b":3640},{"a":4103,"b":4115},{"a":4185,"b":4197},{"a":4309,"b":4321}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1209,"b":1225},{"a":1503,"b":1519},{"a":3667,"b":3683},{"a":4200,"b":4216},{"a":4324,"b":4340},{"a":4519,"b":4535}]},{"name":"customerExternalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1247,"b":1265},{"a":4219,"b":4237}]},{"name":"priceId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1378,"b":1385}]},{"name":"priceExternalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1541,"b":1556},{"a":4343,"b":4358}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":1657,"b":1664}]},{"name":"quantity","required":false,"transform":{"type":"scalar"},"locs":[{"a":1692,"b":1700}]},{"name":"currentPeriodStart","required":false,"transform":{"type":"scalar"},"locs":[{"a":1737,"b":1755}]},{"name":"currentPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":1804,"b":1820}]},{"name":"cancelAtPeriodEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":1876,"b":1893}]},{"name":"canceledAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":1946,"b":1956}]},{"name":"trialEnd","required":false,"transform":{"type":"scalar"},"locs":[{"a":1987,"b":1995}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":2042,"b":2050}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":2097,"b":2114}]},{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":2166,"b":2184}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":2223,"b":2235}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":3705,"b":3716},{"a":4538,"b":4549}]}],"statement":"-- Scope: one workspace. Idempotent, monotonic upsert of a provider's subscription\n-- by (workspace, provider, external id), in one statement. The write applies\n-- when the stored row has no provider time (a placeholder, a local row), is\n-- older, or holds the same time with other content (every column the write\n-- sets, provider_data included); it then inserts (created) or replaces\n-- (updated, version + 1), reviving a tombstone only when strictly newer.\n-- Otherwise nothing is written and the stored row comes back: stale (the\n-- stored row is newer, or a tombstone as new) or unchanged (same time, same\n-- content). No row: a concurrent writer changed the row since this\n-- statement's snapshot; run it again.\n-- Parents by library id or by provider id (customerId or customerExternalId and priceId or priceExternalId), resolved in this\n-- statement: a parent not synced yet becomes a placeholder (pending, only its\n-- provider and external id), which its own snapshot fills later; only a write\n-- that applies creates one.\nWITH incoming AS (\n  SELECT\n         COALESCE(:customerId::uuid, (SELECT r.id FROM customers r WHERE r.workspace_id = :workspaceId!\n                    AND r.payment_provider = :paymentProvider! AND r.external_id = :customerExternalId::text\n                    AND (r.deleted_at IS NULL OR r.provider_deleted))) AS customer_id,\n         COALESCE(:priceId::uuid, (SELECT r.id FROM prices r WHERE r.workspace_id = :workspaceId!\n                    AND r.payment_provider = :paymentProvider! AND r.external_id = :priceExternalId::text\n                    AND (r.deleted_at IS NULL OR r.provider_deleted))) AS price_id,\n         :status!::text AS status, COALESCE(:quantity::integer, 1) AS quantity,\n         :currentPeriodStart::timestamptz AS current_period_start,\n         :currentPeriodEnd::timestamptz AS current_period_end,\n         COALESCE(:cancelAtPeriodEnd::boolean, false) AS cancel_at_period_end,\n         :canceledAt::timestamptz AS canceled_at, :trialEnd::timestamptz AS trial_end,\n         COALESCE(:metadata::jsonb, '{}') AS metadata,\n         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status,\n         :providerUpdatedAt!::timestamptz AS provider_updated_at, :providerData::jsonb AS provider_data\n),\nexisting AS (\n  SELECT s.workspace_id, s.id, s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start,\n         s.current_period_end, s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata, s.external_id,\n         s.payment_provider, s.payment_sync_status, s.payment_synced_at, s.payment_sync_version,\n         s.payment_sync_error, s.provider_updated_at, s.provider_data, s.created_at, s.updated_at,\n         s.deleted_at,\n         CASE\n           WHEN s.provider_updated_at IS NULL OR s.provider_updated_at < i.provider_updated_at THEN NULL\n           WHEN s.provider_updated_at > i.provider_updated_at OR s.provider_deleted THEN 'stale'\n           WHEN (s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start,\n                 s.current_period_end, s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata,\n                 s.payment_sync_status, s.payment_sync_error, s.provider_data)\n                IS DISTINCT FROM (i.customer_id, i.price_id, i.status, i.quantity, i.current_period_start,\n                                  i.current_period_end, i.cancel_at_period_end, i.canceled_at, i.trial_end,\n                                  i.metadata, i.payment_sync_status, NULL, i.provider_data) THEN NULL\n           ELSE 'unchanged'\n         END AS skipped\n  FROM subscriptions s, incoming i\n  WHERE s.workspace_id = :workspaceId! AND s.payment_provider = :paymentProvider! AND s.external_id = :externalId!\n    AND (s.deleted_at IS NULL OR s.provider_deleted)\n),\nwritten AS (\n  INSERT INTO subscriptions AS s (\n    workspace_id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n    cancel_at_period_end, canceled_at, trial_end, metadata, payment_provider, external_id,\n    payment_sync_status, payment_synced_at, provider_updated_at, provider_data)\n  SELECT :workspaceId!,\n         COALESCE(i.customer_id, psdb_provider_parent('customers', :workspaceId!, :paymentProvider!, :customerExternalId::text)),\n         COALESCE(i.price_id, psdb_provider_parent('prices', :workspaceId!, :paymentProvider!, :priceExternalId::text)),\n         i.status, i.quantity, i.current_period_start, i.current_period_end, i.cancel_at_period_end,\n         i.canceled_at, i.trial_end, i.metadata, :paymentProvider!, :externalId!, i.payment_sync_status,\n         CASE WHEN i.payment_sync_status = 'synced' THEN now() END, i.provider_updated_at, i.provider_data\n  FROM incoming i\n  WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    customer_id = excluded.customer_id,\n    price_id = excluded.price_id,\n    status = excluded.status,\n    quantity = excluded.quantity,\n    current_period_start = excluded.current_period_start,\n    current_period_end = excluded.current_period_end,\n    cancel_at_period_end = excluded.cancel_at_period_end,\n    canceled_at = excluded.canceled_at,\n    trial_end = excluded.trial_end,\n    metadata = excluded.metadata,\n    payment_sync_status = excluded.payment_sync_status,\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = s.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    provider_data = excluded.provider_data,\n    deleted_at = NULL,\n    provider_deleted = false\n  WHERE s.provider_updated_at IS NULL OR s.provider_updated_at < excluded.provider_updated_at\n     OR (s.provider_updated_at = excluded.provider_updated_at AND NOT s.provider_deleted\n         AND (s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start, s.current_period_end,\n              s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata, s.payment_sync_status,\n              s.payment_sync_error, s.provider_data)\n             IS DISTINCT FROM (excluded.customer_id, excluded.price_id, excluded.status, excluded.quantity,\n                               excluded.current_period_start, excluded.current_period_end,\n                               excluded.cancel_at_period_end, excluded.canceled_at, excluded.trial_end,\n                               excluded.metadata, excluded.payment_sync_status, NULL, excluded.provider_data))\n  RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start,\n            current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata, external_id,\n            payment_provider, payment_sync_status, payment_synced_at, payment_sync_version,\n            payment_sync_error, provider_updated_at, provider_data, created_at, updated_at, deleted_at,\n            CASE WHEN xmax = 0 THEN 'created' ELSE 'updated' END AS outcome\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", customer_id, price_id, status, quantity AS \"quantity!\",\n       current_period_start, current_period_end, cancel_at_period_end AS \"cancel_at_period_end!\", canceled_at,\n       trial_end, metadata AS \"metadata!\", external_id, payment_provider,\n       payment_sync_status AS \"payment_sync_status!\", payment_synced_at,\n       payment_sync_version AS \"payment_sync_version!\", payment_sync_error, provider_updated_at,\n       provider_data, created_at AS \"created_at!\", updated_at AS \"updated_at!\", deleted_at,\n       outcome AS \"outcome!\"\nFROM written\nUNION ALL\nSELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n       cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at, skipped\nFROM existing\nWHERE skipped IS NOT NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Idempotent, monotonic upsert of a provider's subscription
 * -- by (workspace, provider, external id), in one statement. The write applies
 * -- when the stored row has no provider time (a placeholder, a local row), is
 * -- older, or holds the same time with other content (every column the write
 * -- sets, provider_data included); it then inserts (created) or replaces
 * -- (updated, version + 1), reviving a tombstone only when strictly newer.
 * -- Otherwise nothing is written and the stored row comes back: stale (the
 * -- stored row is newer, or a tombstone as new) or unchanged (same time, same
 * -- content). No row: a concurrent writer changed the row since this
 * -- statement's snapshot; run it again.
 * -- Parents by library id or by provider id (customerId or customerExternalId and priceId or priceExternalId), resolved in this
 * -- statement: a parent not synced yet becomes a placeholder (pending, only its
 * -- provider and external id), which its own snapshot fills later; only a write
 * -- that applies creates one.
 * WITH incoming AS (
 *   SELECT
 *          COALESCE(:customerId::uuid, (SELECT r.id FROM customers r WHERE r.workspace_id = :workspaceId!
 *                     AND r.payment_provider = :paymentProvider! AND r.external_id = :customerExternalId::text
 *                     AND (r.deleted_at IS NULL OR r.provider_deleted))) AS customer_id,
 *          COALESCE(:priceId::uuid, (SELECT r.id FROM prices r WHERE r.workspace_id = :workspaceId!
 *                     AND r.payment_provider = :paymentProvider! AND r.external_id = :priceExternalId::text
 *                     AND (r.deleted_at IS NULL OR r.provider_deleted))) AS price_id,
 *          :status!::text AS status, COALESCE(:quantity::integer, 1) AS quantity,
 *          :currentPeriodStart::timestamptz AS current_period_start,
 *          :currentPeriodEnd::timestamptz AS current_period_end,
 *          COALESCE(:cancelAtPeriodEnd::boolean, false) AS cancel_at_period_end,
 *          :canceledAt::timestamptz AS canceled_at, :trialEnd::timestamptz AS trial_end,
 *          COALESCE(:metadata::jsonb, '{}') AS metadata,
 *          COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status,
 *          :providerUpdatedAt!::timestamptz AS provider_updated_at, :providerData::jsonb AS provider_data
 * ),
 * existing AS (
 *   SELECT s.workspace_id, s.id, s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start,
 *          s.current_period_end, s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata, s.external_id,
 *          s.payment_provider, s.payment_sync_status, s.payment_synced_at, s.payment_sync_version,
 *          s.payment_sync_error, s.provider_updated_at, s.provider_data, s.created_at, s.updated_at,
 *          s.deleted_at,
 *          CASE
 *            WHEN s.provider_updated_at IS NULL OR s.provider_updated_at < i.provider_updated_at THEN NULL
 *            WHEN s.provider_updated_at > i.provider_updated_at OR s.provider_deleted THEN 'stale'
 *            WHEN (s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start,
 *                  s.current_period_end, s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata,
 *                  s.payment_sync_status, s.payment_sync_error, s.provider_data)
 *                 IS DISTINCT FROM (i.customer_id, i.price_id, i.status, i.quantity, i.current_period_start,
 *                                   i.current_period_end, i.cancel_at_period_end, i.canceled_at, i.trial_end,
 *                                   i.metadata, i.payment_sync_status, NULL, i.provider_data) THEN NULL
 *            ELSE 'unchanged'
 *          END AS skipped
 *   FROM subscriptions s, incoming i
 *   WHERE s.workspace_id = :workspaceId! AND s.payment_provider = :paymentProvider! AND s.external_id = :externalId!
 *     AND (s.deleted_at IS NULL OR s.provider_deleted)
 * ),
 * written AS (
 *   INSERT INTO subscriptions AS s (
 *     workspace_id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *     cancel_at_period_end, canceled_at, trial_end, metadata, payment_provider, external_id,
 *     payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
 *   SELECT :workspaceId!,
 *          COALESCE(i.customer_id, psdb_provider_parent('customers', :workspaceId!, :paymentProvider!, :customerExternalId::text)),
 *          COALESCE(i.price_id, psdb_provider_parent('prices', :workspaceId!, :paymentProvider!, :priceExternalId::text)),
 *          i.status, i.quantity, i.current_period_start, i.current_period_end, i.cancel_at_period_end,
 *          i.canceled_at, i.trial_end, i.metadata, :paymentProvider!, :externalId!, i.payment_sync_status,
 *          CASE WHEN i.payment_sync_status = 'synced' THEN now() END, i.provider_updated_at, i.provider_data
 *   FROM incoming i
 *   WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)
 *   ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
 *   DO UPDATE SET
 *     customer_id = excluded.customer_id,
 *     price_id = excluded.price_id,
 *     status = excluded.status,
 *     quantity = excluded.quantity,
 *     current_period_start = excluded.current_period_start,
 *     current_period_end = excluded.current_period_end,
 *     cancel_at_period_end = excluded.cancel_at_period_end,
 *     canceled_at = excluded.canceled_at,
 *     trial_end = excluded.trial_end,
 *     metadata = excluded.metadata,
 *     payment_sync_status = excluded.payment_sync_status,
 *     updated_at = now(),
 *     payment_sync_error = NULL,
 *     payment_sync_version = s.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     provider_data = excluded.provider_data,
 *     deleted_at = NULL,
 *     provider_deleted = false
 *   WHERE s.provider_updated_at IS NULL OR s.provider_updated_at < excluded.provider_updated_at
 *      OR (s.provider_updated_at = excluded.provider_updated_at AND NOT s.provider_deleted
 *          AND (s.customer_id, s.price_id, s.status, s.quantity, s.current_period_start, s.current_period_end,
 *               s.cancel_at_period_end, s.canceled_at, s.trial_end, s.metadata, s.payment_sync_status,
 *               s.payment_sync_error, s.provider_data)
 *              IS DISTINCT FROM (excluded.customer_id, excluded.price_id, excluded.status, excluded.quantity,
 *                                excluded.current_period_start, excluded.current_period_end,
 *                                excluded.cancel_at_period_end, excluded.canceled_at, excluded.trial_end,
 *                                excluded.metadata, excluded.payment_sync_status, NULL, excluded.provider_data))
 *   RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start,
 *             current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata, external_id,
 *             payment_provider, payment_sync_status, payment_synced_at, payment_sync_version,
 *             payment_sync_error, provider_updated_at, provider_data, created_at, updated_at, deleted_at,
 *             CASE WHEN xmax = 0 THEN 'created' ELSE 'updated' END AS outcome
 * )
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT workspace_id AS "workspace_id!", id AS "id!", customer_id, price_id, status, quantity AS "quantity!",
 *        current_period_start, current_period_end, cancel_at_period_end AS "cancel_at_period_end!", canceled_at,
 *        trial_end, metadata AS "metadata!", external_id, payment_provider,
 *        payment_sync_status AS "payment_sync_status!", payment_synced_at,
 *        payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at,
 *        provider_data, created_at AS "created_at!", updated_at AS "updated_at!", deleted_at,
 *        outcome AS "outcome!"
 * FROM written
 * UNION ALL
 * SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *        cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at, skipped
 * FROM existing
 * WHERE skipped IS NOT NULL
 * ```
 */
export const createSubscriptionWithSync = new PreparedQuery<ICreateSubscriptionWithSyncParams,ICreateSubscriptionWithSyncResult>(createSubscriptionWithSyncIR);


