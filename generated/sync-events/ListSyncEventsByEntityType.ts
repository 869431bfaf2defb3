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

const listSyncEventsByEntityTypeIR: any = {"usedParamSet":{"workspaceId":true,"entityType":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":524,"b":536}]},{"name":"entityType","required":true,"transform":{"type":"scalar"},"locs":[{"a":558,"b":569}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":597,"b":612},{"a":665,"b":680}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":628,"b":636}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":725,"b":731}]}],"statement":"-- Scope: one workspace. Events about one entity type, in chronological order:\n-- keyset-paginated in (created_at, id) order. The created_at bound repeats the\n-- cursor's so that the months before it are pruned (the log is partitioned by\n-- created_at, migration 0012; PostgreSQL prunes nothing on a row comparison).\nSELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,\n       event_message, event_details, created_at, updated_at\nFROM payment_sync_events\nWHERE workspace_id = :workspaceId!\n  AND entity_type = :entityType!\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n  AND created_at >= :afterCreatedAt!::timestamptz\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Events about one entity type, in chronological order:
 * -- keyset-paginated in (created_at, id) order. The created_at bound repeats the
 * -- cursor's so that the months before it are pruned (the log is partitioned by
 * -- created_at, migration 0012; PostgreSQL prunes nothing on a row comparison).
 * SELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,
 *        event_message, event_details, created_at, updated_at
 * FROM payment_sync_events
 * WHERE workspace_id = :workspaceId!
 *   AND entity_type = :entityType!
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *   AND created_at >= :afterCreatedAt!::timestamptz
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const listSyncEventsByEntityType = new PreparedQuery<IListSyncEventsByEntityTypeParams,IListSyncEventsByEntityTypeResult>(listSyncEventsByEntityTypeIR);


