/** Types generated for queries found in "queries/prices/UpdatePriceWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdatePriceWithSync' parameters type */
export interface IUpdatePriceWithSyncParams {
  active?: boolean | null | void;
  currency?: string | null | void;
  externalId?: string | null | void;
  id: string;
  metadata?: Json | null | void;
  paymentProvider?: string | null | void;
  paymentSyncError?: string | null | void;
  paymentSyncStatus?: string | null | void;
  productId?: string | null | void;
  providerData?: Json | null | void;
  providerUpdatedAt?: DateOrString | null | void;
  recurringInterval?: string | null | void;
  recurringIntervalCount?: number | null | void;
  type?: string | null | void;
  unitAmount?: number | null | void;
  workspaceId: string;
}

/** 'UpdatePriceWithSync' return type */
export interface IUpdatePriceWithSyncResult {
  active: boolean;
  createdAt: Date;
  currency: string | null;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  metadata: Json;
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

/** 'UpdatePriceWithSync' query type */
export interface IUpdatePriceWithSyncQuery {
  params: IUpdatePriceWithSyncParams;
  result: IUpdatePriceWithSyncResult;
}

const updatePriceWithSyncIR: any = {"usedParamSet":{"workspaceId":true,"id":true,"providerUpdatedAt":true,"productId":true,"currency":true,"unitAmount":true,"type":true,"recurringInterval":true,"recurringIntervalCount":true,"active":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"paymentSyncError":true,"providerData":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":867,"b":879},{"a":3237,"b":3249}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":890,"b":893},{"a":3260,"b":3263}]},{"name":"providerUpdatedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":948,"b":965},{"a":3104,"b":3121},{"a":3328,"b":3345},{"a":3403,"b":3420}]},{"name":"productId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1229,"b":1238},{"a":2113,"b":2122}]},{"name":"currency","required":false,"transform":{"type":"scalar"},"locs":[{"a":1263,"b":1271},{"a":2164,"b":2172}]},{"name":"unitAmount","required":false,"transform":{"type":"scalar"},"locs":[{"a":1324,"b":1334},{"a":2215,"b":2225}]},{"name":"type","required":false,"transform":{"type":"scalar"},"locs":[{"a":1360,"b":1364},{"a":1414,"b":1418},{"a":1556,"b":1560},{"a":2264,"b":2268},{"a":2315,"b":2319},{"a":2492,"b":2496}]},{"name":"recurringInterval","required":false,"transform":{"type":"scalar"},"locs":[{"a":1438,"b":1455},{"a":1471,"b":1488},{"a":2339,"b":2356},{"a":2404,"b":2421}]},{"name":"recurringIntervalCount","required":false,"transform":{"type":"scalar"},"locs":[{"a":1580,"b":1602},{"a":1618,"b":1640},{"a":2516,"b":2538},{"a":2592,"b":2614}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":1713,"b":1719},{"a":2672,"b":2678}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":1740,"b":1748},{"a":2716,"b":2724}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":1808,"b":1823},{"a":2779,"b":2794}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1884,"b":1894},{"a":2845,"b":2855}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":1920,"b":1937},{"a":2909,"b":2926}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":1981,"b":1997},{"a":2993,"b":3009}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":2015,"b":2027},{"a":3177,"b":3189}]}],"statement":"-- Scope: one workspace. Applies a provider's view of the price by id: the\n-- given fields (an omitted one keeps its value; type one_time clears the\n-- interval and count as in UpdatePrice), the sync status (default synced,\n-- which stamps payment_synced_at when the row becomes synced), provider\n-- data and time. Monotonic: a\n-- providerUpdatedAt older than the stored one changes nothing. Adds 1 to the\n-- version. The updated row, or null when not found or stale.\nWITH existing AS (\n  SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n         recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n         payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n         created_at, updated_at, deleted_at\n  FROM prices\n  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n    AND provider_updated_at = :providerUpdatedAt::timestamptz\n    AND (product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count, active,\n         metadata, payment_provider, external_id, payment_sync_status, payment_sync_error, provider_data)\n        IS NOT DISTINCT FROM (COALESCE(:productId, product_id), COALESCE(:currency, currency),\n                              COALESCE(:unitAmount, unit_amount), COALESCE(:type, type),\n                              CASE WHEN :type = 'one_time' THEN :recurringInterval ELSE COALESCE(:recurringInterval, recurring_interval) END,\n                              CASE WHEN :type = 'one_time' THEN :recurringIntervalCount ELSE COALESCE(:recurringIntervalCount, recurring_interval_count) END,\n                              COALESCE(:active, active), COALESCE(:metadata::jsonb, metadata),\n                              COALESCE(:paymentProvider, payment_provider),\n                              COALESCE(:externalId, external_id), COALESCE(:paymentSyncStatus, 'synced'),\n                              :paymentSyncError::text, COALESCE(:providerData::jsonb, provider_data))\n),\nwritten AS (\n  UPDATE prices\n  SET product_id = COALESCE(:productId, product_id),\n      currency = COALESCE(:currency, currency),\n      unit_amount = COALESCE(:unitAmount, unit_amount),\n      type = COALESCE(:type, type),\n      recurring_interval = CASE WHEN :type = 'one_time' THEN :recurringInterval\n                                ELSE COALESCE(:recurringInterval, recurring_interval) END,\n      recurring_interval_count = CASE WHEN :type = 'one_time' THEN :recurringIntervalCount\n                                      ELSE COALESCE(:recurringIntervalCount, recurring_interval_count) END,\n      active = COALESCE(:active, active),\n      metadata = COALESCE(:metadata::jsonb, metadata),\n      payment_provider = COALESCE(:paymentProvider, payment_provider),\n      external_id = COALESCE(:externalId, external_id),\n      payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),\n      updated_at = now(),\n      payment_sync_error = :paymentSyncError,\n      payment_sync_version = payment_sync_version + 1,\n      provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),\n      provider_data = COALESCE(:providerData::jsonb, provider_data)\n  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n    AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL\n         OR provider_updated_at <= :providerUpdatedAt::timestamptz)\n    AND NOT EXISTS (SELECT FROM existing)\n  RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n            recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n            payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n            created_at, updated_at, deleted_at\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", product_id, currency, unit_amount, type,\n       recurring_interval, recurring_interval_count, active AS \"active!\", metadata AS \"metadata!\",\n       external_id, payment_provider, payment_sync_status AS \"payment_sync_status!\", payment_synced_at,\n       payment_sync_version AS \"payment_sync_version!\", payment_sync_error, provider_updated_at,\n       provider_data, created_at AS \"created_at!\", updated_at AS \"updated_at!\", deleted_at\nFROM written\nUNION ALL\nSELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM existing"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Applies a provider's view of the price by id: the
 * -- given fields (an omitted one keeps its value; type one_time clears the
 * -- interval and count as in UpdatePrice), the sync status (default synced,
 * -- which stamps payment_synced_at when the row becomes synced), provider
 * -- data and time. Monotonic: a
 * -- providerUpdatedAt older than the stored one changes nothing. Adds 1 to the
 * -- version. The updated row, or null when not found or stale.
 * WITH existing AS (
 *   SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *          created_at, updated_at, deleted_at
 *   FROM prices
 *   WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 *     AND provider_updated_at = :providerUpdatedAt::timestamptz
 *     AND (product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count, active,
 *          metadata, payment_provider, external_id, payment_sync_status, payment_sync_error, provider_data)
 *         IS NOT DISTINCT FROM (COALESCE(:productId, product_id), COALESCE(:currency, currency),
 *                               COALESCE(:unitAmount, unit_amount), COALESCE(:type, type),
 *                               CASE WHEN :type = 'one_time' THEN :recurringInterval ELSE COALESCE(:recurringInterval, recurring_interval) END,
 *                               CASE WHEN :type = 'one_time' THEN :recurringIntervalCount ELSE COALESCE(:recurringIntervalCount, recurring_interval_count) END,
 *                               COALESCE(:active, active), COALESCE(:metadata::jsonb, metadata),
 *                               COALESCE(:paymentProvider, payment_provider),
 *                               COALESCE(:externalId, external_id), COALESCE(:paymentSyncStatus, 'synced'),
 *                               :paymentSyncError::text, COALESCE(:providerData::jsonb, provider_data))
 * ),
 * written AS (
 *   UPDATE prices
 *   SET product_id = COALESCE(:productId, product_id),
 *       currency = COALESCE(:currency, currency),
 *       unit_amount = COALESCE(:unitAmount, unit_amount),
 *       type = COALESCE(:type, type),
 *       recurring_interval = CASE WHEN :type = 'one_time' THEN :recurringInterval
 *                                 ELSE COALESCE(:recurringInterval, recurring_interval) END,
 *       recurring_interval_count = CASE WHEN :type = 'one_time' THEN :recurringIntervalCount
 *                                       ELSE COALESCE(:recurringIntervalCount, recurring_interval_count) END,
 *       active = COALESCE(:active, active),
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
 *   RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *             recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *             payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *             created_at, updated_at, deleted_at
 * )
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT workspace_id AS "workspace_id!", id AS "id!", product_id, currency, unit_amount, type,
 *        recurring_interval, recurring_interval_count, active AS "active!", metadata AS "metadata!",
 *        external_id, payment_provider, payment_sync_status AS "payment_sync_status!", payment_synced_at,
 *        payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at,
 *        provider_data, created_at AS "created_at!", updated_at AS "updated_at!", deleted_at
 * FROM written
 * UNION ALL
 * SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *        recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM existing
 * ```
 */
export const updatePriceWithSync = new PreparedQuery<IUpdatePriceWithSyncParams,IUpdatePriceWithSyncResult>(updatePriceWithSyncIR);


