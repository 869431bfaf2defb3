// Monitoring: per-workspace sync analytics. Both queries aggregate each table
// on its own (no join fan-out) over the sync-status indexes, counting live
// rows only, so they stay fast on a workspace with a million rows. Errors:
// InvalidParameterError before the database is touched (malformed uuid, bad
// provider name).
import * as GetProviderSyncStatusByWorkspace from '../generated/analytics/GetProviderSyncStatusByWorkspace.js';
import * as GetWorkspaceSyncSummary from '../generated/analytics/GetWorkspaceSyncSummary.js';
import { many, one, type Narrow, type ParamsOf, type ResultOf } from './query.js';

export type WorkspaceSyncSummary = Narrow<GetWorkspaceSyncSummary.IGetWorkspaceSyncSummaryResult>;
export type ProviderSyncStatus = Narrow<GetProviderSyncStatusByWorkspace.IGetProviderSyncStatusByWorkspaceResult>;

/**
 * One row for the live workspace, or null: live sessions by status (`sessionsTotal`,
 * `sessionsPending`, ..., `sessionsCancelled`), `lastCompletedSyncAt`, `eventsTotal` (every stored
 * event), and per entity type live rows by sync status (`customersTotal`, `customersPending`,
 * `customersSynced`, `customersFailed`, `customersConflict`, then `products*`, `prices*`,
 * `subscriptions*`). All counts are numbers.
 */
export const getWorkspaceSyncSummary = one(GetWorkspaceSyncSummary.getWorkspaceSyncSummary);
/**
 * Exactly four rows, one per `entityType` (customer, product, price, subscription, in that order):
 * live rows of `paymentProvider` by sync status (`total`, `pending`, `synced`, `failed`,
 * `conflict`) and their latest `lastSyncedAt` (null when none).
 */
export const getProviderSyncStatusByWorkspace = many(GetProviderSyncStatusByWorkspace.getProviderSyncStatusByWorkspace);

// Each query's params and result by name (also exported by the package): <Name>Params, <Name>Result.
export type GetProviderSyncStatusByWorkspaceParams = ParamsOf<typeof getProviderSyncStatusByWorkspace>;
export type GetProviderSyncStatusByWorkspaceResult = ResultOf<typeof getProviderSyncStatusByWorkspace>;
export type GetWorkspaceSyncSummaryParams = ParamsOf<typeof getWorkspaceSyncSummary>;
export type GetWorkspaceSyncSummaryResult = ResultOf<typeof getWorkspaceSyncSummary>;
