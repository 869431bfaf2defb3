/** Types generated for queries found in "queries/sync-sessions/ListSyncSessions.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'ListSyncSessions' parameters type */
export interface IListSyncSessionsParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  workspaceId: string;
}

/** 'ListSyncSessions' return type */
export interface IListSyncSessionsResult {
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

/** 'ListSyncSessions' query type */
export interface IListSyncSessionsQuery {
  params: IListSyncSessionsParams;
  result: IListSyncSessionsResult;
}

const listSyncSessionsIR: any = {"usedParamSet":{"workspaceId":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":337,"b":349}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":402,"b":417}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":433,"b":441}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":490,"b":496}]}],"statement":"-- Scope: one workspace. Live sessions, newest first: keyset-paginated in\n-- descending (created_at, id) order.\nSELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,\n       started_at, completed_at, created_at, updated_at, deleted_at\nFROM payment_sync_sessions\nWHERE workspace_id = :workspaceId!\n  AND deleted_at IS NULL\n  AND (created_at, id) < (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at DESC, id DESC\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live sessions, newest first: keyset-paginated in
 * -- descending (created_at, id) order.
 * SELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,
 *        started_at, completed_at, created_at, updated_at, deleted_at
 * FROM payment_sync_sessions
 * WHERE workspace_id = :workspaceId!
 *   AND deleted_at IS NULL
 *   AND (created_at, id) < (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at DESC, id DESC
 * LIMIT :limit!
 * ```
 */
export const listSyncSessions = new PreparedQuery<IListSyncSessionsParams,IListSyncSessionsResult>(listSyncSessionsIR);


