import pg from 'pg';
import { mapError } from './errors.js';
import { withoutNamedStatements } from './query.js';

export interface PoolOptions extends pg.PoolConfig {
  /**
   * Called when an idle pooled client's connection dies (server restart,
   * pg_terminate_backend, network). pg emits this on the pool, and an
   * unhandled `error` event would crash the process. Default: a process warning.
   */
  onIdleError?: (error: unknown) => void;
  /**
   * `false`: every call of this library on the pool (and on the clients it hands out) sends unnamed
   * statements instead of named prepared statements, for PgBouncer in transaction pooling mode
   * (before 1.21, or without `max_prepared_statements`). Default `true`: each query is prepared
   * once per connection.
   */
  namedStatements?: boolean;
}

/**
 * A pg.Pool with an `error` listener already attached, so that a backend
 * dying under an idle client never takes the process down; the pool simply
 * replaces the client on the next call. Any pool works with this library;
 * if you build your own, attach such a listener yourself.
 */
export function createPool(options: PoolOptions = {}): pg.Pool {
  const { onIdleError, namedStatements = true, ...config } = options;
  const pool = new pg.Pool(config);
  if (!namedStatements) withoutNamedStatements(pool);
  pool.on('error', (error) => {
    const typed = mapError(error);
    if (onIdleError) onIdleError(typed);
    else process.emitWarning(`payment-sync-db: idle client error: ${(typed as Error).message}`);
  });
  return pool;
}
