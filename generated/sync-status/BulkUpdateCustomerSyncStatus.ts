/** Types generated for queries found in "queries/sync-status/BulkUpdateCustomerSyncStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'BulkUpdateCustomerSyncStatus' parameters type */
export interface IBulkUpdateCustomerSyncStatusParams {
  externalIds: stringArray;
  paymentProvider: string;
  paymentSyncError?: string | null | void;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'BulkUpdateCustomerSyncStatus' return type */
export type IBulkUpdateCustomerSyncStatusResult = void;

/** 'BulkUpdateCustomerSyncStatus' query type */
export interface IBulkUpdateCustomerSyncStatusQuery {
  params: IBulkUpdateCustomerSyncStatusParams;
  result: IBulkUpdateCustomerSyncStatusResult;
}

const bulkUpdateCustomerSyncStatusIR: any = {"usedParamSet":{"paymentSyncStatus":true,"paymentSyncError":true,"workspaceId":true,"paymentProvider":true,"externalIds":true},"params":[{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":460,"b":478},{"a":559,"b":577}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":506,"b":522}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":702,"b":714}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":741,"b":757}]},{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":783,"b":795}]}],"statement":"-- Scope: one workspace and one provider. Sets the sync status and error of the\n-- live customers whose external id is in externalIds (ONE array parameter, matched\n-- through the (workspace_id, payment_provider, external_id) unique index),\n-- stamps payment_synced_at when synced, adds 1 to each version. One\n-- statement; resolves to the number of rows changed (unknown ids and\n-- duplicates are not counted twice).\nUPDATE customers\nSET payment_sync_status = :paymentSyncStatus!,\n    payment_sync_error = :paymentSyncError,\n    payment_synced_at = CASE WHEN :paymentSyncStatus! = 'synced' THEN now() ELSE payment_synced_at END,\n    payment_sync_version = payment_sync_version + 1\nWHERE workspace_id = :workspaceId!\n  AND payment_provider = :paymentProvider!\n  AND external_id = ANY(:externalIds!::text[])\n  AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider. Sets the sync status and error of the
 * -- live customers whose external id is in externalIds (ONE array parameter, matched
 * -- through the (workspace_id, payment_provider, external_id) unique index),
 * -- stamps payment_synced_at when synced, adds 1 to each version. One
 * -- statement; resolves to the number of rows changed (unknown ids and
 * -- duplicates are not counted twice).
 * UPDATE customers
 * SET payment_sync_status = :paymentSyncStatus!,
 *     payment_sync_error = :paymentSyncError,
 *     payment_synced_at = CASE WHEN :paymentSyncStatus! = 'synced' THEN now() ELSE payment_synced_at END,
 *     payment_sync_version = payment_sync_version + 1
 * WHERE workspace_id = :workspaceId!
 *   AND payment_provider = :paymentProvider!
 *   AND external_id = ANY(:externalIds!::text[])
 *   AND deleted_at IS NULL
 * ```
 */
export const bulkUpdateCustomerSyncStatus = new PreparedQuery<IBulkUpdateCustomerSyncStatusParams,IBulkUpdateCustomerSyncStatusResult>(bulkUpdateCustomerSyncStatusIR);


