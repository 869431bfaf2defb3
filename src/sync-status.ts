// Entity sync status: the per-entity status reads and updates, the
// cross-entity queries and the bulk updates over customers, products, prices
// and subscriptions. Every function is scoped to one workspace (`workspaceId`)
// and sees only live (not soft-deleted) rows; another workspace's ids find
// nothing and change nothing. Errors: InvalidParameterError before the
// database is touched (unknown status, bad provider name, malformed uuid,
// empty `externalIds`, limit outside 1..1000); the typed database errors of
// errors.ts (UniqueViolationError when a new external id is already taken).
import * as BulkUpdateCustomerSyncStatus from '../generated/sync-status/BulkUpdateCustomerSyncStatus.js';
import * as BulkUpdatePriceSyncStatus from '../generated/sync-status/BulkUpdatePriceSyncStatus.js';
import * as BulkUpdateProductSyncStatus from '../generated/sync-status/BulkUpdateProductSyncStatus.js';
import * as BulkUpdateSubscriptionSyncStatus from '../generated/sync-status/BulkUpdateSubscriptionSyncStatus.js';
import * as GetCustomersByPaymentProvider from '../generated/sync-status/GetCustomersByPaymentProvider.js';
import * as GetCustomersByPaymentSyncStatus from '../generated/sync-status/GetCustomersByPaymentSyncStatus.js';
import * as GetEntitiesBySyncStatusAndProvider from '../generated/sync-status/GetEntitiesBySyncStatusAndProvider.js';
import * as GetEntityByExternalID from '../generated/sync-status/GetEntityByExternalID.js';
import * as GetPricesByPaymentProvider from '../generated/sync-status/GetPricesByPaymentProvider.js';
import * as GetPricesByPaymentSyncStatus from '../generated/sync-status/GetPricesByPaymentSyncStatus.js';
import * as GetProductsByPaymentProvider from '../generated/sync-status/GetProductsByPaymentProvider.js';
import * as GetProductsByPaymentSyncStatus from '../generated/sync-status/GetProductsByPaymentSyncStatus.js';
import * as GetSubscriptionsByPaymentProvider from '../generated/sync-status/GetSubscriptionsByPaymentProvider.js';
import * as GetSubscriptionsByPaymentSyncStatus from '../generated/sync-status/GetSubscriptionsByPaymentSyncStatus.js';
import * as ListExternalIDsByProvider from '../generated/sync-status/ListExternalIDsByProvider.js';
import * as UpdateCustomerSyncStatus from '../generated/sync-status/UpdateCustomerSyncStatus.js';
import * as UpdatePriceSyncStatus from '../generated/sync-status/UpdatePriceSyncStatus.js';
import * as UpdateProductSyncStatus from '../generated/sync-status/UpdateProductSyncStatus.js';
import * as UpdateSubscriptionSyncStatus from '../generated/sync-status/UpdateSubscriptionSyncStatus.js';
import { changed, list, many, one, type Narrow, type ParamsOf, type ResultOf } from './query.js';
import { SUBSCRIPTION_STATUSES } from './vocabulary.js';

const subscriptionOptions = { status: SUBSCRIPTION_STATUSES };

/** A live price with its product's name and external id (null when the product is soft-deleted). */
export type PriceWithProductRef = Narrow<GetPricesByPaymentProvider.IGetPricesByPaymentProviderResult>;
/** One row of the cross-entity queries: the common sync columns and which table (`entityType`) it is. */
export type SyncEntity = Narrow<GetEntitiesBySyncStatusAndProvider.IGetEntitiesBySyncStatusAndProviderResult>;

// ---- Entity sync status reads: keyset lists in (createdAt, id) order; pass the last row as `after`.

/** A page of live customers of `paymentProvider` (any sync status), in (createdAt, id) order. */
export const getCustomersByPaymentProvider = list(GetCustomersByPaymentProvider.getCustomersByPaymentProvider);
/** A page of live customers in `paymentSyncStatus` (any provider), in (createdAt, id) order. */
export const getCustomersByPaymentSyncStatus = list(GetCustomersByPaymentSyncStatus.getCustomersByPaymentSyncStatus);
/** A page of live products of `paymentProvider` (any sync status), in (createdAt, id) order. */
export const getProductsByPaymentProvider = list(GetProductsByPaymentProvider.getProductsByPaymentProvider);
/** A page of live products in `paymentSyncStatus` (any provider), in (createdAt, id) order. */
export const getProductsByPaymentSyncStatus = list(GetProductsByPaymentSyncStatus.getProductsByPaymentSyncStatus);
/**
 * A page of live prices of `paymentProvider` (any sync status), in (createdAt, id) order, each with
 * `productName` and `productExternalId` of its product (null when the product is soft-deleted).
 */
