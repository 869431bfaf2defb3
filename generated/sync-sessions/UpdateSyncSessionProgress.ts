/** Types generated for queries found in "queries/sync-sessions/UpdateSyncSessionProgress.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'UpdateSyncSessionProgress' parameters type */
export interface IUpdateSyncSessionProgressParams {
  id: string;
  progress: Json;
  workspaceId: string;
}

/** 'UpdateSyncSessionProgress' return type */
export interface IUpdateSyncSessionProgressResult {
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

/** 'UpdateSyncSessionProgress' query type */
export interface IUpdateSyncSessionProgressQuery {
  params: IUpdateSyncSessionProgressParams;
  result: IUpdateSyncSessionProgressResult;
}

const updateSyncSessionProgressIR: any = {"usedParamSet":{"progress":true,"workspaceId":true,"id":true},"params":[{"name":"progress","required":true,"transform":{"type":"scalar"},"locs":[{"a":261,"b":270}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":300,"b":312}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":323,"b":326}]}],"statement":"-- Scope: one workspace. Shallow-merges the given JSON object into progress\n-- (top-level keys given replace those stored; others stay). A finished session\n-- is refused (PSD01). The updated row, or null.\nUPDATE payment_sync_sessions\nSET progress = progress || :progress!::jsonb\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\nRETURNING workspace_id, id, provider_name, session_type, status, entity_types, config, progress,\n          error_message, started_at, completed_at, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Shallow-merges the given JSON object into progress
 * -- (top-level keys given replace those stored; others stay). A finished session
 * -- is refused (PSD01). The updated row, or null.
 * UPDATE payment_sync_sessions
 * SET progress = progress || :progress!::jsonb
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * RETURNING workspace_id, id, provider_name, session_type, status, entity_types, config, progress,
 *           error_message, started_at, completed_at, created_at, updated_at, deleted_at
 * ```
 */
export const updateSyncSessionProgress = new PreparedQuery<IUpdateSyncSessionProgressParams,IUpdateSyncSessionProgressResult>(updateSyncSessionProgressIR);


