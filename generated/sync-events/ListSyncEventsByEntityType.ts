/** Types generated for queries found in "queries/sync-events/ListSyncEventsByEntityType.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ListSyncEventsByEntityType' parameters type */
export interface IListSyncEventsByEntityTypeParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  entityType: string;
  limit: number;
  workspaceId: string;
}

/** 'ListSyncEventsByEntityType' return type */
export interface IListSyncEventsByEntityTypeResult {
  createdAt: Date;
  entityId: string | null;
  entityType: string;
  eventDetails: Json;
  eventMessage: string | null;
  eventType: string;
  externalId: string | null;
  id: string;
  providerName: string;
  sessionId: string;
  updatedAt: Date;
  workspaceId: string;
}

/** 'ListSyncEventsByEntityType' query type */
export interface IListSyncEventsByEntityTypeQuery {
  params: IListSyncEventsByEntityTypeParams;
  result: IListSyncEventsByEntityTypeResult;
}

const listSyncEventsByEntityTypeIR: any = {"usedParamSet":{"workspaceId":true,"entityType":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":181,"b":193}]},{"name":"entityType","required":true,"transform":{"type":"scalar"},"locs":[{"a":215,"b":226}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":254,"b":269}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":285,"b":293}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":332,"b":338}]}],"statement":"-- Scope: one workspace. Events about one entity type, in chronological order:\n-- keyset-paginated in (created_at, id) order.\nSELECT *\nFROM payment_sync_events\nWHERE workspace_id = :workspaceId!\n  AND entity_type = :entityType!\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Events about one entity type, in chronological order:
 * -- keyset-paginated in (created_at, id) order.
 * SELECT *
 * FROM payment_sync_events
 * WHERE workspace_id = :workspaceId!
 *   AND entity_type = :entityType!
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const listSyncEventsByEntityType = new PreparedQuery<IListSyncEventsByEntityTypeParams,IListSyncEventsByEntityTypeResult>(listSyncEventsByEntityTypeIR);


