/** Types generated for queries found in "queries/products/BulkDeleteProductsWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'BulkDeleteProductsWithSync' parameters type */
export interface IBulkDeleteProductsWithSyncParams {
  externalIds: stringArray;
  paymentProvider: string;
  providerUpdatedAt: DateOrString;
  workspaceId: string;
}

/** 'BulkDeleteProductsWithSync' return type */
export interface IBulkDeleteProductsWithSyncResult {
  deleted: number;
  stale: number;
  unchanged: number;
}

/** 'BulkDeleteProductsWithSync' query type */
export interface IBulkDeleteProductsWithSyncQuery {
  params: IBulkDeleteProductsWithSyncParams;
  result: IBulkDeleteProductsWithSyncResult;
}

const bulkDeleteProductsWithSyncIR: any = {"usedParamSet":{"externalIds":true,"providerUpdatedAt":true,"workspaceId":true,"paymentProvider":true},"params":[{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":565,"b":577}]},{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":735,"b":753},{"a":818,"b":836},{"a":1425,"b":1443}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1029,"b":1041},{"a":1338,"b":1350}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1068,"b":1084},{"a":1359,"b":1375}]}],"statement":"-- Scope: one workspace and one provider. The provider deleted these products\n-- as of providerUpdatedAt (one time for the batch: e.g. a backfill's \"these\n-- ids are gone\"): DeleteProductWithSync for each external id, in ONE\n-- statement, rows written in external id order. Resolves to one row of\n-- counts: deleted (tombstones written, products never seen included),\n-- unchanged (already tombstones of this time) and stale (the stored row is\n-- newer); their sum is the number of distinct external ids.\nWITH batch AS (\n  SELECT DISTINCT b.external_id FROM unnest(:externalIds!::text[]) AS b (external_id)\n),\nexisting AS (\n  SELECT p.external_id,\n         CASE\n           WHEN p.provider_updated_at IS NULL OR p.provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL\n           WHEN p.provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'\n           WHEN p.provider_deleted THEN 'unchanged'\n         END AS skipped\n  FROM products p JOIN batch b ON b.external_id = p.external_id\n  WHERE p.workspace_id = :workspaceId! AND p.payment_provider = :paymentProvider!\n    AND (p.deleted_at IS NULL OR p.provider_deleted)\n),\nwritten AS (\n  INSERT INTO products AS p (\n    workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at,\n    provider_updated_at, deleted_at, provider_deleted)\n  SELECT :workspaceId!::uuid, :paymentProvider!::text, b.external_id, 'synced', now(),\n         :providerUpdatedAt!::timestamptz, now(), true\n  FROM batch b\n  WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)\n  ORDER BY b.external_id\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    payment_sync_status = 'synced',\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = p.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    deleted_at = COALESCE(p.deleted_at, now()),\n    provider_deleted = true\n  WHERE p.provider_updated_at IS NULL OR p.provider_updated_at < excluded.provider_updated_at\n     OR (p.provider_updated_at = excluded.provider_updated_at AND NOT p.provider_deleted)\n  RETURNING 1\n)\nSELECT\n  (SELECT count(*) FROM written) AS \"deleted!\",\n  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"unchanged!\",\n  (SELECT count(*) FROM batch) - (SELECT count(*) FROM written)\n    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"stale!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider. The provider deleted these products
 * -- as of providerUpdatedAt (one time for the batch: e.g. a backfill's "these
 * -- ids are gone"): DeleteProductWithSync for each external id, in ONE
 * -- statement, rows written in external id order. Resolves to one row of
 * -- counts: deleted (tombstones written, products never seen included),
 * -- unchanged (already tombstones of this time) and stale (the stored row is
 * -- newer); their sum is the number of distinct external ids.
 * WITH batch AS (
 *   SELECT DISTINCT b.external_id FROM unnest(:externalIds!::text[]) AS b (external_id)
 * ),
 * existing AS (
 *   SELECT p.external_id,
 *          CASE
 *            WHEN p.provider_updated_at IS NULL OR p.provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL
 *            WHEN p.provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'
 *            WHEN p.provider_deleted THEN 'unchanged'
 *          END AS skipped
 *   FROM products p JOIN batch b ON b.external_id = p.external_id
 *   WHERE p.workspace_id = :workspaceId! AND p.payment_provider = :paymentProvider!
 *     AND (p.deleted_at IS NULL OR p.provider_deleted)
 * ),
 * written AS (
 *   INSERT INTO products AS p (
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
 *     payment_sync_version = p.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     deleted_at = COALESCE(p.deleted_at, now()),
 *     provider_deleted = true
 *   WHERE p.provider_updated_at IS NULL OR p.provider_updated_at < excluded.provider_updated_at
 *      OR (p.provider_updated_at = excluded.provider_updated_at AND NOT p.provider_deleted)
 *   RETURNING 1
 * )
 * SELECT
 *   (SELECT count(*) FROM written) AS "deleted!",
 *   (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
 *   (SELECT count(*) FROM batch) - (SELECT count(*) FROM written)
 *     - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!"
 * ```
 */
export const bulkDeleteProductsWithSync = new PreparedQuery<IBulkDeleteProductsWithSyncParams,IBulkDeleteProductsWithSyncResult>(bulkDeleteProductsWithSyncIR);


