/** Types generated for queries found in "queries/sync-sessions/CreateSyncSession.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'CreateSyncSession' parameters type */
export interface ICreateSyncSessionParams {
  config?: Json | null | void;
  entityTypes?: stringArray | null | void;
  providerName: string;
  sessionType: string;
  status?: string | null | void;
  workspaceId: string;
}

/** 'CreateSyncSession' return type */
export interface ICreateSyncSessionResult {
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

/** 'CreateSyncSession' query type */
export interface ICreateSyncSessionQuery {
  params: ICreateSyncSessionParams;
  result: ICreateSyncSessionResult;
}

const createSyncSessionIR: any = {"usedParamSet":{"workspaceId":true,"providerName":true,"sessionType":true,"status":true,"entityTypes":true,"config":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":506,"b":518}]},{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":521,"b":534}]},{"name":"sessionType","required":true,"transform":{"type":"scalar"},"locs":[{"a":537,"b":549}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":563,"b":569}]},{"name":"entityTypes","required":false,"transform":{"type":"scalar"},"locs":[{"a":595,"b":606}]},{"name":"config","required":false,"transform":{"type":"scalar"},"locs":[{"a":684,"b":690}]}],"statement":"-- Scope: one workspace. Starts a sync session of one provider and type, with\n-- status pending (default) or running (which stamps started_at). entityTypes\n-- defaults to all four, config to {}. At most one active (pending or running)\n-- live session per (workspace, provider, session type): a second is refused by\n-- the payment_sync_sessions_one_active index. Resolves to the new row.\nINSERT INTO payment_sync_sessions (workspace_id, provider_name, session_type, status, entity_types, config)\nVALUES (\n  :workspaceId!, :providerName!, :sessionType!,\n  COALESCE(:status, 'pending'),\n  COALESCE(:entityTypes::text[], ARRAY['customer', 'product', 'price', 'subscription']),\n  COALESCE(:config::jsonb, '{}'))\nRETURNING workspace_id, id, provider_name, session_type, status, entity_types, config, progress,\n          error_message, started_at, completed_at, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Starts a sync session of one provider and type, with
 * -- status pending (default) or running (which stamps started_at). entityTypes
 * -- defaults to all four, config to {}. At most one active (pending or running)
 * -- live session per (workspace, provider, session type): a second is refused by
 * -- the payment_sync_sessions_one_active index. Resolves to the new row.
 * INSERT INTO payment_sync_sessions (workspace_id, provider_name, session_type, status, entity_types, config)
 * VALUES (
 *   :workspaceId!, :providerName!, :sessionType!,
 *   COALESCE(:status, 'pending'),
 *   COALESCE(:entityTypes::text[], ARRAY['customer', 'product', 'price', 'subscription']),
 *   COALESCE(:config::jsonb, '{}'))
 * RETURNING workspace_id, id, provider_name, session_type, status, entity_types, config, progress,
 *           error_message, started_at, completed_at, created_at, updated_at, deleted_at
 * ```
 */
export const createSyncSession = new PreparedQuery<ICreateSyncSessionParams,ICreateSyncSessionResult>(createSyncSessionIR);


