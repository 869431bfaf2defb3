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

const updatePriceWithSyncIR: any = {"usedParamSet":{"workspaceId":true,"id":true,"providerUpdatedAt":true,"productId":true,"currency":true,"unitAmount":true,"type":true,"recurringInterval":true,"recurringIntervalCount":true,"active":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"paymentSyncError":true,"providerData":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":836,"b":848},{"a":3206,"b":3218}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":859,"b":862},{"a":3229,"b":3232}]},{"name":"providerUpdatedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":917,"b":934},{"a":3073,"b":3090},{"a":3297,"b":3314},{"a":3372,"b":3389}]},{"name":"productId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1198,"b":1207},{"a":2082,"b":2091}]},{"name":"currency","required":false,"transform":{"type":"scalar"},"locs":[{"a":1232,"b":1240},{"a":2133,"b":2141}]},{"name":"unitAmount","required":false,"transform":{"type":"scalar"},"locs":[{"a":1293,"b":1303},{"a":2184,"b":2194}]},{"name":"type","required":false,"transform":{"type":"scalar"},"locs":[{"a":1329,"b":1333},{"a":1383,"b":1387},{"a":1525,"b":1529},{"a":2233,"b":2237},{"a":2284,"b":2288},{"a":2461,"b":2465}]},{"name":"recurringInterval","required":false,"transform":{"type":"scalar"},"locs":[{"a":1407,"b":1424},{"a":1440,"b":1457},{"a":2308,"b":2325},{"a":2373,"b":2390}]},{"name":"recurringIntervalCount","required":false,"transform":{"type":"scalar"},"locs":[{"a":1549,"b":1571},{"a":1587,"b":1609},{"a":2485,"b":2507},{"a":2561,"b":2583}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":1682,"b":1688},{"a":2641,"b":2647}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":1709,"b":1717},{"a":2685,"b":2693}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":1777,"b":1792},{"a":2748,"b":2763}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1853,"b":1863},{"a":2814,"b":2824}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":1889,"b":1906},{"a":2878,"b":2895}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":1950,"b":1966},{"a":2962,"b":2978}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":1984,"b":1996},{"a":3146,"b":3158}]}],"statement":"-- Scope: one workspace. Applies a provider's view of the price by id: the\n-- given fields (an omitted one keeps its value; type one_time clears the\n-- interval and count as in UpdatePrice), the sync status (default synced,\n-- which stamps payment_synced_at), provider data and time. Monotonic: a\n-- providerUpdatedAt older than the stored one changes nothing. Adds 1 to the\n-- version. The updated row, or null when not found or stale.\nWITH existing AS (\n  SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n         recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n         payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n         created_at, updated_at, deleted_at\n  FROM prices\n  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n    AND provider_updated_at = :providerUpdatedAt::timestamptz\n    AND (product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count, active,\n         metadata, payment_provider, external_id, payment_sync_status, payment_sync_error, provider_data)\n        IS NOT DISTINCT FROM (COALESCE(:productId, product_id), COALESCE(:currency, currency),\n                              COALESCE(:unitAmount, unit_amount), COALESCE(:type, type),\n                              CASE WHEN :type = 'one_time' THEN :recurringInterval ELSE COALESCE(:recurringInterval, recurring_interval) END,\n                              CASE WHEN :type = 'one_time' THEN :recurringIntervalCount ELSE COALESCE(:recurringIntervalCount, recurring_interval_count) END,\n                              COALESCE(:active, active), COALESCE(:metadata::jsonb, metadata),\n                              COALESCE(:paymentProvider, payment_provider),\n                              COALESCE(:externalId, external_id), COALESCE(:paymentSyncStatus, 'synced'),\n                              :paymentSyncError::text, COALESCE(:providerData::jsonb, provider_data))\n),\nwritten AS (\n  UPDATE prices\n  SET product_id = COALESCE(:productId, product_id),\n      currency = COALESCE(:currency, currency),\n      unit_amount = COALESCE(:unitAmount, unit_amount),\n      type = COALESCE(:type, type),\n      recurring_interval = CASE WHEN :type = 'one_time' THEN :recurringInterval\n                                ELSE COALESCE(:recurringInterval, recurring_interval) END,\n      recurring_interval_count = CASE WHEN :type = 'one_time' THEN :recurringIntervalCount\n                                      ELSE COALESCE(:recurringIntervalCount, recurring_interval_count) END,\n      active = COALESCE(:active, active),\n      metadata = COALESCE(:metadata::jsonb, metadata),\n      payment_provider = COALESCE(:paymentProvider, payment_provider),\n      external_id = COALESCE(:externalId, external_id),\n      payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),\n      updated_at = now(),\n      payment_sync_error = :paymentSyncError,\n      payment_sync_version = payment_sync_version + 1,\n      provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),\n      provider_data = COALESCE(:providerData::jsonb, provider_data)\n  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n    AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL\n         OR provider_updated_at <= :providerUpdatedAt::timestamptz)\n    AND NOT EXISTS (SELECT FROM existing)\n  RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n            recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n            payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n            created_at, updated_at, deleted_at\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", product_id, currency, unit_amount, type,\n       recurring_interval, recurring_interval_count, active AS \"active!\", metadata AS \"metadata!\",\n       external_id, payment_provider, payment_sync_status AS \"payment_sync_status!\", payment_synced_at,\n       payment_sync_version AS \"payment_sync_version!\", payment_sync_error, provider_updated_at,\n       provider_data, created_at AS \"created_at!\", updated_at AS \"updated_at!\", deleted_at\nFROM written\nUNION ALL\nSELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM existing"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Applies a provider's view of the price by id: the
 * -- given fields (an omitted one keeps its value; type one_time clears the
 * -- interval and count as in UpdatePrice), the sync status (default synced,
 * -- which stamps payment_synced_at), provider data and time. Monotonic: a
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


