/** Types generated for queries found in "queries/webhook-events/CompleteWebhookEvent.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'CompleteWebhookEvent' parameters type */
export interface ICompleteWebhookEventParams {
  claimToken: string;
  id: string;
  workspaceId: string;
}

/** 'CompleteWebhookEvent' return type */
export interface ICompleteWebhookEventResult {
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

/** 'CompleteWebhookEvent' query type */
export interface ICompleteWebhookEventQuery {
  params: ICompleteWebhookEventParams;
  result: ICompleteWebhookEventResult;
}

const completeWebhookEventIR: any = {"usedParamSet":{"workspaceId":true,"id":true,"claimToken":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":495,"b":507}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":518,"b":521}]},{"name":"claimToken","required":true,"transform":{"type":"scalar"},"locs":[{"a":567,"b":578}]}],"statement":"-- Scope: one workspace. Marks the claimed event processed, fenced by its\n-- claim: only the claim that holds it (claimToken) completes it. Meant to run\n-- in the transaction of the event's effect, so that both commit or neither.\n-- The event, or null when the claim no longer holds it (lease expired and\n-- claimed again, or finished).\nUPDATE payment_webhook_events\nSET status = 'processed', processed_at = now(), locked_until = NULL, claim_token = NULL, last_error = NULL\nWHERE workspace_id = :workspaceId! AND id = :id! AND status = 'processing' AND claim_token = :claimToken!\nRETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,\n       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,\n       created_at, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Marks the claimed event processed, fenced by its
 * -- claim: only the claim that holds it (claimToken) completes it. Meant to run
 * -- in the transaction of the event's effect, so that both commit or neither.
 * -- The event, or null when the claim no longer holds it (lease expired and
 * -- claimed again, or finished).
 * UPDATE payment_webhook_events
 * SET status = 'processed', processed_at = now(), locked_until = NULL, claim_token = NULL, last_error = NULL
 * WHERE workspace_id = :workspaceId! AND id = :id! AND status = 'processing' AND claim_token = :claimToken!
 * RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
 *        received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
 *        created_at, updated_at
 * ```
 */
export const completeWebhookEvent = new PreparedQuery<ICompleteWebhookEventParams,ICompleteWebhookEventResult>(completeWebhookEventIR);


