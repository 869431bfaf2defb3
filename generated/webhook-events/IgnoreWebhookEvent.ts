/** Types generated for queries found in "queries/webhook-events/IgnoreWebhookEvent.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'IgnoreWebhookEvent' parameters type */
export interface IIgnoreWebhookEventParams {
  claimToken?: string | null | void;
  id: string;
  workspaceId: string;
}

/** 'IgnoreWebhookEvent' return type */
export interface IIgnoreWebhookEventResult {
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

/** 'IgnoreWebhookEvent' query type */
export interface IIgnoreWebhookEventQuery {
  params: IIgnoreWebhookEventParams;
  result: IIgnoreWebhookEventResult;
}

const ignoreWebhookEventIR: any = {"usedParamSet":{"workspaceId":true,"id":true,"claimToken":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":437,"b":449}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":460,"b":463}]},{"name":"claimToken","required":false,"transform":{"type":"scalar"},"locs":[{"a":481,"b":491},{"a":608,"b":618}]}],"statement":"-- Scope: one workspace. Marks the event ignored (no effect: an event type\n-- nobody handles). With claimToken: the claimed event, fenced by its claim,\n-- as CompleteWebhookEvent. Without: an event nobody holds (pending, failed or\n-- dead), e.g. by an operator. The event, or null when it is not so.\nUPDATE payment_webhook_events\nSET status = 'ignored', processed_at = now(), locked_until = NULL, claim_token = NULL\nWHERE workspace_id = :workspaceId! AND id = :id!\n  AND CASE WHEN :claimToken::uuid IS NULL THEN status IN ('pending', 'failed', 'dead')\n           ELSE status = 'processing' AND claim_token = :claimToken::uuid END\nRETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,\n       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,\n       created_at, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Marks the event ignored (no effect: an event type
 * -- nobody handles). With claimToken: the claimed event, fenced by its claim,
 * -- as CompleteWebhookEvent. Without: an event nobody holds (pending, failed or
 * -- dead), e.g. by an operator. The event, or null when it is not so.
 * UPDATE payment_webhook_events
 * SET status = 'ignored', processed_at = now(), locked_until = NULL, claim_token = NULL
 * WHERE workspace_id = :workspaceId! AND id = :id!
 *   AND CASE WHEN :claimToken::uuid IS NULL THEN status IN ('pending', 'failed', 'dead')
 *            ELSE status = 'processing' AND claim_token = :claimToken::uuid END
 * RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
 *        received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
 *        created_at, updated_at
 * ```
 */
export const ignoreWebhookEvent = new PreparedQuery<IIgnoreWebhookEventParams,IIgnoreWebhookEventResult>(ignoreWebhookEventIR);


