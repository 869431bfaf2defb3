/** Types generated for queries found in "queries/workspaces/GetWorkspacesByProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetWorkspacesByProvider' parameters type */
export interface IGetWorkspacesByProviderParams {
  afterWorkspaceId: string;
  limit: number;
  providerName: string;
}

/** 'GetWorkspacesByProvider' return type */
export interface IGetWorkspacesByProviderResult {
  config: Json;
  createdAt: Date;
  enabled: boolean;
  providerName: string;
  updatedAt: Date;
  workspaceId: string;
  workspaceName: string;
}

/** 'GetWorkspacesByProvider' query type */
export interface IGetWorkspacesByProviderQuery {
  params: IGetWorkspacesByProviderParams;
  result: IGetWorkspacesByProviderResult;
}

const getWorkspacesByProviderIR: any = {"usedParamSet":{"providerName":true,"afterWorkspaceId":true,"limit":true},"params":[{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":542,"b":555}]},{"name":"afterWorkspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":600,"b":617}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":657,"b":663}]}],"statement":"-- Scope: ALL workspaces: the one cross-workspace query, for schedulers. The\n-- enabled configurations of one provider whose workspace is live, with the\n-- workspace's name; keyset-paginated in workspace_id order over the\n-- (provider_name, workspace_id) WHERE enabled index.\nSELECT wpp.workspace_id, wpp.provider_name, wpp.config, wpp.enabled, wpp.created_at, wpp.updated_at,\n       w.name AS workspace_name\nFROM workspace_payment_providers wpp\nJOIN workspaces w ON w.id = wpp.workspace_id AND w.deleted_at IS NULL\nWHERE wpp.provider_name = :providerName!\n  AND wpp.enabled\n  AND wpp.workspace_id > :afterWorkspaceId!::uuid\nORDER BY wpp.workspace_id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: ALL workspaces: the one cross-workspace query, for schedulers. The
 * -- enabled configurations of one provider whose workspace is live, with the
 * -- workspace's name; keyset-paginated in workspace_id order over the
 * -- (provider_name, workspace_id) WHERE enabled index.
 * SELECT wpp.workspace_id, wpp.provider_name, wpp.config, wpp.enabled, wpp.created_at, wpp.updated_at,
 *        w.name AS workspace_name
 * FROM workspace_payment_providers wpp
 * JOIN workspaces w ON w.id = wpp.workspace_id AND w.deleted_at IS NULL
 * WHERE wpp.provider_name = :providerName!
 *   AND wpp.enabled
 *   AND wpp.workspace_id > :afterWorkspaceId!::uuid
 * ORDER BY wpp.workspace_id
 * LIMIT :limit!
 * ```
 */
export const getWorkspacesByProvider = new PreparedQuery<IGetWorkspacesByProviderParams,IGetWorkspacesByProviderResult>(getWorkspacesByProviderIR);


