/** Types generated for queries found in "queries/workspaces/GetWorkspaceByProviderAccount.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetWorkspaceByProviderAccount' parameters type */
export interface IGetWorkspaceByProviderAccountParams {
  accountId: string;
  providerName: string;
}

/** 'GetWorkspaceByProviderAccount' return type */
export interface IGetWorkspaceByProviderAccountResult {
  config: Json;
  createdAt: Date;
  enabled: boolean;
  providerName: string;
  updatedAt: Date;
  workspaceId: string;
  workspaceName: string;
}

/** 'GetWorkspaceByProviderAccount' query type */
export interface IGetWorkspaceByProviderAccountQuery {
  params: IGetWorkspaceByProviderAccountParams;
  result: IGetWorkspaceByProviderAccountResult;
}

const getWorkspaceByProviderAccountIR: any = {"usedParamSet":{"providerName":true,"accountId":true},"params":[{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":919,"b":932}]},{"name":"accountId","required":true,"transform":{"type":"scalar"},"locs":[{"a":969,"b":979}]}],"statement":"-- Scope: ALL workspaces, by design: the webhook intake's lookup of the\n-- workspace whose enabled configuration of this provider names this account\n-- (config.accountId; Stripe Connect: one endpoint receives every connected\n-- account's events). The live workspaces that do, at most two: the facade\n-- refuses a second as ambiguous. Over the (provider_name, accountId,\n-- workspace_id) WHERE enabled index of migration 0009.\nSELECT wpp.workspace_id, wpp.provider_name, wpp.config, wpp.enabled, wpp.created_at, wpp.updated_at,\n       w.name AS \"workspace_name!\"\nFROM workspace_payment_providers wpp\n-- Each of the (at most two) configurations looks its workspace up by primary key: OFFSET 0 keeps the\n-- planner from flattening this into a join that would read every workspace.\nCROSS JOIN LATERAL (\n  SELECT name FROM workspaces WHERE id = wpp.workspace_id AND deleted_at IS NULL OFFSET 0\n) w\nWHERE wpp.provider_name = :providerName!\n  AND wpp.config ->> 'accountId' = :accountId!\n  AND wpp.enabled\n  AND wpp.config ? 'accountId'\nORDER BY wpp.workspace_id\nLIMIT 2"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: ALL workspaces, by design: the webhook intake's lookup of the
 * -- workspace whose enabled configuration of this provider names this account
 * -- (config.accountId; Stripe Connect: one endpoint receives every connected
 * -- account's events). The live workspaces that do, at most two: the facade
 * -- refuses a second as ambiguous. Over the (provider_name, accountId,
 * -- workspace_id) WHERE enabled index of migration 0009.
 * SELECT wpp.workspace_id, wpp.provider_name, wpp.config, wpp.enabled, wpp.created_at, wpp.updated_at,
 *        w.name AS "workspace_name!"
 * FROM workspace_payment_providers wpp
 * -- Each of the (at most two) configurations looks its workspace up by primary key: OFFSET 0 keeps the
 * -- planner from flattening this into a join that would read every workspace.
 * CROSS JOIN LATERAL (
 *   SELECT name FROM workspaces WHERE id = wpp.workspace_id AND deleted_at IS NULL OFFSET 0
 * ) w
 * WHERE wpp.provider_name = :providerName!
 *   AND wpp.config ->> 'accountId' = :accountId!
 *   AND wpp.enabled
 *   AND wpp.config ? 'accountId'
 * ORDER BY wpp.workspace_id
 * LIMIT 2
 * ```
 */
export const getWorkspaceByProviderAccount = new PreparedQuery<IGetWorkspaceByProviderAccountParams,IGetWorkspaceByProviderAccountResult>(getWorkspaceByProviderAccountIR);


