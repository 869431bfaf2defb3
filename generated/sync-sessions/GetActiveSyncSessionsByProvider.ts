/** Types generated for queries found in "queries/sync-sessions/GetActiveSyncSessionsByProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'GetActiveSyncSessionsByProvider' parameters type */
export interface IGetActiveSyncSessionsByProviderParams {
  providerName: string;
  workspaceId: string;
}

/** 'GetActiveSyncSessionsByProvider' return type */
export interface IGetActiveSyncSessionsByProviderResult {
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

/** 'GetActiveSyncSessionsByProvider' query type */
export interface IGetActiveSyncSessionsByProviderQuery {
  params: IGetActiveSyncSessionsByProviderParams;
  result: IGetActiveSyncSessionsByProviderResult;
}

const getActiveSyncSessionsByProviderIR: any = {"usedParamSet":{"workspaceId":true,"providerName":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":378,"b":390}]},{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":414,"b":427}]}],"statement":"-- Scope: one workspace. Every active (pending or running) live session of this\n-- provider, newest first: at most one per session type, so a small set.\nSELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,\n       started_at, completed_at, created_at, updated_at, deleted_at\nFROM payment_sync_sessions\nWHERE workspace_id = :workspaceId!\n  AND provider_name = :providerName!\n  AND status IN ('pending', 'running')\n  AND deleted_at IS NULL\nORDER BY created_at DESC, id DESC"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Every active (pending or running) live session of this
 * -- provider, newest first: at most one per session type, so a small set.
 * SELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,
 *        started_at, completed_at, created_at, updated_at, deleted_at
 * FROM payment_sync_sessions
 * WHERE workspace_id = :workspaceId!
 *   AND provider_name = :providerName!
 *   AND status IN ('pending', 'running')
 *   AND deleted_at IS NULL
 * ORDER BY created_at DESC, id DESC
 * ```
 */
export const getActiveSyncSessionsByProvider = new PreparedQuery<IGetActiveSyncSessionsByProviderParams,IGetActiveSyncSessionsByProviderResult>(getActiveSyncSessionsByProviderIR);


