import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { mapError, MigrationError, PaymentSyncDbError } from './errors.js';

/** The migrations shipped with the package: the only source of the schema. */
export const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));
/** The table (schema public) in which node-pg-migrate records the applied migrations. */
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
 * Resolves to the names of the migrations run. LockTimeoutError when a table
 * lock is not granted within `lockTimeoutMs`, ConnectionError when the
 * database cannot be reached, ServerError (or another class) for a failing
 * statement, MigrationError for anything else node-pg-migrate refuses (an
 * out-of-order history, an unreadable file); a failed run changes nothing.
 */
export async function migrate(options: MigrateOptions): Promise<string[]> {
  const { runner } = await import('node-pg-migrate');
  const client = await connect(options);
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
    throw migrationError(error);
  } finally {
    await client.query('RESET lock_timeout').catch(() => {});
    if (options.pool) (client as pg.PoolClient).release();
    else await (client as pg.Client).end();
  }
}

/** Typed as mapError does; anything it leaves untyped (node-pg-migrate's own checks) is a MigrationError. */
function migrationError(error: unknown): PaymentSyncDbError {
  const typed = mapError(error);
  if (typed instanceof PaymentSyncDbError) return typed;
  const message = typed instanceof Error ? typed.message : String(typed);
  return new MigrationError(message, { code: 'MIGRATION_FAILED', cause: error });
}

/** A client of `options.pool`, or a new connected client of `options.databaseUrl`; a failure is typed (ConnectionError...). */
async function connect(options: Pick<MigrateOptions, 'pool' | 'databaseUrl'>): Promise<pg.PoolClient | pg.Client> {
  if (options.pool) return options.pool.connect().catch((error: unknown) => Promise.reject(migrationError(error)));
  let client: pg.Client;
  try {
    client = new pg.Client(options.databaseUrl);
  } catch (error) {
    throw migrationError(error);
  }
  // A connection that dies while idle must not crash the process with an unhandled `error` event.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw migrationError(error);
  }
  return client;
}

export interface AppliedMigration {
  name: string;
  /** When it was applied (the migrations table stores a timestamp without time zone). */
  runOn: Date;
}

export interface MigrationStatus {
  /** Applied migrations, oldest first (may include names this package no longer ships). */
  applied: AppliedMigration[];
  /** Packaged migrations not applied yet, in the order `migrate()` would apply them. */
  pending: string[];
}

/** The names of the packaged migrations (file names without extension), in the order node-pg-migrate runs them. */
export async function packagedMigrations(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.'))
    .map((entry) => entry.name.replace(/\.[^.]*$/, ''))
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'variant', ignorePunctuation: true }));
}

/**
 * Which packaged migrations are applied and which are pending. Read-only: it
 * takes no lock and creates nothing (a database never migrated has every
 * migration pending). ConnectionError when the database cannot be reached.
 */
export async function migrationStatus(options: Pick<MigrateOptions, 'pool' | 'databaseUrl'>): Promise<MigrationStatus> {
  const packaged = await packagedMigrations();
  const client = await connect(options);
  try {
    const { rows: exists } = await client.query<{ t: string | null }>(
      `SELECT to_regclass('public.${MIGRATIONS_TABLE}')::text AS t`,
    );
    const applied: AppliedMigration[] = [];
    if (exists[0]?.t) {
      const { rows } = await client.query<{ name: string; run_on: Date }>(
        `SELECT name, run_on FROM public.${MIGRATIONS_TABLE} ORDER BY run_on, id`,
      );
      for (const row of rows) applied.push({ name: row.name, runOn: row.run_on });
    }
    const done = new Set(applied.map((m) => m.name));
    return { applied, pending: packaged.filter((name) => !done.has(name)) };
  } catch (error) {
    throw migrationError(error);
  } finally {
    if (options.pool) (client as pg.PoolClient).release();
    else await (client as pg.Client).end().catch(() => {});
  }
}
