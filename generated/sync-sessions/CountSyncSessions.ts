/** Types generated for queries found in "queries/sync-sessions/CountSyncSessions.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CountSyncSessions' parameters type */
export interface ICountSyncSessionsParams {
  workspaceId: string;
}

/** 'CountSyncSessions' return type */
export interface ICountSyncSessionsResult {
  count: number;
}

/** 'CountSyncSessions' query type */
export interface ICountSyncSessionsQuery {
  params: ICountSyncSessionsParams;
  result: ICountSyncSessionsResult;
}

const countSyncSessionsIR: any = {"usedParamSet":{"workspaceId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":142}]}],"statement":"-- Scope: one workspace. The number of live sessions.\nSELECT count(*) AS \"count!\"\nFROM payment_sync_sessions\nWHERE workspace_id = :workspaceId! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The number of live sessions.
 * SELECT count(*) AS "count!"
 * FROM payment_sync_sessions
 * WHERE workspace_id = :workspaceId! AND deleted_at IS NULL
 * ```
 */
export const countSyncSessions = new PreparedQuery<ICountSyncSessionsParams,ICountSyncSessionsResult>(countSyncSessionsIR);


