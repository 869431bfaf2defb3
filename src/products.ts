// Products: every function is scoped to one workspace (`workspaceId`) and
// sees only live (not soft-deleted) rows. Errors: InvalidParameterError
// before the database is touched; the typed database errors of errors.ts.
import * as BulkDeleteProductsWithSync from '../generated/products/BulkDeleteProductsWithSync.js';
import * as BulkUpsertProductsWithSync from '../generated/products/BulkUpsertProductsWithSync.js';
import * as CreateProduct from '../generated/products/CreateProduct.js';
import * as CreateProductWithSync from '../generated/products/CreateProductWithSync.js';
import * as DeleteProduct from '../generated/products/DeleteProduct.js';
import * as DeleteProductWithSync from '../generated/products/DeleteProductWithSync.js';
import * as GetProduct from '../generated/products/GetProduct.js';
import * as GetProductByExternalID from '../generated/products/GetProductByExternalID.js';
import * as GetProductsNeedingSync from '../generated/products/GetProductsNeedingSync.js';
import * as GetProductsSyncedByProvider from '../generated/products/GetProductsSyncedByProvider.js';
import * as GetProductsWithSyncConflicts from '../generated/products/GetProductsWithSyncConflicts.js';
import * as ListProducts from '../generated/products/ListProducts.js';
import * as UpdateProduct from '../generated/products/UpdateProduct.js';
import * as UpdateProductPaymentSyncStatus from '../generated/products/UpdateProductPaymentSyncStatus.js';
import * as UpdateProductWithSync from '../generated/products/UpdateProductWithSync.js';
import { columnOf, sameLength, string } from './params.js';
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

// The payment-sync queries about products, also exported from `syncStatus`.
export {
  getProductsByPaymentProvider,
  getProductsByPaymentSyncStatus,
  updateProductSyncStatus,
  bulkUpdateProductSyncStatus,
} from './sync-status.js';

export type Product = Narrow<GetProduct.IGetProductResult>;

/** The live product with this id, or null. */
export const getProduct = one(GetProduct.getProduct);
/** A page of live products in (createdAt, id) order; pass the last row as `after` for the next. */
export const listProducts = list(ListProducts.listProducts);
/**
 * Inserts a locally created product (status pending; active defaults to true,
 * metadata to {}). UniqueViolationError if the provider reference is taken,
 * CheckViolationError for an empty or over-long name.
 */
export const createProduct = one(CreateProduct.createProduct);
/**
 * Idempotent, monotonic upsert of a provider's product by (workspace,
 * provider, external id); the given object replaces the stored one and fills
 * a placeholder. Resolves to `{ outcome, row }`: `created`, `updated`,
 * `unchanged` (same providerUpdatedAt and content: nothing written) or
 * `stale` (the stored row, or a provider tombstone, is as new or newer:
 * nothing written; `row` is the stored one). CheckViolationError for an
 * empty or over-long name.
 */
export const createProductWithSync = upsert(CreateProductWithSync.createProductWithSync, {
  outcomes: SYNC_OUTCOMES,
});
/**
 * Changes the given fields (an omitted one keeps its value), marks the product pending, adds 1 to
 * the version. The updated row, or null. CheckViolationError for an empty or over-long name.
 */
export const updateProduct = one(UpdateProduct.updateProduct);
/**
 * Applies a provider's view by id (monotonic on providerUpdatedAt). The updated row, or null when
 * absent or stale. UniqueViolationError if a new provider reference is taken; CheckViolationError
 * for an empty or over-long name.
 */
export const updateProductWithSync = one(UpdateProductWithSync.updateProductWithSync);
/** Soft-deletes the product (its prices stay as they are). Resolves to rows changed (0 or 1). */
export const deleteProduct = changed(DeleteProduct.deleteProduct);
/**
 * The provider deleted the product as of `providerUpdatedAt`: a monotonic
 * tombstone by (workspace, provider, external id) that keeps the time, so that
 * a later write as old or older is stale and only a strictly newer one revives
 * the same row. A product never seen leaves a tombstone too. Resolves to
 * `{ outcome, row }`: `deleted` (the tombstone, `deletedAt` set), `unchanged`
 * (already a tombstone of this time) or `stale` (the stored row is newer);
 * nothing is written but for `deleted`.
 */
export const deleteProductWithSync = upsert(DeleteProductWithSync.deleteProductWithSync, {
  outcomes: DELETE_OUTCOMES,
});
/**
 * deleteProductWithSync for many external ids (one array parameter, up to 1,000,000) and one
 * `providerUpdatedAt` (e.g. a backfill's "these ids are gone"), in ONE statement. Resolves to
 * `{ deleted, unchanged, stale }`, which add up to the number of distinct ids.
 */
export const bulkDeleteProductsWithSync = tally(BulkDeleteProductsWithSync.bulkDeleteProductsWithSync);
/**
 * A page of live products pending or failed: first those the provider never described
 * (placeholders: `providerUpdatedAt` null), then the others, each in the order it entered the queue
 * (`paymentSyncStatusChangedAt`, the time of its last change of sync status: a row keeps its place
 * while it waits, whatever else is written to it).
 */
