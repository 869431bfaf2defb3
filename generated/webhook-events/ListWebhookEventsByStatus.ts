/** Types generated for queries found in "queries/webhook-events/ListWebhookEventsByStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ListWebhookEventsByStatus' parameters type */
export interface IListWebhookEventsByStatusParams {
  afterId: string;
  afterReceivedAt: DateOrString;
  limit: number;
  status: string;
  workspaceId: string;
}

/** 'ListWebhookEventsByStatus' return type */
export interface IListWebhookEventsByStatusResult {
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

/** 'ListWebhookEventsByStatus' query type */
export interface IListWebhookEventsByStatusQuery {
  params: IListWebhookEventsByStatusParams;
  result: IListWebhookEventsByStatusResult;
}

const listWebhookEventsByStatusIR: any = {"usedParamSet":{"workspaceId":true,"status":true,"afterReceivedAt":true,"afterId":true,"limit":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":424,"b":436}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":451,"b":458}]},{"name":"afterReceivedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":487,"b":503}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":519,"b":527}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":567,"b":573}]}],"statement":"-- Scope: one workspace. Events in one status, oldest received first:\n-- keyset-paginated in (received_at, id) order.\nSELECT workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,\n       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,\n       created_at, updated_at\nFROM payment_webhook_events\nWHERE workspace_id = :workspaceId! AND status = :status!\n  AND (received_at, id) > (:afterReceivedAt!::timestamptz, :afterId!::uuid)\nORDER BY received_at, id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Events in one status, oldest received first:
 * -- keyset-paginated in (received_at, id) order.
 * SELECT workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
 *        received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
 *        created_at, updated_at
 * FROM payment_webhook_events
 * WHERE workspace_id = :workspaceId! AND status = :status!
 *   AND (received_at, id) > (:afterReceivedAt!::timestamptz, :afterId!::uuid)
 * ORDER BY received_at, id
 * LIMIT :limit!
 * ```
 */
export const listWebhookEventsByStatus = new PreparedQuery<IListWebhookEventsByStatusParams,IListWebhookEventsByStatusResult>(listWebhookEventsByStatusIR);


