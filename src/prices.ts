// Prices: every function is scoped to one workspace (`workspaceId`) and sees
// only live (not soft-deleted) rows. Amounts are exact integers in minor units
// (`unitAmount`: 0 to Number.MAX_SAFE_INTEGER); `currency` is a three-letter
// ISO 4217 code, accepted in any case and stored lower-case. A recurring
// price has `recurringInterval` and `recurringIntervalCount`, a one-time price
// neither: a mismatch is refused with CheckViolationError (constraint
// `prices_recurring_shape_check`) and nothing is written. A price can only
// reference a product of its own workspace: ForeignKeyViolationError
// otherwise. Errors: InvalidParameterError before the database is touched;
// the typed database errors of errors.ts.
import * as BulkDeletePricesWithSync from '../generated/prices/BulkDeletePricesWithSync.js';
import * as BulkUpsertPricesWithSync from '../generated/prices/BulkUpsertPricesWithSync.js';
import * as CreatePrice from '../generated/prices/CreatePrice.js';
import * as CreatePriceWithSync from '../generated/prices/CreatePriceWithSync.js';
import * as DeletePrice from '../generated/prices/DeletePrice.js';
import * as DeletePriceWithSync from '../generated/prices/DeletePriceWithSync.js';
import * as GetPrice from '../generated/prices/GetPrice.js';
import * as GetPriceByExternalID from '../generated/prices/GetPriceByExternalID.js';
import * as GetPricesNeedingSync from '../generated/prices/GetPricesNeedingSync.js';
import * as GetPricesSyncedByProvider from '../generated/prices/GetPricesSyncedByProvider.js';
import * as GetPricesWithSyncConflicts from '../generated/prices/GetPricesWithSyncConflicts.js';
import * as GetPriceWithProduct from '../generated/prices/GetPriceWithProduct.js';
import * as ListPricesByProduct from '../generated/prices/ListPricesByProduct.js';
import * as UpdatePrice from '../generated/prices/UpdatePrice.js';
import * as UpdatePricePaymentSyncStatus from '../generated/prices/UpdatePricePaymentSyncStatus.js';
import * as UpdatePriceWithSync from '../generated/prices/UpdatePriceWithSync.js';
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

// The payment-sync queries about prices, also exported from `syncStatus`.
export {
  getPricesByPaymentProvider,
  getPricesByPaymentSyncStatus,
  updatePriceSyncStatus,
  bulkUpdatePriceSyncStatus,
} from './sync-status.js';

export type Price = Narrow<GetPrice.IGetPriceResult>;
/** A price with its product's columns (`productName`, ...), null when the product is soft-deleted. */
export type PriceWithProduct = Narrow<GetPriceWithProduct.IGetPriceWithProductResult>;

/** The live price with this id, or null. */
export const getPrice = one(GetPrice.getPrice);
/**
 * The live price with this id and its product's columns (`productName`,
 * `productDescription`, `productActive`, `productMetadata`,
 * `productPaymentProvider`, `productExternalId`), or null. The product is
 * left-joined among live products: a price whose product was soft-deleted is
 * still returned, with the product columns null.
 */
export const getPriceWithProduct = one(GetPriceWithProduct.getPriceWithProduct);
/** A page of the live prices of `productId`, in (createdAt, id) order; pass the last row as `after` for the next. */
export const listPricesByProduct = list(ListPricesByProduct.listPricesByProduct);
/**
 * Inserts a locally created price (status pending; active defaults to true,
 * metadata to {}). ForeignKeyViolationError when the product is not one of
 * the workspace's, CheckViolationError for a recurring/one-time shape
 * mismatch, UniqueViolationError if the provider reference is taken.
 */
export const createPrice = one(CreatePrice.createPrice);
/**
 * Idempotent, monotonic upsert of a provider's price by (workspace, provider,
 * external id); the given object (every field, product included) replaces the
 * stored one. The product is named by the library's id (`productId`) or by
 * the provider's (`productExternalId`), exactly one of the two: a product not
 * synced yet is created as a placeholder (pending) in the same statement.
 * Resolves to `{ outcome, row }`: `created`, `updated`, `unchanged` (same
 * providerUpdatedAt and content: nothing written) or `stale` (the stored row,
 * or a provider tombstone, is as new or newer: nothing written; `row` is the
 * stored one). ForeignKeyViolationError and CheckViolationError as for
 * createPrice.
 */
