import type pg from 'pg';
import { mapError, TransactionAbortedError } from './errors.js';
import { uuid } from './params.js';

export type IsolationLevel = 'read committed' | 'repeatable read' | 'serializable';

export interface TransactionOptions {
  isolationLevel?: IsolationLevel;
  /** Runs after BEGIN, before `fn`: e.g. `set_config(...)` for transaction-local settings. */
  setUp?: (client: pg.PoolClient) => Promise<unknown>;
}

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
 */
export async function withTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw mapError(error);
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
    await client.query(
      options.isolationLevel ? `BEGIN ISOLATION LEVEL ${options.isolationLevel.toUpperCase()}` : 'BEGIN',
    );
    if (options.setUp) await options.setUp(client);
    const result = await fn(client);
    const commit = await client.query('COMMIT');
    // An aborted transaction's COMMIT succeeds, with the command tag ROLLBACK.
    if (commit.command !== 'COMMIT') {
      throw new TransactionAbortedError(
        'the transaction was rolled back, not committed: a statement in it failed and the error was caught; nothing of it was written (use withSavepoint to carry on after a failure)',
        { code: '25P02' },
      );
    }
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      broken = rollbackError as Error;
    }
    throw mapError(error);
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
 * PermissionDeniedError. InvalidParameterError for a malformed `workspaceId`,
 * before connecting; otherwise it throws as withTransaction.
 */
export async function withWorkspace<T>(
  pool: pg.Pool,
  workspaceId: string,
  fn: (client: pg.PoolClient) => Promise<T>,
  options: WorkspaceOptions = {},
): Promise<T> {
  uuid(workspaceId, 'workspaceId');
  return withTransaction(pool, fn, {
    isolationLevel: options.isolationLevel,
    setUp: async (client) => {
      await client.query(`SELECT set_config('payment_sync.workspace_id', $1, true)`, [workspaceId]);
      if (options.role) await client.query(`SET LOCAL ROLE ${client.escapeIdentifier(options.role)}`);
    },
  });
}
