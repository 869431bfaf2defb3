import type pg from 'pg';
import {
  DeadlockError,
  InvalidParameterError,
  mapError,
  SerializationFailureError,
  TransactionAbortedError,
} from './errors.js';
import { integer, oneOf, uuid } from './params.js';

export type IsolationLevel = 'read committed' | 'repeatable read' | 'serializable';

const ISOLATION_LEVELS: readonly IsolationLevel[] = ['read committed', 'repeatable read', 'serializable'];

/** PostgreSQL's largest statement_timeout and lock_timeout (INT_MAX milliseconds), and setTimeout's largest delay. */
const MAX_MS = 2_147_483_647;
/** The most attempts `retry.attempts` accepts. */
const MAX_ATTEMPTS = 100;

/**
 * Retrying a transaction that failed with a SerializationFailureError (40001)
 * or a DeadlockError (40P01). The wait before the retry that follows failed
 * attempt n (1, 2, ...) is random in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))]
 * ("full jitter" exponential backoff), so racing transactions spread out.
 */
export interface RetryOptions {
  /** Tries in all, the first included: 1 means never retry. An integer from 1 to 100. */
  attempts: number;
  /** Backoff base in milliseconds: the first retry waits up to this long. Default 20; 0 retries at once. */
  baseDelayMs?: number;
  /** The longest wait before a retry, in milliseconds. Default 1000. */
  maxDelayMs?: number;
  /**
   * Called before each wait (for logging): the typed error of the attempt that
   * failed, its number (1 for the first), and the wait chosen. An error it
   * throws ends the retries and is thrown by withTransaction.
   */
  onRetry?: (error: SerializationFailureError | DeadlockError, attempt: number, delayMs: number) => void;
}

export interface TransactionOptions {
  isolationLevel?: IsolationLevel;
  /**
   * `statement_timeout` for this transaction only (milliseconds, a positive
   * integer): a statement of `fn` (or COMMIT) that runs longer fails with
   * QueryCanceledError and the transaction is rolled back. Set with
   * `set_config(..., true)` right after BEGIN, so the pooled connection keeps
   * its own setting afterwards. Unset: the server's or connection's setting.
   */
  statementTimeout?: number;
  /**
   * `lock_timeout` for this transaction only (milliseconds, a positive
   * integer): a statement that waits longer for a lock fails with
   * LockTimeoutError. Transaction-local, like `statementTimeout`.
   */
  lockTimeout?: number;
  /**
   * Retry serialization failures and deadlocks: see RetryOptions. Unset (the
   * default): never retried, the error is thrown. When set, `fn` may run more
   * than once.
   */
  retry?: RetryOptions;
  /** Runs after BEGIN, before `fn`: e.g. `set_config(...)` for transaction-local settings. */
  setUp?: (client: pg.PoolClient) => Promise<unknown>;
}

interface Plan {
  begin: string;
  settings?: { sql: string; values: string[] };
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  onRetry?: RetryOptions['onRetry'];
}

