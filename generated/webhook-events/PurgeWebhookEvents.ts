/** Types generated for queries found in "queries/webhook-events/PurgeWebhookEvents.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'PurgeWebhookEvents' parameters type */
export interface IPurgeWebhookEventsParams {
  limit: number;
  olderThan: DateOrString;
  workspaceId: string;
}

/** 'PurgeWebhookEvents' return type */
export type IPurgeWebhookEventsResult = void;

/** 'PurgeWebhookEvents' query type */
export interface IPurgeWebhookEventsQuery {
  params: IPurgeWebhookEventsParams;
  result: IPurgeWebhookEventsResult;
}

const purgeWebhookEventsIR: any = {"usedParamSet":{"workspaceId":true,"olderThan":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":546,"b":558},{"a":735,"b":747}]},{"name":"olderThan","required":true,"transform":{"type":"scalar"},"locs":[{"a":617,"b":627}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":673,"b":679}]}],"statement":"-- Scope: one workspace. Deletes up to limit processed or ignored events\n-- received before olderThan, oldest first (one batch: purgeWebhookEvents\n-- repeats it until a batch comes back short). Pending, processing, failed and\n-- dead events are never purged. Resolves to rows deleted. The delete joins on\n-- the partition key too (occurred_at, migration 0012): each row is found in its\n-- own partition only.\nDELETE FROM payment_webhook_events e\nUSING (\n  SELECT workspace_id, id, occurred_at\n  FROM payment_webhook_events\n  WHERE workspace_id = :workspaceId! AND status IN ('processed', 'ignored') AND received_at < :olderThan!::timestamptz\n  ORDER BY received_at\n  LIMIT :limit!\n  FOR UPDATE SKIP LOCKED\n) old\nWHERE e.workspace_id = :workspaceId! AND e.id = old.id AND e.occurred_at = old.occurred_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Deletes up to limit processed or ignored events
 * -- received before olderThan, oldest first (one batch: purgeWebhookEvents
 * -- repeats it until a batch comes back short). Pending, processing, failed and
 * -- dead events are never purged. Resolves to rows deleted. The delete joins on
 * -- the partition key too (occurred_at, migration 0012): each row is found in its
 * -- own partition only.
 * DELETE FROM payment_webhook_events e
 * USING (
 *   SELECT workspace_id, id, occurred_at
 *   FROM payment_webhook_events
 *   WHERE workspace_id = :workspaceId! AND status IN ('processed', 'ignored') AND received_at < :olderThan!::timestamptz
 *   ORDER BY received_at
 *   LIMIT :limit!
 *   FOR UPDATE SKIP LOCKED
 * ) old
 * WHERE e.workspace_id = :workspaceId! AND e.id = old.id AND e.occurred_at = old.occurred_at
 * ```
 */
export const purgeWebhookEvents = new PreparedQuery<IPurgeWebhookEventsParams,IPurgeWebhookEventsResult>(purgeWebhookEventsIR);


