/** Types generated for queries found in "queries/webhook-events/FailWebhookEvent.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'FailWebhookEvent' parameters type */
export interface IFailWebhookEventParams {
  baseSeconds: number;
  claimToken: string;
  id: string;
  lastError: string;
  maxAttempts: number;
  maxBackoffSeconds: number;
  workspaceId: string;
}

/** 'FailWebhookEvent' return type */
export interface IFailWebhookEventResult {
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

/** 'FailWebhookEvent' query type */
export interface IFailWebhookEventQuery {
  params: IFailWebhookEventParams;
  result: IFailWebhookEventResult;
}

const failWebhookEventIR: any = {"usedParamSet":{"maxAttempts":true,"lastError":true,"maxBackoffSeconds":true,"baseSeconds":true,"workspaceId":true,"id":true,"claimToken":true},"params":[{"name":"maxAttempts","required":true,"transform":{"type":"scalar"},"locs":[{"a":481,"b":493}]},{"name":"lastError","required":true,"transform":{"type":"scalar"},"locs":[{"a":552,"b":562}]},{"name":"maxBackoffSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":641,"b":659}]},{"name":"baseSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":692,"b":704}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":863,"b":875}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":886,"b":889}]},{"name":"claimToken","required":true,"transform":{"type":"scalar"},"locs":[{"a":935,"b":946}]}],"statement":"-- Scope: one workspace. Records the claimed event's failure, fenced by its\n-- claim (claimToken): the error is kept in last_error; the event is dead when\n-- it has had maxAttempts attempts, else failed and due again after an\n-- exponential backoff with jitter: baseSeconds * 2^(attempts - 1), at most\n-- maxBackoffSeconds, times a random factor in [0.5, 1). The event, or null\n-- when the claim no longer holds it.\nUPDATE payment_webhook_events\nSET status = CASE WHEN attempts >= :maxAttempts!::integer THEN 'dead' ELSE 'failed' END,\n    last_error = :lastError!,\n    next_attempt_at = clock_timestamp() + make_interval(secs =>\n      least(:maxBackoffSeconds!::double precision,\n            :baseSeconds!::double precision * power(2, greatest(attempts - 1, 0)))\n      * (0.5 + random() / 2)),\n    locked_until = NULL,\n    claim_token = NULL\nWHERE workspace_id = :workspaceId! AND id = :id! AND status = 'processing' AND claim_token = :claimToken!\nRETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,\n       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,\n       created_at, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Records the claimed event's failure, fenced by its
 * -- claim (claimToken): the error is kept in last_error; the event is dead when
 * -- it has had maxAttempts attempts, else failed and due again after an
 * -- exponential backoff with jitter: baseSeconds * 2^(attempts - 1), at most
 * -- maxBackoffSeconds, times a random factor in [0.5, 1). The event, or null
 * -- when the claim no longer holds it.
 * UPDATE payment_webhook_events
 * SET status = CASE WHEN attempts >= :maxAttempts!::integer THEN 'dead' ELSE 'failed' END,
 *     last_error = :lastError!,
 *     next_attempt_at = clock_timestamp() + make_interval(secs =>
 *       least(:maxBackoffSeconds!::double precision,
 *             :baseSeconds!::double precision * power(2, greatest(attempts - 1, 0)))
 *       * (0.5 + random() / 2)),
 *     locked_until = NULL,
 *     claim_token = NULL
 * WHERE workspace_id = :workspaceId! AND id = :id! AND status = 'processing' AND claim_token = :claimToken!
 * RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
 *        received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
 *        created_at, updated_at
 * ```
 */
export const failWebhookEvent = new PreparedQuery<IFailWebhookEventParams,IFailWebhookEventResult>(failWebhookEventIR);


