/** Types generated for queries found in "queries/webhook-events/RecordWebhookEvent.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'RecordWebhookEvent' parameters type */
export interface IRecordWebhookEventParams {
  entityType?: string | null | void;
  eventType: string;
  externalId?: string | null | void;
  occurredAt: DateOrString;
  payload: Json;
  providerEventId: string;
  providerName: string;
  workspaceId: string;
}

/** 'RecordWebhookEvent' return type */
export interface IRecordWebhookEventResult {
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

/** 'RecordWebhookEvent' query type */
export interface IRecordWebhookEventQuery {
  params: IRecordWebhookEventParams;
  result: IRecordWebhookEventResult;
}

const recordWebhookEventIR: any = {"usedParamSet":{"workspaceId":true,"providerName":true,"providerEventId":true,"eventType":true,"entityType":true,"externalId":true,"occurredAt":true,"payload":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":552,"b":564}]},{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":567,"b":580}]},{"name":"providerEventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":583,"b":599}]},{"name":"eventType","required":true,"transform":{"type":"scalar"},"locs":[{"a":602,"b":612}]},{"name":"entityType","required":false,"transform":{"type":"scalar"},"locs":[{"a":615,"b":625}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":628,"b":638}]},{"name":"occurredAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":641,"b":652}]},{"name":"payload","required":true,"transform":{"type":"scalar"},"locs":[{"a":657,"b":665}]}],"statement":"-- Scope: one workspace. Records a provider event in the inbox, pending, due at\n-- once; idempotent on (workspace, provider, provider event id): a redelivery\n-- inserts nothing and returns no row (the facade then reads the stored event\n-- with GetWebhookEventByProviderEventID and says duplicate). A plain insert, so\n-- that recording a new event (the common case) costs what the insert costs.\nINSERT INTO payment_webhook_events (\n  workspace_id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, payload)\nVALUES (\n  :workspaceId!, :providerName!, :providerEventId!, :eventType!, :entityType, :externalId, :occurredAt!,\n  :payload!::jsonb)\nON CONFLICT (workspace_id, provider_name, provider_event_id) DO NOTHING\nRETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,\n     received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,\n     created_at, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Records a provider event in the inbox, pending, due at
 * -- once; idempotent on (workspace, provider, provider event id): a redelivery
 * -- inserts nothing and returns no row (the facade then reads the stored event
 * -- with GetWebhookEventByProviderEventID and says duplicate). A plain insert, so
 * -- that recording a new event (the common case) costs what the insert costs.
 * INSERT INTO payment_webhook_events (
 *   workspace_id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, payload)
 * VALUES (
 *   :workspaceId!, :providerName!, :providerEventId!, :eventType!, :entityType, :externalId, :occurredAt!,
 *   :payload!::jsonb)
 * ON CONFLICT (workspace_id, provider_name, provider_event_id) DO NOTHING
 * RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
 *      received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
 *      created_at, updated_at
 * ```
 */
export const recordWebhookEvent = new PreparedQuery<IRecordWebhookEventParams,IRecordWebhookEventResult>(recordWebhookEventIR);


