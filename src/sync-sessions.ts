// Sync sessions: one run of a worker against one provider. Every function is
// scoped to one workspace (`workspaceId`) and sees only live (not
// soft-deleted) sessions. The lifecycle is enforced by the database: at most
// one active (pending or running) session per (workspace, provider, session
// type), started_at/completed_at stamped once, finished sessions final.
// Errors: InvalidParameterError before the database is touched;
// ActiveSyncSessionExistsError, SyncSessionTransitionError and the other typed
// database errors of errors.ts.
import * as CountSyncSessions from '../generated/sync-sessions/CountSyncSessions.js';
import * as CountSyncSessionsByProvider from '../generated/sync-sessions/CountSyncSessionsByProvider.js';
import * as CreateSyncSession from '../generated/sync-sessions/CreateSyncSession.js';
import * as DeleteSyncSession from '../generated/sync-sessions/DeleteSyncSession.js';
import * as GetActiveSyncSessionsByProvider from '../generated/sync-sessions/GetActiveSyncSessionsByProvider.js';
import * as GetLatestSyncSessionByProvider from '../generated/sync-sessions/GetLatestSyncSessionByProvider.js';
import * as GetSyncSession from '../generated/sync-sessions/GetSyncSession.js';
import * as GetSyncSessionByProvider from '../generated/sync-sessions/GetSyncSessionByProvider.js';
import * as ListSyncSessions from '../generated/sync-sessions/ListSyncSessions.js';
import * as ListSyncSessionsByProvider from '../generated/sync-sessions/ListSyncSessionsByProvider.js';
import * as ListSyncSessionsByStatus from '../generated/sync-sessions/ListSyncSessionsByStatus.js';
import * as UpdateSyncSessionError from '../generated/sync-sessions/UpdateSyncSessionError.js';
import * as UpdateSyncSessionProgress from '../generated/sync-sessions/UpdateSyncSessionProgress.js';
import * as UpdateSyncSessionStatus from '../generated/sync-sessions/UpdateSyncSessionStatus.js';
import { InvalidParameterError } from './errors.js';
import { storable, type Rule } from './params.js';
import { changed, count, list, many, one, type Narrow, type ParamsOf, type ResultOf } from './query.js';
import { SESSION_STATUSES, type SessionStatus } from './vocabulary.js';

export type SyncSession = Narrow<GetSyncSession.IGetSyncSessionResult, SessionStatus>;

/** The statuses a session may be created in: it is queued (`pending`) or starts at once (`running`). */
const STARTING_STATUSES = ['pending', 'running'] as const;

/** A non-empty string (the error message of a failed session). */
const message: Rule = (value, name) => {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InvalidParameterError(name, 'expected a non-empty string');
  }
  return storable(value, name);
};

const sessions = { status: SESSION_STATUSES };

/**
 * Starts a session of `providerName` and `sessionType`, `pending` (default) or
 * `running` (stamps startedAt). `entityTypes` defaults to all four, `config`
 * to {}. Resolves to the new row. ActiveSyncSessionExistsError when a pending
 * or running session of the same provider and type is live in the workspace.
 */
export const createSyncSession = one(CreateSyncSession.createSyncSession, { status: STARTING_STATUSES });
/** The live session with this id, or null. */
export const getSyncSession = one(GetSyncSession.getSyncSession, sessions);
/** The newest active (pending or running) live session of `providerName`, any type, or null. */
export const getSyncSessionByProvider = one(GetSyncSessionByProvider.getSyncSessionByProvider, sessions);
/**
 * Sets the status. `running` stamps startedAt once; `completed`, `failed`,
 * `cancelled` stamp completedAt and are final. The row, or null when not
 * found. SyncSessionTransitionError for a finished session or a return to pending.
 */
export const updateSyncSessionStatus = one(UpdateSyncSessionStatus.updateSyncSessionStatus, sessions);
/**
 * Shallow-merges `progress` (a JSON object) into the stored progress. The row,
 * or null when not found. SyncSessionTransitionError for a finished session.
 */
export const updateSyncSessionProgress = one(UpdateSyncSessionProgress.updateSyncSessionProgress, sessions);
/**
 * Records `errorMessage` and fails the session (stamps completedAt). The row,
 * or null when not found. SyncSessionTransitionError for a finished session.
 */
