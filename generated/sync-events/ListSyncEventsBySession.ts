/** Types generated for queries found in "queries/sync-events/ListSyncEventsBySession.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ListSyncEventsBySession' parameters type */
export interface IListSyncEventsBySessionParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  sessionId: string;
  workspaceId: string;
}

/** 'ListSyncEventsBySession' return type */
export interface IListSyncEventsBySessionResult {
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

/** 'ListSyncEventsBySession' query type */
export interface IListSyncEventsBySessionQuery {
  params: IListSyncEventsBySessionParams;
  result: IListSyncEventsBySessionResult;
}

const listSyncEventsBySessionIR: any = {"usedParamSet":{"workspaceId":true,"sessionId":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":174,"b":186}]},{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":207,"b":217}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":245,"b":260}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":276,"b":284}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":323,"b":329}]}],"statement":"-- Scope: one workspace. Events of one session, in chronological order:\n-- keyset-paginated in (created_at, id) order.\nSELECT *\nFROM payment_sync_events\nWHERE workspace_id = :workspaceId!\n  AND session_id = :sessionId!\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Events of one session, in chronological order:
 * -- keyset-paginated in (created_at, id) order.
 * SELECT *
 * FROM payment_sync_events
 * WHERE workspace_id = :workspaceId!
 *   AND session_id = :sessionId!
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const listSyncEventsBySession = new PreparedQuery<IListSyncEventsBySessionParams,IListSyncEventsBySessionResult>(listSyncEventsBySessionIR);


