import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { mapError } from './errors.js';

/** The migrations shipped with the package: the only source of the schema. */
export const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));
export const MIGRATIONS_TABLE = 'payment_sync_db_migrations';

export interface MigrateOptions {
  /** Run on a client of this pool... */
  pool?: pg.Pool;
  /** ...or open (and close) a connection to this URL. */
  databaseUrl?: string;
  direction?: 'up' | 'down';
  /** How many migrations to apply (up) or undo (down). Default: all pending up, one down. */
  count?: number;
  /** How long a migration waits for a table lock before failing (ms). Default 10 s. */
  lockTimeoutMs?: number;
  log?: (message: string) => void;
}

/**
 * Applies (or undoes) the packaged migrations with node-pg-migrate, inside
 * one transaction and under its advisory lock. A lock_timeout makes a
 * migration fail instead of queueing behind live traffic forever.
 * Resolves to the names of the migrations run.
 */
export async function migrate(options: MigrateOptions): Promise<string[]> {
  const { runner } = await import('node-pg-migrate');
  const client = options.pool ? await options.pool.connect() : new pg.Client(options.databaseUrl);
  if (!options.pool) await (client as pg.Client).connect();
  try {
    await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(options.lockTimeoutMs ?? 10_000))}`);
    const run = await runner({
      dbClient: client,
      dir: migrationsDir,
      migrationsTable: MIGRATIONS_TABLE,
      direction: options.direction ?? 'up',
      count: options.count ?? (options.direction === 'down' ? 1 : Infinity),
      checkOrder: true,
      singleTransaction: true,
      log: options.log ?? (() => {}),
    });
    return run.map((m) => m.name);
  } catch (error) {
    throw mapError(error);
  } finally {
    await client.query('RESET lock_timeout').catch(() => {});
    if (options.pool) (client as pg.PoolClient).release();
    else await (client as pg.Client).end();
  }
}
