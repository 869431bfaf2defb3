/** Types generated for queries found in "queries/sync-sessions/CountSyncSessionsByProvider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CountSyncSessionsByProvider' parameters type */
export interface ICountSyncSessionsByProviderParams {
  providerName: string;
  workspaceId: string;
}

/** 'CountSyncSessionsByProvider' return type */
export interface ICountSyncSessionsByProviderResult {
  count: number;
}

/** 'CountSyncSessionsByProvider' query type */
export interface ICountSyncSessionsByProviderQuery {
  params: ICountSyncSessionsByProviderParams;
  result: ICountSyncSessionsByProviderResult;
}

const countSyncSessionsByProviderIR: any = {"usedParamSet":{"workspaceId":true,"providerName":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":158}]},{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":180,"b":193}]}],"statement":"-- Scope: one workspace. The number of live sessions of one provider.\nSELECT count(*) AS \"count!\"\nFROM payment_sync_sessions\nWHERE workspace_id = :workspaceId! AND provider_name = :providerName! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The number of live sessions of one provider.
 * SELECT count(*) AS "count!"
 * FROM payment_sync_sessions
 * WHERE workspace_id = :workspaceId! AND provider_name = :providerName! AND deleted_at IS NULL
 * ```
 */
export const countSyncSessionsByProvider = new PreparedQuery<ICountSyncSessionsByProviderParams,ICountSyncSessionsByProviderResult>(countSyncSessionsByProviderIR);


