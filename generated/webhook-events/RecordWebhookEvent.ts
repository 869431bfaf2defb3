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
  outcome: string;
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

const recordWebhookEventIR: any = {"usedParamSet":{"workspaceId":true,"providerName":true,"providerEventId":true,"eventType":true,"entityType":true,"externalId":true,"occurredAt":true,"payload":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":523,"b":535},{"a":1934,"b":1946}]},{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":538,"b":551},{"a":1968,"b":1981}]},{"name":"providerEventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":554,"b":570},{"a":2007,"b":2023}]},{"name":"eventType","required":true,"transform":{"type":"scalar"},"locs":[{"a":573,"b":583}]},{"name":"entityType","required":false,"transform":{"type":"scalar"},"locs":[{"a":586,"b":596}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":599,"b":609}]},{"name":"occurredAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":612,"b":623}]},{"name":"payload","required":true,"transform":{"type":"scalar"},"locs":[{"a":630,"b":638}]}],"statement":"-- Scope: one workspace. Records a provider event in the inbox, pending, due at\n-- once; idempotent on (workspace, provider, provider event id): a redelivery\n-- changes nothing and returns the stored event with duplicate true. No row: a\n-- concurrent delivery of the same event committed after this statement's\n-- snapshot; run it again.\nWITH inserted AS (\n  INSERT INTO payment_webhook_events (\n    workspace_id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, payload)\n  VALUES (\n    :workspaceId!, :providerName!, :providerEventId!, :eventType!, :entityType, :externalId, :occurredAt!,\n    :payload!::jsonb)\n  ON CONFLICT (workspace_id, provider_name, provider_event_id) DO NOTHING\n  RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,\n       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,\n       created_at, updated_at\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", provider_name AS \"provider_name!\",\n       provider_event_id AS \"provider_event_id!\", event_type AS \"event_type!\", entity_type, external_id,\n       occurred_at AS \"occurred_at!\", received_at AS \"received_at!\", status AS \"status!\", attempts AS \"attempts!\",\n       next_attempt_at AS \"next_attempt_at!\", locked_until, claim_token, last_error, processed_at,\n       payload AS \"payload!\", created_at AS \"created_at!\", updated_at AS \"updated_at!\", 'recorded' AS \"outcome!\"\nFROM inserted\nUNION ALL\nSELECT workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,\n       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,\n       created_at, updated_at, 'duplicate'\nFROM payment_webhook_events\nWHERE workspace_id = :workspaceId! AND provider_name = :providerName! AND provider_event_id = :providerEventId!\n  AND NOT EXISTS (SELECT FROM inserted)"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Records a provider event in the inbox, pending, due at
 * -- once; idempotent on (workspace, provider, provider event id): a redelivery
 * -- changes nothing and returns the stored event with duplicate true. No row: a
 * -- concurrent delivery of the same event committed after this statement's
 * -- snapshot; run it again.
 * WITH inserted AS (
 *   INSERT INTO payment_webhook_events (
 *     workspace_id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, payload)
 *   VALUES (
 *     :workspaceId!, :providerName!, :providerEventId!, :eventType!, :entityType, :externalId, :occurredAt!,
 *     :payload!::jsonb)
 *   ON CONFLICT (workspace_id, provider_name, provider_event_id) DO NOTHING
 *   RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
 *        received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
 *        created_at, updated_at
 * )
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT workspace_id AS "workspace_id!", id AS "id!", provider_name AS "provider_name!",
 *        provider_event_id AS "provider_event_id!", event_type AS "event_type!", entity_type, external_id,
 *        occurred_at AS "occurred_at!", received_at AS "received_at!", status AS "status!", attempts AS "attempts!",
 *        next_attempt_at AS "next_attempt_at!", locked_until, claim_token, last_error, processed_at,
 *        payload AS "payload!", created_at AS "created_at!", updated_at AS "updated_at!", 'recorded' AS "outcome!"
 * FROM inserted
 * UNION ALL
 * SELECT workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
 *        received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
 *        created_at, updated_at, 'duplicate'
 * FROM payment_webhook_events
 * WHERE workspace_id = :workspaceId! AND provider_name = :providerName! AND provider_event_id = :providerEventId!
 *   AND NOT EXISTS (SELECT FROM inserted)
 * ```
 */
export const recordWebhookEvent = new PreparedQuery<IRecordWebhookEventParams,IRecordWebhookEventResult>(recordWebhookEventIR);


