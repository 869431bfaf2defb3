/** Types generated for queries found in "queries/sync-events/CreateSyncEvent.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'CreateSyncEvent' parameters type */
export interface ICreateSyncEventParams {
  entityId?: string | null | void;
  entityType: string;
  eventDetails?: Json | null | void;
  eventMessage?: string | null | void;
  eventType: string;
  externalId?: string | null | void;
  providerName: string;
  sessionId: string;
  workspaceId: string;
}

/** 'CreateSyncEvent' return type */
export interface ICreateSyncEventResult {
  createdAt: Date;
  entityId: string | null;
  entityType: string;
  eventDetails: Json;
  eventMessage: string | null;
  eventType: string;
  externalId: string | null;
  id: string;
  providerName: string;
  sessionId: string;
  updatedAt: Date;
  workspaceId: string;
}

/** 'CreateSyncEvent' query type */
export interface ICreateSyncEventQuery {
  params: ICreateSyncEventParams;
  result: ICreateSyncEventResult;
}

const createSyncEventIR: any = {"usedParamSet":{"workspaceId":true,"sessionId":true,"providerName":true,"entityType":true,"entityId":true,"externalId":true,"eventType":true,"eventMessage":true,"eventDetails":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":454,"b":466}]},{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":469,"b":479}]},{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":482,"b":495}]},{"name":"entityType","required":true,"transform":{"type":"scalar"},"locs":[{"a":498,"b":509}]},{"name":"entityId","required":false,"transform":{"type":"scalar"},"locs":[{"a":512,"b":520}]},{"name":"externalId","required":false,"transform":{"type":"scalar"},"locs":[{"a":523,"b":533}]},{"name":"eventType","required":true,"transform":{"type":"scalar"},"locs":[{"a":538,"b":548}]},{"name":"eventMessage","required":false,"transform":{"type":"scalar"},"locs":[{"a":551,"b":563}]},{"name":"eventDetails","required":false,"transform":{"type":"scalar"},"locs":[{"a":575,"b":587}]}],"statement":"-- Scope: one workspace. Logs one event of a session of the same workspace (a\n-- session of another workspace is a foreign key violation; a finished or\n-- deleted session takes no new events: SyncSessionTransitionError, PSD01).\n-- eventDetails defaults to {}. Resolves to the new row.\nINSERT INTO payment_sync_events (\n  workspace_id, session_id, provider_name, entity_type, entity_id, external_id,\n  event_type, event_message, event_details)\nVALUES (\n  :workspaceId!, :sessionId!, :providerName!, :entityType!, :entityId, :externalId,\n  :eventType!, :eventMessage, COALESCE(:eventDetails::jsonb, '{}'))\nRETURNING workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,\n          event_message, event_details, created_at, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Logs one event of a session of the same workspace (a
 * -- session of another workspace is a foreign key violation; a finished or
 * -- deleted session takes no new events: SyncSessionTransitionError, PSD01).
 * -- eventDetails defaults to {}. Resolves to the new row.
 * INSERT INTO payment_sync_events (
 *   workspace_id, session_id, provider_name, entity_type, entity_id, external_id,
 *   event_type, event_message, event_details)
 * VALUES (
 *   :workspaceId!, :sessionId!, :providerName!, :entityType!, :entityId, :externalId,
 *   :eventType!, :eventMessage, COALESCE(:eventDetails::jsonb, '{}'))
 * RETURNING workspace_id, id, session_id, provider_name, entity_type, entity_id, external_id, event_type,
 *           event_message, event_details, created_at, updated_at
 * ```
 */
export const createSyncEvent = new PreparedQuery<ICreateSyncEventParams,ICreateSyncEventResult>(createSyncEventIR);


