// Customers: every function is scoped to one workspace (`workspaceId`) and
// sees only live (not soft-deleted) rows. Errors: InvalidParameterError
// before the database is touched; the typed database errors of errors.ts.
import * as BulkDeleteCustomersWithSync from '../generated/customers/BulkDeleteCustomersWithSync.js';
import * as BulkUpsertCustomersWithSync from '../generated/customers/BulkUpsertCustomersWithSync.js';
import * as CreateCustomer from '../generated/customers/CreateCustomer.js';
import * as CreateCustomerWithSync from '../generated/customers/CreateCustomerWithSync.js';
import * as DeleteCustomer from '../generated/customers/DeleteCustomer.js';
import * as DeleteCustomerWithSync from '../generated/customers/DeleteCustomerWithSync.js';
import * as GetCustomer from '../generated/customers/GetCustomer.js';
import * as GetCustomerByExternalID from '../generated/customers/GetCustomerByExternalID.js';
import * as GetCustomersByExternalIDs from '../generated/customers/GetCustomersByExternalIDs.js';
import * as GetCustomersNeedingSync from '../generated/customers/GetCustomersNeedingSync.js';
import * as GetCustomersSyncedByProvider from '../generated/customers/GetCustomersSyncedByProvider.js';
import * as GetCustomersWithSyncConflicts from '../generated/customers/GetCustomersWithSyncConflicts.js';
import * as ListCustomers from '../generated/customers/ListCustomers.js';
import * as UpdateCustomer from '../generated/customers/UpdateCustomer.js';
import * as UpdateCustomerPaymentSyncStatus from '../generated/customers/UpdateCustomerPaymentSyncStatus.js';
import * as UpdateCustomerWithSync from '../generated/customers/UpdateCustomerWithSync.js';
import { sameLength } from './params.js';
import {
  changed,
  DELETE_OUTCOMES,
  list,
  many,
  NEEDING_SYNC_CURSOR,
  one,
  SYNC_OUTCOMES,
  tally,
  upsert,
  type Narrow,
  type ParamsOf,
  type ResultOf,
} from './query.js';

// The payment-sync queries about customers, also exported from `syncStatus`.
export {
  getCustomersByPaymentProvider,
  getCustomersByPaymentSyncStatus,
  updateCustomerSyncStatus,
  bulkUpdateCustomerSyncStatus,
} from './sync-status.js';

export type Customer = Narrow<GetCustomer.IGetCustomerResult>;

/** The live customer with this id, or null. */
export const getCustomer = one(GetCustomer.getCustomer);
/** The live customer a provider knows by `externalId`, or null. */
export const getCustomerByExternalID = one(GetCustomerByExternalID.getCustomerByExternalId);
/** A page of live customers in (createdAt, id) order; pass the last row as `after` for the next. */
export const listCustomers = list(ListCustomers.listCustomers);
/**
 * Inserts a locally created customer (status pending). Resolves to the new row. UniqueViolationError
 * if the provider reference is taken; CheckViolationError for an email or name over 512 characters,
 * or an externalId without a paymentProvider.
 */
export const createCustomer = one(CreateCustomer.createCustomer);
/**
 * Idempotent, monotonic upsert of a provider's customer by (workspace,
 * provider, external id). Resolves to `{ outcome, row }`: `created`,
 * `updated` (a newer snapshot, or the same time with other content),
 * `unchanged` (the same time and content: nothing written, `row` as stored)
 * or `stale` (the stored row is newer, or a provider tombstone as new:
 * nothing written, `row` is the stored one, `deletedAt` set for a
 * tombstone). A strictly newer snapshot revives a tombstone (same id) and
 * fills a placeholder. CheckViolationError for an email or name over 512
 * characters.
 */
export const createCustomerWithSync = upsert(CreateCustomerWithSync.createCustomerWithSync, {
  outcomes: SYNC_OUTCOMES,
});
/**
 * Changes the given fields (an omitted one keeps its value), marks the customer pending, adds 1 to
 * the version. The updated row, or null. CheckViolationError for an email or name over 512 characters.
 */
