/** Types generated for queries found in "queries/sync-status/ListExternalIDsByProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'ListExternalIDsByProvider' parameters type */
export interface IListExternalIDsByProviderParams {
  afterExternalId: string;
  createdBefore: DateOrString;
  entityType: string;
  limit: number;
  paymentProvider: string;
  workspaceId: string;
}

/** 'ListExternalIDsByProvider' return type */
export interface IListExternalIDsByProviderResult {
  externalId: string;
}

/** 'ListExternalIDsByProvider' query type */
export interface IListExternalIDsByProviderQuery {
  params: IListExternalIDsByProviderParams;
  result: IListExternalIDsByProviderResult;
}

const listExternalIDsByProviderIR: any = {"usedParamSet":{"entityType":true,"workspaceId":true,"paymentProvider":true,"createdBefore":true,"afterExternalId":true,"limit":true},"params":[{"name":"entityType","required":true,"transform":{"type":"scalar"},"locs":[{"a":468,"b":479},{"a":719,"b":730},{"a":967,"b":978},{"a":1220,"b":1231}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":513,"b":525},{"a":763,"b":775},{"a":1009,"b":1021},{"a":1269,"b":1281}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":550,"b":566},{"a":800,"b":816},{"a":1046,"b":1062},{"a":1306,"b":1322}]},{"name":"createdBefore","required":true,"transform":{"type":"scalar"},"locs":[{"a":612,"b":626},{"a":862,"b":876},{"a":1108,"b":1122},{"a":1368,"b":1382}]},{"name":"afterExternalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":646,"b":662},{"a":896,"b":912},{"a":1142,"b":1158},{"a":1402,"b":1418}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1456,"b":1462}]}],"statement":"-- Scope: one workspace. A keyset page of the external ids of one entity\n-- type's live rows of one provider created before a time, in external id\n-- order: only the ids (what a backfill compares with what the provider still\n-- lists), read over the (workspace_id, payment_provider, external_id) key of\n-- each table. entityType picks the table; the other branches are skipped.\nSELECT u.external_id AS \"external_id!\"\nFROM (\n  SELECT external_id FROM customers\n  WHERE :entityType! = 'customer' AND workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n    AND deleted_at IS NULL AND created_at < :createdBefore! AND external_id > :afterExternalId!\n  UNION ALL\n  SELECT external_id FROM products\n  WHERE :entityType! = 'product' AND workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n    AND deleted_at IS NULL AND created_at < :createdBefore! AND external_id > :afterExternalId!\n  UNION ALL\n  SELECT external_id FROM prices\n  WHERE :entityType! = 'price' AND workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n    AND deleted_at IS NULL AND created_at < :createdBefore! AND external_id > :afterExternalId!\n  UNION ALL\n  SELECT external_id FROM subscriptions\n  WHERE :entityType! = 'subscription' AND workspace_id = :workspaceId! AND payment_provider = :paymentProvider!\n    AND deleted_at IS NULL AND created_at < :createdBefore! AND external_id > :afterExternalId!\n) AS u\nORDER BY u.external_id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. A keyset page of the external ids of one entity
 * -- type's live rows of one provider created before a time, in external id
 * -- order: only the ids (what a backfill compares with what the provider still
 * -- lists), read over the (workspace_id, payment_provider, external_id) key of
 * -- each table. entityType picks the table; the other branches are skipped.
 * SELECT u.external_id AS "external_id!"
 * FROM (
 *   SELECT external_id FROM customers
 *   WHERE :entityType! = 'customer' AND workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *     AND deleted_at IS NULL AND created_at < :createdBefore! AND external_id > :afterExternalId!
 *   UNION ALL
 *   SELECT external_id FROM products
 *   WHERE :entityType! = 'product' AND workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *     AND deleted_at IS NULL AND created_at < :createdBefore! AND external_id > :afterExternalId!
 *   UNION ALL
 *   SELECT external_id FROM prices
 *   WHERE :entityType! = 'price' AND workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *     AND deleted_at IS NULL AND created_at < :createdBefore! AND external_id > :afterExternalId!
 *   UNION ALL
 *   SELECT external_id FROM subscriptions
 *   WHERE :entityType! = 'subscription' AND workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
 *     AND deleted_at IS NULL AND created_at < :createdBefore! AND external_id > :afterExternalId!
 * ) AS u
 * ORDER BY u.external_id
 * LIMIT :limit!
 * ```
 */
export const listExternalIDsByProvider = new PreparedQuery<IListExternalIDsByProviderParams,IListExternalIDsByProviderResult>(listExternalIDsByProviderIR);


