/** Types generated for queries found in "queries/sync-events/PurgeSyncEvents.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'PurgeSyncEvents' parameters type */
export interface IPurgeSyncEventsParams {
  limit: number;
  olderThan: DateOrString;
  workspaceId: string;
}

/** 'PurgeSyncEvents' return type */
export type IPurgeSyncEventsResult = void;

/** 'PurgeSyncEvents' query type */
export interface IPurgeSyncEventsQuery {
  params: IPurgeSyncEventsParams;
  result: IPurgeSyncEventsResult;
}

const purgeSyncEventsIR: any = {"usedParamSet":{"workspaceId":true,"olderThan":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":597,"b":609},{"a":749,"b":761}]},{"name":"olderThan","required":true,"transform":{"type":"scalar"},"locs":[{"a":628,"b":638}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":687,"b":693}]}],"statement":"-- Scope: one workspace. Deletes up to limit of its sync events created before\n-- olderThan, oldest first (one batch: purgeSyncEvents repeats it until a batch\n-- comes back short), over the (workspace_id, created_at, id) index of\n-- migration 0011. Sessions are kept. Resolves to rows deleted. The delete\n-- joins on the partition key too (created_at, migration 0012): each row is\n-- found in its own partition only. (Whole months: payment_sync_drop_log_partitions.)\nDELETE FROM payment_sync_events e\nUSING (\n  SELECT workspace_id, id, created_at\n  FROM payment_sync_events\n  WHERE workspace_id = :workspaceId! AND created_at < :olderThan!::timestamptz\n  ORDER BY created_at, id\n  LIMIT :limit!\n  FOR UPDATE SKIP LOCKED\n) old\nWHERE e.workspace_id = :workspaceId! AND e.id = old.id AND e.created_at = old.created_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Deletes up to limit of its sync events created before
 * -- olderThan, oldest first (one batch: purgeSyncEvents repeats it until a batch
 * -- comes back short), over the (workspace_id, created_at, id) index of
 * -- migration 0011. Sessions are kept. Resolves to rows deleted. The delete
 * -- joins on the partition key too (created_at, migration 0012): each row is
 * -- found in its own partition only. (Whole months: payment_sync_drop_log_partitions.)
 * DELETE FROM payment_sync_events e
 * USING (
 *   SELECT workspace_id, id, created_at
 *   FROM payment_sync_events
 *   WHERE workspace_id = :workspaceId! AND created_at < :olderThan!::timestamptz
 *   ORDER BY created_at, id
 *   LIMIT :limit!
 *   FOR UPDATE SKIP LOCKED
 * ) old
 * WHERE e.workspace_id = :workspaceId! AND e.id = old.id AND e.created_at = old.created_at
 * ```
 */
export const purgeSyncEvents = new PreparedQuery<IPurgeSyncEventsParams,IPurgeSyncEventsResult>(purgeSyncEventsIR);