export const getPricesByPaymentProvider = list(GetPricesByPaymentProvider.getPricesByPaymentProvider);
/** A page of live prices in `paymentSyncStatus` (any provider), in (createdAt, id) order. */
export const getPricesByPaymentSyncStatus = list(GetPricesByPaymentSyncStatus.getPricesByPaymentSyncStatus);
/** A page of live subscriptions of `paymentProvider` (any sync status), in (createdAt, id) order. */
export const getSubscriptionsByPaymentProvider = list(
  GetSubscriptionsByPaymentProvider.getSubscriptionsByPaymentProvider,
  subscriptionOptions,
);
/** A page of live subscriptions in `paymentSyncStatus` (any provider), in (createdAt, id) order. */
export const getSubscriptionsByPaymentSyncStatus = list(
  GetSubscriptionsByPaymentSyncStatus.getSubscriptionsByPaymentSyncStatus,
  subscriptionOptions,
);

// ---- Entity sync status updates: unconditional (the optimistic ones are Update<Entity>PaymentSyncStatus).

/**
 * Sets the live customer's `paymentSyncStatus` and `paymentSyncError` (omitted = cleared), its
 * `paymentProvider`/`externalId` when given, stamps `paymentSyncedAt` when the status becomes synced, adds 1 to the
 * version. The updated row, or null. UniqueViolationError if the new external id is taken.
 */
export const updateCustomerSyncStatus = one(UpdateCustomerSyncStatus.updateCustomerSyncStatus);
/** As updateCustomerSyncStatus, for a product. The updated row, or null. UniqueViolationError if the new external id is taken. */
export const updateProductSyncStatus = one(UpdateProductSyncStatus.updateProductSyncStatus);
/** As updateCustomerSyncStatus, for a price. The updated row, or null. UniqueViolationError if the new external id is taken. */
export const updatePriceSyncStatus = one(UpdatePriceSyncStatus.updatePriceSyncStatus);
/**
 * As updateCustomerSyncStatus, for a subscription. The updated row, or null. UniqueViolationError if
 * the new external id is taken.
 */
export const updateSubscriptionSyncStatus = one(
  UpdateSubscriptionSyncStatus.updateSubscriptionSyncStatus,
  subscriptionOptions,
);

// ---- Cross-entity.

/**
 * A page of live customers, products, prices and subscriptions of `paymentProvider` in
 * `paymentSyncStatus`, as one list of `SyncEntity` rows (`entityType` says which table), in
 * (createdAt, id, entityType) order. Pass the last row as `after` for the next page.
 */
export const getEntitiesBySyncStatusAndProvider = list(
  GetEntitiesBySyncStatusAndProvider.getEntitiesBySyncStatusAndProvider,
  { cursor: { createdAt: 'timestamp', id: 'uuid', entityType: 'text' } },
);
/**
 * Every live entity `paymentProvider` knows by `externalId`: an array of 0 to 4 `SyncEntity`
 * rows, at most one per entity type, in the order customer, product, price, subscription.
 */
export const getEntityByExternalID = many(GetEntityByExternalID.getEntityByExternalId);
/**
 * A page of the external ids (`{ externalId }` rows) of the live `entityType` rows of
 * `paymentProvider` created before `createdBefore`, in externalId order: what a backfill compares
 * with what the provider still lists, without reading the rows. Pass the last row as `after`.
 */
export const listExternalIDsByProvider = list(ListExternalIDsByProvider.listExternalIDsByProvider, {
  cursor: { externalId: 'text' },
});

// ---- Bulk: `externalIds` is ONE array parameter (up to 1,000,000 ids, one statement).

/**
 * Sets `paymentSyncStatus` and `paymentSyncError` (omitted = cleared) of the live customers of
 * `paymentProvider` whose external id is in `externalIds`, stamps `paymentSyncedAt` when the status becomes synced,
 * adds 1 to each version. Resolves to the number of rows changed (unknown ids are not counted).
 */
export const bulkUpdateCustomerSyncStatus = changed(BulkUpdateCustomerSyncStatus.bulkUpdateCustomerSyncStatus);
/** As bulkUpdateCustomerSyncStatus, for products. Resolves to the number of rows changed. */
export const bulkUpdateProductSyncStatus = changed(BulkUpdateProductSyncStatus.bulkUpdateProductSyncStatus);
/** As bulkUpdateCustomerSyncStatus, for prices. Resolves to the number of rows changed. */
export const bulkUpdatePriceSyncStatus = changed(BulkUpdatePriceSyncStatus.bulkUpdatePriceSyncStatus);
/** As bulkUpdateCustomerSyncStatus, for subscriptions. Resolves to the number of rows changed. */
export const bulkUpdateSubscriptionSyncStatus = changed(
  BulkUpdateSubscriptionSyncStatus.bulkUpdateSubscriptionSyncStatus,
);

