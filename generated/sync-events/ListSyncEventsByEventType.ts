/** Types generated for queries found in "queries/sync-events/ListSyncEventsByEventType.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ListSyncEventsByEventType' parameters type */
export interface IListSyncEventsByEventTypeParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  eventType: string;
  limit: number;
  workspaceId: string;
}

/** 'ListSyncEventsByEventType' return type */
export interface IListSyncEventsByEventTypeResult {
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

/** 'ListSyncEventsByEventType' query type */
export interface IListSyncEventsByEventTypeQuery {
  params: IListSyncEventsByEventTypeParams;
  result: IListSyncEventsByEventTypeResult;
}

const listSyncEventsByEventTypeIR: any = {"usedParamSet":{"workspaceId":true,"eventType":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":520,"b":532}]},{"name":"eventType","required":true,"transform":{"type":"scalar"},"locs":[{"a":553,"b":563}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":591,"b":606},{"a":659,"b":674}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":622,"b":630}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":719,"b":725}]}],"statement":"-- Scope: one workspace. Events of one event type, in chronological order:\n-- keyset-paginated in (created_at, id) order. The created_at bound repeats the\n-- cursor's so that the months before it are pruned (the log is partitioned by\n-- created_at, migration 0012; PostgreSQL prunes nothing on a row comparison).\nSELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,\n       event_message, event_details, created_at, updated_at\nFROM payment_sync_events\nWHERE workspace_id = :workspaceId!\n  AND event_type = :eventType!\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n  AND created_at >= :afterCreatedAt!::timestamptz\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Events of one event type, in chronological order:
 * -- keyset-paginated in (created_at, id) order. The created_at bound repeats the
 * -- cursor's so that the months before it are pruned (the log is partitioned by
 * -- created_at, migration 0012; PostgreSQL prunes nothing on a row comparison).
 * SELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,
 *        event_message, event_details, created_at, updated_at
 * FROM payment_sync_events
 * WHERE workspace_id = :workspaceId!
 *   AND event_type = :eventType!
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *   AND created_at >= :afterCreatedAt!::timestamptz
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const listSyncEventsByEventType = new PreparedQuery<IListSyncEventsByEventTypeParams,IListSyncEventsByEventTypeResult>(listSyncEventsByEventTypeIR);


