/** Types generated for queries found in "queries/prices/BulkDeletePricesWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'BulkDeletePricesWithSync' parameters type */
export interface IBulkDeletePricesWithSyncParams {
  externalIds: stringArray;
  paymentProvider: string;
  providerUpdatedAt: DateOrString;
  workspaceId: string;
}

/** 'BulkDeletePricesWithSync' return type */
export interface IBulkDeletePricesWithSyncResult {
  deleted: number;
  stale: number;
  unchanged: number;
}

/** 'BulkDeletePricesWithSync' query type */
export interface IBulkDeletePricesWithSyncQuery {
  params: IBulkDeletePricesWithSyncParams;
  result: IBulkDeletePricesWithSyncResult;
}

const bulkDeletePricesWithSyncIR: any = {"usedParamSet":{"externalIds":true,"providerUpdatedAt":true,"workspaceId":true,"paymentProvider":true},"params":[{"name":"externalIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":559,"b":571}]},{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":732,"b":750},{"a":816,"b":834},{"a":1427,"b":1445}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1029,"b":1041},{"a":1340,"b":1352}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1069,"b":1085},{"a":1361,"b":1377}]}],"statement":"-- Scope: one workspace and one provider. The provider deleted these prices\n-- as of providerUpdatedAt (one time for the batch: e.g. a backfill's \"these\n-- ids are gone\"): DeletePriceWithSync for each external id, in ONE\n-- statement, rows written in external id order. Resolves to one row of\n-- counts: deleted (tombstones written, prices never seen included),\n-- unchanged (already tombstones of this time) and stale (the stored row is\n-- newer); their sum is the number of distinct external ids.\nWITH batch AS (\n  SELECT DISTINCT b.external_id FROM unnest(:externalIds!::text[]) AS b (external_id)\n),\nexisting AS (\n  SELECT pr.external_id,\n         CASE\n           WHEN pr.provider_updated_at IS NULL OR pr.provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL\n           WHEN pr.provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'\n           WHEN pr.provider_deleted THEN 'unchanged'\n         END AS skipped\n  FROM prices pr JOIN batch b ON b.external_id = pr.external_id\n  WHERE pr.workspace_id = :workspaceId! AND pr.payment_provider = :paymentProvider!\n    AND (pr.deleted_at IS NULL OR pr.provider_deleted)\n),\nwritten AS (\n  INSERT INTO prices AS pr (\n    workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at,\n    provider_updated_at, deleted_at, provider_deleted)\n  SELECT :workspaceId!::uuid, :paymentProvider!::text, b.external_id, 'synced', now(),\n         :providerUpdatedAt!::timestamptz, now(), true\n  FROM batch b\n  WHERE NOT EXISTS (SELECT FROM existing e WHERE e.external_id = b.external_id AND e.skipped IS NOT NULL)\n  ORDER BY b.external_id\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    payment_sync_status = 'synced',\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = pr.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    deleted_at = COALESCE(pr.deleted_at, now()),\n    provider_deleted = true\n  WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at < excluded.provider_updated_at\n     OR (pr.provider_updated_at = excluded.provider_updated_at AND NOT pr.provider_deleted)\n  RETURNING 1\n)\nSELECT\n  (SELECT count(*) FROM written) AS \"deleted!\",\n  (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"unchanged!\",\n  (SELECT count(*) FROM batch) - (SELECT count(*) FROM written)\n    - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS \"stale!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace and one provider. The provider deleted these prices
 * -- as of providerUpdatedAt (one time for the batch: e.g. a backfill's "these
 * -- ids are gone"): DeletePriceWithSync for each external id, in ONE
 * -- statement, rows written in external id order. Resolves to one row of
 * -- counts: deleted (tombstones written, prices never seen included),
 * -- unchanged (already tombstones of this time) and stale (the stored row is
 * -- newer); their sum is the number of distinct external ids.
 * WITH batch AS (
 *   SELECT DISTINCT b.external_id FROM unnest(:externalIds!::text[]) AS b (external_id)
 * ),
 * existing AS (
 *   SELECT pr.external_id,
 *          CASE
 *            WHEN pr.provider_updated_at IS NULL OR pr.provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL
 *            WHEN pr.provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'
 *            WHEN pr.provider_deleted THEN 'unchanged'
 *          END AS skipped
 *   FROM prices pr JOIN batch b ON b.external_id = pr.external_id
 *   WHERE pr.workspace_id = :workspaceId! AND pr.payment_provider = :paymentProvider!
 *     AND (pr.deleted_at IS NULL OR pr.provider_deleted)
 * ),
 * written AS (
 *   INSERT INTO prices AS pr (
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
 *     payment_sync_version = pr.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     deleted_at = COALESCE(pr.deleted_at, now()),
 *     provider_deleted = true
 *   WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at < excluded.provider_updated_at
 *      OR (pr.provider_updated_at = excluded.provider_updated_at AND NOT pr.provider_deleted)
 *   RETURNING 1
 * )
 * SELECT
 *   (SELECT count(*) FROM written) AS "deleted!",
 *   (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "unchanged!",
 *   (SELECT count(*) FROM batch) - (SELECT count(*) FROM written)
 *     - (SELECT count(*) FROM existing WHERE skipped = 'unchanged') AS "stale!"
 * ```
 */
export const bulkDeletePricesWithSync = new PreparedQuery<IBulkDeletePricesWithSyncParams,IBulkDeletePricesWithSyncResult>(bulkDeletePricesWithSyncIR);


