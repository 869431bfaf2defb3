/** Types generated for queries found in "queries/sync-events/GetSyncEvent.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetSyncEvent' parameters type */
export interface IGetSyncEventParams {
  id: string;
  workspaceId: string;
}

/** 'GetSyncEvent' return type */
export interface IGetSyncEventResult {
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

/** 'GetSyncEvent' query type */
export interface IGetSyncEventQuery {
  params: IGetSyncEventParams;
  result: IGetSyncEventResult;
}

const getSyncEventIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":265,"b":277}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":288,"b":291}]}],"statement":"-- Scope: one workspace. The event with this id, or null.\nSELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,\n       event_message, event_details, created_at, updated_at\nFROM payment_sync_events\nWHERE workspace_id = :workspaceId! AND id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The event with this id, or null.
 * SELECT workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,
 *        event_message, event_details, created_at, updated_at
 * FROM payment_sync_events
 * WHERE workspace_id = :workspaceId! AND id = :id!
 * ```
 */
export const getSyncEvent = new PreparedQuery<IGetSyncEventParams,IGetSyncEventResult>(getSyncEventIR);


