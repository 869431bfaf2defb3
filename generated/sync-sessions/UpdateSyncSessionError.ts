/** Types generated for queries found in "queries/sync-sessions/UpdateSyncSessionError.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'UpdateSyncSessionError' parameters type */
export interface IUpdateSyncSessionErrorParams {
  errorMessage: string;
  id: string;
  workspaceId: string;
}

/** 'UpdateSyncSessionError' return type */
export interface IUpdateSyncSessionErrorResult {
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

/** 'UpdateSyncSessionError' query type */
export interface IUpdateSyncSessionErrorQuery {
  params: IUpdateSyncSessionErrorParams;
  result: IUpdateSyncSessionErrorResult;
}

const updateSyncSessionErrorIR: any = {"usedParamSet":{"errorMessage":true,"workspaceId":true,"id":true},"params":[{"name":"errorMessage","required":true,"transform":{"type":"scalar"},"locs":[{"a":218,"b":231}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":273,"b":285}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":296,"b":299}]}],"statement":"-- Scope: one workspace. Records the error message and fails the session\n-- (stamping completed_at). A finished session is refused (PSD01). The updated\n-- row, or null.\nUPDATE payment_sync_sessions\nSET error_message = :errorMessage!, status = 'failed'\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\nRETURNING workspace_id, id, provider_name, session_type, status, entity_types, config, progress,\n          error_message, started_at, completed_at, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Records the error message and fails the session
 * -- (stamping completed_at). A finished session is refused (PSD01). The updated
 * -- row, or null.
 * UPDATE payment_sync_sessions
 * SET error_message = :errorMessage!, status = 'failed'
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * RETURNING workspace_id, id, provider_name, session_type, status, entity_types, config, progress,
 *           error_message, started_at, completed_at, created_at, updated_at, deleted_at
 * ```
 */
export const updateSyncSessionError = new PreparedQuery<IUpdateSyncSessionErrorParams,IUpdateSyncSessionErrorResult>(updateSyncSessionErrorIR);


