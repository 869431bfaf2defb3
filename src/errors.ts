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
/** 22xxx: the database could not read a value (malformed uuid, timestamp, JSON, out of range). */
export class InvalidTextRepresentationError extends PaymentSyncDbError {}
/** PSD01: a finished sync session cannot change, and a session cannot go back to pending. */
export class SyncSessionTransitionError extends PaymentSyncDbError {}
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
/** The connection died (server shutdown, backend terminated, network) or could not be obtained. */
export class ConnectionError extends PaymentSyncDbError {}

type Mapped = new (message: string, options: ConstructorParameters<typeof PaymentSyncDbError>[1]) => PaymentSyncDbError;

const bySqlState: Record<string, Mapped> = {
  '23505': UniqueViolationError,
  '23503': ForeignKeyViolationError,
  '23514': CheckViolationError,
  '23502': NotNullViolationError,
  '22P02': InvalidTextRepresentationError,
  '22007': InvalidTextRepresentationError,
  '22008': InvalidTextRepresentationError,
  '22003': InvalidTextRepresentationError,
  '22023': InvalidTextRepresentationError,
  '22032': InvalidTextRepresentationError,
  '22004': InvalidTextRepresentationError,
  '22021': InvalidTextRepresentationError,
  '2202E': InvalidTextRepresentationError,
  '22001': InvalidTextRepresentationError,
  PSD01: SyncSessionTransitionError,
  '40001': SerializationFailureError,
  '40P01': DeadlockError,
  '57014': QueryCanceledError,
  '55P03': LockTimeoutError,
  '42501': PermissionDeniedError,
  '57P01': ConnectionError,
  '57P02': ConnectionError,
  '57P03': ConnectionError,
};

const byConstraint: Record<string, Mapped> = {
  payment_sync_sessions_one_active: ActiveSyncSessionExistsError,
};

const connectionMessages = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end',
  'connect ECONNREFUSED',
];

interface PgErrorLike {
  code?: string;
  message?: string;
  table?: string;
  constraint?: string;
}

/**
 * Maps an error thrown by `pg` to this library's typed errors, once, by
 * SQLSTATE. Errors that are already typed, and anything unrecognised, pass
 * through untouched.
 */
export function mapError(error: unknown): unknown {
  if (error instanceof PaymentSyncDbError || typeof error !== 'object' || error === null) return error;
  const e = error as PgErrorLike;
  const options = { code: e.code ?? 'CONNECTION', cause: error, table: e.table, constraint: e.constraint };
  const Class =
    (e.constraint && byConstraint[e.constraint]) ||
    (e.code && bySqlState[e.code]) ||
    (e.code?.startsWith('08') ? ConnectionError : undefined);
  if (Class) return new Class(e.message ?? 'database error', options);
  const message = e.message ?? '';
  if (
    ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT'].includes(e.code ?? '') ||
    connectionMessages.some((m) => message.includes(m))
  ) {
    return new ConnectionError(message, options);
  }
  return error;
}
