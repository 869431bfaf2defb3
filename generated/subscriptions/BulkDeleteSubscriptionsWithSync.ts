/** Types generated for queries found in "queries/subscriptions/BulkDeleteSubscriptionsWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'BulkDeleteSubscriptionsWithSync' parameters type */
export interface IBulkDeleteSubscriptionsWithSyncParams {
  externalIds: stringArray;
  paymentProvider: string;
  providerUpdatedAt: DateOrString;
  workspaceId: string;
}

/** 'BulkDeleteSubscriptionsWithSync' return type */
export interface IBulkDeleteSubscriptionsWithSyncResult {
  deleted: number;
  stale: number;
  unchanged: number;
}

/** 'BulkDeleteSubscriptionsWithSync' query type */
export interface IBulkDeleteSubscriptionsWithSyncQuery {
  params: IBulkDeleteSubscriptionsWithSyncParams;
  result: IBulkDeleteSubscriptionsWithSyncResult;
}

const bulkDeleteSubscriptionsWithSyncIR: any = {"usedParamSet":{"externalIds":true,"providerUpdatedAt":true,"workspaceId":true,"paymentProvider":true},"params":[{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":580,"b":592}]},{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":750,"b":768},{"a":833,"b":851},{"a":1450,"b":1468}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1049,"b":1061},{"a":1363,"b":1375}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1088,"b":1104},{"a":1384,"b":1400}]}],"statement":"-- Scope: one workspace and one provider. The provider deleted these subscriptions\n-- as of providerUpdatedAt (one time for the batch: e.g. a backfill's \"these\n-- ids are gone\"): DeleteSubscriptionWithSync for each external id, in ONE\n-- statement, rows written in external id order. Resolves to one row of\n-- counts: deleted (tombstones written, subscriptions never seen included),\n-- unchanged (already tombstones of this time) and stale (the stored row is\n-- newer); their sum is the number of distinct external ids.\nWITH batch AS (\n  SELECT DISTINCT b.external_id FROM unnest(:externalIds!::text[]) AS b (external_id)\n),\nexisting AS (\n  SELECT s.external_id,\n         CASE\n           WHEN s.provider_updated_at IS NULL OR s.provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL\n           WHEN s.provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'\n           WHEN s.provider_deleted THEN 'unchanged'\n         END AS skipped\n  FROM subscriptions s JOIN batch b ON b.external_id = s.external_id\n  WHERE s.workspace_id = :workspaceId! AND s.payment_provider = :paymentProvider!\n    AND (s.deleted_at IS NULL OR s.provider_deleted)\n),\nwritten AS (\n  INSERT INTO subscriptions AS s (\n    workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at,\n    provider_updated_at, deleted_at, provider_deleted)\n  SELECT :workspaceId!::uuid, :paymentProvider!::text, b.external_id, 'synced', now(),\n         :providerUpdatedAt!::timestamptz, now(), true\n  FROM batch b\n  WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)\n  ORDER BY b.external_id\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    payment_sync_status = 'synced',\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = s.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    deleted_at = COALESCE(s.deleted_at, now()),\n    provider_deleted = true\n  WHERE s.provider_updated_at IS NULL OR s.provider_updated_at < excluded.provider_updated_at\n     OR (s.provider_updated_at = excluded.provider_updated_at AND NOT s.provider_deleted)\n  RETURNING 1\n)\nSELECT\n  (SELECT count(*) FROM written) AS \"deleted!\",\n  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"unchanged!\",\n  (SELECT count(*) FROM batch) - (SELECT count(*) FROM written)\n    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"stale!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider. The provider deleted these subscriptions
 * -- as of providerUpdatedAt (one time for the batch: e.g. a backfill's "these
 * -- ids are gone"): DeleteSubscriptionWithSync for each external id, in ONE
 * -- statement, rows written in external id order. Resolves to one row of
 * -- counts: deleted (tombstones written, subscriptions never seen included),
 * -- unchanged (already tombstones of this time) and stale (the stored row is
 * -- newer); their sum is the number of distinct external ids.
 * WITH batch AS (
 *   SELECT DISTINCT b.external_id FROM unnest(:externalIds!::text[]) AS b (external_id)
 * ),
 * existing AS (
 *   SELECT s.external_id,
 *          CASE
 *            WHEN s.provider_updated_at IS NULL OR s.provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL
 *            WHEN s.provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'
 *            WHEN s.provider_deleted THEN 'unchanged'
 *          END AS skipped
 *   FROM subscriptions s JOIN batch b ON b.external_id = s.external_id
 *   WHERE s.workspace_id = :workspaceId! AND s.payment_provider = :paymentProvider!
 *     AND (s.deleted_at IS NULL OR s.provider_deleted)
 * ),
 * written AS (
 *   INSERT INTO subscriptions AS s (
 *     workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at,
 *     provider_updated_at, deleted_at, provider_deleted)
 *   SELECT :workspaceId!::uuid, :paymentProvider!::text, b.external_id, 'synced', now(),
 *          :providerUpdatedAt!::timestamptz, now(), true
 *   FROM batch b
 *   WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)
 *   ORDER BY b.external_id
 *   ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
 *   DO UPDATE SET
 *     payment_sync_status = 'synced',
 *     updated_at = now(),
 *     payment_sync_error = NULL,
 *     payment_sync_version = s.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     deleted_at = COALESCE(s.deleted_at, now()),
 *     provider_deleted = true
 *   WHERE s.provider_updated_at IS NULL OR s.provider_updated_at < excluded.provider_updated_at
 *      OR (s.provider_updated_at = excluded.provider_updated_at AND NOT s.provider_deleted)
 *   RETURNING 1
 * )
 * SELECT
 *   (SELECT count(*) FROM written) AS "deleted!",
 *   (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
 *   (SELECT count(*) FROM batch) - (SELECT count(*) FROM written)
 *     - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!"
 * ```
 */
export const bulkDeleteSubscriptionsWithSync = new PreparedQuery<IBulkDeleteSubscriptionsWithSyncParams,IBulkDeleteSubscriptionsWithSyncResult>(bulkDeleteSubscriptionsWithSyncIR);


