/** Types generated for queries found in "queries/sync-sessions/GetLatestSyncSessionByProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'GetLatestSyncSessionByProvider' parameters type */
export interface IGetLatestSyncSessionByProviderParams {
  providerName: string;
  workspaceId: string;
}

/** 'GetLatestSyncSessionByProvider' return type */
export interface IGetLatestSyncSessionByProviderResult {
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

/** 'GetLatestSyncSessionByProvider' query type */
export interface IGetLatestSyncSessionByProviderQuery {
  params: IGetLatestSyncSessionByProviderParams;
  result: IGetLatestSyncSessionByProviderResult;
}

const getLatestSyncSessionByProviderIR: any = {"usedParamSet":{"workspaceId":true,"providerName":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":332,"b":344}]},{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":368,"b":381}]}],"statement":"-- Scope: one workspace. The newest live session of this provider whatever its\n-- status or type, or null.\nSELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,\n       started_at, completed_at, created_at, updated_at, deleted_at\nFROM payment_sync_sessions\nWHERE workspace_id = :workspaceId!\n  AND provider_name = :providerName!\n  AND deleted_at IS NULL\nORDER BY created_at DESC, id DESC\nLIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The newest live session of this provider whatever its
 * -- status or type, or null.
 * SELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,
 *        started_at, completed_at, created_at, updated_at, deleted_at
 * FROM payment_sync_sessions
 * WHERE workspace_id = :workspaceId!
 *   AND provider_name = :providerName!
 *   AND deleted_at IS NULL
 * ORDER BY created_at DESC, id DESC
 * LIMIT 1
 * ```
 */
export const getLatestSyncSessionByProvider = new PreparedQuery<IGetLatestSyncSessionByProviderParams,IGetLatestSyncSessionByProviderResult>(getLatestSyncSessionByProviderIR);


