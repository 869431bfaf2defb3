/** Types generated for queries found in "queries/prices/UpdatePrice.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdatePrice' parameters type */
export interface IUpdatePriceParams {
  active?: boolean | null | void;
  currency?: string | null | void;
  id: string;
  metadata?: Json | null | void;
  productId?: string | null | void;
  recurringInterval?: string | null | void;
  recurringIntervalCount?: number | null | void;
  type?: string | null | void;
  unitAmount?: number | null | void;
  workspaceId: string;
}

/** 'UpdatePrice' return type */
export interface IUpdatePriceResult {
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

/** 'UpdatePrice' query type */
export interface IUpdatePriceQuery {
  params: IUpdatePriceParams;
  result: IUpdatePriceResult;
}

const updatePriceIR: any = {"usedParamSet":{"productId":true,"currency":true,"unitAmount":true,"type":true,"recurringInterval":true,"recurringIntervalCount":true,"active":true,"metadata":true,"workspaceId":true,"id":true},"params":[{"name":"productId","required":false,"transform":{"type":"scalar"},"locs":[{"a":450,"b":459}]},{"name":"currency","required":false,"transform":{"type":"scalar"},"locs":[{"a":499,"b":507}]},{"name":"unitAmount","required":false,"transform":{"type":"scalar"},"locs":[{"a":548,"b":558}]},{"name":"type","required":false,"transform":{"type":"scalar"},"locs":[{"a":595,"b":599},{"a":644,"b":648},{"a":817,"b":821}]},{"name":"recurringInterval","required":false,"transform":{"type":"scalar"},"locs":[{"a":668,"b":685},{"a":731,"b":748}]},{"name":"recurringIntervalCount","required":false,"transform":{"type":"scalar"},"locs":[{"a":841,"b":863},{"a":915,"b":937}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":993,"b":999}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":1035,"b":1043}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1198,"b":1210}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":1221,"b":1224}]}],"statement":"-- Scope: one workspace. Changes the given fields (an omitted field keeps its\n-- value) and marks the price pending, since the provider has not seen the\n-- change yet. Adds 1 to the version. Setting type to one_time clears the\n-- interval and count unless they are given (then the shape check refuses\n-- them); setting it to recurring needs an interval and count, given or stored.\n-- The updated row, or null.\nUPDATE prices\nSET product_id = COALESCE(:productId, product_id),\n    currency = COALESCE(:currency, currency),\n    unit_amount = COALESCE(:unitAmount, unit_amount),\n    type = COALESCE(:type, type),\n    recurring_interval = CASE WHEN :type = 'one_time' THEN :recurringInterval\n                              ELSE COALESCE(:recurringInterval, recurring_interval) END,\n    recurring_interval_count = CASE WHEN :type = 'one_time' THEN :recurringIntervalCount\n                                    ELSE COALESCE(:recurringIntervalCount, recurring_interval_count) END,\n    active = COALESCE(:active, active),\n    metadata = COALESCE(:metadata::jsonb, metadata),\n    payment_sync_status = 'pending',\n    payment_sync_version = payment_sync_version + 1,\n    updated_at = now()\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\nRETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Changes the given fields (an omitted field keeps its
 * -- value) and marks the price pending, since the provider has not seen the
 * -- change yet. Adds 1 to the version. Setting type to one_time clears the
 * -- interval and count unless they are given (then the shape check refuses
 * -- them); setting it to recurring needs an interval and count, given or stored.
 * -- The updated row, or null.
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
 *     payment_sync_status = 'pending',
 *     payment_sync_version = payment_sync_version + 1,
 *     updated_at = now()
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *           recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 * ```
 */
export const updatePrice = new PreparedQuery<IUpdatePriceParams,IUpdatePriceResult>(updatePriceIR);


