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

const getSyncSessionIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":290,"b":302}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":313,"b":316}]}],"statement":"-- Scope: one workspace. The live session with this id, or null.\nSELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,\n       started_at, completed_at, created_at, updated_at, deleted_at\nFROM payment_sync_sessions\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live session with this id, or null.
 * SELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,
 *        started_at, completed_at, created_at, updated_at, deleted_at
 * FROM payment_sync_sessions
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * ```
 */
export const getSyncSession = new PreparedQuery<IGetSyncSessionParams,IGetSyncSessionResult>(getSyncSessionIR);