// Each query's params and result by name (also exported by the package): <Name>Params, <Name>Result.
export type BulkUpdateCustomerSyncStatusParams = ParamsOf<typeof bulkUpdateCustomerSyncStatus>;
export type BulkUpdateCustomerSyncStatusResult = ResultOf<typeof bulkUpdateCustomerSyncStatus>;
export type BulkUpdatePriceSyncStatusParams = ParamsOf<typeof bulkUpdatePriceSyncStatus>;
export type BulkUpdatePriceSyncStatusResult = ResultOf<typeof bulkUpdatePriceSyncStatus>;
export type BulkUpdateProductSyncStatusParams = ParamsOf<typeof bulkUpdateProductSyncStatus>;
export type BulkUpdateProductSyncStatusResult = ResultOf<typeof bulkUpdateProductSyncStatus>;
export type BulkUpdateSubscriptionSyncStatusParams = ParamsOf<typeof bulkUpdateSubscriptionSyncStatus>;
export type BulkUpdateSubscriptionSyncStatusResult = ResultOf<typeof bulkUpdateSubscriptionSyncStatus>;
export type GetCustomersByPaymentProviderParams = ParamsOf<typeof getCustomersByPaymentProvider>;
export type GetCustomersByPaymentProviderResult = ResultOf<typeof getCustomersByPaymentProvider>;
export type GetCustomersByPaymentSyncStatusParams = ParamsOf<typeof getCustomersByPaymentSyncStatus>;
export type GetCustomersByPaymentSyncStatusResult = ResultOf<typeof getCustomersByPaymentSyncStatus>;
export type GetEntitiesBySyncStatusAndProviderParams = ParamsOf<typeof getEntitiesBySyncStatusAndProvider>;
export type GetEntitiesBySyncStatusAndProviderResult = ResultOf<typeof getEntitiesBySyncStatusAndProvider>;
export type GetEntityByExternalIDParams = ParamsOf<typeof getEntityByExternalID>;
export type GetEntityByExternalIDResult = ResultOf<typeof getEntityByExternalID>;
export type GetPricesByPaymentProviderParams = ParamsOf<typeof getPricesByPaymentProvider>;
export type GetPricesByPaymentProviderResult = ResultOf<typeof getPricesByPaymentProvider>;
export type GetPricesByPaymentSyncStatusParams = ParamsOf<typeof getPricesByPaymentSyncStatus>;
export type GetPricesByPaymentSyncStatusResult = ResultOf<typeof getPricesByPaymentSyncStatus>;
export type GetProductsByPaymentProviderParams = ParamsOf<typeof getProductsByPaymentProvider>;
export type GetProductsByPaymentProviderResult = ResultOf<typeof getProductsByPaymentProvider>;
export type GetProductsByPaymentSyncStatusParams = ParamsOf<typeof getProductsByPaymentSyncStatus>;
export type GetProductsByPaymentSyncStatusResult = ResultOf<typeof getProductsByPaymentSyncStatus>;
export type GetSubscriptionsByPaymentProviderParams = ParamsOf<typeof getSubscriptionsByPaymentProvider>;
export type GetSubscriptionsByPaymentProviderResult = ResultOf<typeof getSubscriptionsByPaymentProvider>;
export type GetSubscriptionsByPaymentSyncStatusParams = ParamsOf<typeof getSubscriptionsByPaymentSyncStatus>;
export type GetSubscriptionsByPaymentSyncStatusResult = ResultOf<typeof getSubscriptionsByPaymentSyncStatus>;
export type ListExternalIDsByProviderParams = ParamsOf<typeof listExternalIDsByProvider>;
export type ListExternalIDsByProviderResult = ResultOf<typeof listExternalIDsByProvider>;
export type UpdateCustomerSyncStatusParams = ParamsOf<typeof updateCustomerSyncStatus>;
export type UpdateCustomerSyncStatusResult = ResultOf<typeof updateCustomerSyncStatus>;
export type UpdatePriceSyncStatusParams = ParamsOf<typeof updatePriceSyncStatus>;
export type UpdatePriceSyncStatusResult = ResultOf<typeof updatePriceSyncStatus>;
export type UpdateProductSyncStatusParams = ParamsOf<typeof updateProductSyncStatus>;
export type UpdateProductSyncStatusResult = ResultOf<typeof updateProductSyncStatus>;
export type UpdateSubscriptionSyncStatusParams = ParamsOf<typeof updateSubscriptionSyncStatus>;
export type UpdateSubscriptionSyncStatusResult = ResultOf<typeof updateSubscriptionSyncStatus>;
