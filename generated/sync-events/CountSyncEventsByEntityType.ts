/** Types generated for queries found in "queries/sync-events/CountSyncEventsByEntityType.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CountSyncEventsByEntityType' parameters type */
export interface ICountSyncEventsByEntityTypeParams {
  entityType: string;
  workspaceId: string;
}

/** 'CountSyncEventsByEntityType' return type */
export interface ICountSyncEventsByEntityTypeResult {
  count: number;
}

/** 'CountSyncEventsByEntityType' query type */
export interface ICountSyncEventsByEntityTypeQuery {
  params: ICountSyncEventsByEntityTypeParams;
  result: ICountSyncEventsByEntityTypeResult;
}

const countSyncEventsByEntityTypeIR: any = {"usedParamSet":{"workspaceId":true,"entityType":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":157,"b":169}]},{"name":"entityType","required":true,"transform":{"type":"scalar"},"locs":[{"a":189,"b":200}]}],"statement":"-- Scope: one workspace. The number of events about one entity type, all sessions.\nSELECT count(*) AS \"count!\"\nFROM payment_sync_events\nWHERE workspace_id = :workspaceId! AND entity_type = :entityType!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The number of events about one entity type, all sessions.
 * SELECT count(*) AS "count!"
 * FROM payment_sync_events
 * WHERE workspace_id = :workspaceId! AND entity_type = :entityType!
 * ```
 */
export const countSyncEventsByEntityType = new PreparedQuery<ICountSyncEventsByEntityTypeParams,ICountSyncEventsByEntityTypeResult>(countSyncEventsByEntityTypeIR);