export const updateCustomer = one(UpdateCustomer.updateCustomer);
/**
 * Applies a provider's view by id (monotonic on providerUpdatedAt). The updated row, or null when
 * absent or stale; the stored row as it was (same version, nothing written) for an unchanged replay
 * (same providerUpdatedAt and content). UniqueViolationError if a new provider reference is taken;
 * CheckViolationError as for createCustomer.
 */
export const updateCustomerWithSync = one(UpdateCustomerWithSync.updateCustomerWithSync);
/** Soft-deletes the customer (a local delete: the next sync creates the provider object anew). Resolves to rows changed (0 or 1). */
export const deleteCustomer = changed(DeleteCustomer.deleteCustomer);
/**
 * The provider deleted the customer as of `providerUpdatedAt`: a monotonic
 * tombstone by (workspace, provider, external id), which keeps the time, so
 * that a later write as old or older is stale and only a strictly newer one
 * revives the same row. A customer never seen leaves a tombstone too.
 * Resolves to `{ outcome, row }`: `deleted` (the tombstone, `deletedAt` set),
 * `unchanged` (already a tombstone of this time) or `stale` (the stored row is
 * newer); nothing is written but for `deleted`.
 */
export const deleteCustomerWithSync = upsert(DeleteCustomerWithSync.deleteCustomerWithSync, {
  outcomes: DELETE_OUTCOMES,
});
/**
 * deleteCustomerWithSync for many external ids (one array parameter, up to 1,000,000) and one
 * `providerUpdatedAt` (e.g. a backfill's "these ids are gone"), in ONE statement. Resolves to
 * `{ deleted, unchanged, stale }`, which add up to the number of distinct ids.
 */
export const bulkDeleteCustomersWithSync = tally(BulkDeleteCustomersWithSync.bulkDeleteCustomersWithSync);
/**
 * The live customers of `paymentProvider` among `externalIds` (one array parameter, up to
 * 1,000,000), in (createdAt, id) order; unknown ids are simply absent. Not paginated.
 */
export const getCustomersByExternalIDs = many(GetCustomersByExternalIDs.getCustomersByExternalIDs);
/**
 * A page of live customers pending or failed: first those the provider never described
 * (placeholders: `providerUpdatedAt` null), then the others, each in the order it entered the queue
 * (`paymentSyncStatusChangedAt`, the time of its last change of sync status: a row keeps its place
 * while it waits, whatever else is written to it).
 */
export const getCustomersNeedingSync = list(GetCustomersNeedingSync.getCustomersNeedingSync, {
  cursor: NEEDING_SYNC_CURSOR,
});
/** A page of live customers synced with `paymentProvider`, in (createdAt, id) order. */
export const getCustomersSyncedByProvider = list(GetCustomersSyncedByProvider.getCustomersSyncedByProvider);
/**
 * Sets the sync status only if the stored version equals `expectedVersion`;
 * adds 1 to it. The row, or null when another writer got there first.
 * UniqueViolationError if a new external id is taken.
 */
export const updateCustomerPaymentSyncStatus = one(UpdateCustomerPaymentSyncStatus.updateCustomerPaymentSyncStatus);
/** A page of live customers in sync conflict, in (createdAt, id) order. */
export const getCustomersWithSyncConflicts = list(GetCustomersWithSyncConflicts.getCustomersWithSyncConflicts);
/**
 * Idempotent, monotonic upsert of a batch of provider customers in ONE
 * statement (createCustomerWithSync for many objects; 100,000 per call is
 * ordinary). One array per column, element i of each describing object i:
 * `externalIds: string[]` and `providerUpdatedAts: Date[]` (required),
 * `emails`, `names: (string | null)[]`, `metadatas`, `providerDatas:
 * (object | null)[]` (optional; an omitted array or a null element means the
 * single-row default: null, metadata {}). `workspaceId`, `paymentProvider`
 * and the optional `paymentSyncStatus` (default `synced`) hold for the whole
 * batch. An external id given twice keeps its newest object (the later on a
 * tie); the others count as stale. Resolves to `{ inserted, updated,
 * unchanged, stale }`, which add up to the batch size: an unchanged object
 * (same time and content as stored) or a stale one (older than the stored
 * row, or than a tombstone) is left alone, its row not even locked.
 * Refused with InvalidParameterError, before the database is touched: arrays
 * of unequal length, an empty batch, a bad element (named `param[i]`).
 * One statement: nothing is written when it fails (e.g. CheckViolationError
 * for an email or name over 512 characters).
 */
