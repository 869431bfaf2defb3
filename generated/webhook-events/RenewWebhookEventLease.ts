/** Types generated for queries found in "queries/webhook-events/RenewWebhookEventLease.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'RenewWebhookEventLease' parameters type */
export interface IRenewWebhookEventLeaseParams {
  claimToken: string;
  id: string;
  leaseSeconds: number;
  workspaceId: string;
}

/** 'RenewWebhookEventLease' return type */
export interface IRenewWebhookEventLeaseResult {
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

/** 'RenewWebhookEventLease' query type */
export interface IRenewWebhookEventLeaseQuery {
  params: IRenewWebhookEventLeaseParams;
  result: IRenewWebhookEventLeaseResult;
}

const renewWebhookEventLeaseIR: any = {"usedParamSet":{"leaseSeconds":true,"workspaceId":true,"id":true,"claimToken":true},"params":[{"name":"leaseSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":318,"b":331},{"a":408,"b":421}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":454,"b":466}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":477,"b":480}]},{"name":"claimToken","required":true,"transform":{"type":"scalar"},"locs":[{"a":526,"b":537}]}],"statement":"-- Scope: one workspace. Extends the lease of a claimed event by leaseSeconds\n-- from now, fenced by its claim (claimToken): for a handler that runs longer\n-- than a lease. The event, or null when the claim no longer holds it.\nUPDATE payment_webhook_events\nSET locked_until = clock_timestamp() + make_interval(secs => :leaseSeconds!::integer),\n    next_attempt_at = clock_timestamp() + make_interval(secs => :leaseSeconds!::integer)\nWHERE workspace_id = :workspaceId! AND id = :id! AND status = 'processing' AND claim_token = :claimToken!\nRETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,\n       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,\n       created_at, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Extends the lease of a claimed event by leaseSeconds
 * -- from now, fenced by its claim (claimToken): for a handler that runs longer
 * -- than a lease. The event, or null when the claim no longer holds it.
 * UPDATE payment_webhook_events
 * SET locked_until = clock_timestamp() + make_interval(secs => :leaseSeconds!::integer),
 *     next_attempt_at = clock_timestamp() + make_interval(secs => :leaseSeconds!::integer)
 * WHERE workspace_id = :workspaceId! AND id = :id! AND status = 'processing' AND claim_token = :claimToken!
 * RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
 *        received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
 *        created_at, updated_at
 * ```
 */
export const renewWebhookEventLease = new PreparedQuery<IRenewWebhookEventLeaseParams,IRenewWebhookEventLeaseResult>(renewWebhookEventLeaseIR);


