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

const getSyncEventsByExternalIdIR: any = {"usedParamSet":{"workspaceId":true,"externalId":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":249,"b":261}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":283,"b":294}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":322,"b":337}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":353,"b":361}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":400,"b":406}]}],"statement":"-- Scope: one workspace. Events about the provider object with this external\n-- id (any provider, entity type or session), in chronological order:\n-- keyset-paginated in (created_at, id) order.\nSELECT *\nFROM payment_sync_events\nWHERE workspace_id = :workspaceId!\n  AND external_id = :externalId!\n  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Events about the provider object with this external
 * -- id (any provider, entity type or session), in chronological order:
 * -- keyset-paginated in (created_at, id) order.
 * SELECT *
 * FROM payment_sync_events
 * WHERE workspace_id = :workspaceId!
 *   AND external_id = :externalId!
 *   AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at, id
 * LIMIT :limit!
 * ```
 */
export const getSyncEventsByExternalId = new PreparedQuery<IGetSyncEventsByExternalIdParams,IGetSyncEventsByExternalIdResult>(getSyncEventsByExternalIdIR);


