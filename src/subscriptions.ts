// Subscriptions: every function is scoped to one workspace (`workspaceId`) and
// sees only live (not soft-deleted) rows. `status` is Stripe's subscription
// vocabulary (SUBSCRIPTION_STATUSES), checked before the database is touched.
// A subscription's customer and price must belong to its own workspace: the
// composite foreign keys refuse anything else (ForeignKeyViolationError).
// Errors: InvalidParameterError before the database is touched; the typed
// database errors of errors.ts (CheckViolationError for a period end before
// its start).
import * as BulkUpsertSubscriptionsWithSync from '../generated/subscriptions/BulkUpsertSubscriptionsWithSync.js';
import * as CreateSubscription from '../generated/subscriptions/CreateSubscription.js';
import * as CreateSubscriptionWithSync from '../generated/subscriptions/CreateSubscriptionWithSync.js';
import * as DeleteSubscription from '../generated/subscriptions/DeleteSubscription.js';
import * as GetSubscription from '../generated/subscriptions/GetSubscription.js';
import * as GetSubscriptionByExternalID from '../generated/subscriptions/GetSubscriptionByExternalID.js';
import * as GetSubscriptionsNeedingSync from '../generated/subscriptions/GetSubscriptionsNeedingSync.js';
import * as GetSubscriptionsSyncedByProvider from '../generated/subscriptions/GetSubscriptionsSyncedByProvider.js';
import * as GetSubscriptionsWithSyncConflicts from '../generated/subscriptions/GetSubscriptionsWithSyncConflicts.js';
import * as ListSubscriptions from '../generated/subscriptions/ListSubscriptions.js';
import * as UpdateSubscription from '../generated/subscriptions/UpdateSubscription.js';
import * as UpdateSubscriptionPaymentSyncStatus from '../generated/subscriptions/UpdateSubscriptionPaymentSyncStatus.js';
import * as UpdateSubscriptionWithSync from '../generated/subscriptions/UpdateSubscriptionWithSync.js';
import { sameLength } from './params.js';
import { changed, list, one, tally, upsert, type Narrow } from './query.js';
import { SUBSCRIPTION_STATUSES, type SubscriptionStatus } from './vocabulary.js';

// The payment-sync queries about subscriptions, also exported from `syncStatus`.
export {
  getSubscriptionsByPaymentProvider,
  getSubscriptionsByPaymentSyncStatus,
  updateSubscriptionSyncStatus,
  bulkUpdateSubscriptionSyncStatus,
} from './sync-status.js';

export type Subscription = Narrow<GetSubscription.IGetSubscriptionResult, SubscriptionStatus>;

const options = { status: SUBSCRIPTION_STATUSES };

/** The live subscription with this id, or null. */
export const getSubscription = one(GetSubscription.getSubscription, options);
/** The live subscription a provider knows by `externalId`, or null. */
export const getSubscriptionByExternalID = one(GetSubscriptionByExternalID.getSubscriptionByExternalId, options);
/** A page of live subscriptions in (createdAt, id) order; pass the last row as `after` for the next. */
export const listSubscriptions = list(ListSubscriptions.listSubscriptions, options);
/**
 * Inserts a locally created subscription (sync status pending, quantity 1 by
 * default). ForeignKeyViolationError if the customer or price is not of this
 * workspace; UniqueViolationError if the provider reference is taken;
 * CheckViolationError if the period ends before it starts.
 */
export const createSubscription = one(CreateSubscription.createSubscription, options);
/**
 * Idempotent, monotonic upsert of a provider's subscription by (workspace,
 * provider, external id): the provider object replaces the stored state (an
 * omitted optional field becomes null/default). `customerId` and `priceId`
 * are the library's ids, not the provider's: resolve them first (e.g. with
 * `customers.getCustomerByExternalID`, `prices.getPriceByExternalID`).
 * Resolves to `{ outcome, row }`: `created`, `updated`, or `stale` (the
 * stored providerUpdatedAt is newer; nothing changed and `row` is the stored
 * one). ForeignKeyViolationError and CheckViolationError as for
 * createSubscription.
 */
