/** Types generated for queries found in "queries/sync-events/CountSyncEventsBySessionAndType.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CountSyncEventsBySessionAndType' parameters type */
export interface ICountSyncEventsBySessionAndTypeParams {
  eventType: string;
  sessionId: string;
  workspaceId: string;
}

/** 'CountSyncEventsBySessionAndType' return type */
export interface ICountSyncEventsBySessionAndTypeResult {
  count: number;
}

/** 'CountSyncEventsBySessionAndType' query type */
export interface ICountSyncEventsBySessionAndTypeQuery {
  params: ICountSyncEventsBySessionAndTypeParams;
  result: ICountSyncEventsBySessionAndTypeResult;
}

const countSyncEventsBySessionAndTypeIR: any = {"usedParamSet":{"workspaceId":true,"sessionId":true,"eventType":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":163}]},{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":182,"b":192}]},{"name":"eventType","required":true,"transform":{"type":"scalar"},"locs":[{"a":211,"b":221}]}],"statement":"-- Scope: one workspace. The number of events of one session and event type.\nSELECT count(*) AS \"count!\"\nFROM payment_sync_events\nWHERE workspace_id = :workspaceId! AND session_id = :sessionId! AND event_type = :eventType!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The number of events of one session and event type.
 * SELECT count(*) AS "count!"
 * FROM payment_sync_events
 * WHERE workspace_id = :workspaceId! AND session_id = :sessionId! AND event_type = :eventType!
 * ```
 */
export const countSyncEventsBySessionAndType = new PreparedQuery<ICountSyncEventsBySessionAndTypeParams,ICountSyncEventsBySessionAndTypeResult>(countSyncEventsBySessionAndTypeIR);


