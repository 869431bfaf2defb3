/** Types generated for queries found in "queries/webhook-events/RetryWebhookEvent.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'RetryWebhookEvent' parameters type */
export interface IRetryWebhookEventParams {
  id: string;
  workspaceId: string;
}

/** 'RetryWebhookEvent' return type */
export interface IRetryWebhookEventResult {
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

/** 'RetryWebhookEvent' query type */
export interface IRetryWebhookEventQuery {
  params: IRetryWebhookEventParams;
  result: IRetryWebhookEventResult;
}

const retryWebhookEventIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":322,"b":334}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":345,"b":348}]}],"statement":"-- Scope: one workspace. Sends a dead or failed event back to pending, due at\n-- once, its attempts reset (its last_error kept until it is processed). The\n-- event, or null when it is neither dead nor failed.\nUPDATE payment_webhook_events\nSET status = 'pending', attempts = 0, next_attempt_at = now()\nWHERE workspace_id = :workspaceId! AND id = :id! AND status IN ('dead', 'failed')\nRETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,\n       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,\n       created_at, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Sends a dead or failed event back to pending, due at
 * -- once, its attempts reset (its last_error kept until it is processed). The
 * -- event, or null when it is neither dead nor failed.
 * UPDATE payment_webhook_events
 * SET status = 'pending', attempts = 0, next_attempt_at = now()
 * WHERE workspace_id = :workspaceId! AND id = :id! AND status IN ('dead', 'failed')
 * RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
 *        received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
 *        created_at, updated_at
 * ```
 */
export const retryWebhookEvent = new PreparedQuery<IRetryWebhookEventParams,IRetryWebhookEventResult>(retryWebhookEventIR);


