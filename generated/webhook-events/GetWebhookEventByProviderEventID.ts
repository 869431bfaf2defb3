/** Types generated for queries found in "queries/webhook-events/GetWebhookEventByProviderEventID.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetWebhookEventByProviderEventId' parameters type */
export interface IGetWebhookEventByProviderEventIdParams {
  providerEventId: string;
  providerName: string;
  workspaceId: string;
}

/** 'GetWebhookEventByProviderEventId' return type */
export interface IGetWebhookEventByProviderEventIdResult {
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

/** 'GetWebhookEventByProviderEventId' query type */
export interface IGetWebhookEventByProviderEventIdQuery {
  params: IGetWebhookEventByProviderEventIdParams;
  result: IGetWebhookEventByProviderEventIdResult;
}

const getWebhookEventByProviderEventIdIR: any = {"usedParamSet":{"workspaceId":true,"providerName":true,"providerEventId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":381,"b":393}]},{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":415,"b":428}]},{"name":"providerEventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":454,"b":470}]}],"statement":"-- Scope: one workspace. The event the provider knows by this id, or null.\nSELECT workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,\n       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,\n       created_at, updated_at\nFROM payment_webhook_events\nWHERE workspace_id = :workspaceId! AND provider_name = :providerName! AND provider_event_id = :providerEventId!"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The event the provider knows by this id, or null.
 * SELECT workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
 *        received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
 *        created_at, updated_at
 * FROM payment_webhook_events
 * WHERE workspace_id = :workspaceId! AND provider_name = :providerName! AND provider_event_id = :providerEventId!
 * ```
 */
export const getWebhookEventByProviderEventId = new PreparedQuery<IGetWebhookEventByProviderEventIdParams,IGetWebhookEventByProviderEventIdResult>(getWebhookEventByProviderEventIdIR);


