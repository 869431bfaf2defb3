/** Types generated for queries found in "queries/sync-sessions/ListSyncSessionsByProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'ListSyncSessionsByProvider' parameters type */
export interface IListSyncSessionsByProviderParams {
  afterCreatedAt: DateOrString;
  afterId: string;
  limit: number;
  providerName: string;
  workspaceId: string;
}

/** 'ListSyncSessionsByProvider' return type */
export interface IListSyncSessionsByProviderResult {
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

/** 'ListSyncSessionsByProvider' query type */
export interface IListSyncSessionsByProviderQuery {
  params: IListSyncSessionsByProviderParams;
  result: IListSyncSessionsByProviderResult;
}

const listSyncSessionsByProviderIR: any = {"usedParamSet":{"workspaceId":true,"providerName":true,"afterCreatedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":353,"b":365}]},{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":389,"b":402}]},{"name":"afterCreatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":455,"b":470}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":486,"b":494}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":543,"b":549}]}],"statement":"-- Scope: one workspace. Live sessions of one provider, newest first:\n-- keyset-paginated in descending (created_at, id) order.\nSELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,\n       started_at, completed_at, created_at, updated_at, deleted_at\nFROM payment_sync_sessions\nWHERE workspace_id = :workspaceId!\n  AND provider_name = :providerName!\n  AND deleted_at IS NULL\n  AND (created_at, id) < (:afterCreatedAt!::timestamptz, :afterId!::uuid)\nORDER BY created_at DESC, id DESC\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Live sessions of one provider, newest first:
 * -- keyset-paginated in descending (created_at, id) order.
 * SELECT workspace_id, id, provider_name, session_type, status, entity_types, config, progress, error_message,
 *        started_at, completed_at, created_at, updated_at, deleted_at
 * FROM payment_sync_sessions
 * WHERE workspace_id = :workspaceId!
 *   AND provider_name = :providerName!
 *   AND deleted_at IS NULL
 *   AND (created_at, id) < (:afterCreatedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY created_at DESC, id DESC
 * LIMIT :limit!
 * ```
 */
export const listSyncSessionsByProvider = new PreparedQuery<IListSyncSessionsByProviderParams,IListSyncSessionsByProviderResult>(listSyncSessionsByProviderIR);