export const createSubscriptionWithSync = upsert(
  CreateSubscriptionWithSync.createSubscriptionWithSync,
  GetSubscriptionByExternalID.getSubscriptionByExternalId,
  options,
);
/**
 * Changes the given fields (an omitted or null field keeps its value), marks
 * the subscription pending, adds 1 to the version. The row, or null.
 * ForeignKeyViolationError / CheckViolationError as for createSubscription.
 */
export const updateSubscription = one(UpdateSubscription.updateSubscription, options);
/**
 * Applies a provider's view by id (monotonic on providerUpdatedAt). The updated row, or null when
 * absent or stale. UniqueViolationError if a new provider reference is taken;
 * ForeignKeyViolationError and CheckViolationError as for createSubscription.
 */
export const updateSubscriptionWithSync = one(UpdateSubscriptionWithSync.updateSubscriptionWithSync, options);
/** Soft-deletes the subscription. Resolves to rows changed (0 or 1). */
export const deleteSubscription = changed(DeleteSubscription.deleteSubscription, options);
/** A page of live subscriptions pending or failed, oldest change first: cursor (updatedAt, id). */
export const getSubscriptionsNeedingSync = list(GetSubscriptionsNeedingSync.getSubscriptionsNeedingSync, {
  ...options,
  cursor: { updatedAt: 'timestamp', id: 'uuid' },
});
/** A page of live subscriptions synced with `paymentProvider`, in (createdAt, id) order. */
export const getSubscriptionsSyncedByProvider = list(
  GetSubscriptionsSyncedByProvider.getSubscriptionsSyncedByProvider,
  options,
);
/**
 * Sets the sync status only if the stored version equals `expectedVersion`;
 * adds 1 to it. The row, or null when another writer got there first.
 * UniqueViolationError if a new external id is taken.
 */
export const updateSubscriptionPaymentSyncStatus = one(
  UpdateSubscriptionPaymentSyncStatus.updateSubscriptionPaymentSyncStatus,
  options,
);
/** A page of live subscriptions in sync conflict, in (createdAt, id) order. */
export const getSubscriptionsWithSyncConflicts = list(
  GetSubscriptionsWithSyncConflicts.getSubscriptionsWithSyncConflicts,
  options,
);
/**
 * Idempotent, monotonic upsert of a batch of provider subscriptions in ONE
 * statement (createSubscriptionWithSync for many objects). One array per
 * column, element i of each describing object i: `externalIds`,
 * `customerIds`, `priceIds` (the library's ids, of this workspace),
 * `statuses` (SUBSCRIPTION_STATUSES) and `providerUpdatedAts: Date[]`
 * (required, no null element); `quantities`, `currentPeriodStarts`,
 * `currentPeriodEnds`, `cancelAtPeriodEnds`, `canceledAts`, `trialEnds`,
 * `metadatas`, `providerDatas` (optional; an omitted array or a null element
 * means the single-row default: quantity 1, cancelAtPeriodEnd false, dates
 * null, metadata {}). `workspaceId`, `paymentProvider` and the optional
 * `paymentSyncStatus` (default `synced`) hold for the whole batch. An
 * external id given twice keeps its newest object (the later on a tie); the
 * others count as stale. Resolves to `{ inserted, updated, stale }`. One
 * customer or price id not of this workspace: ForeignKeyViolationError and
 * nothing written; a period end before its start: CheckViolationError and
 * nothing written.
 * Refused with InvalidParameterError, before the database is touched: arrays
 * of unequal length, an empty batch, a bad element (named `param[i]`).
 * One statement: nothing is written when it fails (e.g. a database error).
 */
export const bulkUpsertSubscriptionsWithSync = tally(BulkUpsertSubscriptionsWithSync.bulkUpsertSubscriptionsWithSync, {
  status: SUBSCRIPTION_STATUSES,
  check: sameLength(
    'externalIds',
    'customerIds',
    'priceIds',
    'statuses',
    'providerUpdatedAts',
    'quantities',
    'currentPeriodStarts',
    'currentPeriodEnds',
    'cancelAtPeriodEnds',
    'canceledAts',
    'trialEnds',
    'metadatas',
    'providerDatas',
  ),
});
