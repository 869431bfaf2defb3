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
  productId: string;
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
  currency: string;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  inserted: boolean;
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

/** 'CreatePriceWithSync' query type */
export interface ICreatePriceWithSyncQuery {
  params: ICreatePriceWithSyncParams;
  result: ICreatePriceWithSyncResult;
}

const createPriceWithSyncIR: any = {"usedParamSet":{"workspaceId":true,"productId":true,"currency":true,"unitAmount":true,"type":true,"recurringInterval":true,"recurringIntervalCount":true,"active":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"providerUpdatedAt":true,"providerData":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":632,"b":644}]},{"name":"productId","required":true,"transform":{"type":"scalar"},"locs":[{"a":647,"b":657}]},{"name":"currency","required":true,"transform":{"type":"scalar"},"locs":[{"a":660,"b":669}]},{"name":"unitAmount","required":true,"transform":{"type":"scalar"},"locs":[{"a":672,"b":683}]},{"name":"type","required":true,"transform":{"type":"scalar"},"locs":[{"a":686,"b":691}]},{"name":"recurringInterval","required":false,"transform":{"type":"scalar"},"locs":[{"a":694,"b":711}]},{"name":"recurringIntervalCount","required":false,"transform":{"type":"scalar"},"locs":[{"a":714,"b":736}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":750,"b":756}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":775,"b":783}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":800,"b":816}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":819,"b":830}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":844,"b":861},{"a":896,"b":913}]},{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":955,"b":973}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":976,"b":988}]}],"statement":"-- Scope: one workspace. Idempotent, monotonic upsert of a provider's price:\n-- the live row of (workspace, provider, external id) is replaced by the given\n-- object (every business column, product included; omitted optional ones\n-- become null, active true, metadata {}) unless it holds a newer\n-- provider_updated_at; no row comes back for such a stale write.\nINSERT INTO prices AS pr (\n  workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,\n  active, metadata, payment_provider, external_id,\n  payment_sync_status, payment_synced_at, provider_updated_at, provider_data)\nVALUES (\n  :workspaceId!, :productId!, :currency!, :unitAmount!, :type!, :recurringInterval, :recurringIntervalCount,\n  COALESCE(:active, true), COALESCE(:metadata::jsonb, '{}'), :paymentProvider!, :externalId!,\n  COALESCE(:paymentSyncStatus, 'synced'),\n  CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() END,\n  :providerUpdatedAt!, :providerData::jsonb)\nON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL\nDO UPDATE SET\n  product_id = excluded.product_id,\n  currency = excluded.currency,\n  unit_amount = excluded.unit_amount,\n  type = excluded.type,\n  recurring_interval = excluded.recurring_interval,\n  recurring_interval_count = excluded.recurring_interval_count,\n  active = excluded.active,\n  metadata = excluded.metadata,\n  payment_sync_status = excluded.payment_sync_status,\n  payment_synced_at = COALESCE(excluded.payment_synced_at, pr.payment_synced_at),\n  payment_sync_error = NULL,\n  payment_sync_version = pr.payment_sync_version + 1,\n  provider_updated_at = excluded.provider_updated_at,\n  provider_data = excluded.provider_data\nWHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at <= excluded.provider_updated_at\nRETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n          created_at, updated_at, deleted_at, (xmax = 0) AS \"inserted!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Idempotent, monotonic upsert of a provider's price:
 * -- the live row of (workspace, provider, external id) is replaced by the given
 * -- object (every business column, product included; omitted optional ones
 * -- become null, active true, metadata {}) unless it holds a newer
 * -- provider_updated_at; no row comes back for such a stale write.
 * INSERT INTO prices AS pr (
 *   workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,
 *   active, metadata, payment_provider, external_id,
 *   payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
 * VALUES (
 *   :workspaceId!, :productId!, :currency!, :unitAmount!, :type!, :recurringInterval, :recurringIntervalCount,
 *   COALESCE(:active, true), COALESCE(:metadata::jsonb, '{}'), :paymentProvider!, :externalId!,
 *   COALESCE(:paymentSyncStatus, 'synced'),
 *   CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() END,
 *   :providerUpdatedAt!, :providerData::jsonb)
 * ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
 * DO UPDATE SET
 *   product_id = excluded.product_id,
 *   currency = excluded.currency,
 *   unit_amount = excluded.unit_amount,
 *   type = excluded.type,
 *   recurring_interval = excluded.recurring_interval,
 *   recurring_interval_count = excluded.recurring_interval_count,
 *   active = excluded.active,
 *   metadata = excluded.metadata,
 *   payment_sync_status = excluded.payment_sync_status,
 *   payment_synced_at = COALESCE(excluded.payment_synced_at, pr.payment_synced_at),
 *   payment_sync_error = NULL,
 *   payment_sync_version = pr.payment_sync_version + 1,
 *   provider_updated_at = excluded.provider_updated_at,
 *   provider_data = excluded.provider_data
 * WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at <= excluded.provider_updated_at
 * RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *           recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *           payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *           created_at, updated_at, deleted_at, (xmax = 0) AS "inserted!"
 * ```
 */
export const createPriceWithSync = new PreparedQuery<ICreatePriceWithSyncParams,ICreatePriceWithSyncResult>(createPriceWithSyncIR);


