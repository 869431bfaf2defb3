/** Types generated for queries found in "queries/prices/DeletePriceWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'DeletePriceWithSync' parameters type */
export interface IDeletePriceWithSyncParams {
  externalId: string;
  paymentProvider: string;
  providerUpdatedAt: DateOrString;
  workspaceId: string;
}

/** 'DeletePriceWithSync' return type */
export interface IDeletePriceWithSyncResult {
  active: boolean;
  createdAt: Date;
  currency: string | null;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  outcome: string;
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

/** 'DeletePriceWithSync' query type */
export interface IDeletePriceWithSyncQuery {
  params: IDeletePriceWithSyncParams;
  result: IDeletePriceWithSyncResult;
}

const deletePriceWithSyncIR: any = {"usedParamSet":{"providerUpdatedAt":true,"workspaceId":true,"paymentProvider":true,"externalId":true},"params":[{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1121,"b":1139},{"a":1202,"b":1220},{"a":1757,"b":1775}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1359,"b":1371},{"a":1692,"b":1704}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1396,"b":1412},{"a":1707,"b":1723}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1432,"b":1443},{"a":1726,"b":1737}]}],"statement":"-- Scope: one workspace. The provider deleted the price as of\n-- providerUpdatedAt: a monotonic tombstone. The live row (or a tombstone of\n-- an older delete) of (workspace, provider, external id) is marked deleted\n-- and keeps providerUpdatedAt (version + 1, status synced); a price never\n-- seen leaves a tombstone of its own, so that a late, older write of it stays\n-- stale. A delete wins a tie with a live row of the same time. Outcome\n-- deleted; or nothing written and the stored row back: stale (the stored row\n-- is newer) or unchanged (a tombstone of this very time). No row: a\n-- concurrent writer changed the row since this statement's snapshot; run it\n-- again.\nWITH existing AS (\n  SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n         recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n         payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n         created_at, updated_at, deleted_at,\n         CASE\n           WHEN provider_updated_at IS NULL OR provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL\n           WHEN provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'\n           WHEN provider_deleted THEN 'unchanged'\n         END AS skipped\n  FROM prices\n  WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND external_id = :externalId!\n    AND (deleted_at IS NULL OR provider_deleted)\n),\nwritten AS (\n  INSERT INTO prices AS pr (\n    workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at,\n    provider_updated_at, deleted_at, provider_deleted)\n  SELECT :workspaceId!, :paymentProvider!, :externalId!, 'synced', now(), :providerUpdatedAt!, now(), true\n  WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    payment_sync_status = 'synced',\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = pr.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    deleted_at = COALESCE(pr.deleted_at, now()),\n    provider_deleted = true\n  WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at < excluded.provider_updated_at\n     OR (pr.provider_updated_at = excluded.provider_updated_at AND NOT pr.provider_deleted)\n  RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n            recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n            payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n            created_at, updated_at, deleted_at\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", product_id, currency, unit_amount, type,\n       recurring_interval, recurring_interval_count, active AS \"active!\", metadata AS \"metadata!\",\n       external_id, payment_provider, payment_sync_status AS \"payment_sync_status!\", payment_synced_at,\n       payment_sync_version AS \"payment_sync_version!\", payment_sync_error, provider_updated_at,\n       provider_data, created_at AS \"created_at!\", updated_at AS \"updated_at!\", deleted_at,\n       'deleted' AS \"outcome!\"\nFROM written\nUNION ALL\nSELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,\n       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at, skipped\nFROM existing\nWHERE skipped IS NOT NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The provider deleted the price as of
 * -- providerUpdatedAt: a monotonic tombstone. The live row (or a tombstone of
 * -- an older delete) of (workspace, provider, external id) is marked deleted
 * -- and keeps providerUpdatedAt (version + 1, status synced); a price never
 * -- seen leaves a tombstone of its own, so that a late, older write of it stays
 * -- stale. A delete wins a tie with a live row of the same time. Outcome
 * -- deleted; or nothing written and the stored row back: stale (the stored row
 * -- is newer) or unchanged (a tombstone of this very time). No row: a
 * -- concurrent writer changed the row since this statement's snapshot; run it
 * -- again.
 * WITH existing AS (
 *   SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *          created_at, updated_at, deleted_at,
 *          CASE
 *            WHEN provider_updated_at IS NULL OR provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL
 *            WHEN provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'
 *            WHEN provider_deleted THEN 'unchanged'
 *          END AS skipped
 *   FROM prices
 *   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND external_id = :externalId!
 *     AND (deleted_at IS NULL OR provider_deleted)
 * ),
 * written AS (
 *   INSERT INTO prices AS pr (
 *     workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at,
 *     provider_updated_at, deleted_at, provider_deleted)
 *   SELECT :workspaceId!, :paymentProvider!, :externalId!, 'synced', now(), :providerUpdatedAt!, now(), true
 *   WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)
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
 *   RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *             recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *             payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *             created_at, updated_at, deleted_at
 * )
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT workspace_id AS "workspace_id!", id AS "id!", product_id, currency, unit_amount, type,
 *        recurring_interval, recurring_interval_count, active AS "active!", metadata AS "metadata!",
 *        external_id, payment_provider, payment_sync_status AS "payment_sync_status!", payment_synced_at,
 *        payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at,
 *        provider_data, created_at AS "created_at!", updated_at AS "updated_at!", deleted_at,
 *        'deleted' AS "outcome!"
 * FROM written
 * UNION ALL
 * SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
 *        recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at, skipped
 * FROM existing
 * WHERE skipped IS NOT NULL
 * ```
 */
export const deletePriceWithSync = new PreparedQuery<IDeletePriceWithSyncParams,IDeletePriceWithSyncResult>(deletePriceWithSyncIR);


