/** Types generated for queries found in "queries/webhook-events/CountWebhookEventsByStatus.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CountWebhookEventsByStatus' parameters type */
export interface ICountWebhookEventsByStatusParams {
  workspaceId: string;
}

/** 'CountWebhookEventsByStatus' return type */
export interface ICountWebhookEventsByStatusResult {
  dead: number;
  failed: number;
  ignored: number;
  pending: number;
  processed: number;
  processing: number;
}

/** 'CountWebhookEventsByStatus' query type */
export interface ICountWebhookEventsByStatusQuery {
  params: ICountWebhookEventsByStatusParams;
  result: ICountWebhookEventsByStatusResult;
}

const countWebhookEventsByStatusIR: any = {"usedParamSet":{"workspaceId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":180,"b":192},{"a":301,"b":313},{"a":428,"b":440},{"a":553,"b":565},{"a":672,"b":684},{"a":787,"b":799}]}],"statement":"-- Scope: one workspace. The number of events in each status (one index range\n-- per status) and in all.\nSELECT\n  (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'pending') AS \"pending!\",\n  (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'processing') AS \"processing!\",\n  (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'processed') AS \"processed!\",\n  (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'failed') AS \"failed!\",\n  (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'dead') AS \"dead!\",\n  (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'ignored') AS \"ignored!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The number of events in each status (one index range
 * -- per status) and in all.
 * SELECT
 *   (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'pending') AS "pending!",
 *   (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'processing') AS "processing!",
 *   (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'processed') AS "processed!",
 *   (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'failed') AS "failed!",
 *   (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'dead') AS "dead!",
 *   (SELECT count(*) FROM payment_webhook_events WHERE workspace_id = :workspaceId! AND status = 'ignored') AS "ignored!"
 * ```
 */
export const countWebhookEventsByStatus = new PreparedQuery<ICountWebhookEventsByStatusParams,ICountWebhookEventsByStatusResult>(countWebhookEventsByStatusIR);


