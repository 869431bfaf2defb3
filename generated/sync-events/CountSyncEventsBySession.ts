/** Types generated for queries found in "queries/sync-events/CountSyncEventsBySession.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CountSyncEventsBySession' parameters type */
export interface ICountSyncEventsBySessionParams {
  sessionId: string;
  workspaceId: string;
}

/** 'CountSyncEventsBySession' return type */
export interface ICountSyncEventsBySessionResult {
  count: number;
}

/** 'CountSyncEventsBySession' query type */
export interface ICountSyncEventsBySessionQuery {
  params: ICountSyncEventsBySessionParams;
  result: ICountSyncEventsBySessionResult;
}

const countSyncEventsBySessionIR: any = {"usedParamSet":{"workspaceId":true,"sessionId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":136,"b":148}]},{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":167,"b":177}]}],"statement":"-- Scope: one workspace. The number of events of one session.\nSELECT count(*) AS \"count!\"\nFROM payment_sync_events\nWHERE workspace_id = :workspaceId! AND session_id = :sessionId!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The number of events of one session.
 * SELECT count(*) AS "count!"
 * FROM payment_sync_events
 * WHERE workspace_id = :workspaceId! AND session_id = :sessionId!
 * ```
 */
export const countSyncEventsBySession = new PreparedQuery<ICountSyncEventsBySessionParams,ICountSyncEventsBySessionResult>(countSyncEventsBySessionIR);


