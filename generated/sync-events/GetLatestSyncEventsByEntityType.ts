/** Types generated for queries found in "queries/sync-events/GetLatestSyncEventsByEntityType.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetLatestSyncEventsByEntityType' parameters type */
export interface IGetLatestSyncEventsByEntityTypeParams {
  workspaceId: string;
}

/** 'GetLatestSyncEventsByEntityType' return type */
export interface IGetLatestSyncEventsByEntityTypeResult {
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

/** 'GetLatestSyncEventsByEntityType' query type */
export interface IGetLatestSyncEventsByEntityTypeQuery {
  params: IGetLatestSyncEventsByEntityTypeParams;
  result: IGetLatestSyncEventsByEntityTypeResult;
}

const getLatestSyncEventsByEntityTypeIR: any = {"usedParamSet":{"workspaceId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":838,"b":850}]}],"statement":"-- Scope: one workspace. The newest event of each entity type that has one (at\n-- most 4 rows, in the order customer, product, price, subscription). One\n-- index probe per type on (workspace_id, entity_type, created_at, id), never a\n-- scan of all events.\nSELECT e.workspace_id, e.id, e.session_id, e.provider_name, e.entity_type, e.entity_id, e.external_id,\n       e.event_type, e.event_message, e.event_details, e.created_at, e.updated_at\nFROM unnest(ARRAY['customer', 'product', 'price', 'subscription']::text[]) WITH ORDINALITY AS t(entity_type, position)\nCROSS JOIN LATERAL (\n  SELECT ev.workspace_id, ev.id, ev.session_id, ev.provider_name, ev.entity_type, ev.entity_id, ev.external_id,\n         ev.event_type, ev.event_message, ev.event_details, ev.created_at, ev.updated_at\n  FROM payment_sync_events ev\n  WHERE ev.workspace_id = :workspaceId! AND ev.entity_type = t.entity_type\n  ORDER BY ev.created_at DESC, ev.id DESC\n  LIMIT 1\n) e\nORDER BY t.position"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The newest event of each entity type that has one (at
 * -- most 4 rows, in the order customer, product, price, subscription). One
 * -- index probe per type on (workspace_id, entity_type, created_at, id), never a
 * -- scan of all events.
 * SELECT e.workspace_id, e.id, e.session_id, e.provider_name, e.entity_type, e.entity_id, e.external_id,
 *        e.event_type, e.event_message, e.event_details, e.created_at, e.updated_at
 * FROM unnest(ARRAY['customer', 'product', 'price', 'subscription']::text[]) WITH ORDINALITY AS t(entity_type, position)
 * CROSS JOIN LATERAL (
 *   SELECT ev.workspace_id, ev.id, ev.session_id, ev.provider_name, ev.entity_type, ev.entity_id, ev.external_id,
 *          ev.event_type, ev.event_message, ev.event_details, ev.created_at, ev.updated_at
 *   FROM payment_sync_events ev
 *   WHERE ev.workspace_id = :workspaceId! AND ev.entity_type = t.entity_type
 *   ORDER BY ev.created_at DESC, ev.id DESC
 *   LIMIT 1
 * ) e
 * ORDER BY t.position
 * ```
 */
export const getLatestSyncEventsByEntityType = new PreparedQuery<IGetLatestSyncEventsByEntityTypeParams,IGetLatestSyncEventsByEntityTypeResult>(getLatestSyncEventsByEntityTypeIR);


