/** Types generated for queries found in "queries/sync-events/GetSyncEventsSummaryBySession.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'GetSyncEventsSummaryBySession' parameters type */
export interface IGetSyncEventsSummaryBySessionParams {
  sessionId: string;
  workspaceId: string;
}

/** 'GetSyncEventsSummaryBySession' return type */
export interface IGetSyncEventsSummaryBySessionResult {
  conflict: number;
  created: number;
  deleted: number;
  failed: number;
  firstEventAt: Date | null;
  lastEventAt: Date | null;
  sessionId: string;
  skipped: number;
  total: number;
  updated: number;
}

/** 'GetSyncEventsSummaryBySession' query type */
export interface IGetSyncEventsSummaryBySessionQuery {
  params: IGetSyncEventsSummaryBySessionParams;
  result: IGetSyncEventsSummaryBySessionResult;
}

const getSyncEventsSummaryBySessionIR: any = {"usedParamSet":{"workspaceId":true,"sessionId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":933,"b":945}]},{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":958,"b":968}]}],"statement":"-- Scope: one workspace. One row for a live session: its event total, the count\n-- of each event type, and the first and last event time (null without\n-- events). Null when the session does not exist in the workspace or is\n-- soft-deleted.\nSELECT\n  s.id AS \"sessionId!\",\n  count(e.id) AS \"total!\",\n  count(e.id) FILTER (WHERE e.event_type = 'created') AS \"created!\",\n  count(e.id) FILTER (WHERE e.event_type = 'updated') AS \"updated!\",\n  count(e.id) FILTER (WHERE e.event_type = 'deleted') AS \"deleted!\",\n  count(e.id) FILTER (WHERE e.event_type = 'skipped') AS \"skipped!\",\n  count(e.id) FILTER (WHERE e.event_type = 'failed') AS \"failed!\",\n  count(e.id) FILTER (WHERE e.event_type = 'conflict') AS \"conflict!\",\n  min(e.created_at) AS \"firstEventAt?\",\n  max(e.created_at) AS \"lastEventAt?\"\nFROM payment_sync_sessions s\nLEFT JOIN payment_sync_events e ON e.workspace_id = s.workspace_id AND e.session_id = s.id\nWHERE s.workspace_id = :workspaceId! AND s.id = :sessionId! AND s.deleted_at IS NULL\nGROUP BY s.id"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. One row for a live session: its event total, the count
 * -- of each event type, and the first and last event time (null without
 * -- events). Null when the session does not exist in the workspace or is
 * -- soft-deleted.
 * SELECT
 *   s.id AS "sessionId!",
 *   count(e.id) AS "total!",
 *   count(e.id) FILTER (WHERE e.event_type = 'created') AS "created!",
 *   count(e.id) FILTER (WHERE e.event_type = 'updated') AS "updated!",
 *   count(e.id) FILTER (WHERE e.event_type = 'deleted') AS "deleted!",
 *   count(e.id) FILTER (WHERE e.event_type = 'skipped') AS "skipped!",
 *   count(e.id) FILTER (WHERE e.event_type = 'failed') AS "failed!",
 *   count(e.id) FILTER (WHERE e.event_type = 'conflict') AS "conflict!",
 *   min(e.created_at) AS "firstEventAt?",
 *   max(e.created_at) AS "lastEventAt?"
 * FROM payment_sync_sessions s
 * LEFT JOIN payment_sync_events e ON e.workspace_id = s.workspace_id AND e.session_id = s.id
 * WHERE s.workspace_id = :workspaceId! AND s.id = :sessionId! AND s.deleted_at IS NULL
 * GROUP BY s.id
 * ```
 */
export const getSyncEventsSummaryBySession = new PreparedQuery<IGetSyncEventsSummaryBySessionParams,IGetSyncEventsSummaryBySessionResult>(getSyncEventsSummaryBySessionIR);


