import pg from 'pg';
import { mapError } from './errors.js';

export interface PoolOptions extends pg.PoolConfig {
  /**
   * Called when an idle pooled client's connection dies (server restart,
   * pg_terminate_backend, network). pg emits this on the pool, and an
   * unhandled `error` event would crash the process. Default: a process warning.
   */
  onIdleError?: (error: unknown) => void;
}

/**
 * A pg.Pool with an `error` listener already attached, so that a backend
 * dying under an idle client never takes the process down; the pool simply
 * replaces the client on the next call. Any pool works with this library;
 * if you build your own, attach such a listener yourself.
 */
export function createPool(options: PoolOptions = {}): pg.Pool {
  const { onIdleError, ...config } = options;
  const pool = new pg.Pool(config);
  pool.on('error', (error) => {
    const typed = mapError(error);
    if (onIdleError) onIdleError(typed);
    else process.emitWarning(`payment-sync-db: idle client error: ${(typed as Error).message}`);
  });
  return pool;
}
