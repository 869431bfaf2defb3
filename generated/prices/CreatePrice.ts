/** Types generated for queries found in "queries/prices/CreatePrice.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'CreatePrice' parameters type */
export interface ICreatePriceParams {
  active?: boolean | null | void;
  currency: string;
  externalId?: string | null | void;
  metadata?: Json | null | void;
  paymentProvider?: string | null | void;
  productId: string;
  recurringInterval?: string | null | void;
  recurringIntervalCount?: number | null | void;
  type: string;
  unitAmount: number;
  workspaceId: string;
}

/** 'CreatePrice' return type */
export interface ICreatePriceResult {
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

/** 'CreatePrice' query type */
export interface ICreatePriceQuery {
  params: ICreatePriceParams;
  result: ICreatePriceResult;
}

const createPriceIR: any = {"usedParamSet":{"workspaceId":true,"productId":true,"currency":true,"unitAmount":true,"type":true,"recurringInterval":true,"recurringIntervalCount":true,"active":true,"metadata":true,"paymentProvider":true,"externalId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":579,"b":591}]},{"name":"productId","required":true,"transform":{"type":"scalar"},"locs":[{"a":594,"b":604}]},{"name":"currency","required":true,"transform":{"type":"scalar"},"locs":[{"a":607,"b":616}]},{"name":"unitAmount","required":true,"transform":{"type":"scalar"},"locs":[{"a":619,"b":630}]},{"name":"type","required":true,"transform":{"type":"scalar"},"locs":[{"a":633,"b":638}]},{"name":"recurringInterval","required":false,"transform":{"type":"scalar"},"locs":[{"a":641,"b":658}]},{"name":"recurringIntervalCount","required":false,"transform":{"type":"scalar"},"locs":[{"a":661,"b":683}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":697,"b":703}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":722,"b":730}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":747,"b":762}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":765,"b":775}]}],"statement":"-- Scope: one workspace. Inserts a price created locally (sync status pending);\n-- active defaults to true, metadata to {}. The product must be one of the\n-- workspace's (composite foreign key); a recurring price needs an interval and\n-- count, a one-time price has neither (prices_recurring_shape_check). A\n-- provider reference, when given, must be unique among live rows. The inserted row.\nINSERT INTO prices (\n  workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,\n  active, metadata, payment_provider, external_id)\nVALUES (\n  :workspaceId!, :productId!, :currency!, :unitAmount!, :type!, :recurringInterval, :recurringIntervalCount,\n  COALESCE(:active, true), COALESCE(:metadata::jsonb, '{}'), :paymentProvider, :externalId)\nRETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Inserts a price created locally (sync status pending);
 * -- active defaults to true, metadata to {}. The product must be one of the
 * -- workspace's (composite foreign key); a recurring price needs an interval and
 * -- count, a one-time price has neither (prices_recurring_shape_check). A
 * -- provider reference, when given, must be unique among live rows. The inserted row.
 * INSERT INTO prices (
 *   workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,
 *   active, metadata, payment_provider, external_id)
 * VALUES (
 *   :workspaceId!, :productId!, :currency!, :unitAmount!, :type!, :recurringInterval, :recurringIntervalCount,
 *   COALESCE(:active, true), COALESCE(:metadata::jsonb, '{}'), :paymentProvider, :externalId)
 * RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *           recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at
 * ```
 */
export const createPrice = new PreparedQuery<ICreatePriceParams,ICreatePriceResult>(createPriceIR);


