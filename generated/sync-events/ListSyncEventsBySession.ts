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

const listSyncEventsBySessionIR: any = {"usedParamSet":{"workspaceId":true,"sessionId":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":517,"b":529}]},{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":550,"b":560}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":588,"b":603},{"a":656,"b":671}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":619,"b":627}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":716,"b":722}]}],"statement":"-- Scope: one workspace. Events of one session, in chronological order:\n-- keyset-paginated in (created_at, id) order. The created_at bound repeats the\n-- cursor's so that the months before it are pruned (the log is partitioned by\n-- created_at, migration 0012; PostgreSQL prunes nothing on a row comparison).\nSELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,\n       event_message, event_details, created_at, updated_at\nFROM payment_sync_events\nWHERE workspace_id = :workspaceId!\n  AND session_id = :sessionId!\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n  AND created_at >= :afterCreatedAt!::timestamptz\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Events of one session, in chronological order:
 * -- keyset-paginated in (created_at, id) order. The created_at bound repeats the
 * -- cursor's so that the months before it are pruned (the log is partitioned by
 * -- created_at, migration 0012; PostgreSQL prunes nothing on a row comparison).
 * SELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,
 *        event_message, event_details, created_at, updated_at
 * FROM payment_sync_events
 * WHERE workspace_id = :workspaceId!
 *   AND session_id = :sessionId!
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *   AND created_at >= :afterCreatedAt!::timestamptz
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const listSyncEventsBySession = new PreparedQuery<IListSyncEventsBySessionParams,IListSyncEventsBySessionResult>(listSyncEventsBySessionIR);


