import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customers,
  InvalidParameterError,
  PermissionDeniedError,
  withTransaction,
  withWorkspace,
} from '../src/index.js';
import { adminQuery, useDatabase } from './support/database.js';
import { insertCustomer, insertWorkspace, snapshot } from './support/factories.js';

const db = useDatabase();
const APP = { role: 'payment_sync_app' };

let a: string;
let b: string;
let bCustomer: string;
beforeAll(async () => {
  a = (await insertWorkspace(db.pool)).id;
  b = (await insertWorkspace(db.pool)).id;
  await insertCustomer(db.pool, a);
  await insertCustomer(db.pool, a);
  bCustomer = (await insertCustomer(db.pool, b)).id;
});

describe('row-level security (migration 0004)', () => {
  it('uses a role that is neither owner, superuser nor BYPASSRLS', async () => {
    const { rows } = await db.pool.query(
      `SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = 'payment_sync_app'`,
    );
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcanlogin: false }]);
    const owned = await db.pool.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'payment_sync_app'`,
    );
    expect(owned.rows).toEqual([]);
    const unprotected = await db.pool.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'payment_sync_db_migrations'
         AND NOT c.relrowsecurity`,
    );
    expect(unprotected.rows).toEqual([]);
  });

  it('shows a statement that forgot the workspace filter only the current workspace', async () => {
    const seen = await withWorkspace(
      db.pool,
      a,
      async (tx) => (await tx.query('SELECT workspace_id FROM customers')).rows,
      APP,
    );
    expect(seen).toHaveLength(2);
    expect(new Set(seen.map((r) => r.workspace_id))).toEqual(new Set([a]));
    const changedRows = await withWorkspace(
      db.pool,
      a,
      async (tx) => (await tx.query(`UPDATE customers SET name = name`)).rowCount,
      APP,
    );
    expect(changedRows).toBe(2);
  });

  it('hides another workspace from a query called with its ids', async () => {
    const found = await withWorkspace(
      db.pool,
      a,
      (tx) => customers.getCustomer(tx, { workspaceId: b, id: bCustomer }),
      APP,
    );
    expect(found).toBeNull();
  });

  it('refuses a write into another workspace with a typed error and nothing written', async () => {
    const before = await snapshot(db.pool);
    await expect(
      withWorkspace(db.pool, a, (tx) => customers.createCustomer(tx, { workspaceId: b, name: 'smuggled' }), APP),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await snapshot(db.pool)).toEqual(before);
  });

  it('shows nothing when no workspace is set', async () => {
    const rows = await withTransaction(db.pool, async (tx) => {
      await tx.query('SET LOCAL ROLE payment_sync_app');
      return (await tx.query('SELECT * FROM customers')).rows;
    });
    expect(rows).toEqual([]);
  });

  it('refuses a malformed workspace id', async () => {
    await expect(withWorkspace(db.pool, 'nope', async () => 1)).rejects.toBeInstanceOf(InvalidParameterError);
  });

  describe('for a login role that is a member of payment_sync_app', () => {
    const login = `psdb_rls_${randomBytes(4).toString('hex')}`;
    let appPool: pg.Pool;
    beforeAll(async () => {
      await adminQuery(`CREATE ROLE ${login} LOGIN PASSWORD 'app' IN ROLE payment_sync_app`);
      const url = new URL(db.url);
      url.username = login;
      url.password = 'app';
      appPool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    });
    afterAll(async () => {
      await appPool.end();
      await adminQuery(`DROP ROLE IF EXISTS ${login}`);
    });

    it('isolates without any SET ROLE', async () => {
      const rows = await withWorkspace(
        appPool,
        b,
        async (tx) => (await tx.query('SELECT workspace_id FROM customers')).rows,
      );
      expect(rows).toEqual([{ workspace_id: b }]);
      expect((await appPool.query('SELECT count(*)::int AS n FROM customers')).rows[0].n).toBe(0);
    });
  });
});
