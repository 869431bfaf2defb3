/** Types generated for queries found in "queries/sync-status/BulkUpdateSubscriptionSyncStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'BulkUpdateSubscriptionSyncStatus' parameters type */
export interface IBulkUpdateSubscriptionSyncStatusParams {
  externalIds: stringArray;
  paymentProvider: string;
  paymentSyncError?: string | null | void;
  paymentSyncStatus: string;
  workspaceId: string;
}

/** 'BulkUpdateSubscriptionSyncStatus' return type */
export type IBulkUpdateSubscriptionSyncStatusResult = void;

/** 'BulkUpdateSubscriptionSyncStatus' query type */
export interface IBulkUpdateSubscriptionSyncStatusQuery {
  params: IBulkUpdateSubscriptionSyncStatusParams;
  result: IBulkUpdateSubscriptionSyncStatusResult;
}

const bulkUpdateSubscriptionSyncStatusIR: any = {"usedParamSet":{"workspaceId":true,"paymentProvider":true,"externalIds":true,"paymentSyncStatus":true,"paymentSyncError":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":756,"b":768},{"a":1159,"b":1171}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":797,"b":813}]},{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":841,"b":853}]},{"name":"paymentSyncStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":981,"b":999}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":1027,"b":1043}]}],"statement":"-- Scope: one workspace and one provider. Sets the sync status and error of the\n-- live subscriptions whose external id is in externalIds (ONE array parameter, matched\n-- through the (workspace_id, payment_provider, external_id) unique index),\n-- stamps payment_synced_at when a row becomes synced (the trigger of\n-- migration 0013), sets updated_at, adds 1 to each version. One\n-- statement; resolves to the number of rows changed (unknown ids and\n-- duplicates are not counted twice). The rows are locked first in external-id\n-- order, the order BulkUpsert*WithSync writes in, so concurrent bulk writes\n-- over overlapping ids queue instead of deadlocking whatever plan each gets.\nWITH target AS (\n  SELECT id\n  FROM subscriptions\n  WHERE workspace_id = :workspaceId!\n    AND payment_provider = :paymentProvider!\n    AND external_id = ANY(:externalIds!::text[])\n    AND deleted_at IS NULL\n  ORDER BY external_id\n  FOR UPDATE\n)\nUPDATE subscriptions AS e\nSET payment_sync_status = :paymentSyncStatus!,\n    payment_sync_error = :paymentSyncError,\n    updated_at = now(),\n    payment_sync_version = e.payment_sync_version + 1\nFROM target\nWHERE e.workspace_id = :workspaceId! AND e.id = target.id"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider. Sets the sync status and error of the
 * -- live subscriptions whose external id is in externalIds (ONE array parameter, matched
 * -- through the (workspace_id, payment_provider, external_id) unique index),
 * -- stamps payment_synced_at when a row becomes synced (the trigger of
 * -- migration 0013), sets updated_at, adds 1 to each version. One
 * -- statement; resolves to the number of rows changed (unknown ids and
 * -- duplicates are not counted twice). The rows are locked first in external-id
 * -- order, the order BulkUpsert*WithSync writes in, so concurrent bulk writes
 * -- over overlapping ids queue instead of deadlocking whatever plan each gets.
 * WITH target AS (
 *   SELECT id
 *   FROM subscriptions
 *   WHERE workspace_id = :workspaceId!
 *     AND payment_provider = :paymentProvider!
 *     AND external_id = ANY(:externalIds!::text[])
 *     AND deleted_at IS NULL
 *   ORDER BY external_id
 *   FOR UPDATE
 * )
 * UPDATE subscriptions AS e
 * SET payment_sync_status = :paymentSyncStatus!,
 *     payment_sync_error = :paymentSyncError,
 *     updated_at = now(),
 *     payment_sync_version = e.payment_sync_version + 1
 * FROM target
 * WHERE e.workspace_id = :workspaceId! AND e.id = target.id
 * ```
 */
export const bulkUpdateSubscriptionSyncStatus = new PreparedQuery<IBulkUpdateSubscriptionSyncStatusParams,IBulkUpdateSubscriptionSyncStatusResult>(bulkUpdateSubscriptionSyncStatusIR);


