/** Types generated for queries found in "queries/prices/GetPriceByExternalID.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetPriceByExternalId' parameters type */
export interface IGetPriceByExternalIdParams {
  externalId: string;
  paymentProvider: string;
  workspaceId: string;
}

/** 'GetPriceByExternalId' return type */
export interface IGetPriceByExternalIdResult {
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

/** 'GetPriceByExternalId' query type */
export interface IGetPriceByExternalIdQuery {
  params: IGetPriceByExternalIdParams;
  result: IGetPriceByExternalIdResult;
}

const getPriceByExternalIdIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"externalId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":446,"b":458}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":485,"b":501}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":523,"b":534}]}],"statement":"-- Scope: one workspace. The live price a provider knows by this id, or null.\nSELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM prices\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND external_id = :externalId!\n  AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live price a provider knows by this id, or null.
 * SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *        recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM prices
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND external_id = :externalId!
 *   AND deleted_at IS NULL
 * ```
 */
export const getPriceByExternalId = new PreparedQuery<IGetPriceByExternalIdParams,IGetPriceByExternalIdResult>(getPriceByExternalIdIR);


