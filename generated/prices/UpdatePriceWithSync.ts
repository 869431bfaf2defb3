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
  currency: string;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  productId: string;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  recurringInterval: string | null;
  recurringIntervalCount: number | null;
  type: string;
  unitAmount: number;
  updatedAt: Date;
  workspaceId: string;
}

/** 'UpdatePriceWithSync' query type */
export interface IUpdatePriceWithSyncQuery {
  params: IUpdatePriceWithSyncParams;
  result: IUpdatePriceWithSyncResult;
}

const updatePriceWithSyncIR: any = {"usedParamSet":{"productId":true,"currency":true,"unitAmount":true,"type":true,"recurringInterval":true,"recurringIntervalCount":true,"active":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"paymentSyncError":true,"providerUpdatedAt":true,"providerData":true,"workspaceId":true,"id":true},"params":[{"name":"productId","required":false,"transform":{"type":"scalar"},"locs":[{"a":477,"b":486}]},{"name":"currency","required":false,"transform":{"type":"scalar"},"locs":[{"a":526,"b":534}]},{"name":"unitAmount","required":false,"transform":{"type":"scalar"},"locs":[{"a":575,"b":585}]},{"name":"type","required":false,"transform":{"type":"scalar"},"locs":[{"a":622,"b":626},{"a":671,"b":675},{"a":844,"b":848}]},{"name":"recurringInterval","required":false,"transform":{"type":"scalar"},"locs":[{"a":695,"b":712},{"a":758,"b":775}]},{"name":"recurringIntervalCount","required":false,"transform":{"type":"scalar"},"locs":[{"a":868,"b":890},{"a":942,"b":964}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":1020,"b":1026}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":1062,"b":1070}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":1123,"b":1138}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1187,"b":1197}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":1249,"b":1266},{"a":1323,"b":1340}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":1428,"b":1444}]},{"name":"providerUpdatedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":1535,"b":1552},{"a":1753,"b":1770},{"a":1826,"b":1843}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":1606,"b":1618}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1664,"b":1676}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":1687,"b":1690}]}],"statement":"-- Scope: one workspace. Applies a provider's view of the price by id: the\n-- given fields (an omitted one keeps its value; type one_time clears the\n-- interval and count as in UpdatePrice), the sync status (default synced,\n-- which stamps payment_synced_at), provider data and time. Monotonic: a\n-- providerUpdatedAt older than the stored one changes nothing. Adds 1 to the\n-- version. The updated row, or null when not found or stale.\nUPDATE prices\nSET product_id = COALESCE(:productId, product_id),\n    currency = COALESCE(:currency, currency),\n    unit_amount = COALESCE(:unitAmount, unit_amount),\n    type = COALESCE(:type, type),\n    recurring_interval = CASE WHEN :type = 'one_time' THEN :recurringInterval\n                              ELSE COALESCE(:recurringInterval, recurring_interval) END,\n    recurring_interval_count = CASE WHEN :type = 'one_time' THEN :recurringIntervalCount\n                                    ELSE COALESCE(:recurringIntervalCount, recurring_interval_count) END,\n    active = COALESCE(:active, active),\n    metadata = COALESCE(:metadata::jsonb, metadata),\n    payment_provider = COALESCE(:paymentProvider, payment_provider),\n    external_id = COALESCE(:externalId, external_id),\n    payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),\n    payment_synced_at = CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() ELSE payment_synced_at END,\n    payment_sync_error = :paymentSyncError,\n    payment_sync_version = payment_sync_version + 1,\n    provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),\n    provider_data = COALESCE(:providerData::jsonb, provider_data)\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n  AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL\n       OR provider_updated_at <= :providerUpdatedAt::timestamptz)\nRETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Applies a provider's view of the price by id: the
 * -- given fields (an omitted one keeps its value; type one_time clears the
 * -- interval and count as in UpdatePrice), the sync status (default synced,
 * -- which stamps payment_synced_at), provider data and time. Monotonic: a
 * -- providerUpdatedAt older than the stored one changes nothing. Adds 1 to the
 * -- version. The updated row, or null when not found or stale.
 * UPDATE prices
 * SET product_id = COALESCE(:productId, product_id),
 *     currency = COALESCE(:currency, currency),
 *     unit_amount = COALESCE(:unitAmount, unit_amount),
 *     type = COALESCE(:type, type),
 *     recurring_interval = CASE WHEN :type = 'one_time' THEN :recurringInterval
 *                               ELSE COALESCE(:recurringInterval, recurring_interval) END,
 *     recurring_interval_count = CASE WHEN :type = 'one_time' THEN :recurringIntervalCount
 *                                     ELSE COALESCE(:recurringIntervalCount, recurring_interval_count) END,
 *     active = COALESCE(:active, active),
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
 * RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *           recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 * ```
 */
export const updatePriceWithSync = new PreparedQuery<IUpdatePriceWithSyncParams,IUpdatePriceWithSyncResult>(updatePriceWithSyncIR);


