/** Types generated for queries found in "queries/customers/CreateCustomerWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'CreateCustomerWithSync' parameters type */
export interface ICreateCustomerWithSyncParams {
  email?: string | null | void;
  externalId: string;
  metadata?: Json | null | void;
  name?: string | null | void;
  paymentProvider: string;
  paymentSyncStatus?: string | null | void;
  providerData?: Json | null | void;
  providerUpdatedAt: DateOrString;
  workspaceId: string;
}

/** 'CreateCustomerWithSync' return type */
export interface ICreateCustomerWithSyncResult {
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

/** 'CreateCustomerWithSync' query type */
export interface ICreateCustomerWithSyncQuery {
  params: ICreateCustomerWithSyncParams;
  result: ICreateCustomerWithSyncResult;
}

const createCustomerWithSyncIR: any = {"usedParamSet":{"email":true,"name":true,"metadata":true,"paymentSyncStatus":true,"providerUpdatedAt":true,"providerData":true,"workspaceId":true,"paymentProvider":true,"externalId":true},"params":[{"name":"email","required":false,"transform":{"type":"scalar"},"locs":[{"a":742,"b":747}]},{"name":"name","required":false,"transform":{"type":"scalar"},"locs":[{"a":765,"b":769}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":795,"b":803}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":850,"b":867}]},{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":919,"b":937}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":976,"b":988}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1867,"b":1879},{"a":2218,"b":2230}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1906,"b":1922},{"a":2262,"b":2278}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1944,"b":1955},{"a":2281,"b":2292}]}],"statement":"-- Scope: one workspace. Idempotent, monotonic upsert of a provider's customer\n-- by (workspace, provider, external id), in one statement. The write applies\n-- when the stored row has no provider time (a placeholder, a local row), is\n-- older, or holds the same time with other content (every column the write\n-- sets, provider_data included); it then inserts (created) or replaces\n-- (updated, version + 1), reviving a tombstone only when strictly newer.\n-- Otherwise nothing is written and the stored row comes back: stale (the\n-- stored row is newer, or a tombstone as new) or unchanged (same time, same\n-- content). No row: a concurrent writer changed the row since this\n-- statement's snapshot; run it again.\nWITH incoming AS (\n  SELECT :email::text AS email, :name::text AS name, COALESCE(:metadata::jsonb, '{}') AS metadata,\n         COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status,\n         :providerUpdatedAt!::timestamptz AS provider_updated_at, :providerData::jsonb AS provider_data\n),\nexisting AS (\n  SELECT c.workspace_id, c.id, c.email, c.name, c.metadata, c.external_id, c.payment_provider,\n         c.payment_sync_status, c.payment_synced_at, c.payment_sync_version, c.payment_sync_error,\n         c.provider_updated_at, c.provider_data, c.created_at, c.updated_at, c.deleted_at,\n         CASE\n           WHEN c.provider_updated_at IS NULL OR c.provider_updated_at < i.provider_updated_at THEN NULL\n           WHEN c.provider_updated_at > i.provider_updated_at OR c.provider_deleted THEN 'stale'\n           WHEN (c.email, c.name, c.metadata, c.payment_sync_status, c.payment_sync_error, c.provider_data)\n                IS DISTINCT FROM (i.email, i.name, i.metadata, i.payment_sync_status, NULL, i.provider_data) THEN NULL\n           ELSE 'unchanged'\n         END AS skipped\n  FROM customers c, incoming i\n  WHERE c.workspace_id = :workspaceId! AND c.payment_provider = :paymentProvider! AND c.external_id = :externalId!\n    AND (c.deleted_at IS NULL OR c.provider_deleted)\n),\nwritten AS (\n  INSERT INTO customers AS c (\n    workspace_id, email, name, metadata, payment_provider, external_id, payment_sync_status,\n    payment_synced_at, provider_updated_at, provider_data)\n  SELECT :workspaceId!, i.email, i.name, i.metadata, :paymentProvider!, :externalId!, i.payment_sync_status,\n         CASE WHEN i.payment_sync_status = 'synced' THEN now() END, i.provider_updated_at, i.provider_data\n  FROM incoming i\n  WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    email = excluded.email,\n    name = excluded.name,\n    metadata = excluded.metadata,\n    payment_sync_status = excluded.payment_sync_status,\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = c.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    provider_data = excluded.provider_data,\n    deleted_at = NULL,\n    provider_deleted = false\n  WHERE c.provider_updated_at IS NULL OR c.provider_updated_at < excluded.provider_updated_at\n     OR (c.provider_updated_at = excluded.provider_updated_at AND NOT c.provider_deleted\n         AND (c.email, c.name, c.metadata, c.payment_sync_status, c.payment_sync_error, c.provider_data)\n             IS DISTINCT FROM (excluded.email, excluded.name, excluded.metadata, excluded.payment_sync_status,\n                               NULL, excluded.provider_data))\n  RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n            payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n            created_at, updated_at, deleted_at,\n            CASE WHEN xmax = 0 THEN 'created' ELSE 'updated' END AS outcome\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", email, name, metadata AS \"metadata!\", external_id,\n       payment_provider, payment_sync_status AS \"payment_sync_status!\", payment_synced_at,\n       payment_sync_version AS \"payment_sync_version!\", payment_sync_error, provider_updated_at,\n       provider_data, created_at AS \"created_at!\", updated_at AS \"updated_at!\", deleted_at,\n       outcome AS \"outcome!\"\nFROM written\nUNION ALL\nSELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at, skipped\nFROM existing\nWHERE skipped IS NOT NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Idempotent, monotonic upsert of a provider's customer
 * -- by (workspace, provider, external id), in one statement. The write applies
 * -- when the stored row has no provider time (a placeholder, a local row), is
 * -- older, or holds the same time with other content (every column the write
 * -- sets, provider_data included); it then inserts (created) or replaces
 * -- (updated, version + 1), reviving a tombstone only when strictly newer.
 * -- Otherwise nothing is written and the stored row comes back: stale (the
 * -- stored row is newer, or a tombstone as new) or unchanged (same time, same
 * -- content). No row: a concurrent writer changed the row since this
 * -- statement's snapshot; run it again.
 * WITH incoming AS (
 *   SELECT :email::text AS email, :name::text AS name, COALESCE(:metadata::jsonb, '{}') AS metadata,
 *          COALESCE(:paymentSyncStatus::text, 'synced') AS payment_sync_status,
 *          :providerUpdatedAt!::timestamptz AS provider_updated_at, :providerData::jsonb AS provider_data
 * ),
 * existing AS (
 *   SELECT c.workspace_id, c.id, c.email, c.name, c.metadata, c.external_id, c.payment_provider,
 *          c.payment_sync_status, c.payment_synced_at, c.payment_sync_version, c.payment_sync_error,
 *          c.provider_updated_at, c.provider_data, c.created_at, c.updated_at, c.deleted_at,
 *          CASE
 *            WHEN c.provider_updated_at IS NULL OR c.provider_updated_at < i.provider_updated_at THEN NULL
 *            WHEN c.provider_updated_at > i.provider_updated_at OR c.provider_deleted THEN 'stale'
 *            WHEN (c.email, c.name, c.metadata, c.payment_sync_status, c.payment_sync_error, c.provider_data)
 *                 IS DISTINCT FROM (i.email, i.name, i.metadata, i.payment_sync_status, NULL, i.provider_data) THEN NULL
 *            ELSE 'unchanged'
 *          END AS skipped
 *   FROM customers c, incoming i
 *   WHERE c.workspace_id = :workspaceId! AND c.payment_provider = :paymentProvider! AND c.external_id = :externalId!
 *     AND (c.deleted_at IS NULL OR c.provider_deleted)
 * ),
 * written AS (
 *   INSERT INTO customers AS c (
 *     workspace_id, email, name, metadata, payment_provider, external_id, payment_sync_status,
 *     payment_synced_at, provider_updated_at, provider_data)
 *   SELECT :workspaceId!, i.email, i.name, i.metadata, :paymentProvider!, :externalId!, i.payment_sync_status,
 *          CASE WHEN i.payment_sync_status = 'synced' THEN now() END, i.provider_updated_at, i.provider_data
 *   FROM incoming i
 *   WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)
 *   ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
 *   DO UPDATE SET
 *     email = excluded.email,
 *     name = excluded.name,
 *     metadata = excluded.metadata,
 *     payment_sync_status = excluded.payment_sync_status,
 *     updated_at = now(),
 *     payment_sync_error = NULL,
 *     payment_sync_version = c.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     provider_data = excluded.provider_data,
 *     deleted_at = NULL,
 *     provider_deleted = false
 *   WHERE c.provider_updated_at IS NULL OR c.provider_updated_at < excluded.provider_updated_at
 *      OR (c.provider_updated_at = excluded.provider_updated_at AND NOT c.provider_deleted
 *          AND (c.email, c.name, c.metadata, c.payment_sync_status, c.payment_sync_error, c.provider_data)
 *              IS DISTINCT FROM (excluded.email, excluded.name, excluded.metadata, excluded.payment_sync_status,
 *                                NULL, excluded.provider_data))
 *   RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *             payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *             created_at, updated_at, deleted_at,
 *             CASE WHEN xmax = 0 THEN 'created' ELSE 'updated' END AS outcome
 * )
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT workspace_id AS "workspace_id!", id AS "id!", email, name, metadata AS "metadata!", external_id,
 *        payment_provider, payment_sync_status AS "payment_sync_status!", payment_synced_at,
 *        payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at,
 *        provider_data, created_at AS "created_at!", updated_at AS "updated_at!", deleted_at,
 *        outcome AS "outcome!"
 * FROM written
 * UNION ALL
 * SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at, skipped
 * FROM existing
 * WHERE skipped IS NOT NULL
 * ```
 */
export const createCustomerWithSync = new PreparedQuery<ICreateCustomerWithSyncParams,ICreateCustomerWithSyncResult>(createCustomerWithSyncIR);


