/** Types generated for queries found in "queries/customers/UpdateCustomerWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateCustomerWithSync' parameters type */
export interface IUpdateCustomerWithSyncParams {
  email?: string | null | void;
  externalId?: string | null | void;
  id: string;
  metadata?: Json | null | void;
  name?: string | null | void;
  paymentProvider?: string | null | void;
  paymentSyncError?: string | null | void;
  paymentSyncStatus?: string | null | void;
  providerData?: Json | null | void;
  providerUpdatedAt?: DateOrString | null | void;
  workspaceId: string;
}

/** 'UpdateCustomerWithSync' return type */
export interface IUpdateCustomerWithSyncResult {
  createdAt: Date;
  deletedAt: Date | null;
  email: string | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  name: string | null;
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

/** 'UpdateCustomerWithSync' query type */
export interface IUpdateCustomerWithSyncQuery {
  params: IUpdateCustomerWithSyncParams;
  result: IUpdateCustomerWithSyncResult;
}

const updateCustomerWithSyncIR: any = {"usedParamSet":{"workspaceId":true,"id":true,"providerUpdatedAt":true,"email":true,"name":true,"metadata":true,"paymentProvider":true,"externalId":true,"paymentSyncStatus":true,"paymentSyncError":true,"providerData":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":918,"b":930},{"a":2207,"b":2219}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":941,"b":944},{"a":2230,"b":2233}]},{"name":"providerUpdatedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":999,"b":1016},{"a":2074,"b":2091},{"a":2298,"b":2315},{"a":2373,"b":2390}]},{"name":"email","required":false,"transform":{"type":"scalar"},"locs":[{"a":1189,"b":1194},{"a":1608,"b":1613}]},{"name":"name","required":false,"transform":{"type":"scalar"},"locs":[{"a":1214,"b":1218},{"a":1646,"b":1650}]},{"name":"metadata","required":false,"transform":{"type":"scalar"},"locs":[{"a":1237,"b":1245},{"a":1686,"b":1694}]},{"name":"paymentProvider","required":false,"transform":{"type":"scalar"},"locs":[{"a":1305,"b":1320},{"a":1749,"b":1764}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1351,"b":1361},{"a":1815,"b":1825}]},{"name":"paymentSyncStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":1417,"b":1434},{"a":1879,"b":1896}]},{"name":"paymentSyncError","required":false,"transform":{"type":"scalar"},"locs":[{"a":1448,"b":1464},{"a":1963,"b":1979}]},{"name":"providerData","required":false,"transform":{"type":"scalar"},"locs":[{"a":1512,"b":1524},{"a":2147,"b":2159}]}],"statement":"-- Scope: one workspace. Applies a provider's view of the customer by id: the\n-- given fields (an omitted one keeps its value), the sync status (default\n-- synced, which stamps payment_synced_at when the row becomes synced),\n-- provider data and time. Monotonic:\n-- a providerUpdatedAt older than the stored one changes nothing (null). The\n-- same providerUpdatedAt with the same content (every column the write would\n-- set) is an unchanged replay: nothing is written and the stored row comes\n-- back as it was. Otherwise adds 1 to the version and returns the updated\n-- row; null when not found or stale.\nWITH existing AS (\n  SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n         payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n         created_at, updated_at, deleted_at\n  FROM customers\n  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n    AND provider_updated_at = :providerUpdatedAt::timestamptz\n    AND (email, name, metadata, payment_provider, external_id, payment_sync_status, payment_sync_error, provider_data)\n        IS NOT DISTINCT FROM (COALESCE(:email, email), COALESCE(:name, name), COALESCE(:metadata::jsonb, metadata),\n                              COALESCE(:paymentProvider, payment_provider), COALESCE(:externalId, external_id),\n                              COALESCE(:paymentSyncStatus, 'synced'), :paymentSyncError::text,\n                              COALESCE(:providerData::jsonb, provider_data))\n),\nwritten AS (\n  UPDATE customers\n  SET email = COALESCE(:email, email),\n      name = COALESCE(:name, name),\n      metadata = COALESCE(:metadata::jsonb, metadata),\n      payment_provider = COALESCE(:paymentProvider, payment_provider),\n      external_id = COALESCE(:externalId, external_id),\n      payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),\n      updated_at = now(),\n      payment_sync_error = :paymentSyncError,\n      payment_sync_version = payment_sync_version + 1,\n      provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),\n      provider_data = COALESCE(:providerData::jsonb, provider_data)\n  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\n    AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL\n         OR provider_updated_at <= :providerUpdatedAt::timestamptz)\n    AND NOT EXISTS (SELECT FROM existing)\n  RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n            payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n            created_at, updated_at, deleted_at\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", email, name, metadata AS \"metadata!\", external_id,\n       payment_provider, payment_sync_status AS \"payment_sync_status!\", payment_synced_at,\n       payment_sync_version AS \"payment_sync_version!\", payment_sync_error, provider_updated_at, provider_data,\n       created_at AS \"created_at!\", updated_at AS \"updated_at!\", deleted_at\nFROM written\nUNION ALL\nSELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,\n       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,\n       created_at, updated_at, deleted_at\nFROM existing"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Applies a provider's view of the customer by id: the
 * -- given fields (an omitted one keeps its value), the sync status (default
 * -- synced, which stamps payment_synced_at when the row becomes synced),
 * -- provider data and time. Monotonic:
 * -- a providerUpdatedAt older than the stored one changes nothing (null). The
 * -- same providerUpdatedAt with the same content (every column the write would
 * -- set) is an unchanged replay: nothing is written and the stored row comes
 * -- back as it was. Otherwise adds 1 to the version and returns the updated
 * -- row; null when not found or stale.
 * WITH existing AS (
 *   SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *          created_at, updated_at, deleted_at
 *   FROM customers
 *   WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 *     AND provider_updated_at = :providerUpdatedAt::timestamptz
 *     AND (email, name, metadata, payment_provider, external_id, payment_sync_status, payment_sync_error, provider_data)
 *         IS NOT DISTINCT FROM (COALESCE(:email, email), COALESCE(:name, name), COALESCE(:metadata::jsonb, metadata),
 *                               COALESCE(:paymentProvider, payment_provider), COALESCE(:externalId, external_id),
 *                               COALESCE(:paymentSyncStatus, 'synced'), :paymentSyncError::text,
 *                               COALESCE(:providerData::jsonb, provider_data))
 * ),
 * written AS (
 *   UPDATE customers
 *   SET email = COALESCE(:email, email),
 *       name = COALESCE(:name, name),
 *       metadata = COALESCE(:metadata::jsonb, metadata),
 *       payment_provider = COALESCE(:paymentProvider, payment_provider),
 *       external_id = COALESCE(:externalId, external_id),
 *       payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),
 *       updated_at = now(),
 *       payment_sync_error = :paymentSyncError,
 *       payment_sync_version = payment_sync_version + 1,
 *       provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),
 *       provider_data = COALESCE(:providerData::jsonb, provider_data)
 *   WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 *     AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL
 *          OR provider_updated_at <= :providerUpdatedAt::timestamptz)
 *     AND NOT EXISTS (SELECT FROM existing)
 *   RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *             payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *             created_at, updated_at, deleted_at
 * )
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT workspace_id AS "workspace_id!", id AS "id!", email, name, metadata AS "metadata!", external_id,
 *        payment_provider, payment_sync_status AS "payment_sync_status!", payment_synced_at,
 *        payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at, provider_data,
 *        created_at AS "created_at!", updated_at AS "updated_at!", deleted_at
 * FROM written
 * UNION ALL
 * SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
 *        payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
 *        created_at, updated_at, deleted_at
 * FROM existing
 * ```
 */
export const updateCustomerWithSync = new PreparedQuery<IUpdateCustomerWithSyncParams,IUpdateCustomerWithSyncResult>(updateCustomerWithSyncIR);


