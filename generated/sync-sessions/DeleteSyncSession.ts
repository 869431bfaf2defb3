/** Types generated for queries found in "queries/sync-sessions/DeleteSyncSession.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'DeleteSyncSession' parameters type */
export interface IDeleteSyncSessionParams {
  id: string;
  workspaceId: string;
}

/** 'DeleteSyncSession' return type */
export type IDeleteSyncSessionResult = void;

/** 'DeleteSyncSession' query type */
export interface IDeleteSyncSessionQuery {
  params: IDeleteSyncSessionParams;
  result: IDeleteSyncSessionResult;
}

const deleteSyncSessionIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":252,"b":264}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":275,"b":278}]}],"statement":"-- Scope: one workspace. Soft-deletes the session (allowed in any status; an\n-- active one no longer blocks a new session). Its events stay. Resolves to\n-- rows changed (0 or 1).\nUPDATE payment_sync_sessions\nSET deleted_at = now()\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Soft-deletes the session (allowed in any status; an
 * -- active one no longer blocks a new session). Its events stay. Resolves to
 * -- rows changed (0 or 1).
 * UPDATE payment_sync_sessions
 * SET deleted_at = now()
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * ```
 */
export const deleteSyncSession = new PreparedQuery<IDeleteSyncSessionParams,IDeleteSyncSessionResult>(deleteSyncSessionIR);


