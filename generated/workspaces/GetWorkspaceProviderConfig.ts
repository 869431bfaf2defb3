/** Types generated for queries found in "queries/workspaces/GetWorkspaceProviderConfig.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetWorkspaceProviderConfig' parameters type */
export interface IGetWorkspaceProviderConfigParams {
  providerName: string;
  workspaceId: string;
}

/** 'GetWorkspaceProviderConfig' return type */
export interface IGetWorkspaceProviderConfigResult {
  config: Json;
  createdAt: Date;
  enabled: boolean;
  providerName: string;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetWorkspaceProviderConfig' query type */
export interface IGetWorkspaceProviderConfigQuery {
  params: IGetWorkspaceProviderConfigParams;
  result: IGetWorkspaceProviderConfigResult;
}

const getWorkspaceProviderConfigIR: any = {"usedParamSet":{"workspaceId":true,"providerName":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":456,"b":468}]},{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":496,"b":509}]}],"statement":"-- Scope: one workspace. The workspace's configuration of one payment provider\n-- (settings and a reference to a secret store, never a secret), or null when\n-- there is none or the workspace is soft-deleted. Enabled or not.\nSELECT wpp.workspace_id, wpp.provider_name, wpp.config, wpp.enabled, wpp.created_at, wpp.updated_at\nFROM workspace_payment_providers wpp\nJOIN workspaces w ON w.id = wpp.workspace_id AND w.deleted_at IS NULL\nWHERE wpp.workspace_id = :workspaceId!\n  AND wpp.provider_name = :providerName!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The workspace's configuration of one payment provider
 * -- (settings and a reference to a secret store, never a secret), or null when
 * -- there is none or the workspace is soft-deleted. Enabled or not.
 * SELECT wpp.workspace_id, wpp.provider_name, wpp.config, wpp.enabled, wpp.created_at, wpp.updated_at
 * FROM workspace_payment_providers wpp
 * JOIN workspaces w ON w.id = wpp.workspace_id AND w.deleted_at IS NULL
 * WHERE wpp.workspace_id = :workspaceId!
 *   AND wpp.provider_name = :providerName!
 * ```
 */
export const getWorkspaceProviderConfig = new PreparedQuery<IGetWorkspaceProviderConfigParams,IGetWorkspaceProviderConfigResult>(getWorkspaceProviderConfigIR);


