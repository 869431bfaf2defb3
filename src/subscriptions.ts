// Subscriptions: every function is scoped to one workspace (`workspaceId`) and
// sees only live (not soft-deleted) rows. `status` is Stripe's subscription
// vocabulary (SUBSCRIPTION_STATUSES), checked before the database is touched.
// A subscription's customer and price must belong to its own workspace: the
// composite foreign keys refuse anything else (ForeignKeyViolationError).
// Errors: InvalidParameterError before the database is touched; the typed
// database errors of errors.ts (CheckViolationError for a period end before
// its start).
import * as BulkDeleteSubscriptionsWithSync from '../generated/subscriptions/BulkDeleteSubscriptionsWithSync.js';
import * as BulkUpsertSubscriptionsWithSync from '../generated/subscriptions/BulkUpsertSubscriptionsWithSync.js';
import * as CreateSubscription from '../generated/subscriptions/CreateSubscription.js';
import * as CreateSubscriptionWithSync from '../generated/subscriptions/CreateSubscriptionWithSync.js';
import * as DeleteSubscription from '../generated/subscriptions/DeleteSubscription.js';
import * as DeleteSubscriptionWithSync from '../generated/subscriptions/DeleteSubscriptionWithSync.js';
import * as GetSubscription from '../generated/subscriptions/GetSubscription.js';
import * as GetSubscriptionByExternalID from '../generated/subscriptions/GetSubscriptionByExternalID.js';
import * as GetSubscriptionsNeedingSync from '../generated/subscriptions/GetSubscriptionsNeedingSync.js';
import * as GetSubscriptionsSyncedByProvider from '../generated/subscriptions/GetSubscriptionsSyncedByProvider.js';
import * as GetSubscriptionsWithSyncConflicts from '../generated/subscriptions/GetSubscriptionsWithSyncConflicts.js';
import * as ListSubscriptions from '../generated/subscriptions/ListSubscriptions.js';
import * as UpdateSubscription from '../generated/subscriptions/UpdateSubscription.js';
import * as UpdateSubscriptionPaymentSyncStatus from '../generated/subscriptions/UpdateSubscriptionPaymentSyncStatus.js';
import * as UpdateSubscriptionWithSync from '../generated/subscriptions/UpdateSubscriptionWithSync.js';
import { allOf, eitherOf, eitherOfEach, sameLength } from './params.js';
import {
  changed,
  DELETE_OUTCOMES,
  list,
  NEEDING_SYNC_CURSOR,
  one,
  SYNC_OUTCOMES,
  tally,
  upsert,
  type Narrow,
  type ParamsOf,
  type ResultOf,
} from './query.js';
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
 * omitted optional field becomes null/default). The customer and the price
 * are named by the library's ids (`customerId`, `priceId`) or by the
 * provider's (`customerExternalId`, `priceExternalId`), exactly one of each
 * pair: a parent named by provider id that was not synced yet is created as a
 * placeholder (pending) in the same statement, which its own snapshot fills
 * later. Resolves to `{ outcome, row }`: `created`, `updated`, `unchanged`
 * (same providerUpdatedAt and content: nothing written) or `stale` (the
 * stored row, or a provider tombstone, is as new or newer: nothing written;
 * `row` is the stored one). ForeignKeyViolationError and CheckViolationError
 * as for createSubscription.
 */
export const createSubscriptionWithSync = upsert(CreateSubscriptionWithSync.createSubscriptionWithSync, {
  ...options,
  outcomes: SYNC_OUTCOMES,
  check: allOf(eitherOf('customerId', 'customerExternalId'), eitherOf('priceId', 'priceExternalId')),
});
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
/**
 * The provider deleted the subscription as of `providerUpdatedAt`: a monotonic
 * tombstone by (workspace, provider, external id) that keeps the time, so that
 * a later write as old or older is stale and only a strictly newer one revives
 * the same row. A subscription never seen leaves a tombstone too. Resolves to
 * `{ outcome, row }`: `deleted` (the tombstone, `deletedAt` set), `unchanged`
 * (already a tombstone of this time) or `stale` (the stored row is newer);
 * nothing is written but for `deleted`.
 */
export const deleteSubscriptionWithSync = upsert(DeleteSubscriptionWithSync.deleteSubscriptionWithSync, {
  ...options,
  outcomes: DELETE_OUTCOMES,
});
/**
 * deleteSubscriptionWithSync for many external ids (one array parameter, up to 1,000,000) and one
 * `providerUpdatedAt` (e.g. a backfill's "these ids are gone"), in ONE statement. Resolves to
 * `{ deleted, unchanged, stale }`, which add up to the number of distinct ids.
 */
export const bulkDeleteSubscriptionsWithSync = tally(BulkDeleteSubscriptionsWithSync.bulkDeleteSubscriptionsWithSync);
/**
 * A page of live subscriptions pending or failed: first those the provider never described
 * (placeholders: `providerUpdatedAt` null), then the others, each in the order it entered the queue
 * (`paymentSyncStatusChangedAt`, the time of its last change of sync status: a row keeps its place
 * while it waits, whatever else is written to it).
 */
