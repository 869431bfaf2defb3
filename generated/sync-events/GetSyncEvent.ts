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

const getSyncEventIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":125}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":136,"b":139}]}],"statement":"-- Scope: one workspace. The event with this id, or null.\nSELECT *\nFROM payment_sync_events\nWHERE workspace_id = :workspaceId! AND id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The event with this id, or null.
 * SELECT *
 * FROM payment_sync_events
 * WHERE workspace_id = :workspaceId! AND id = :id!
 * ```
 */
export const getSyncEvent = new PreparedQuery<IGetSyncEventParams,IGetSyncEventResult>(getSyncEventIR);


