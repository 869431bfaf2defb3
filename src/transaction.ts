import type pg from 'pg';
import { mapError } from './errors.js';

export type IsolationLevel = 'read committed' | 'repeatable read' | 'serializable';

export interface TransactionOptions {
  isolationLevel?: IsolationLevel;
  /** Runs after BEGIN, before `fn`: e.g. `set_config(...)` for transaction-local settings. */
  setUp?: (client: pg.PoolClient) => Promise<unknown>;
}

/**
 * Runs `fn` in one transaction on a client of `pool`: COMMIT when it
 * resolves, ROLLBACK when it throws (the error is rethrown, typed). A client
 * whose connection broke is destroyed rather than returned to the pool.
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
  try {
    await client.query(options.isolationLevel ? `BEGIN ISOLATION LEVEL ${options.isolationLevel.toUpperCase()}` : 'BEGIN');
    if (options.setUp) await options.setUp(client);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      broken = rollbackError as Error;
    }
    throw mapError(error);
  } finally {
    client.release(broken);
  }
}
