/** Types generated for queries found in "queries/customers/DeleteCustomerWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'DeleteCustomerWithSync' parameters type */
export interface IDeleteCustomerWithSyncParams {
  externalId: string;
  paymentProvider: string;
  providerUpdatedAt: DateOrString;
  workspaceId: string;
}

/** 'DeleteCustomerWithSync' return type */
export interface IDeleteCustomerWithSyncResult {
  createdAt: Date;
  deletedAt: Date | null;
  email: string | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  name: string | null;
  outcome: string;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'DeleteCustomerWithSync' query type */
export interface IDeleteCustomerWithSyncQuery {
  params: IDeleteCustomerWithSyncParams;
  result: IDeleteCustomerWithSyncResult;
}

const deleteCustomerWithSyncIR: any = {"usedParamSet":{"providerUpdatedAt":true,"workspaceId":true,"paymentProvider":true,"externalId":true},"params":[{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1036,"b":1054},{"a":1117,"b":1135},{"a":1677,"b":1695}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1277,"b":1289},{"a":1612,"b":1624}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1314,"b":1330},{"a":1627,"b":1643}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1350,"b":1361},{"a":1646,"b":1657}]}],"statement":"-- Scope: one workspace. The provider deleted the customer as of\n-- providerUpdatedAt: a monotonic tombstone. The live row (or a tombstone of\n-- an older delete) of (workspace, provider, external id) is marked deleted\n-- and keeps providerUpdatedAt (version + 1, status synced); a customer never\n-- seen leaves a tombstone of its own, so that a late, older write of it stays\n-- stale. A delete wins a tie with a live row of the same time. Outcome\n-- deleted; or nothing written and the stored row back: stale (the stored row\n-- is newer) or unchanged (a tombstone of this very time). No row: a\n-- concurrent writer changed the row since this statement's snapshot; run it\n-- again.\nWITH existing AS (\n  SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n         payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n         created_at, updated_at, deleted_at,\n         CASE\n           WHEN provider_updated_at IS NULL OR provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL\n           WHEN provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'\n           WHEN provider_deleted THEN 'unchanged'\n         END AS skipped\n  FROM customers\n  WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND external_id = :externalId!\n    AND (deleted_at IS NULL OR provider_deleted)\n),\nwritten AS (\n  INSERT INTO customers AS c (\n    workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at,\n    provider_updated_at, deleted_at, provider_deleted)\n  SELECT :workspaceId!, :paymentProvider!, :externalId!, 'synced', now(), :providerUpdatedAt!, now(), true\n  WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    payment_sync_status = 'synced',\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = c.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    deleted_at = COALESCE(c.deleted_at, now()),\n    provider_deleted = true\n  WHERE c.provider_updated_at IS NULL OR c.provider_updated_at < excluded.provider_updated_at\n     OR (c.provider_updated_at = excluded.provider_updated_at AND NOT c.provider_deleted)\n  RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n            payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n            created_at, updated_at, deleted_at\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", email, name, metadata AS \"metadata!\", external_id,\n       payment_provider, payment_sync_status AS \"payment_sync_status!\", payment_synced_at,\n       payment_sync_version AS \"payment_sync_version!\", payment_sync_error, provider_updated_at,\n       provider_data, created_at AS \"created_at!\", updated_at AS \"updated_at!\", deleted_at,\n       'deleted' AS \"outcome!\"\nFROM written\nUNION ALL\nSELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at, skipped\nFROM existing\nWHERE skipped IS NOT NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The provider deleted the customer as of
 * -- providerUpdatedAt: a monotonic tombstone. The live row (or a tombstone of
 * -- an older delete) of (workspace, provider, external id) is marked deleted
 * -- and keeps providerUpdatedAt (version + 1, status synced); a customer never
 * -- seen leaves a tombstone of its own, so that a late, older write of it stays
 * -- stale. A delete wins a tie with a live row of the same time. Outcome
 * -- deleted; or nothing written and the stored row back: stale (the stored row
 * -- is newer) or unchanged (a tombstone of this very time). No row: a
 * -- concurrent writer changed the row since this statement's snapshot; run it
 * -- again.
 * WITH existing AS (
 *   SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *          created_at, updated_at, deleted_at,
 *          CASE
 *            WHEN provider_updated_at IS NULL OR provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL
 *            WHEN provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'
 *            WHEN provider_deleted THEN 'unchanged'
 *          END AS skipped
 *   FROM customers
 *   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND external_id = :externalId!
 *     AND (deleted_at IS NULL OR provider_deleted)
 * ),
 * written AS (
 *   INSERT INTO customers AS c (
 *     workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at,
 *     provider_updated_at, deleted_at, provider_deleted)
 *   SELECT :workspaceId!, :paymentProvider!, :externalId!, 'synced', now(), :providerUpdatedAt!, now(), true
 *   WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)
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
 *   RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *             payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *             created_at, updated_at, deleted_at
 * )
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT workspace_id AS "workspace_id!", id AS "id!", email, name, metadata AS "metadata!", external_id,
 *        payment_provider, payment_sync_status AS "payment_sync_status!", payment_synced_at,
 *        payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at,
 *        provider_data, created_at AS "created_at!", updated_at AS "updated_at!", deleted_at,
 *        'deleted' AS "outcome!"
 * FROM written
 * UNION ALL
 * SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at, skipped
 * FROM existing
 * WHERE skipped IS NOT NULL
 * ```
 */
export const deleteCustomerWithSync = new PreparedQuery<IDeleteCustomerWithSyncParams,IDeleteCustomerWithSyncResult>(deleteCustomerWithSyncIR);