export const updateSyncSessionError = one(UpdateSyncSessionError.updateSyncSessionError, {
  ...sessions,
  rules: { errorMessage: message },
});
/** A page of live sessions, newest first; pass the last row as `after` for the next. */
export const listSyncSessions = list(ListSyncSessions.listSyncSessions, { ...sessions, order: 'desc' });
/** A page of live sessions of `providerName`, newest first. */
export const listSyncSessionsByProvider = list(ListSyncSessionsByProvider.listSyncSessionsByProvider, {
  ...sessions,
  order: 'desc',
});
/** A page of live sessions in `status`, newest first. */
export const listSyncSessionsByStatus = list(ListSyncSessionsByStatus.listSyncSessionsByStatus, {
  ...sessions,
  order: 'desc',
});
/** Every active (pending or running) live session of `providerName`, newest first: at most one per type. */
export const getActiveSyncSessionsByProvider = many(
  GetActiveSyncSessionsByProvider.getActiveSyncSessionsByProvider,
  sessions,
);
/** The number of live sessions. */
export const countSyncSessions = count(CountSyncSessions.countSyncSessions);
/** The number of live sessions of `providerName`. */
export const countSyncSessionsByProvider = count(CountSyncSessionsByProvider.countSyncSessionsByProvider);
/** The newest live session of `providerName` whatever its status or type, or null. */
export const getLatestSyncSessionByProvider = one(
  GetLatestSyncSessionByProvider.getLatestSyncSessionByProvider,
  sessions,
);
/**
 * Soft-deletes the session, in any status (an active one then no longer blocks
 * a new session). Its events stay. Resolves to rows changed (0 or 1).
 */
export const deleteSyncSession = changed(DeleteSyncSession.deleteSyncSession);

// Each query's params and result by name (also exported by the package): <Name>Params, <Name>Result.
export type CountSyncSessionsParams = ParamsOf<typeof countSyncSessions>;
export type CountSyncSessionsResult = ResultOf<typeof countSyncSessions>;
export type CountSyncSessionsByProviderParams = ParamsOf<typeof countSyncSessionsByProvider>;
export type CountSyncSessionsByProviderResult = ResultOf<typeof countSyncSessionsByProvider>;
export type CreateSyncSessionParams = ParamsOf<typeof createSyncSession>;
export type CreateSyncSessionResult = ResultOf<typeof createSyncSession>;
export type DeleteSyncSessionParams = ParamsOf<typeof deleteSyncSession>;
export type DeleteSyncSessionResult = ResultOf<typeof deleteSyncSession>;
export type GetActiveSyncSessionsByProviderParams = ParamsOf<typeof getActiveSyncSessionsByProvider>;
export type GetActiveSyncSessionsByProviderResult = ResultOf<typeof getActiveSyncSessionsByProvider>;
export type GetLatestSyncSessionByProviderParams = ParamsOf<typeof getLatestSyncSessionByProvider>;
export type GetLatestSyncSessionByProviderResult = ResultOf<typeof getLatestSyncSessionByProvider>;
export type GetSyncSessionParams = ParamsOf<typeof getSyncSession>;
export type GetSyncSessionResult = ResultOf<typeof getSyncSession>;
export type GetSyncSessionByProviderParams = ParamsOf<typeof getSyncSessionByProvider>;
export type GetSyncSessionByProviderResult = ResultOf<typeof getSyncSessionByProvider>;
export type ListSyncSessionsParams = ParamsOf<typeof listSyncSessions>;
export type ListSyncSessionsResult = ResultOf<typeof listSyncSessions>;
export type ListSyncSessionsByProviderParams = ParamsOf<typeof listSyncSessionsByProvider>;
export type ListSyncSessionsByProviderResult = ResultOf<typeof listSyncSessionsByProvider>;
export type ListSyncSessionsByStatusParams = ParamsOf<typeof listSyncSessionsByStatus>;
export type ListSyncSessionsByStatusResult = ResultOf<typeof listSyncSessionsByStatus>;
export type UpdateSyncSessionErrorParams = ParamsOf<typeof updateSyncSessionError>;
export type UpdateSyncSessionErrorResult = ResultOf<typeof updateSyncSessionError>;
export type UpdateSyncSessionProgressParams = ParamsOf<typeof updateSyncSessionProgress>;
export type UpdateSyncSessionProgressResult = ResultOf<typeof updateSyncSessionProgress>;
export type UpdateSyncSessionStatusParams = ParamsOf<typeof updateSyncSessionStatus>;
export type UpdateSyncSessionStatusResult = ResultOf<typeof updateSyncSessionStatus>;
