/** Types generated for queries found in "queries/workspaces/UpdateWorkspaceProviderConfig.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpdateWorkspaceProviderConfig' parameters type */
export interface IUpdateWorkspaceProviderConfigParams {
  config?: Json | null | void;
  enabled?: boolean | null | void;
  providerName: string;
  workspaceId: string;
}

/** 'UpdateWorkspaceProviderConfig' return type */
export interface IUpdateWorkspaceProviderConfigResult {
  config: Json;
  createdAt: Date;
  enabled: boolean;
  providerName: string;
  updatedAt: Date;
  workspaceId: string;
}

/** 'UpdateWorkspaceProviderConfig' query type */
export interface IUpdateWorkspaceProviderConfigQuery {
  params: IUpdateWorkspaceProviderConfigParams;
  result: IUpdateWorkspaceProviderConfigResult;
}

const updateWorkspaceProviderConfigIR: any = {"usedParamSet":{"providerName":true,"config":true,"enabled":true,"workspaceId":true},"params":[{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":413,"b":426}]},{"name":"config","required":false,"transform":{"type":"scalar"},"locs":[{"a":444,"b":450},{"a":647,"b":653}]},{"name":"enabled","required":false,"transform":{"type":"scalar"},"locs":[{"a":476,"b":483},{"a":697,"b":704}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":532,"b":544},{"a":754,"b":766}]}],"statement":"-- Scope: one workspace. Upsert on (workspace_id, provider_name): creates the\n-- provider configuration (config default {}, enabled default true) or\n-- replaces config and/or enabled, each only when given (an omitted one keeps\n-- its value). The row, or null when the workspace is unknown or soft-deleted.\nINSERT INTO workspace_payment_providers AS wpp (workspace_id, provider_name, config, enabled)\nSELECT w.id, :providerName!::text, COALESCE(:config::jsonb, '{}'), COALESCE(:enabled::boolean, true)\nFROM workspaces w\nWHERE w.id = :workspaceId! AND w.deleted_at IS NULL\nON CONFLICT (workspace_id, provider_name) DO UPDATE SET\n  config = COALESCE(:config::jsonb, wpp.config),\n  enabled = COALESCE(:enabled::boolean, wpp.enabled)\nWHERE wpp.workspace_id = :workspaceId!\nRETURNING wpp.workspace_id, wpp.provider_name, wpp.config, wpp.enabled, wpp.created_at, wpp.updated_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Upsert on (workspace_id, provider_name): creates the
 * -- provider configuration (config default {}, enabled default true) or
 * -- replaces config and/or enabled, each only when given (an omitted one keeps
 * -- its value). The row, or null when the workspace is unknown or soft-deleted.
 * INSERT INTO workspace_payment_providers AS wpp (workspace_id, provider_name, config, enabled)
 * SELECT w.id, :providerName!::text, COALESCE(:config::jsonb, '{}'), COALESCE(:enabled::boolean, true)
 * FROM workspaces w
 * WHERE w.id = :workspaceId! AND w.deleted_at IS NULL
 * ON CONFLICT (workspace_id, provider_name) DO UPDATE SET
 *   config = COALESCE(:config::jsonb, wpp.config),
 *   enabled = COALESCE(:enabled::boolean, wpp.enabled)
 * WHERE wpp.workspace_id = :workspaceId!
 * RETURNING wpp.workspace_id, wpp.provider_name, wpp.config, wpp.enabled, wpp.created_at, wpp.updated_at
 * ```
 */
export const updateWorkspaceProviderConfig = new PreparedQuery<IUpdateWorkspaceProviderConfigParams,IUpdateWorkspaceProviderConfigResult>(updateWorkspaceProviderConfigIR);


