/** Types generated for queries found in "queries/sync-events/GetSyncEventsByExternalID.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetSyncEventsByExternalId' parameters type */
export interface IGetSyncEventsByExternalIdParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  externalId: string;
  limit: number;
  workspaceId: string;
}

/** 'GetSyncEventsByExternalId' return type */
export interface IGetSyncEventsByExternalIdResult {
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

/** 'GetSyncEventsByExternalId' query type */
export interface IGetSyncEventsByExternalIdQuery {
  params: IGetSyncEventsByExternalIdParams;
  result: IGetSyncEventsByExternalIdResult;
}

const getSyncEventsByExternalIdIR: any = {"usedParamSet":{"workspaceId":true,"externalId":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":592,"b":604}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":626,"b":637}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":665,"b":680},{"a":733,"b":748}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":696,"b":704}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":793,"b":799}]}],"statement":"-- Scope: one workspace. Events about the provider object with this external\n-- id (any provider, entity type or session), in chronological order:\n-- keyset-paginated in (created_at, id) order. The created_at bound repeats the\n-- cursor's so that the months before it are pruned (the log is partitioned by\n-- created_at, migration 0012; PostgreSQL prunes nothing on a row comparison).\nSELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,\n       event_message, event_details, created_at, updated_at\nFROM payment_sync_events\nWHERE workspace_id = :workspaceId!\n  AND external_id = :externalId!\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\n  AND created_at >= :afterCreatedAt!::timestamptz\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Events about the provider object with this external
 * -- id (any provider, entity type or session), in chronological order:
 * -- keyset-paginated in (created_at, id) order. The created_at bound repeats the
 * -- cursor's so that the months before it are pruned (the log is partitioned by
 * -- created_at, migration 0012; PostgreSQL prunes nothing on a row comparison).
 * SELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,
 *        event_message, event_details, created_at, updated_at
 * FROM payment_sync_events
 * WHERE workspace_id = :workspaceId!
 *   AND external_id = :externalId!
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 *   AND created_at >= :afterCreatedAt!::timestamptz
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getSyncEventsByExternalId = new PreparedQuery<IGetSyncEventsByExternalIdParams,IGetSyncEventsByExternalIdResult>(getSyncEventsByExternalIdIR);


