// Sync events: what a session did, one row per entity touched. Every function
// is scoped to one workspace (`workspaceId`). Events have no soft delete and
// are not hidden when their session is soft-deleted (they are the audit
// log); deleteSyncEventsBySession removes them. Errors: InvalidParameterError
// before the database is touched; the typed database errors of errors.ts.
// The log is partitioned by month (migration 0012), as is the webhook inbox:
// createLogPartitions and dropLogPartitions, the maintenance of both logs, are
// the two functions here that span every workspace.
import * as CountSyncEventsByEntityType from '../generated/sync-events/CountSyncEventsByEntityType.js';
import * as CountSyncEventsBySession from '../generated/sync-events/CountSyncEventsBySession.js';
import * as CountSyncEventsBySessionAndType from '../generated/sync-events/CountSyncEventsBySessionAndType.js';
import * as CreateLogPartitions from '../generated/sync-events/CreateLogPartitions.js';
import * as CreateSyncEvent from '../generated/sync-events/CreateSyncEvent.js';
import * as DeleteSyncEventsBySession from '../generated/sync-events/DeleteSyncEventsBySession.js';
import * as DropLogPartitions from '../generated/sync-events/DropLogPartitions.js';
import * as GetLatestSyncEventsByEntityType from '../generated/sync-events/GetLatestSyncEventsByEntityType.js';
import * as GetSyncEvent from '../generated/sync-events/GetSyncEvent.js';
import * as GetSyncEventsByExternalID from '../generated/sync-events/GetSyncEventsByExternalID.js';
import * as GetSyncEventsSummaryBySession from '../generated/sync-events/GetSyncEventsSummaryBySession.js';
import * as ListSyncEventsByEntityType from '../generated/sync-events/ListSyncEventsByEntityType.js';
import * as ListSyncEventsByEventType from '../generated/sync-events/ListSyncEventsByEventType.js';
import * as ListSyncEventsByProvider from '../generated/sync-events/ListSyncEventsByProvider.js';
import * as ListSyncEventsBySession from '../generated/sync-events/ListSyncEventsBySession.js';
import * as PurgeSyncEvents from '../generated/sync-events/PurgeSyncEvents.js';
import { integer } from './params.js';
import { changed, count, inBatches, list, many, one, type Narrow, type ParamsOf, type ResultOf } from './query.js';

export type SyncEvent = Narrow<GetSyncEvent.IGetSyncEventResult>;
export type SyncEventsSummary = Narrow<GetSyncEventsSummaryBySession.IGetSyncEventsSummaryBySessionResult>;

/**
 * Logs one event of session `sessionId`; `eventDetails` (a JSON object)
 * defaults to {}. Resolves to the new row. ForeignKeyViolationError when the
 * session is not one of this workspace; SyncSessionTransitionError when the
 * session is finished (completed, failed, cancelled) or deleted: its log is
 * as final as its status.
 */
export const createSyncEvent = one(CreateSyncEvent.createSyncEvent);
/** The event with this id, or null. */
export const getSyncEvent = one(GetSyncEvent.getSyncEvent);
/** A page of the events of `sessionId`, oldest first; pass the last row as `after` for the next. */
export const listSyncEventsBySession = list(ListSyncEventsBySession.listSyncEventsBySession);
/** A page of the events of `providerName`, oldest first. */
export const listSyncEventsByProvider = list(ListSyncEventsByProvider.listSyncEventsByProvider);
/** A page of the events about `entityType`, oldest first. */
export const listSyncEventsByEntityType = list(ListSyncEventsByEntityType.listSyncEventsByEntityType);
/** A page of the events of `eventType`, oldest first. */
export const listSyncEventsByEventType = list(ListSyncEventsByEventType.listSyncEventsByEventType);
/** A page of the events about the provider object `externalId` (any provider or session), oldest first. */
export const getSyncEventsByExternalID = list(GetSyncEventsByExternalID.getSyncEventsByExternalId);
/** The number of events of `sessionId`. */
export const countSyncEventsBySession = count(CountSyncEventsBySession.countSyncEventsBySession);
/** The number of events of `sessionId` and `eventType`. */
export const countSyncEventsBySessionAndType = count(CountSyncEventsBySessionAndType.countSyncEventsBySessionAndType);
/** The number of events about `entityType`, all sessions. */
export const countSyncEventsByEntityType = count(CountSyncEventsByEntityType.countSyncEventsByEntityType);
/**
 * One row for a live session: `total`, one count per event type (`created`,
 * `updated`, `deleted`, `skipped`, `failed`, `conflict`), `firstEventAt` and
 * `lastEventAt` (null without events). Null when the session is not a live
 * session of the workspace.
 */
export const getSyncEventsSummaryBySession = one(GetSyncEventsSummaryBySession.getSyncEventsSummaryBySession);
/**
 * The newest event of each entity type that has one: at most 4 rows, in the
 * order customer, product, price, subscription.
 */
export const getLatestSyncEventsByEntityType = many(GetLatestSyncEventsByEntityType.getLatestSyncEventsByEntityType);
/** Hard-deletes every event of `sessionId` (live or soft-deleted). Resolves to the number deleted. */
export const deleteSyncEventsBySession = changed(DeleteSyncEventsBySession.deleteSyncEventsBySession);
/**
 * Retention: deletes the workspace's sync events created before `olderThan` (their sessions stay),
 * `limit` (1 to 1,000, default 1,000) at a time, each batch its own statement, until a batch
 * comes back short. Resolves to the number of rows deleted.
 */
