/** Types generated for queries found in "queries/sync-sessions/UpdateSyncSessionStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'UpdateSyncSessionStatus' parameters type */
export interface IUpdateSyncSessionStatusParams {
  id: string;
  status: string;
  workspaceId: string;
}

/** 'UpdateSyncSessionStatus' return type */
export interface IUpdateSyncSessionStatusResult {
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

/** 'UpdateSyncSessionStatus' query type */
export interface IUpdateSyncSessionStatusQuery {
  params: IUpdateSyncSessionStatusParams;
  result: IUpdateSyncSessionStatusResult;
}

const updateSyncSessionStatusIR: any = {"usedParamSet":{"status":true,"workspaceId":true,"id":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":326,"b":333}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":356,"b":368}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":379,"b":382}]}],"statement":"-- Scope: one workspace. Sets the status of a live session. The lifecycle\n-- trigger stamps started_at on the first running and completed_at on\n-- completed/failed/cancelled, and refuses (PSD01) any change to a finished\n-- session and any return to pending. The updated row, or null.\nUPDATE payment_sync_sessions\nSET status = :status!\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL\nRETURNING workspace_id, id, provider_name, session_type, status, entity_types, config, progress,\n          error_message, started_at, completed_at, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Sets the status of a live session. The lifecycle
 * -- trigger stamps started_at on the first running and completed_at on
 * -- completed/failed/cancelled, and refuses (PSD01) any change to a finished
 * -- session and any return to pending. The updated row, or null.
 * UPDATE payment_sync_sessions
 * SET status = :status!
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * RETURNING workspace_id, id, provider_name, session_type, status, entity_types, config, progress,
 *           error_message, started_at, completed_at, created_at, updated_at, deleted_at
 * ```
 */
export const updateSyncSessionStatus = new PreparedQuery<IUpdateSyncSessionStatusParams,IUpdateSyncSessionStatusResult>(updateSyncSessionStatusIR);


