/** Types generated for queries found in "queries/sync-events/ListSyncEventsByProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ListSyncEventsByProvider' parameters type */
export interface IListSyncEventsByProviderParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  providerName: string;
  workspaceId: string;
}

/** 'ListSyncEventsByProvider' return type */
export interface IListSyncEventsByProviderResult {
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

/** 'ListSyncEventsByProvider' query type */
export interface IListSyncEventsByProviderQuery {
  params: IListSyncEventsByProviderParams;
  result: IListSyncEventsByProviderResult;
}

const listSyncEventsByProviderIR: any = {"usedParamSet":{"workspaceId":true,"providerName":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":518,"b":530}]},{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":554,"b":567}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":595,"b":610},{"a":663,"b":678}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":626,"b":634}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":723,"b":729}]}],"statement":"-- Scope: one workspace. Events of one provider, in chronological order:\n-- keyset-paginated in (created_at, id) order. The created_at bound repeats the\n-- cursor's so that the months before it are pruned (the log is partitioned by\n-- created_at, migration 0012; PostgreSQL prunes nothing on a row comparison).\nSELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,\n       event_message, event_details, created_at, updated_at\nFROM payment_sync_events\nWHERE workspace_id = :workspaceId!\n  AND provider_name = :providerName!\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n  AND created_at >= :afterCreatedAt!::timestamptz\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Events of one provider, in chronological order:
 * -- keyset-paginated in (created_at, id) order. The created_at bound repeats the
 * -- cursor's so that the months before it are pruned (the log is partitioned by
 * -- created_at, migration 0012; PostgreSQL prunes nothing on a row comparison).
 * SELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,
 *        event_message, event_details, created_at, updated_at
 * FROM payment_sync_events
 * WHERE workspace_id = :workspaceId!
 *   AND provider_name = :providerName!
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *   AND created_at >= :afterCreatedAt!::timestamptz
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const listSyncEventsByProvider = new PreparedQuery<IListSyncEventsByProviderParams,IListSyncEventsByProviderResult>(listSyncEventsByProviderIR);


