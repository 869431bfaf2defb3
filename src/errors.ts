// Typed errors. Every failure of a library call is one of these classes, so a
// caller branches on `instanceof` (or `code`), never on message text. The
// database's own error is kept as `cause`.

/** Base class of every error this library throws. */
export class PaymentSyncDbError extends Error {
  /** The PostgreSQL SQLSTATE, or a library code such as `INVALID_PARAMETER`. */
  readonly code: string;
  /** Table and constraint the database named, when it named one. */
  readonly table?: string;
  readonly constraint?: string;

  constructor(message: string, options: { code: string; cause?: unknown; table?: string; constraint?: string }) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.table = options.table;
    this.constraint = options.constraint;
  }
}

/** A parameter was refused before the database was touched; `parameter` names it (`externalIds[3]` for an element). */
export class InvalidParameterError extends PaymentSyncDbError {
  readonly parameter: string;
  constructor(parameter: string, reason: string, cause?: unknown) {
    super(`invalid parameter "${parameter}": ${reason}`, { code: 'INVALID_PARAMETER', cause });
    this.parameter = parameter;
  }
}

/** A value read from the database does not fit a JS number exactly (int8 beyond 2^53 - 1). */
export class UnsafeIntegerError extends PaymentSyncDbError {
  constructor(value: string) {
    super(`integer ${value} is beyond Number.MAX_SAFE_INTEGER and cannot be returned exactly`, {
      code: 'UNSAFE_INTEGER',
    });
  }
}

/** A single-row query returned more than one row: a bug in its SQL, never silently ignored. */
export class TooManyRowsError extends PaymentSyncDbError {
  constructor(query: string, count: number) {
    super(`${query} must return at most one row, returned ${count}`, { code: 'TOO_MANY_ROWS' });
  }
}

/** Two live workspaces name the same provider account (GetWorkspaceByProviderAccount): the library does not choose. */
export class AmbiguousProviderAccountError extends PaymentSyncDbError {
  constructor(providerName: string, accountId: string) {
    super(`more than one workspace configures ${providerName} account ${accountId}`, {
      code: 'AMBIGUOUS_PROVIDER_ACCOUNT',
      table: 'workspace_payment_providers',
    });
  }
}

/**
 * A webhook's authentication failed (Stripe: no secret verifies its signature, or its timestamp is
 * outside the tolerance; Chargebee: wrong credentials): nothing was written. `reason` is safe to log.
 */
export class WebhookVerificationError extends PaymentSyncDbError {
  constructor(reason: string, cause?: unknown) {
    super(`webhook verification failed: ${reason}`, { code: 'WEBHOOK_VERIFICATION_FAILED', cause });
  }
}

/** No live workspace configures the provider account an event names (Stripe Connect's `event.account`): nothing was written. */
export class UnknownProviderAccountError extends PaymentSyncDbError {
  constructor(providerName: string, accountId: string) {
    super(`no workspace configures ${providerName} account ${accountId}`, {
      code: 'UNKNOWN_PROVIDER_ACCOUNT',
      table: 'workspace_payment_providers',
    });
  }
}

/**
 * A provider object the library cannot store as given (a tiered price without a unit amount, a
 * fractional `unit_amount_decimal`, ...): `objectId` names it, `reason` says what. Backfills
 * report such objects instead of writing them; an event carrying one fails (and is dead after
 * its attempts, the reason in `lastError`).
 */
export class ProviderMappingError extends PaymentSyncDbError {
  readonly objectId: string;
  constructor(objectId: string, reason: string) {
    super(`cannot store ${objectId}: ${reason}`, { code: 'PROVIDER_MAPPING' });
    this.objectId = objectId;
  }
}

/** 23505: a unique constraint (or the one-live-row-per-provider-object rule) was violated. */
export class UniqueViolationError extends PaymentSyncDbError {}
/** 23505 on `payment_sync_sessions_one_active`: an active session of that provider and type already exists. */
export class ActiveSyncSessionExistsError extends UniqueViolationError {}
/** 23503: a reference points at a row that does not exist in the same workspace. */
export class ForeignKeyViolationError extends PaymentSyncDbError {}
/** 23514: a CHECK constraint refused a value (vocabulary, shape, range). */
export class CheckViolationError extends PaymentSyncDbError {}
/** 23502: a required column was null. */
export class NotNullViolationError extends PaymentSyncDbError {}
/** 22xxx: the database refused a value (the base class of the three below, and of any other class 22 SQLSTATE). */
export class DataError extends PaymentSyncDbError {}
/** 22P02, 22007, 22P05, 22032, ...: the database could not read a value (malformed uuid, timestamp, JSON, text). */
export class InvalidTextRepresentationError extends DataError {}
/** 22003, 22008: a number or a date out of the column's range (e.g. a counter at the int4 limit). */
export class ValueOutOfRangeError extends DataError {}
/** 22023: the server refused a value given as a setting or argument (e.g. an unknown role in `withWorkspace({ role })`). */
export class InvalidValueError extends DataError {}
/** PSD01: a finished or deleted sync session cannot change, a session cannot go back to pending, and a finished session takes no new events. */
export class SyncSessionTransitionError extends PaymentSyncDbError {}
/**
 * 25P02: an earlier statement of the transaction failed, so PostgreSQL aborted
 * it and ignores everything until its end: nothing of it will commit. Thrown
 * for a statement sent after the failure, and by withTransaction when `fn`
 * caught a failure and resolved anyway (its COMMIT was answered by a ROLLBACK).
 * To carry on after a failure inside a transaction, run the attempt in
 * withSavepoint.
 */