/** Checks every option (InvalidParameterError) and works out what each attempt sends. */
function plan(options: TransactionOptions): Plan {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidParameterError('options', 'expected an object');
  }
  const level =
    options.isolationLevel === undefined
      ? undefined
      : (oneOf(ISOLATION_LEVELS)(options.isolationLevel, 'isolationLevel') as IsolationLevel);
  const timeout = integer(1, MAX_MS);
  const settings: [string, string][] = [];
  if (options.statementTimeout !== undefined) {
    settings.push(['statement_timeout', String(timeout(options.statementTimeout, 'statementTimeout'))]);
  }
  if (options.lockTimeout !== undefined) {
    settings.push(['lock_timeout', String(timeout(options.lockTimeout, 'lockTimeout'))]);
  }
  const retry = options.retry;
  if (retry !== undefined && (typeof retry !== 'object' || retry === null)) {
    throw new InvalidParameterError('retry', 'expected an object such as { attempts: 3 }');
  }
  const delay = integer(0, MAX_MS);
  if (retry?.onRetry !== undefined && typeof retry.onRetry !== 'function') {
    throw new InvalidParameterError('retry.onRetry', 'expected a function');
  }
  return {
    begin: level ? `BEGIN ISOLATION LEVEL ${level.toUpperCase()}` : 'BEGIN',
    settings: settings.length
      ? {
          sql: `SELECT ${settings.map(([name], i) => `set_config('${name}', $${i + 1}, true)`).join(', ')}`,
          values: settings.map(([, value]) => value),
        }
      : undefined,
    attempts: retry ? (integer(1, MAX_ATTEMPTS)(retry.attempts, 'retry.attempts') as number) : 1,
    baseDelayMs: retry?.baseDelayMs === undefined ? 20 : (delay(retry.baseDelayMs, 'retry.baseDelayMs') as number),
    maxDelayMs: retry?.maxDelayMs === undefined ? 1000 : (delay(retry.maxDelayMs, 'retry.maxDelayMs') as number),
    onRetry: retry?.onRetry,
  };
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown; broken: boolean };

/**
 * Runs `fn` in one transaction on a client of `pool`: COMMIT when it
 * resolves, ROLLBACK when it throws (the error is rethrown, typed by
 * mapError). It resolves only if the COMMIT committed: when a statement of
 * `fn` failed and `fn` caught the error and resolved anyway, PostgreSQL has
 * already aborted the transaction and answers COMMIT with a ROLLBACK, and
 * withTransaction throws TransactionAbortedError (nothing of `fn` was
 * committed). To try a statement and carry on if it fails, run it in
 * withSavepoint. ConnectionError when no client can be obtained or the
 * connection dies. A client whose connection broke is destroyed rather than
 * returned to the pool.
 *
 * `statementTimeout` and `lockTimeout` apply to this transaction only
 * (QueryCanceledError, LockTimeoutError when exceeded); the client returns to
 * the pool with its own settings.
 *
 * Retries happen only when `retry` is given, never by default, and only for a
 * SerializationFailureError or DeadlockError that `fn` throws or COMMIT
 * raises: the transaction is rolled back and, after a jittered backoff, `fn`
 * runs again from the start in a new transaction (possibly on another client).
 * After the last attempt that error is thrown. Any other error (a
 * TransactionAbortedError, a broken connection, a constraint violation, the
 * caller's own) is thrown at once. So with `retry`, `fn` MAY RUN MORE THAN
 * ONCE: it must do nothing outside the transaction (no HTTP calls, no
 * messages sent, no in-memory state it does not reset) that must happen
 * only once. InvalidParameterError for a bad option, before connecting.
 */
export async function withTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const p = plan(options);
  for (let attempt = 1; ; attempt++) {
    const outcome = await runOnce(pool, fn, options, p);
    if (outcome.ok) return outcome.value;
    const { error } = outcome;
    const retryable = (error instanceof SerializationFailureError || error instanceof DeadlockError) && !outcome.broken;
    if (!retryable || attempt >= p.attempts) throw error;
    const delayMs = backoff(attempt, p.baseDelayMs, p.maxDelayMs);
    p.onRetry?.(error, attempt, delayMs);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

/** Full jitter: random whole milliseconds in [0, min(max, base * 2^(attempt-1))]. */
function backoff(attempt: number, baseDelayMs: number, maxDelayMs: number): number {
  const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(Math.random() * (cap + 1));
}

async function runOnce<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
  options: TransactionOptions,
  p: Plan,
): Promise<Outcome<T>> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    return { ok: false, error: mapError(error), broken: true };
  }
  let broken: Error | undefined;
  // A checked-out client has no pool listener: if its backend dies between
  // statements it emits `error`, which unhandled would crash the process.
  // Remember it instead; the next statement fails with a typed error.
  const onError = (error: Error) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    await client.query(p.begin);
    if (p.settings) await client.query(p.settings.sql, p.settings.values);
    if (options.setUp) await options.setUp(client);
    const value = await fn(client);
    const commit = await client.query('COMMIT');
    // An aborted transaction's COMMIT succeeds, with the command tag ROLLBACK.
    if (commit.command !== 'COMMIT') {
      throw new TransactionAbortedError(
        'the transaction was rolled back, not committed: a statement in it failed and the error was caught; nothing of it was written (use withSavepoint to carry on after a failure)',
        { code: '25P02' },
      );
    }
    return { ok: true, value };
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      broken = rollbackError as Error;
    }
    return { ok: false, error: mapError(error), broken: broken !== undefined };
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

