// One database per test file, cloned from the migrated template, dropped at
// the end: tests never share rows and need no clean-up of their own.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { insertWorkspace, snapshot } from './factories.js';

export interface TestDatabase {
  /** The pool of this file's database (available inside tests and hooks). */
  readonly pool: pg.Pool;
  readonly url: string;
  readonly name: string;
  /** Two fresh workspaces, a and b (their ids). */
  twoWorkspaces(): Promise<{ a: string; b: string }>;
  /** Runs `fn`, expects it to reject with `Class`, and proves that nothing in the database changed. */
  /** Runs `fn` and proves that nothing in the database changed; resolves to what `fn` resolved to. */
  withoutWrites<T>(fn: () => Promise<T>): Promise<T>;
  refusedWithoutWrites<E extends Error>(fn: () => Promise<unknown>, Class: new (...args: never[]) => E): Promise<E>;
  /**
   * A pool of this database that was already ended: a call that reaches it fails with a
   * ConnectionError, so a call refused with InvalidParameterError never touched the database.
   */
  closedPool(): Promise<pg.Pool>;
}

export function databaseUrl(database: string): string {
  const url = new URL(inject('serverUrl'));
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client(inject('serverUrl'));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates `name` from the migrated template (or empty when `template` is false). */
export async function createDatabase(name: string, template = true): Promise<string> {
  await adminQuery(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${inject('templateDatabase')}` : ''}`);
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

export function useDatabase(options: { template?: boolean; poolSize?: number } = {}): TestDatabase {
  let pool: pg.Pool | undefined;
  const name = `psdb_test_${randomBytes(6).toString('hex')}`;
  const db: TestDatabase = {
    name,
    get url() {
      return databaseUrl(name);
    },
    get pool() {
      if (!pool) throw new Error('useDatabase(): the pool exists only inside tests and hooks');
      return pool;
    },
    async twoWorkspaces() {
      const a = await insertWorkspace(db.pool);
      const b = await insertWorkspace(db.pool);
      return { a: a.id, b: b.id };
    },
    async withoutWrites(fn) {
      const before = await snapshot(db.pool);
      const result = await fn();
      expect(await snapshot(db.pool)).toEqual(before);
      return result;
    },
    async refusedWithoutWrites(fn, Class) {
      const before = await snapshot(db.pool);
      const error = await fn().then(
        () => new Error(`expected ${Class.name}, but the call succeeded`),
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Class);
      expect(await snapshot(db.pool)).toEqual(before);
      return error as never;
    },
    async closedPool() {
      const closed = new pg.Pool({ connectionString: db.url });
      await closed.end();
      return closed;
    },
  };
  beforeAll(async () => {
    const url = await createDatabase(name, options.template ?? true);
    pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle client whose backend dies makes the pool emit `error`; without
    // a listener the process would crash.
    pool.on('error', () => {});
  });
  afterAll(async () => {
    await pool?.end();
    await dropDatabase(name);
  });
  return db;
}
