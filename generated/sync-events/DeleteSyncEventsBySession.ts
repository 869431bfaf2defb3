/** Types generated for queries found in "queries/sync-events/DeleteSyncEventsBySession.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'DeleteSyncEventsBySession' parameters type */
export interface IDeleteSyncEventsBySessionParams {
  sessionId: string;
  workspaceId: string;
}

/** 'DeleteSyncEventsBySession' return type */
export type IDeleteSyncEventsBySessionResult = void;

/** 'DeleteSyncEventsBySession' query type */
export interface IDeleteSyncEventsBySessionQuery {
  params: IDeleteSyncEventsBySessionParams;
  result: IDeleteSyncEventsBySessionResult;
}

const deleteSyncEventsBySessionIR: any = {"usedParamSet":{"workspaceId":true,"sessionId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":187,"b":199}]},{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":218,"b":228}]}],"statement":"-- Scope: one workspace. Hard-deletes every event of one session (live or\n-- soft-deleted). Resolves to the number of events deleted.\nDELETE FROM payment_sync_events\nWHERE workspace_id = :workspaceId! AND session_id = :sessionId!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Hard-deletes every event of one session (live or
 * -- soft-deleted). Resolves to the number of events deleted.
 * DELETE FROM payment_sync_events
 * WHERE workspace_id = :workspaceId! AND session_id = :sessionId!
 * ```
 */
export const deleteSyncEventsBySession = new PreparedQuery<IDeleteSyncEventsBySessionParams,IDeleteSyncEventsBySessionResult>(deleteSyncEventsBySessionIR);