export const getSubscriptionsNeedingSync = list(GetSubscriptionsNeedingSync.getSubscriptionsNeedingSync, {
  ...options,
  cursor: NEEDING_SYNC_CURSOR,
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
 * column, element i of each describing object i: `externalIds`, the
 * parents (element i of `customerIds` or `customerExternalIds`, and of
 * `priceIds` or `priceExternalIds`: the library's id or the provider's, a
 * missing parent created as a placeholder),
 * `statuses` (SUBSCRIPTION_STATUSES) and `providerUpdatedAts: Date[]`
 * (required, no null element); `quantities`, `currentPeriodStarts`,
 * `currentPeriodEnds`, `cancelAtPeriodEnds`, `canceledAts`, `trialEnds`,
 * `metadatas`, `providerDatas` (optional; an omitted array or a null element
 * means the single-row default: quantity 1, cancelAtPeriodEnd false, dates
 * null, metadata {}). `workspaceId`, `paymentProvider` and the optional
 * `paymentSyncStatus` (default `synced`) hold for the whole batch. An
 * external id given twice keeps its newest object (the later on a tie); the
 * others count as stale. Resolves to `{ inserted, updated, unchanged,
 * stale }` (unchanged and stale objects' rows are not written). One
 * customer or price id not of this workspace: ForeignKeyViolationError and
 * nothing written; a period end before its start: CheckViolationError and
 * nothing written.
 * Refused with InvalidParameterError, before the database is touched: arrays
 * of unequal length, an empty batch, a bad element (named `param[i]`).
 * One statement: nothing is written when it fails (e.g. a database error).
 */
export const bulkUpsertSubscriptionsWithSync = tally(BulkUpsertSubscriptionsWithSync.bulkUpsertSubscriptionsWithSync, {
  status: SUBSCRIPTION_STATUSES,
  check: allOf(
    sameLength(
      'externalIds',
      'customerIds',
      'customerExternalIds',
      'priceIds',
      'priceExternalIds',
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
    eitherOfEach('customerIds', 'customerExternalIds', 'externalIds'),
    eitherOfEach('priceIds', 'priceExternalIds', 'externalIds'),
  ),
});

// Each query's params and result by name (also exported by the package): <Name>Params, <Name>Result.
export type BulkDeleteSubscriptionsWithSyncParams = ParamsOf<typeof bulkDeleteSubscriptionsWithSync>;
export type BulkDeleteSubscriptionsWithSyncResult = ResultOf<typeof bulkDeleteSubscriptionsWithSync>;
export type BulkUpsertSubscriptionsWithSyncParams = ParamsOf<typeof bulkUpsertSubscriptionsWithSync>;
export type BulkUpsertSubscriptionsWithSyncResult = ResultOf<typeof bulkUpsertSubscriptionsWithSync>;
export type CreateSubscriptionParams = ParamsOf<typeof createSubscription>;
export type CreateSubscriptionResult = ResultOf<typeof createSubscription>;
export type CreateSubscriptionWithSyncParams = ParamsOf<typeof createSubscriptionWithSync>;
export type CreateSubscriptionWithSyncResult = ResultOf<typeof createSubscriptionWithSync>;
export type DeleteSubscriptionParams = ParamsOf<typeof deleteSubscription>;
export type DeleteSubscriptionResult = ResultOf<typeof deleteSubscription>;
export type DeleteSubscriptionWithSyncParams = ParamsOf<typeof deleteSubscriptionWithSync>;
export type DeleteSubscriptionWithSyncResult = ResultOf<typeof deleteSubscriptionWithSync>;
export type GetSubscriptionParams = ParamsOf<typeof getSubscription>;
export type GetSubscriptionResult = ResultOf<typeof getSubscription>;
export type GetSubscriptionByExternalIDParams = ParamsOf<typeof getSubscriptionByExternalID>;
export type GetSubscriptionByExternalIDResult = ResultOf<typeof getSubscriptionByExternalID>;
export type GetSubscriptionsNeedingSyncParams = ParamsOf<typeof getSubscriptionsNeedingSync>;
export type GetSubscriptionsNeedingSyncResult = ResultOf<typeof getSubscriptionsNeedingSync>;
export type GetSubscriptionsSyncedByProviderParams = ParamsOf<typeof getSubscriptionsSyncedByProvider>;
export type GetSubscriptionsSyncedByProviderResult = ResultOf<typeof getSubscriptionsSyncedByProvider>;
export type GetSubscriptionsWithSyncConflictsParams = ParamsOf<typeof getSubscriptionsWithSyncConflicts>;
export type GetSubscriptionsWithSyncConflictsResult = ResultOf<typeof getSubscriptionsWithSyncConflicts>;
export type ListSubscriptionsParams = ParamsOf<typeof listSubscriptions>;
export type ListSubscriptionsResult = ResultOf<typeof listSubscriptions>;
export type UpdateSubscriptionParams = ParamsOf<typeof updateSubscription>;
export type UpdateSubscriptionResult = ResultOf<typeof updateSubscription>;
export type UpdateSubscriptionPaymentSyncStatusParams = ParamsOf<typeof updateSubscriptionPaymentSyncStatus>;
export type UpdateSubscriptionPaymentSyncStatusResult = ResultOf<typeof updateSubscriptionPaymentSyncStatus>;
export type UpdateSubscriptionWithSyncParams = ParamsOf<typeof updateSubscriptionWithSync>;
export type UpdateSubscriptionWithSyncResult = ResultOf<typeof updateSubscriptionWithSync>;
