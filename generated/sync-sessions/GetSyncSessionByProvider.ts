/** Types generated for queries found in "queries/sync-sessions/GetSyncSessionByProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'GetSyncSessionByProvider' parameters type */
export interface IGetSyncSessionByProviderParams {
  providerName: string;
  workspaceId: string;
}

/** 'GetSyncSessionByProvider' return type */
export interface IGetSyncSessionByProviderResult {
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

/** 'GetSyncSessionByProvider' query type */
export interface IGetSyncSessionByProviderQuery {
  params: IGetSyncSessionByProviderParams;
  result: IGetSyncSessionByProviderResult;
}

const getSyncSessionByProviderIR: any = {"usedParamSet":{"workspaceId":true,"providerName":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":351,"b":363}]},{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":387,"b":400}]}],"statement":"-- Scope: one workspace. The newest active (pending or running) live session of\n-- this provider, whatever its type, or null.\nSELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,\n       started_at, completed_at, created_at, updated_at, deleted_at\nFROM payment_sync_sessions\nWHERE workspace_id = :workspaceId!\n  AND provider_name = :providerName!\n  AND status IN ('pending', 'running')\n  AND deleted_at IS NULL\nORDER BY created_at DESC, id DESC\nLIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The newest active (pending or running) live session of
 * -- this provider, whatever its type, or null.
 * SELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,
 *        started_at, completed_at, created_at, updated_at, deleted_at
 * FROM payment_sync_sessions
 * WHERE workspace_id = :workspaceId!
 *   AND provider_name = :providerName!
 *   AND status IN ('pending', 'running')
 *   AND deleted_at IS NULL
 * ORDER BY created_at DESC, id DESC
 * LIMIT 1
 * ```
 */
export const getSyncSessionByProvider = new PreparedQuery<IGetSyncSessionByProviderParams,IGetSyncSessionByProviderResult>(getSyncSessionByProviderIR);


