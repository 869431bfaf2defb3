// One database per test file, cloned from the migrated template, dropped at
// the end: tests never share rows and need no clean-up of their own.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';

export interface TestDatabase {
  /** The pool of this file's database (available inside tests and hooks). */
  readonly pool: pg.Pool;
  readonly url: string;
  readonly name: string;
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
  const db = {
    name,
    get url() {
      return databaseUrl(name);
    },
    get pool() {
      if (!pool) throw new Error('useDatabase(): the pool exists only inside tests and hooks');
      return pool;
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