export const getProductsNeedingSync = list(GetProductsNeedingSync.getProductsNeedingSync, {
  cursor: NEEDING_SYNC_CURSOR,
});
/** A page of live products synced with `paymentProvider`, in (createdAt, id) order. */
export const getProductsSyncedByProvider = list(GetProductsSyncedByProvider.getProductsSyncedByProvider);
/**
 * Sets the sync status only if the stored version equals `expectedVersion`;
 * adds 1 to it. The row, or null when another writer got there first.
 * UniqueViolationError if a new external id is taken.
 */
export const updateProductPaymentSyncStatus = one(UpdateProductPaymentSyncStatus.updateProductPaymentSyncStatus);
/** A page of live products in sync conflict, in (createdAt, id) order. */
export const getProductsWithSyncConflicts = list(GetProductsWithSyncConflicts.getProductsWithSyncConflicts);
/** The live product a provider knows by `externalId`, or null. */
export const getProductByExternalID = one(GetProductByExternalID.getProductByExternalId);
/**
 * Idempotent, monotonic upsert of a batch of provider products in ONE
 * statement (createProductWithSync for many objects). One array per column,
 * element i of each describing object i: `externalIds`, `names: string[]`
 * and `providerUpdatedAts: Date[]` (required, no null element),
 * `descriptions: (string | null)[]`, `actives: (boolean | null)[]`,
 * `metadatas`, `providerDatas: (object | null)[]` (optional; an omitted array
 * or a null element means the single-row default: description null, active
 * true, metadata {}). `workspaceId`, `paymentProvider` and the optional
 * `paymentSyncStatus` (default `synced`) hold for the whole batch. An
 * external id given twice keeps its newest object (the later on a tie); the
 * others count as stale. Resolves to `{ inserted, updated, unchanged, stale }`.
 * Refused with InvalidParameterError, before the database is touched: arrays
 * of unequal length, an empty batch, a bad element (named `param[i]`).
 * One statement: nothing is written when it fails (e.g. CheckViolationError
 * for an empty name).
 */
export const bulkUpsertProductsWithSync = tally(BulkUpsertProductsWithSync.bulkUpsertProductsWithSync, {
  rules: { names: columnOf(string) },
  check: sameLength(
    'externalIds',
    'names',
    'providerUpdatedAts',
    'descriptions',
    'actives',
    'metadatas',
    'providerDatas',
  ),
});

// Each query's params and result by name (also exported by the package): <Name>Params, <Name>Result.
export type BulkDeleteProductsWithSyncParams = ParamsOf<typeof bulkDeleteProductsWithSync>;
export type BulkDeleteProductsWithSyncResult = ResultOf<typeof bulkDeleteProductsWithSync>;
export type BulkUpsertProductsWithSyncParams = ParamsOf<typeof bulkUpsertProductsWithSync>;
export type BulkUpsertProductsWithSyncResult = ResultOf<typeof bulkUpsertProductsWithSync>;
export type CreateProductParams = ParamsOf<typeof createProduct>;
export type CreateProductResult = ResultOf<typeof createProduct>;
export type CreateProductWithSyncParams = ParamsOf<typeof createProductWithSync>;
export type CreateProductWithSyncResult = ResultOf<typeof createProductWithSync>;
export type DeleteProductParams = ParamsOf<typeof deleteProduct>;
export type DeleteProductResult = ResultOf<typeof deleteProduct>;
export type DeleteProductWithSyncParams = ParamsOf<typeof deleteProductWithSync>;
export type DeleteProductWithSyncResult = ResultOf<typeof deleteProductWithSync>;
export type GetProductParams = ParamsOf<typeof getProduct>;
export type GetProductResult = ResultOf<typeof getProduct>;
export type GetProductByExternalIDParams = ParamsOf<typeof getProductByExternalID>;
export type GetProductByExternalIDResult = ResultOf<typeof getProductByExternalID>;
export type GetProductsNeedingSyncParams = ParamsOf<typeof getProductsNeedingSync>;
export type GetProductsNeedingSyncResult = ResultOf<typeof getProductsNeedingSync>;
export type GetProductsSyncedByProviderParams = ParamsOf<typeof getProductsSyncedByProvider>;
export type GetProductsSyncedByProviderResult = ResultOf<typeof getProductsSyncedByProvider>;
export type GetProductsWithSyncConflictsParams = ParamsOf<typeof getProductsWithSyncConflicts>;
export type GetProductsWithSyncConflictsResult = ResultOf<typeof getProductsWithSyncConflicts>;
export type ListProductsParams = ParamsOf<typeof listProducts>;
export type ListProductsResult = ResultOf<typeof listProducts>;
export type UpdateProductParams = ParamsOf<typeof updateProduct>;
export type UpdateProductResult = ResultOf<typeof updateProduct>;
export type UpdateProductPaymentSyncStatusParams = ParamsOf<typeof updateProductPaymentSyncStatus>;
export type UpdateProductPaymentSyncStatusResult = ResultOf<typeof updateProductPaymentSyncStatus>;
export type UpdateProductWithSyncParams = ParamsOf<typeof updateProductWithSync>;
export type UpdateProductWithSyncResult = ResultOf<typeof updateProductWithSync>;
