/** Types generated for queries found in "queries/customers/BulkDeleteCustomersWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'BulkDeleteCustomersWithSync' parameters type */
export interface IBulkDeleteCustomersWithSyncParams {
  externalIds: stringArray;
  paymentProvider: string;
  providerUpdatedAt: DateOrString;
  workspaceId: string;
}

/** 'BulkDeleteCustomersWithSync' return type */
export interface IBulkDeleteCustomersWithSyncResult {
  deleted: number;
  stale: number;
  unchanged: number;
}

/** 'BulkDeleteCustomersWithSync' query type */
export interface IBulkDeleteCustomersWithSyncQuery {
  params: IBulkDeleteCustomersWithSyncParams;
  result: IBulkDeleteCustomersWithSyncResult;
}

const bulkDeleteCustomersWithSyncIR: any = {"usedParamSet":{"externalIds":true,"providerUpdatedAt":true,"workspaceId":true,"paymentProvider":true},"params":[{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":568,"b":580}]},{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":738,"b":756},{"a":821,"b":839},{"a":1430,"b":1448}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1033,"b":1045},{"a":1343,"b":1355}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1072,"b":1088},{"a":1364,"b":1380}]}],"statement":"-- Scope: one workspace and one provider. The provider deleted these customers\n-- as of providerUpdatedAt (one time for the batch: e.g. a backfill's \"these\n-- ids are gone\"): DeleteCustomerWithSync for each external id, in ONE\n-- statement, rows written in external id order. Resolves to one row of\n-- counts: deleted (tombstones written, customers never seen included),\n-- unchanged (already tombstones of this time) and stale (the stored row is\n-- newer); their sum is the number of distinct external ids.\nWITH batch AS (\n  SELECT DISTINCT b.external_id FROM unnest(:externalIds!::text[]) AS b (external_id)\n),\nexisting AS (\n  SELECT c.external_id,\n         CASE\n           WHEN c.provider_updated_at IS NULL OR c.provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL\n           WHEN c.provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'\n           WHEN c.provider_deleted THEN 'unchanged'\n         END AS skipped\n  FROM customers c JOIN batch b ON b.external_id = c.external_id\n  WHERE c.workspace_id = :workspaceId! AND c.payment_provider = :paymentProvider!\n    AND (c.deleted_at IS NULL OR c.provider_deleted)\n),\nwritten AS (\n  INSERT INTO customers AS c (\n    workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at,\n    provider_updated_at, deleted_at, provider_deleted)\n  SELECT :workspaceId!::uuid, :paymentProvider!::text, b.external_id, 'synced', now(),\n         :providerUpdatedAt!::timestamptz, now(), true\n  FROM batch b\n  WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)\n  ORDER BY b.external_id\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    payment_sync_status = 'synced',\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = c.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    deleted_at = COALESCE(c.deleted_at, now()),\n    provider_deleted = true\n  WHERE c.provider_updated_at IS NULL OR c.provider_updated_at < excluded.provider_updated_at\n     OR (c.provider_updated_at = excluded.provider_updated_at AND NOT c.provider_deleted)\n  RETURNING 1\n)\nSELECT\n  (SELECT count(*) FROM written) AS \"deleted!\",\n  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"unchanged!\",\n  (SELECT count(*) FROM batch) - (SELECT count(*) FROM written)\n    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"stale!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider. The provider deleted these customers
 * -- as of providerUpdatedAt (one time for the batch: e.g. a backfill's "these
 * -- ids are gone"): DeleteCustomerWithSync for each external id, in ONE
 * -- statement, rows written in external id order. Resolves to one row of
 * -- counts: deleted (tombstones written, customers never seen included),
 * -- unchanged (already tombstones of this time) and stale (the stored row is
 * -- newer); their sum is the number of distinct external ids.
 * WITH batch AS (
 *   SELECT DISTINCT b.external_id FROM unnest(:externalIds!::text[]) AS b (external_id)
 * ),
 * existing AS (
 *   SELECT c.external_id,
 *          CASE
 *            WHEN c.provider_updated_at IS NULL OR c.provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL
 *            WHEN c.provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'
 *            WHEN c.provider_deleted THEN 'unchanged'
 *          END AS skipped
 *   FROM customers c JOIN batch b ON b.external_id = c.external_id
 *   WHERE c.workspace_id = :workspaceId! AND c.payment_provider = :paymentProvider!
 *     AND (c.deleted_at IS NULL OR c.provider_deleted)
 * ),
 * written AS (
 *   INSERT INTO customers AS c (
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
 *     payment_sync_version = c.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     deleted_at = COALESCE(c.deleted_at, now()),
 *     provider_deleted = true
 *   WHERE c.provider_updated_at IS NULL OR c.provider_updated_at < excluded.provider_updated_at
 *      OR (c.provider_updated_at = excluded.provider_updated_at AND NOT c.provider_deleted)
 *   RETURNING 1
 * )
 * SELECT
 *   (SELECT count(*) FROM written) AS "deleted!",
 *   (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
 *   (SELECT count(*) FROM batch) - (SELECT count(*) FROM written)
 *     - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!"
 * ```
 */
export const bulkDeleteCustomersWithSync = new PreparedQuery<IBulkDeleteCustomersWithSyncParams,IBulkDeleteCustomersWithSyncResult>(bulkDeleteCustomersWithSyncIR);


