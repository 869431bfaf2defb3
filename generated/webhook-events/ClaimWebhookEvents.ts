/** Types generated for queries found in "queries/webhook-events/ClaimWebhookEvents.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ClaimWebhookEvents' parameters type */
export interface IClaimWebhookEventsParams {
  leaseSeconds: number;
  limit: number;
  providerName?: string | null | void;
  workspaceId?: string | null | void;
}

/** 'ClaimWebhookEvents' return type */
export interface IClaimWebhookEventsResult {
  attempts: number;
  claimToken: string | null;
  createdAt: Date;
  entityType: string | null;
  eventType: string;
  externalId: string | null;
  id: string;
  lastError: string | null;
  lockedUntil: Date | null;
  nextAttemptAt: Date;
  occurredAt: Date;
  payload: Json;
  processedAt: Date | null;
  providerEventId: string;
  providerName: string;
  receivedAt: Date;
  status: string;
  updatedAt: Date;
  workspaceId: string;
}

/** 'ClaimWebhookEvents' query type */
export interface IClaimWebhookEventsQuery {
  params: IClaimWebhookEventsParams;
  result: IClaimWebhookEventsResult;
}

const claimWebhookEventsIR: any = {"usedParamSet":{"workspaceId":true,"providerName":true,"limit":true,"leaseSeconds":true},"params":[{"name":"workspaceId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1059,"b":1070},{"a":1104,"b":1115}]},{"name":"providerName","required":false,"transform":{"type":"scalar"},"locs":[{"a":1133,"b":1145},{"a":1180,"b":1192}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1236,"b":1242}]},{"name":"leaseSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1422,"b":1435},{"a":1512,"b":1525}]}],"statement":"-- Scope: every workspace (a worker serves every tenant), or one when\n-- workspaceId is given; one provider when providerName is given. Claims up to\n-- limit due events, oldest occurred_at first: pending, failed whose\n-- next_attempt_at has passed, processing whose lease expired. FOR UPDATE SKIP\n-- LOCKED: concurrent workers never claim the same event. Each becomes\n-- processing with a lease of leaseSeconds, attempts + 1 and a new\n-- claim_token, which its completion must present. The claimed events. Due is\n-- judged at the stored precision: next_attempt_at is a timestamptz(3), which\n-- rounds (a time \"now\" may be stored up to half a millisecond ahead), so an\n-- event is due when its millisecond has begun. The update joins on the\n-- partition key too (occurred_at, migration 0012): each event is found in its\n-- own partition only.\nWITH due AS (\n  SELECT workspace_id, id, occurred_at\n  FROM payment_webhook_events\n  WHERE status IN ('pending', 'processing', 'failed')\n    AND next_attempt_at < clock_timestamp() + interval '1 millisecond'\n    AND (:workspaceId::uuid IS NULL OR workspace_id = :workspaceId::uuid)\n    AND (:providerName::text IS NULL OR provider_name = :providerName::text)\n  ORDER BY occurred_at, id\n  LIMIT :limit!\n  FOR UPDATE SKIP LOCKED\n)\nUPDATE payment_webhook_events e\nSET status = 'processing',\n    attempts = e.attempts + 1,\n    locked_until = clock_timestamp() + make_interval(secs => :leaseSeconds!::integer),\n    next_attempt_at = clock_timestamp() + make_interval(secs => :leaseSeconds!::integer),\n    claim_token = gen_random_uuid()\nFROM due\nWHERE e.workspace_id = due.workspace_id AND e.id = due.id AND e.occurred_at = due.occurred_at\nRETURNING e.workspace_id, e.id, e.provider_name, e.provider_event_id, e.event_type, e.entity_type, e.external_id,\n          e.occurred_at, e.received_at, e.status, e.attempts, e.next_attempt_at, e.locked_until, e.claim_token,\n          e.last_error, e.processed_at, e.payload, e.created_at, e.updated_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: every workspace (a worker serves every tenant), or one when
 * -- workspaceId is given; one provider when providerName is given. Claims up to
 * -- limit due events, oldest occurred_at first: pending, failed whose
 * -- next_attempt_at has passed, processing whose lease expired. FOR UPDATE SKIP
 * -- LOCKED: concurrent workers never claim the same event. Each becomes
 * -- processing with a lease of leaseSeconds, attempts + 1 and a new
 * -- claim_token, which its completion must present. The claimed events. Due is
 * -- judged at the stored precision: next_attempt_at is a timestamptz(3), which
 * -- rounds (a time "now" may be stored up to half a millisecond ahead), so an
 * -- event is due when its millisecond has begun. The update joins on the
 * -- partition key too (occurred_at, migration 0012): each event is found in its
 * -- own partition only.
 * WITH due AS (
 *   SELECT workspace_id, id, occurred_at
 *   FROM payment_webhook_events
 *   WHERE status IN ('pending', 'processing', 'failed')
 *     AND next_attempt_at < clock_timestamp() + interval '1 millisecond'
 *     AND (:workspaceId::uuid IS NULL OR workspace_id = :workspaceId::uuid)
 *     AND (:providerName::text IS NULL OR provider_name = :providerName::text)
 *   ORDER BY occurred_at, id
 *   LIMIT :limit!
 *   FOR UPDATE SKIP LOCKED
 * )
 * UPDATE payment_webhook_events e
 * SET status = 'processing',
 *     attempts = e.attempts + 1,
 *     locked_until = clock_timestamp() + make_interval(secs => :leaseSeconds!::integer),
 *     next_attempt_at = clock_timestamp() + make_interval(secs => :leaseSeconds!::integer),
 *     claim_token = gen_random_uuid()
 * FROM due
 * WHERE e.workspace_id = due.workspace_id AND e.id = due.id AND e.occurred_at = due.occurred_at
 * RETURNING e.workspace_id, e.id, e.provider_name, e.provider_event_id, e.event_type, e.entity_type, e.external_id,
 *           e.occurred_at, e.received_at, e.status, e.attempts, e.next_attempt_at, e.locked_until, e.claim_token,
 *           e.last_error, e.processed_at, e.payload, e.created_at, e.updated_at
 * ```
 */
export const claimWebhookEvents = new PreparedQuery<IClaimWebhookEventsParams,IClaimWebhookEventsResult>(claimWebhookEventsIR);


