/** Types generated for queries found in "queries/sync-sessions/ListSyncSessionsByStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'ListSyncSessionsByStatus' parameters type */
export interface IListSyncSessionsByStatusParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  status: string;
  workspaceId: string;
}

/** 'ListSyncSessionsByStatus' return type */
export interface IListSyncSessionsByStatusResult {
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

/** 'ListSyncSessionsByStatus' query type */
export interface IListSyncSessionsByStatusQuery {
  params: IListSyncSessionsByStatusParams;
  result: IListSyncSessionsByStatusResult;
}

const listSyncSessionsByStatusIR: any = {"usedParamSet":{"workspaceId":true,"status":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":351,"b":363}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":380,"b":387}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":440,"b":455}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":471,"b":479}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":528,"b":534}]}],"statement":"-- Scope: one workspace. Live sessions in one status, newest first:\n-- keyset-paginated in descending (created_at, id) order.\nSELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,\n       started_at, completed_at, created_at, updated_at, deleted_at\nFROM payment_sync_sessions\nWHERE workspace_id = :workspaceId!\n  AND status = :status!\n  AND deleted_at IS NULL\n  AND (created_at, id) < (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at DESC, id DESC\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live sessions in one status, newest first:
 * -- keyset-paginated in descending (created_at, id) order.
 * SELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,
 *        started_at, completed_at, created_at, updated_at, deleted_at
 * FROM payment_sync_sessions
 * WHERE workspace_id = :workspaceId!
 *   AND status = :status!
 *   AND deleted_at IS NULL
 *   AND (created_at, id) < (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at DESC, id DESC
 * LIMIT :limit!
 * ```
 */
export const listSyncSessionsByStatus = new PreparedQuery<IListSyncSessionsByStatusParams,IListSyncSessionsByStatusResult>(listSyncSessionsByStatusIR);