let savepoints = 0;

/**
 * Runs `fn` inside a savepoint of the transaction `client` is in: "try this,
 * carry on if it fails". When `fn` throws, everything it did is rolled back
 * to the savepoint and the error is rethrown (typed by mapError); the
 * transaction itself stays usable and the caller may catch the error and go
 * on. When `fn` resolves, the savepoint is released and its work stays part
 * of the transaction (committed or rolled back with it). Only inside a
 * transaction (withTransaction, withWorkspace or your own BEGIN).
 */
export async function withSavepoint<T>(
  client: pg.PoolClient | pg.Client,
  fn: (client: pg.PoolClient | pg.Client) => Promise<T>,
): Promise<T> {
  const name = `psdb_savepoint_${++savepoints}`;
  try {
    await client.query(`SAVEPOINT ${name}`);
  } catch (error) {
    throw mapError(error);
  }
  try {
    const result = await fn(client);
    await client.query(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    // ROLLBACK TO also ends the aborted state a failed statement left behind.
    await client
      .query(`ROLLBACK TO SAVEPOINT ${name}`)
      .then(() => client.query(`RELEASE SAVEPOINT ${name}`))
      .catch(() => undefined);
    throw mapError(error);
  }
}

export interface WorkspaceOptions extends Omit<TransactionOptions, 'setUp'> {
  /**
   * `SET LOCAL ROLE` to this role for the transaction, e.g. `payment_sync_app`
   * when the pool's login role is a member of it but not subject to RLS itself.
   * Leave unset when the pool already connects as the application role.
   */
  role?: string;
}

/**
 * withTransaction, with the transaction-local setting `payment_sync.workspace_id`
 * set to `workspaceId`: under the row-level-security role (migration 0004) every
 * statement in `fn` sees and writes only that workspace's rows, even one whose
 * SQL forgot the filter; a write into another workspace is refused with
 * PermissionDeniedError. The other options (isolationLevel, statementTimeout,
 * lockTimeout, retry) are withTransaction's; with `retry`, `fn` may run more
 * than once. InvalidParameterError for a malformed `workspaceId` or option,
 * before connecting; otherwise it throws as withTransaction.
 */
export async function withWorkspace<T>(
  pool: pg.Pool,
  workspaceId: string,
  fn: (client: pg.PoolClient) => Promise<T>,
  options: WorkspaceOptions = {},
): Promise<T> {
  uuid(workspaceId, 'workspaceId');
  const { role: _role, ...transactionOptions } = options;
  return withTransaction(pool, fn, {
    ...transactionOptions,
    setUp: async (client) => {
      // A SET LOCAL statement, not set_config(): Citus propagates SET LOCAL to the shards' sessions
      // (citus.propagate_set_commands = 'local'), and the row-level-security policy is evaluated
      // there (docs/SCALE-OUT.md). The value is a checked uuid (above): nothing to quote.
      const role = options.role ? `; SET LOCAL ROLE ${client.escapeIdentifier(options.role)}` : '';
      await client.query(`SET LOCAL payment_sync.workspace_id = '${workspaceId}'${role}`);
    },
  });
}
