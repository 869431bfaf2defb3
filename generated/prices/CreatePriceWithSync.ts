/** Types generated for queries found in "queries/prices/CreatePriceWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'CreatePriceWithSync' parameters type */
export interface ICreatePriceWithSyncParams {
  active?: boolean | null | void;
  currency: string;
  externalId: string;
  metadata?: Json | null | void;
  paymentProvider: string;
  paymentSyncStatus?: string | null | void;
  productExternalId?: string | null | void;
  productId?: string | null | void;
  providerData?: Json | null | void;
  providerUpdatedAt: DateOrString;
  recurringInterval?: string | null | void;
  recurringIntervalCount?: number | null | void;
  type: string;
  unitAmount: number;
  workspaceId: string;
}

/** 'CreatePriceWithSync' return type */
export interface ICreatePriceWithSyncResult {
  active: boolean;
  createdAt: Date;
  currency: string | null;
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
  productId: string | null;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  recurringInterval: string | null;
  recurringIntervalCount: number | null;
  type: string | null;
  unitAmount: number | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'CreatePriceWithSync' query type */
export interface ICreatePriceWithSyncQuery {
  params: ICreatePriceWithSyncParams;
  result: ICreatePriceWithSyncResult;
}

const createPriceWithSyncIR: any = {"usedParamSet":{"productId":true,"workspaceId":true,"paymentProvider":true,"productExternalId":true,"currency":true,"unitAmount":true,"type":true,"recurringInterval":true,"recurringIntervalCount":true,"active":true,"metadata":true,"paymentSyncStatus":true,"providerUpdatedAt":true,"providerData":true,"externalId":true},"params":[{"name":"productId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1038,"b":1047}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1108,"b":1120},{"a":3098,"b":3110},{"a":3537,"b":3549},{"a":3617,"b":3629}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1167,"b":1183},{"a":3138,"b":3154},{"a":3632,"b":3648},{"a":3804,"b":3820}]},{"name":"productExternalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1205,"b":1222},{"a":3651,"b":3668}]},{"name":"currency","required":true,"transform":{"type":"scalar"},"locs":[{"a":1325,"b":1334}]},{"name":"unitAmount","required":true,"transform":{"type":"scalar"},"locs":[{"a":1355,"b":1366}]},{"name":"type","required":true,"transform":{"type":"scalar"},"locs":[{"a":1392,"b":1397}]},{"name":"recurringInterval","required":false,"transform":{"type":"scalar"},"locs":[{"a":1423,"b":1440}]},{"name":"recurringIntervalCount","required":false,"transform":{"type":"scalar"},"locs":[{"a":1480,"b":1502}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":1560,"b":1566}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":1604,"b":1612}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":1659,"b":1676}]},{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1728,"b":1746}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":1785,"b":1797}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":3177,"b":3188},{"a":3823,"b":3834}]}],"statement":"-- Scope: one workspace. Idempotent, monotonic upsert of a provider's price\n-- by (workspace, provider, external id), in one statement. The write applies\n-- when the stored row has no provider time (a placeholder, a local row), is\n-- older, or holds the same time with other content (every column the write\n-- sets, provider_data included); it then inserts (created) or replaces\n-- (updated, version + 1), reviving a tombstone only when strictly newer.\n-- Otherwise nothing is written and the stored row comes back: stale (the\n-- stored row is newer, or a tombstone as new) or unchanged (same time, same\n-- content). No row: a concurrent writer changed the row since this\n-- statement's snapshot; run it again.\n-- Parents by library id or by provider id (productId or productExternalId), resolved in this\n-- statement: a parent not synced yet becomes a placeholder (pending, only its\n-- provider and external id), which its own snapshot fills later; only a write\n-- that applies creates one.\nWITH incoming AS (\n  SELECT\n         COALESCE(:productId::uuid, (SELECT r.id FROM products r WHERE r.workspace_id = :workspaceId!\n                    AND r.payment_provider = :paymentProvider! AND r.external_id = :productExternalId::text\n                    AND (r.deleted_at IS NULL OR r.provider_deleted))) AS product_id,\n         :currency!::text AS currency, :unitAmount!::bigint AS unit_amount, :type!::text AS type,\n         :recurringInterval::text AS recurring_interval,\n         :recurringIntervalCount::integer AS recurring_interval_count,\n         COALESCE(:active::boolean, true) AS active, COALESCE(:metadata::jsonb, '{}') AS metadata,\n         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status,\n         :providerUpdatedAt!::timestamptz AS provider_updated_at, :providerData::jsonb AS provider_data\n),\nexisting AS (\n  SELECT pr.workspace_id, pr.id, pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,\n         pr.recurring_interval_count, pr.active, pr.metadata, pr.external_id, pr.payment_provider,\n         pr.payment_sync_status, pr.payment_synced_at, pr.payment_sync_version, pr.payment_sync_error,\n         pr.provider_updated_at, pr.provider_data, pr.created_at, pr.updated_at, pr.deleted_at,\n         CASE\n           WHEN pr.provider_updated_at IS NULL OR pr.provider_updated_at < i.provider_updated_at THEN NULL\n           WHEN pr.provider_updated_at > i.provider_updated_at OR pr.provider_deleted THEN 'stale'\n           WHEN (pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,\n                 pr.recurring_interval_count, pr.active, pr.metadata, pr.payment_sync_status,\n                 pr.payment_sync_error, pr.provider_data)\n                IS DISTINCT FROM (i.product_id, i.currency, i.unit_amount, i.type, i.recurring_interval,\n                                  i.recurring_interval_count, i.active, i.metadata, i.payment_sync_status,\n                                  NULL, i.provider_data) THEN NULL\n           ELSE 'unchanged'\n         END AS skipped\n  FROM prices pr, incoming i\n  WHERE pr.workspace_id = :workspaceId! AND pr.payment_provider = :paymentProvider! AND pr.external_id = :externalId!\n    AND (pr.deleted_at IS NULL OR pr.provider_deleted)\n),\nwritten AS (\n  INSERT INTO prices AS pr (\n    workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,\n    active, metadata, payment_provider, external_id, payment_sync_status, payment_synced_at,\n    provider_updated_at, provider_data)\n  SELECT :workspaceId!,\n         COALESCE(i.product_id, psdb_provider_parent('products', :workspaceId!, :paymentProvider!, :productExternalId::text)),\n         i.currency, i.unit_amount, i.type, i.recurring_interval, i.recurring_interval_count, i.active,\n         i.metadata, :paymentProvider!, :externalId!, i.payment_sync_status,\n         CASE WHEN i.payment_sync_status = 'synced' THEN now() END, i.provider_updated_at, i.provider_data\n  FROM incoming i\n  WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    product_id = excluded.product_id,\n    currency = excluded.currency,\n    unit_amount = excluded.unit_amount,\n    type = excluded.type,\n    recurring_interval = excluded.recurring_interval,\n    recurring_interval_count = excluded.recurring_interval_count,\n    active = excluded.active,\n    metadata = excluded.metadata,\n    payment_sync_status = excluded.payment_sync_status,\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = pr.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    provider_data = excluded.provider_data,\n    deleted_at = NULL,\n    provider_deleted = false\n  WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at < excluded.provider_updated_at\n     OR (pr.provider_updated_at = excluded.provider_updated_at AND NOT pr.provider_deleted\n         AND (pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,\n              pr.recurring_interval_count, pr.active, pr.metadata, pr.payment_sync_status,\n              pr.payment_sync_error, pr.provider_data)\n             IS DISTINCT FROM (excluded.product_id, excluded.currency, excluded.unit_amount, excluded.type,\n                               excluded.recurring_interval, excluded.recurring_interval_count,\n                               excluded.active, excluded.metadata, excluded.payment_sync_status, NULL,\n                               excluded.provider_data))\n  RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n            recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n            payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n            created_at, updated_at, deleted_at,\n            CASE WHEN xmax = 0 THEN 'created' ELSE 'updated' END AS outcome\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", product_id, currency, unit_amount, type,\n       recurring_interval, recurring_interval_count, active AS \"active!\", metadata AS \"metadata!\",\n       external_id, payment_provider, payment_sync_status AS \"payment_sync_status!\", payment_synced_at,\n       payment_sync_version AS \"payment_sync_version!\", payment_sync_error, provider_updated_at,\n       provider_data, created_at AS \"created_at!\", updated_at AS \"updated_at!\", deleted_at,\n       outcome AS \"outcome!\"\nFROM written\nUNION ALL\nSELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at, skipped\nFROM existing\nWHERE skipped IS NOT NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Idempotent, monotonic upsert of a provider's price
 * -- by (workspace, provider, external id), in one statement. The write applies
 * -- when the stored row has no provider time (a placeholder, a local row), is
 * -- older, or holds the same time with other content (every column the write
 * -- sets, provider_data included); it then inserts (created) or replaces
 * -- (updated, version + 1), reviving a tombstone only when strictly newer.
 * -- Otherwise nothing is written and the stored row comes back: stale (the
 * -- stored row is newer, or a tombstone as new) or unchanged (same time, same
 * -- content). No row: a concurrent writer changed the row since this
 * -- statement's snapshot; run it again.
 * -- Parents by library id or by provider id (productId or productExternalId), resolved in this
 * -- statement: a parent not synced yet becomes a placeholder (pending, only its
 * -- provider and external id), which its own snapshot fills later; only a write
 * -- that applies creates one.
 * WITH incoming AS (
 *   SELECT
 *          COALESCE(:productId::uuid, (SELECT r.id FROM products r WHERE r.workspace_id = :workspaceId!
 *                     AND r.payment_provider = :paymentProvider! AND r.external_id = :productExternalId::text
 *                     AND (r.deleted_at IS NULL OR r.provider_deleted))) AS product_id,
 *          :currency!::text AS currency, :unitAmount!::bigint AS unit_amount, :type!::text AS type,
 *          :recurringInterval::text AS recurring_interval,
 *          :recurringIntervalCount::integer AS recurring_interval_count,
 *          COALESCE(:active::boolean, true) AS active, COALESCE(:metadata::jsonb, '{}') AS metadata,
 *          COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status,
 *          :providerUpdatedAt!::timestamptz AS provider_updated_at, :providerData::jsonb AS provider_data
 * ),
 * existing AS (
 *   SELECT pr.workspace_id, pr.id, pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,
 *          pr.recurring_interval_count, pr.active, pr.metadata, pr.external_id, pr.payment_provider,
 *          pr.payment_sync_status, pr.payment_synced_at, pr.payment_sync_version, pr.payment_sync_error,
 *          pr.provider_updated_at, pr.provider_data, pr.created_at, pr.updated_at, pr.deleted_at,
 *          CASE
 *            WHEN pr.provider_updated_at IS NULL OR pr.provider_updated_at < i.provider_updated_at THEN NULL
 *            WHEN pr.provider_updated_at > i.provider_updated_at OR pr.provider_deleted THEN 'stale'
 *            WHEN (pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,
 *                  pr.recurring_interval_count, pr.active, pr.metadata, pr.payment_sync_status,
 *                  pr.payment_sync_error, pr.provider_data)
 *                 IS DISTINCT FROM (i.product_id, i.currency, i.unit_amount, i.type, i.recurring_interval,
 *                                   i.recurring_interval_count, i.active, i.metadata, i.payment_sync_status,
 *                                   NULL, i.provider_data) THEN NULL
 *            ELSE 'unchanged'
 *          END AS skipped
 *   FROM prices pr, incoming i
 *   WHERE pr.workspace_id = :workspaceId! AND pr.payment_provider = :paymentProvider! AND pr.external_id = :externalId!
 *     AND (pr.deleted_at IS NULL OR pr.provider_deleted)
 * ),
 * written AS (
 *   INSERT INTO prices AS pr (
 *     workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,
 *     active, metadata, payment_provider, external_id, payment_sync_status, payment_synced_at,
 *     provider_updated_at, provider_data)
 *   SELECT :workspaceId!,
 *          COALESCE(i.product_id, psdb_provider_parent('products', :workspaceId!, :paymentProvider!, :productExternalId::text)),
 *          i.currency, i.unit_amount, i.type, i.recurring_interval, i.recurring_interval_count, i.active,
 *          i.metadata, :paymentProvider!, :externalId!, i.payment_sync_status,
 *          CASE WHEN i.payment_sync_status = 'synced' THEN now() END, i.provider_updated_at, i.provider_data
 *   FROM incoming i
 *   WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)
 *   ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
 *   DO UPDATE SET
 *     product_id = excluded.product_id,
 *     currency = excluded.currency,
 *     unit_amount = excluded.unit_amount,
 *     type = excluded.type,
 *     recurring_interval = excluded.recurring_interval,
 *     recurring_interval_count = excluded.recurring_interval_count,
 *     active = excluded.active,
 *     metadata = excluded.metadata,
 *     payment_sync_status = excluded.payment_sync_status,
 *     updated_at = now(),
 *     payment_sync_error = NULL,
 *     payment_sync_version = pr.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     provider_data = excluded.provider_data,
 *     deleted_at = NULL,
 *     provider_deleted = false
 *   WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at < excluded.provider_updated_at
 *      OR (pr.provider_updated_at = excluded.provider_updated_at AND NOT pr.provider_deleted
 *          AND (pr.product_id, pr.currency, pr.unit_amount, pr.type, pr.recurring_interval,
 *               pr.recurring_interval_count, pr.active, pr.metadata, pr.payment_sync_status,
 *               pr.payment_sync_error, pr.provider_data)
 *              IS DISTINCT FROM (excluded.product_id, excluded.currency, excluded.unit_amount, excluded.type,
 *                                excluded.recurring_interval, excluded.recurring_interval_count,
 *                                excluded.active, excluded.metadata, excluded.payment_sync_status, NULL,
 *                                excluded.provider_data))
 *   RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *             recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *             payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *             created_at, updated_at, deleted_at,
 *             CASE WHEN xmax = 0 THEN 'created' ELSE 'updated' END AS outcome
 * )
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT workspace_id AS "workspace_id!", id AS "id!", product_id, currency, unit_amount, type,
 *        recurring_interval, recurring_interval_count, active AS "active!", metadata AS "metadata!",
 *        external_id, payment_provider, payment_sync_status AS "payment_sync_status!", payment_synced_at,
 *        payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at,
 *        provider_data, created_at AS "created_at!", updated_at AS "updated_at!", deleted_at,
 *        outcome AS "outcome!"
 * FROM written
 * UNION ALL
 * SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *        recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at, skipped
 * FROM existing
 * WHERE skipped IS NOT NULL
 * ```
 */
export const createPriceWithSync = new PreparedQuery<ICreatePriceWithSyncParams,ICreatePriceWithSyncResult>(createPriceWithSyncIR);


