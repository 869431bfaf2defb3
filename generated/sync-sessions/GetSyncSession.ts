/** Types generated for queries found in "queries/sync-sessions/GetSyncSession.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'GetSyncSession' parameters type */
export interface IGetSyncSessionParams {
  id: string;
  workspaceId: string;
}

/** 'GetSyncSession' return type */
export interface IGetSyncSessionResult {
  completedAt: Date | null;
  config: Json;
  createdAt: Date;
  deletedAt: Date | null;
  entityTypes: stringArray;
  errorMessage: string | null;
  id: string;
  progress: Json;
  providerName: string;
  sessionType: string;
  startedAt: Date | null;
  status: string;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetSyncSession' query type */
export interface IGetSyncSessionQuery {
  params: IGetSyncSessionParams;
  result: IGetSyncSessionResult;
}

const getSyncSessionIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":134}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":148}]}],"statement":"-- Scope: one workspace. The live session with this id, or null.\nSELECT *\nFROM payment_sync_sessions\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live session with this id, or null.
 * SELECT *
 * FROM payment_sync_sessions
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * ```
 */
export const getSyncSession = new PreparedQuery<IGetSyncSessionParams,IGetSyncSessionResult>(getSyncSessionIR);