export const createPriceWithSync = upsert(CreatePriceWithSync.createPriceWithSync, {
  outcomes: SYNC_OUTCOMES,
  check: eitherOf('productId', 'productExternalId'),
});
/**
 * Changes the given fields, marks the price pending, adds 1 to the version.
 * `type: 'one_time'` clears the interval and count. The updated row, or null.
 * ForeignKeyViolationError for a product not of this workspace,
 * CheckViolationError for a recurring/one-time shape mismatch.
 */
export const updatePrice = one(UpdatePrice.updatePrice);
/**
 * Applies a provider's view by id (monotonic on providerUpdatedAt). The updated row, or null when
 * absent or stale. UniqueViolationError if a new provider reference is taken;
 * ForeignKeyViolationError and CheckViolationError as for updatePrice.
 */
export const updatePriceWithSync = one(UpdatePriceWithSync.updatePriceWithSync);
/** Soft-deletes the price. Resolves to rows changed (0 or 1). */
export const deletePrice = changed(DeletePrice.deletePrice);
/**
 * The provider deleted the price as of `providerUpdatedAt`: a monotonic
 * tombstone by (workspace, provider, external id) that keeps the time, so that
 * a later write as old or older is stale and only a strictly newer one revives
 * the same row. A price never seen leaves a tombstone too. Resolves to
 * `{ outcome, row }`: `deleted` (the tombstone, `deletedAt` set), `unchanged`
 * (already a tombstone of this time) or `stale` (the stored row is newer);
 * nothing is written but for `deleted`.
 */
export const deletePriceWithSync = upsert(DeletePriceWithSync.deletePriceWithSync, {
  outcomes: DELETE_OUTCOMES,
});
/**
 * deletePriceWithSync for many external ids (one array parameter, up to 1,000,000) and one
 * `providerUpdatedAt` (e.g. a backfill's "these ids are gone"), in ONE statement. Resolves to
 * `{ deleted, unchanged, stale }`, which add up to the number of distinct ids.
 */
export const bulkDeletePricesWithSync = tally(BulkDeletePricesWithSync.bulkDeletePricesWithSync);
/**
 * A page of live prices pending or failed: first those the provider never described
 * (placeholders: `providerUpdatedAt` null), then the others, each in the order it entered the queue
 * (`paymentSyncStatusChangedAt`, the time of its last change of sync status: a row keeps its place
 * while it waits, whatever else is written to it).
 */
export const getPricesNeedingSync = list(GetPricesNeedingSync.getPricesNeedingSync, {
  cursor: NEEDING_SYNC_CURSOR,
});
/** A page of live prices synced with `paymentProvider`, in (createdAt, id) order. */
export const getPricesSyncedByProvider = list(GetPricesSyncedByProvider.getPricesSyncedByProvider);
/**
 * Sets the sync status only if the stored version equals `expectedVersion`;
 * adds 1 to it. The row, or null when another writer got there first.
 * UniqueViolationError if a new external id is taken.
 */
export const updatePricePaymentSyncStatus = one(UpdatePricePaymentSyncStatus.updatePricePaymentSyncStatus);
/** A page of live prices in sync conflict, in (createdAt, id) order. */
export const getPricesWithSyncConflicts = list(GetPricesWithSyncConflicts.getPricesWithSyncConflicts);
/** The live price a provider knows by `externalId`, or null. */
export const getPriceByExternalID = one(GetPriceByExternalID.getPriceByExternalId);
/**
 * Idempotent, monotonic upsert of a batch of provider prices in ONE statement
 * (createPriceWithSync for many objects). One array per column, element i of
 * each describing object i: `externalIds`, the product (element i of
 * `productIds` or of `productExternalIds`: the library's id, of this
 * workspace, or the provider's, a missing product created as a placeholder),
 * `currencies` (any case, stored lower-case),
 * `unitAmounts` (safe integers >= 0, minor units), `types` and
 * `providerUpdatedAts: Date[]` (required, no null element);
 * `recurringIntervals`, `recurringIntervalCounts`, `actives`, `metadatas`,
 * `providerDatas` (optional; an omitted array or a null element means the
 * single-row default: no interval, active true, metadata {}). `workspaceId`,
 * `paymentProvider` and the optional `paymentSyncStatus` (default `synced`)
 * hold for the whole batch. An external id given twice keeps its newest
 * object (the later on a tie); the others count as stale. Resolves to
 * `{ inserted, updated, unchanged, stale }` (unchanged and stale objects'
 * rows are not written). One product id not of this workspace:
 * ForeignKeyViolationError and nothing written; a recurring/one-time shape
 * mismatch: CheckViolationError and nothing written.
 * Refused with InvalidParameterError, before the database is touched: arrays
 * of unequal length, an empty batch, a bad element (named `param[i]`).
 * One statement: nothing is written when it fails (e.g. a database error).
 */
