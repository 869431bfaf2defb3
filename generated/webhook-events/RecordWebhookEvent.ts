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

const recordWebhookEventIR: any = {"usedParamSet":{"workspaceId":true,"providerName":true,"providerEventId":true,"eventType":true,"entityType":true,"externalId":true,"occurredAt":true,"payload":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1016,"b":1028},{"a":1222,"b":1234}]},{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":1031,"b":1044},{"a":1256,"b":1269}]},{"name":"providerEventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1047,"b":1063},{"a":1295,"b":1311}]},{"name":"eventType","required":true,"transform":{"type":"scalar"},"locs":[{"a":1066,"b":1076}]},{"name":"entityType","required":false,"transform":{"type":"scalar"},"locs":[{"a":1079,"b":1089}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1092,"b":1102}]},{"name":"occurredAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1105,"b":1116}]},{"name":"payload","required":true,"transform":{"type":"scalar"},"locs":[{"a":1126,"b":1134}]}],"statement":"-- Scope: one workspace. Records a provider event in the inbox, pending, due at\n-- once; idempotent on (workspace, provider, provider event id): a redelivery\n-- inserts nothing and returns no row (the facade then reads the stored event\n-- with GetWebhookEventByProviderEventID and says duplicate). One statement, so\n-- that recording a new event (the common case) costs about what the insert costs.\n-- The inbox is partitioned by occurred_at (migration 0012), which its unique\n-- key must hold: a redelivery with the same occurred_at (the provider's own\n-- event time, fixed per event) meets the stored row on that key, also when it\n-- races the first delivery; the NOT EXISTS looks the id up in every partition\n-- (one index probe each), so a redelivery with another occurred_at is a\n-- duplicate too (two such deliveries at the same moment could both insert).\nINSERT INTO payment_webhook_events (\n  workspace_id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, payload)\nSELECT :workspaceId!, :providerName!, :providerEventId!, :eventType!, :entityType, :externalId, :occurredAt!,\n       :payload!::jsonb\nWHERE NOT EXISTS (\n  SELECT FROM payment_webhook_events\n  WHERE workspace_id = :workspaceId! AND provider_name = :providerName! AND provider_event_id = :providerEventId!)\nON CONFLICT (workspace_id, provider_name, provider_event_id, occurred_at) DO NOTHING\nRETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,\n     received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,\n     created_at, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Records a provider event in the inbox, pending, due at
 * -- once; idempotent on (workspace, provider, provider event id): a redelivery
 * -- inserts nothing and returns no row (the facade then reads the stored event
 * -- with GetWebhookEventByProviderEventID and says duplicate). One statement, so
 * -- that recording a new event (the common case) costs about what the insert costs.
 * -- The inbox is partitioned by occurred_at (migration 0012), which its unique
 * -- key must hold: a redelivery with the same occurred_at (the provider's own
 * -- event time, fixed per event) meets the stored row on that key, also when it
 * -- races the first delivery; the NOT EXISTS looks the id up in every partition
 * -- (one index probe each), so a redelivery with another occurred_at is a
 * -- duplicate too (two such deliveries at the same moment could both insert).
 * INSERT INTO payment_webhook_events (
 *   workspace_id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, payload)
 * SELECT :workspaceId!, :providerName!, :providerEventId!, :eventType!, :entityType, :externalId, :occurredAt!,
 *        :payload!::jsonb
 * WHERE NOT EXISTS (
 *   SELECT FROM payment_webhook_events
 *   WHERE workspace_id = :workspaceId! AND provider_name = :providerName! AND provider_event_id = :providerEventId!)
 * ON CONFLICT (workspace_id, provider_name, provider_event_id, occurred_at) DO NOTHING
 * RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
 *      received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
 *      created_at, updated_at
 * ```
 */
export const recordWebhookEvent = new PreparedQuery<IRecordWebhookEventParams,IRecordWebhookEventResult>(recordWebhookEventIR);


