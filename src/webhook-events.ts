// The webhook inbox: a durable, exactly-once ledger of provider events
// (migration 0008). Record an event when its webhook arrives (idempotent on
// the provider's event id), then let a worker claim, apply and complete it:
// processWebhookEvents (src/inbox.ts) does that in one transaction per batch.
// Every function is scoped to one workspace but claimWebhookEvents, which a
// worker serving every tenant runs across workspaces. Completing, failing,
// ignoring and renewing a claimed event are fenced by its claim: they need
// the `claimToken` the claim returned, so a worker whose lease expired cannot
// finish an event another worker now holds. Errors: InvalidParameterError
// before the database is touched; the typed database errors of errors.ts.
import * as ClaimWebhookEvents from '../generated/webhook-events/ClaimWebhookEvents.js';
import * as CompleteWebhookEvent from '../generated/webhook-events/CompleteWebhookEvent.js';
import * as CountWebhookEventsByStatus from '../generated/webhook-events/CountWebhookEventsByStatus.js';
import * as FailWebhookEvent from '../generated/webhook-events/FailWebhookEvent.js';
import * as GetWebhookEventByProviderEventID from '../generated/webhook-events/GetWebhookEventByProviderEventID.js';
import * as IgnoreWebhookEvent from '../generated/webhook-events/IgnoreWebhookEvent.js';
import * as ListWebhookEventsByStatus from '../generated/webhook-events/ListWebhookEventsByStatus.js';
import * as PurgeWebhookEvents from '../generated/webhook-events/PurgeWebhookEvents.js';
import * as RecordWebhookEvent from '../generated/webhook-events/RecordWebhookEvent.js';
import * as RenewWebhookEventLease from '../generated/webhook-events/RenewWebhookEventLease.js';
import * as RetryWebhookEvent from '../generated/webhook-events/RetryWebhookEvent.js';
import { PaymentSyncDbError } from './errors.js';
import { integer, jsonObject, text, timestamp, uuid, type ParamRules } from './params.js';
import {
  changed,
  inBatches,
  list,
  many,
  one,
  sameQuery,
  type Db,
  type Narrow,
  type ParamsOf,
  type ResultOf,
} from './query.js';
import { WEBHOOK_EVENT_STATUSES, type WebhookEventStatus } from './vocabulary.js';

export type WebhookEvent = Narrow<
  GetWebhookEventByProviderEventID.IGetWebhookEventByProviderEventIdResult,
  WebhookEventStatus,
  'eventType'
>;

/** A non-empty error message, stored as given (text() refuses NUL and lone surrogates). */
const errorMessage = text(100_000);

const rules: ParamRules = {
  // The provider's own event type (`customer.updated`), not a sync event type.
  eventType: text(255),
  providerEventId: text(255),
  occurredAt: timestamp,
  leaseSeconds: integer(1, 86_400),
  maxAttempts: integer(1, 1_000),
  baseSeconds: integer(0, 86_400),
  maxBackoffSeconds: integer(0, 7 * 86_400),
  lastError: errorMessage,
  claimToken: uuid,
  // The event as received: a JSON object, stored as given (strictJson refuses what JSON.stringify would alter).
  payload: jsonObject,
};
const options = { status: WEBHOOK_EVENT_STATUSES, verbatim: ['eventType'] as const, rules };

const insert = one(RecordWebhookEvent.recordWebhookEvent, options);
/**
 * Records a provider event, pending and due at once: `payload` (a JSON object, the event as
 * received), `eventType` (the provider's own, e.g. `customer.updated`), `occurredAt` (when the
 * provider says it happened: claims go oldest first), and optionally the object it is about
 * (`entityType`, `externalId`). Idempotent on (workspace, provider, `providerEventId`): a
 * redelivery changes nothing and resolves to `{ duplicate: true, event }` with the stored event
 * (read by a second statement: a new event costs one plain insert, a redelivery two statements).
 */
export const recordWebhookEvent = sameQuery(
  insert,
  async (db: Db, params: Parameters<typeof insert>[1]): Promise<{ duplicate: boolean; event: WebhookEvent }> => {
    // Three attempts: between a redelivery's insert and its read, the stored event can be purged,
    // and then the next insert records it again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const recorded = await insert(db, params);
      if (recorded) return { duplicate: false, event: recorded as WebhookEvent };
      const event = await getWebhookEventByProviderEventID(db, {
        workspaceId: params.workspaceId,
        providerName: params.providerName,
        providerEventId: params.providerEventId,
      });
      if (event) return { duplicate: true, event };
    }
    throw new PaymentSyncDbError('the event was purged and recorded again three times running; try again', {
      code: 'UPSERT_CONTENDED',
    });
  },
);
/**
 * ACROSS WORKSPACES (a worker serves every tenant), or one when `workspaceId` is given; one
 * provider when `providerName` is given. Claims up to `limit` due events (pending; failed whose
 * backoff has passed; processing whose lease expired), oldest `occurredAt` first, with FOR UPDATE
 * SKIP LOCKED: concurrent workers never claim the same event. Each becomes processing for
 * `leaseSeconds`, `attempts` + 1, with a new `claimToken` its completion must present.
 */