export const bulkUpsertPricesWithSync = tally(BulkUpsertPricesWithSync.bulkUpsertPricesWithSync, {
  check: allOf(
    sameLength(
      'externalIds',
      'productIds',
      'productExternalIds',
      'currencies',
      'unitAmounts',
      'types',
      'providerUpdatedAts',
      'recurringIntervals',
      'recurringIntervalCounts',
      'actives',
      'metadatas',
      'providerDatas',
    ),
    eitherOfEach('productIds', 'productExternalIds', 'externalIds'),
  ),
});

// Each query's params and result by name (also exported by the package): <Name>Params, <Name>Result.
export type BulkDeletePricesWithSyncParams = ParamsOf<typeof bulkDeletePricesWithSync>;
export type BulkDeletePricesWithSyncResult = ResultOf<typeof bulkDeletePricesWithSync>;
export type BulkUpsertPricesWithSyncParams = ParamsOf<typeof bulkUpsertPricesWithSync>;
export type BulkUpsertPricesWithSyncResult = ResultOf<typeof bulkUpsertPricesWithSync>;
export type CreatePriceParams = ParamsOf<typeof createPrice>;
export type CreatePriceResult = ResultOf<typeof createPrice>;
export type CreatePriceWithSyncParams = ParamsOf<typeof createPriceWithSync>;
export type CreatePriceWithSyncResult = ResultOf<typeof createPriceWithSync>;
export type DeletePriceParams = ParamsOf<typeof deletePrice>;
export type DeletePriceResult = ResultOf<typeof deletePrice>;
export type DeletePriceWithSyncParams = ParamsOf<typeof deletePriceWithSync>;
export type DeletePriceWithSyncResult = ResultOf<typeof deletePriceWithSync>;
export type GetPriceParams = ParamsOf<typeof getPrice>;
export type GetPriceResult = ResultOf<typeof getPrice>;
export type GetPriceByExternalIDParams = ParamsOf<typeof getPriceByExternalID>;
export type GetPriceByExternalIDResult = ResultOf<typeof getPriceByExternalID>;
export type GetPriceWithProductParams = ParamsOf<typeof getPriceWithProduct>;
export type GetPriceWithProductResult = ResultOf<typeof getPriceWithProduct>;
export type GetPricesNeedingSyncParams = ParamsOf<typeof getPricesNeedingSync>;
export type GetPricesNeedingSyncResult = ResultOf<typeof getPricesNeedingSync>;
export type GetPricesSyncedByProviderParams = ParamsOf<typeof getPricesSyncedByProvider>;
export type GetPricesSyncedByProviderResult = ResultOf<typeof getPricesSyncedByProvider>;
export type GetPricesWithSyncConflictsParams = ParamsOf<typeof getPricesWithSyncConflicts>;
export type GetPricesWithSyncConflictsResult = ResultOf<typeof getPricesWithSyncConflicts>;
export type ListPricesByProductParams = ParamsOf<typeof listPricesByProduct>;
export type ListPricesByProductResult = ResultOf<typeof listPricesByProduct>;
export type UpdatePriceParams = ParamsOf<typeof updatePrice>;
export type UpdatePriceResult = ResultOf<typeof updatePrice>;
export type UpdatePricePaymentSyncStatusParams = ParamsOf<typeof updatePricePaymentSyncStatus>;
export type UpdatePricePaymentSyncStatusResult = ResultOf<typeof updatePricePaymentSyncStatus>;
export type UpdatePriceWithSyncParams = ParamsOf<typeof updatePriceWithSync>;
export type UpdatePriceWithSyncResult = ResultOf<typeof updatePriceWithSync>;