export class TransactionAbortedError extends PaymentSyncDbError {}
/** 40001: serialization failure; the transaction may be retried. */
export class SerializationFailureError extends PaymentSyncDbError {}
/** 40P01: deadlock detected; the transaction may be retried. */
export class DeadlockError extends PaymentSyncDbError {}
/** 57014: statement timeout or cancel request. */
export class QueryCanceledError extends PaymentSyncDbError {}
/** 55P03: lock_timeout expired. */
export class LockTimeoutError extends PaymentSyncDbError {}
/** 42501: insufficient privilege, including a row refused by a row-level-security policy. */
export class PermissionDeniedError extends PaymentSyncDbError {}
/**
 * 42P01, 42703: a table or column the library's SQL names does not exist: the
 * database was never migrated, or is older than this version of the library.
 * Run `migrate()` (or `payment-sync-db migrate up`).
 */
export class SchemaMissingError extends PaymentSyncDbError {}
/**
 * No connection could be obtained or the one in use died: server down or
 * restarting, backend terminated, network, unknown host (ENOTFOUND), too many
 * connections (53300), authentication or an unknown or NOLOGIN role (class 28),
 * a database that does not exist (3D000), a pool timeout or a closed pool.
 */
export class ConnectionError extends PaymentSyncDbError {}
/** `migrate()` failed for a reason no other class names (a migration file node-pg-migrate refuses, an out-of-order history). */
export class MigrationError extends PaymentSyncDbError {}
/** Any other error the server reported; `code` is its SQLSTATE. */
export class ServerError extends PaymentSyncDbError {}

type Mapped = new (message: string, options: ConstructorParameters<typeof PaymentSyncDbError>[1]) => PaymentSyncDbError;

const bySqlState: Record<string, Mapped> = {
  '23505': UniqueViolationError,
  '23503': ForeignKeyViolationError,
  '23514': CheckViolationError,
  '23502': NotNullViolationError,
  '22P02': InvalidTextRepresentationError,
  '22P05': InvalidTextRepresentationError,
  '22007': InvalidTextRepresentationError,
  '22032': InvalidTextRepresentationError,
  '22004': InvalidTextRepresentationError,
  '22021': InvalidTextRepresentationError,
  '2202E': InvalidTextRepresentationError,
  '22001': InvalidTextRepresentationError,
  '22003': ValueOutOfRangeError,
  '22008': ValueOutOfRangeError,
  '22023': InvalidValueError,
  '25P02': TransactionAbortedError,
  PSD01: SyncSessionTransitionError,
  '40001': SerializationFailureError,
  '40P01': DeadlockError,
  '57014': QueryCanceledError,
  '55P03': LockTimeoutError,
  '42501': PermissionDeniedError,
  '42P01': SchemaMissingError,
  '42703': SchemaMissingError,
  '53300': ConnectionError,
  '3D000': ConnectionError,
  '57P01': ConnectionError,
  '57P02': ConnectionError,
  '57P03': ConnectionError,
};

/** Whole SQLSTATE classes: 08 connection exception, 28 invalid authorization, 22 data exception. */
const bySqlStateClass: Record<string, Mapped> = {
  '08': ConnectionError,
  '28': ConnectionError,
  '22': DataError,
};

const byConstraint: Record<string, Mapped> = {
  payment_sync_sessions_one_active: ActiveSyncSessionExistsError,
};

/** Node's socket and DNS failures (`error.code`), as pg passes them on when connecting or mid-query. */
const connectionCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
]);

const connectionMessages = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end',
  'connect ECONNREFUSED',
  'The server does not support SSL connections',
];

interface PgErrorLike {
  code?: string;
  message?: string;
  table?: string;
  constraint?: string;
  severity?: string;
  errors?: unknown[];
}

/** An error the server sent (pg's DatabaseError, however many copies of pg are loaded): a SQLSTATE and a severity. */
function isServerError(e: PgErrorLike): e is PgErrorLike & { code: string } {
  return typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && typeof e.severity === 'string';
}

function isConnectionFailure(e: PgErrorLike): boolean {
  if (connectionCodes.has(e.code ?? '')) return true;
  const message = e.message ?? '';
  if (connectionMessages.some((m) => message.includes(m))) return true;
  // A host with several addresses that all refuse: an AggregateError of socket errors.
  return (
    Array.isArray(e.errors) &&
    e.errors.length > 0 &&
    e.errors.every((inner) => isConnectionFailure(inner as PgErrorLike))
  );
}

const schemaHint = ' (the database schema is missing or older than this library: run migrate())';

/**
 * Maps an error thrown by `pg` to this library's typed errors, once, by
 * SQLSTATE (then by SQLSTATE class; any other server error is a ServerError)
 * or, for a failure to reach the server, by the socket error. Errors that are
 * already typed, and errors that come from neither pg nor the network (the
 * caller's own), pass through untouched.
 */
export function mapError(error: unknown): unknown {
  if (error instanceof PaymentSyncDbError || typeof error !== 'object' || error === null) return error;
  const e = error as PgErrorLike;
  const message = e.message || 'database error';
  if (isServerError(e)) {
    const options = { code: e.code, cause: error, table: e.table, constraint: e.constraint };
    const Class =
      (e.constraint && byConstraint[e.constraint]) ||
      bySqlState[e.code] ||
      bySqlStateClass[e.code.slice(0, 2)] ||
      ServerError;
    return new Class(Class === SchemaMissingError ? `${message}${schemaHint}` : message, options);
  }
  if (isConnectionFailure(e)) {
    const detail = message === 'database error' && Array.isArray(e.errors) ? aggregateMessage(e.errors) : message;
    return new ConnectionError(detail, { code: e.code ?? 'CONNECTION', cause: error });
  }
  return error;
}

function aggregateMessage(errors: unknown[]): string {
  return errors.map((inner) => (inner instanceof Error ? inner.message : String(inner))).join('; ');
}