export const bulkUpsertCustomersWithSync = tally(BulkUpsertCustomersWithSync.bulkUpsertCustomersWithSync, {
  check: sameLength('externalIds', 'providerUpdatedAts', 'emails', 'names', 'metadatas', 'providerDatas'),
});

// Each query's params and result by name (also exported by the package): <Name>Params, <Name>Result.
export type BulkDeleteCustomersWithSyncParams = ParamsOf<typeof bulkDeleteCustomersWithSync>;
export type BulkDeleteCustomersWithSyncResult = ResultOf<typeof bulkDeleteCustomersWithSync>;
export type BulkUpsertCustomersWithSyncParams = ParamsOf<typeof bulkUpsertCustomersWithSync>;
export type BulkUpsertCustomersWithSyncResult = ResultOf<typeof bulkUpsertCustomersWithSync>;
export type CreateCustomerParams = ParamsOf<typeof createCustomer>;
export type CreateCustomerResult = ResultOf<typeof createCustomer>;
export type CreateCustomerWithSyncParams = ParamsOf<typeof createCustomerWithSync>;
export type CreateCustomerWithSyncResult = ResultOf<typeof createCustomerWithSync>;
export type DeleteCustomerParams = ParamsOf<typeof deleteCustomer>;
export type DeleteCustomerResult = ResultOf<typeof deleteCustomer>;
export type DeleteCustomerWithSyncParams = ParamsOf<typeof deleteCustomerWithSync>;
export type DeleteCustomerWithSyncResult = ResultOf<typeof deleteCustomerWithSync>;
export type GetCustomerParams = ParamsOf<typeof getCustomer>;
export type GetCustomerResult = ResultOf<typeof getCustomer>;
export type GetCustomerByExternalIDParams = ParamsOf<typeof getCustomerByExternalID>;
export type GetCustomerByExternalIDResult = ResultOf<typeof getCustomerByExternalID>;
export type GetCustomersByExternalIDsParams = ParamsOf<typeof getCustomersByExternalIDs>;
export type GetCustomersByExternalIDsResult = ResultOf<typeof getCustomersByExternalIDs>;
export type GetCustomersNeedingSyncParams = ParamsOf<typeof getCustomersNeedingSync>;
export type GetCustomersNeedingSyncResult = ResultOf<typeof getCustomersNeedingSync>;
export type GetCustomersSyncedByProviderParams = ParamsOf<typeof getCustomersSyncedByProvider>;
export type GetCustomersSyncedByProviderResult = ResultOf<typeof getCustomersSyncedByProvider>;
export type GetCustomersWithSyncConflictsParams = ParamsOf<typeof getCustomersWithSyncConflicts>;
export type GetCustomersWithSyncConflictsResult = ResultOf<typeof getCustomersWithSyncConflicts>;
export type ListCustomersParams = ParamsOf<typeof listCustomers>;
export type ListCustomersResult = ResultOf<typeof listCustomers>;
export type UpdateCustomerParams = ParamsOf<typeof updateCustomer>;
export type UpdateCustomerResult = ResultOf<typeof updateCustomer>;
export type UpdateCustomerPaymentSyncStatusParams = ParamsOf<typeof updateCustomerPaymentSyncStatus>;
export type UpdateCustomerPaymentSyncStatusResult = ResultOf<typeof updateCustomerPaymentSyncStatus>;
export type UpdateCustomerWithSyncParams = ParamsOf<typeof updateCustomerWithSync>;
export type UpdateCustomerWithSyncResult = ResultOf<typeof updateCustomerWithSync>;