export const claimWebhookEvents = many(ClaimWebhookEvents.claimWebhookEvents, options);
/**
 * Marks the claimed event processed, only for the claim that holds it (`claimToken`). Run it in
 * the transaction of the event's effect. The event, or null when the claim no longer holds it.
 */
export const completeWebhookEvent = one(CompleteWebhookEvent.completeWebhookEvent, options);
/**
 * Records the claimed event's failure (`lastError`), only for the claim that holds it: `dead` after
 * `maxAttempts` attempts, else `failed` and due again after `baseSeconds * 2^(attempts - 1)` (at
 * most `maxBackoffSeconds`) times a random factor in [0.5, 1). The event, or null when the claim no
 * longer holds it.
 */
export const failWebhookEvent = one(FailWebhookEvent.failWebhookEvent, options);
/**
 * Marks the event ignored: with `claimToken`, the claimed event (fenced as completeWebhookEvent);
 * without, an event nobody holds (pending, failed, dead). The event, or null.
 */
export const ignoreWebhookEvent = one(IgnoreWebhookEvent.ignoreWebhookEvent, options);
/** Extends a claimed event's lease by `leaseSeconds` from now, fenced by its claim. The event, or null. */
export const renewWebhookEventLease = one(RenewWebhookEventLease.renewWebhookEventLease, options);
/** Sends a dead or failed event back to pending, attempts reset. The event, or null. */
export const retryWebhookEvent = one(RetryWebhookEvent.retryWebhookEvent, options);
/** The event the provider knows by `providerEventId`, or null. */
export const getWebhookEventByProviderEventID = one(
  GetWebhookEventByProviderEventID.getWebhookEventByProviderEventId,
  options,
);
/** A page of the events in `status`, oldest received first: cursor (receivedAt, id). */
export const listWebhookEventsByStatus = list(ListWebhookEventsByStatus.listWebhookEventsByStatus, {
  ...options,
  cursor: { receivedAt: 'timestamp', id: 'uuid' },
});
/** The number of the workspace's events in each status: `{ pending, processing, processed, failed, dead, ignored }`. */
export const countWebhookEventsByStatus = one(CountWebhookEventsByStatus.countWebhookEventsByStatus, options);

/**
 * Deletes the processed and ignored events received before `olderThan`, `limit` (1 to 1,000,
 * default 1,000) at a time, each batch its own statement, until a batch comes back short; pending, processing,
 * failed and dead events are never purged. Resolves to the number of rows deleted.
 */
export const purgeWebhookEvents = inBatches(changed(PurgeWebhookEvents.purgeWebhookEvents, options));

// Each query's params and result by name (also exported by the package): <Name>Params, <Name>Result.
export type ClaimWebhookEventsParams = ParamsOf<typeof claimWebhookEvents>;
export type ClaimWebhookEventsResult = ResultOf<typeof claimWebhookEvents>;
export type CompleteWebhookEventParams = ParamsOf<typeof completeWebhookEvent>;
export type CompleteWebhookEventResult = ResultOf<typeof completeWebhookEvent>;
export type CountWebhookEventsByStatusParams = ParamsOf<typeof countWebhookEventsByStatus>;
export type CountWebhookEventsByStatusResult = ResultOf<typeof countWebhookEventsByStatus>;
export type FailWebhookEventParams = ParamsOf<typeof failWebhookEvent>;
export type FailWebhookEventResult = ResultOf<typeof failWebhookEvent>;
export type GetWebhookEventByProviderEventIDParams = ParamsOf<typeof getWebhookEventByProviderEventID>;
export type GetWebhookEventByProviderEventIDResult = ResultOf<typeof getWebhookEventByProviderEventID>;
export type IgnoreWebhookEventParams = ParamsOf<typeof ignoreWebhookEvent>;
export type IgnoreWebhookEventResult = ResultOf<typeof ignoreWebhookEvent>;
export type ListWebhookEventsByStatusParams = ParamsOf<typeof listWebhookEventsByStatus>;
export type ListWebhookEventsByStatusResult = ResultOf<typeof listWebhookEventsByStatus>;
export type PurgeWebhookEventsParams = ParamsOf<typeof purgeWebhookEvents>;
export type PurgeWebhookEventsResult = ResultOf<typeof purgeWebhookEvents>;
export type RecordWebhookEventParams = ParamsOf<typeof recordWebhookEvent>;
export type RecordWebhookEventResult = ResultOf<typeof recordWebhookEvent>;
export type RenewWebhookEventLeaseParams = ParamsOf<typeof renewWebhookEventLease>;
export type RenewWebhookEventLeaseResult = ResultOf<typeof renewWebhookEventLease>;
export type RetryWebhookEventParams = ParamsOf<typeof retryWebhookEvent>;
export type RetryWebhookEventResult = ResultOf<typeof retryWebhookEvent>;
