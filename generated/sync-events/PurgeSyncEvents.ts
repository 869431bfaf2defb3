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

const purgeSyncEventsIR: any = {"usedParamSet":{"workspaceId":true,"olderThan":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":412,"b":424},{"a":564,"b":576}]},{"name":"olderThan","required":true,"transform":{"type":"scalar"},"locs":[{"a":443,"b":453}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":502,"b":508}]}],"statement":"-- Scope: one workspace. Deletes up to limit of its sync events created before\n-- olderThan, oldest first (one batch: purgeSyncEvents repeats it until a batch\n-- comes back short), over the (workspace_id, created_at, id) index of\n-- migration 0011. Sessions are kept. Resolves to rows deleted.\nDELETE FROM payment_sync_events e\nUSING (\n  SELECT workspace_id, id\n  FROM payment_sync_events\n  WHERE workspace_id = :workspaceId! AND created_at < :olderThan!::timestamptz\n  ORDER BY created_at, id\n  LIMIT :limit!\n  FOR UPDATE SKIP LOCKED\n) old\nWHERE e.workspace_id = :workspaceId! AND e.id = old.id"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Deletes up to limit of its sync events created before
 * -- olderThan, oldest first (one batch: purgeSyncEvents repeats it until a batch
 * -- comes back short), over the (workspace_id, created_at, id) index of
 * -- migration 0011. Sessions are kept. Resolves to rows deleted.
 * DELETE FROM payment_sync_events e
 * USING (
 *   SELECT workspace_id, id
 *   FROM payment_sync_events
 *   WHERE workspace_id = :workspaceId! AND created_at < :olderThan!::timestamptz
 *   ORDER BY created_at, id
 *   LIMIT :limit!
 *   FOR UPDATE SKIP LOCKED
 * ) old
 * WHERE e.workspace_id = :workspaceId! AND e.id = old.id
 * ```
 */
export const purgeSyncEvents = new PreparedQuery<IPurgeSyncEventsParams,IPurgeSyncEventsResult>(purgeSyncEventsIR);