export const purgeSyncEvents = inBatches(changed(PurgeSyncEvents.purgeSyncEvents));

/**
 * ACROSS WORKSPACES (maintenance of both logs: the sync events and the webhook inbox, in monthly
 * partitions of UTC months, migration 0012). Creates the missing monthly partitions of both from
 * the current month to `monthsAhead` (0 to 120, default 3) months ahead, moving the rows of those
 * months the DEFAULT partition held (`movedRows`); idempotent. Resolves to the partitions created
 * (`tableName`, `partitionName`, `rangeStart`, `rangeEnd`, `movedRows`). Run it as the owner of the
 * tables (the migration role), e.g. monthly from a scheduler: a row whose month has no partition
 * lands in the DEFAULT partition, never fails.
 */
export const createLogPartitions = many(CreateLogPartitions.createLogPartitions, {
  rules: { monthsAhead: integer(0, 120) },
});
/**
 * ACROSS WORKSPACES (retention by time of both logs, for every workspace at once; one workspace's
 * retention is purgeSyncEvents and webhookEvents.purgeWebhookEvents). Detaches and drops the
 * monthly partitions that end at or before `olderThan` (not in the future), every row in them
 * gone. A webhook inbox partition that still holds an unfinished event (pending, processing,
 * failed or dead) is kept and reported (`dropped: false`, `unfinishedEvents`); the DEFAULT
 * partitions are never dropped. Resolves to one row per partition dropped or kept. Run it as the
 * owner of the tables; it holds an ACCESS EXCLUSIVE lock on a log for the moment of the drop.
 */
export const dropLogPartitions = many(DropLogPartitions.dropLogPartitions);

// Each query's params and result by name (also exported by the package): <Name>Params, <Name>Result.
export type CountSyncEventsByEntityTypeParams = ParamsOf<typeof countSyncEventsByEntityType>;
export type CountSyncEventsByEntityTypeResult = ResultOf<typeof countSyncEventsByEntityType>;
export type CountSyncEventsBySessionParams = ParamsOf<typeof countSyncEventsBySession>;
export type CountSyncEventsBySessionResult = ResultOf<typeof countSyncEventsBySession>;
export type CountSyncEventsBySessionAndTypeParams = ParamsOf<typeof countSyncEventsBySessionAndType>;
export type CountSyncEventsBySessionAndTypeResult = ResultOf<typeof countSyncEventsBySessionAndType>;
export type CreateLogPartitionsParams = ParamsOf<typeof createLogPartitions>;
export type CreateLogPartitionsResult = ResultOf<typeof createLogPartitions>;
export type CreateSyncEventParams = ParamsOf<typeof createSyncEvent>;
export type CreateSyncEventResult = ResultOf<typeof createSyncEvent>;
export type DeleteSyncEventsBySessionParams = ParamsOf<typeof deleteSyncEventsBySession>;
export type DeleteSyncEventsBySessionResult = ResultOf<typeof deleteSyncEventsBySession>;
export type DropLogPartitionsParams = ParamsOf<typeof dropLogPartitions>;
export type DropLogPartitionsResult = ResultOf<typeof dropLogPartitions>;
export type GetLatestSyncEventsByEntityTypeParams = ParamsOf<typeof getLatestSyncEventsByEntityType>;
export type GetLatestSyncEventsByEntityTypeResult = ResultOf<typeof getLatestSyncEventsByEntityType>;
export type GetSyncEventParams = ParamsOf<typeof getSyncEvent>;
export type GetSyncEventResult = ResultOf<typeof getSyncEvent>;
export type GetSyncEventsByExternalIDParams = ParamsOf<typeof getSyncEventsByExternalID>;
export type GetSyncEventsByExternalIDResult = ResultOf<typeof getSyncEventsByExternalID>;
export type GetSyncEventsSummaryBySessionParams = ParamsOf<typeof getSyncEventsSummaryBySession>;
export type GetSyncEventsSummaryBySessionResult = ResultOf<typeof getSyncEventsSummaryBySession>;
export type ListSyncEventsByEntityTypeParams = ParamsOf<typeof listSyncEventsByEntityType>;
export type ListSyncEventsByEntityTypeResult = ResultOf<typeof listSyncEventsByEntityType>;
export type ListSyncEventsByEventTypeParams = ParamsOf<typeof listSyncEventsByEventType>;
export type ListSyncEventsByEventTypeResult = ResultOf<typeof listSyncEventsByEventType>;
export type ListSyncEventsByProviderParams = ParamsOf<typeof listSyncEventsByProvider>;
export type ListSyncEventsByProviderResult = ResultOf<typeof listSyncEventsByProvider>;
export type ListSyncEventsBySessionParams = ParamsOf<typeof listSyncEventsBySession>;
export type ListSyncEventsBySessionResult = ResultOf<typeof listSyncEventsBySession>;
export type PurgeSyncEventsParams = ParamsOf<typeof purgeSyncEvents>;
export type PurgeSyncEventsResult = ResultOf<typeof purgeSyncEvents>;
