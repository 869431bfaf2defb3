// Faults: each surfaces as a typed error, the transaction is rolled back with
// nothing half-written, and the pool serves the next call.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedServer } from '../scripts/embedded-postgres.js';
import {
  ConnectionError,
  createPool,
  customers,
  migrate,
  QueryCanceledError,
  withTransaction,
  workspaces,
} from '../src/index.js';
import { useDatabase } from './support/database.js';
import { insertWorkspace, snapshot } from './support/factories.js';

const db = useDatabase();

describe('faults on a shared server', () => {
  it('a backend killed mid-transaction: ConnectionError, nothing written, the pool serves on', async () => {
    const { id: w } = await insertWorkspace(db.pool);
    const before = await snapshot(db.pool);
    await expect(
      withTransaction(db.pool, async (tx) => {
        await customers.createCustomer(tx, { workspaceId: w, name: 'half' });
        const pid = (await tx.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
        await db.pool.query('SELECT pg_terminate_backend($1)', [pid]);
        await customers.createCustomer(tx, { workspaceId: w, name: 'never' });
      }),
    ).rejects.toBeInstanceOf(ConnectionError);
    expect(await snapshot(db.pool)).toEqual(before);
    expect(await customers.createCustomer(db.pool, { workspaceId: w, name: 'after' })).not.toBeNull();
  });

  it('a statement timeout: QueryCanceledError and the transaction rolled back', async () => {
    const { id: w } = await insertWorkspace(db.pool);
    const before = await snapshot(db.pool);
    await expect(
      withTransaction(db.pool, async (tx) => {
        await customers.createCustomer(tx, { workspaceId: w, name: 'half' });
        await tx.query(`SET LOCAL statement_timeout = '50ms'`);
        await tx.query('SELECT pg_sleep(1)');
      }),
    ).rejects.toBeInstanceOf(QueryCanceledError);
    expect(await snapshot(db.pool)).toEqual(before);
  });

  it('an exhausted pool with a connection timeout: ConnectionError, then service resumes', async () => {
    const pool = createPool({ connectionString: db.url, max: 1, connectionTimeoutMillis: 200 });
    try {
      const { id: w } = await insertWorkspace(pool);
      const held = await pool.connect();
      await expect(customers.listCustomers(pool, { workspaceId: w, limit: 1 })).rejects.toBeInstanceOf(ConnectionError);
      await expect(withTransaction(pool, async () => 1)).rejects.toBeInstanceOf(ConnectionError);
      held.release();
      expect(await customers.listCustomers(pool, { workspaceId: w, limit: 1 })).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it("an idle client's dying backend does not crash the process (createPool listens)", async () => {
    const seen: unknown[] = [];
    const pool = createPool({ connectionString: db.url, max: 2, onIdleError: (e) => seen.push(e) });
    try {
      const pid = (await pool.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      await db.pool.query('SELECT pg_terminate_backend($1)', [pid]);
      await expect.poll(() => seen.length).toBe(1);
      expect(seen[0]).toBeInstanceOf(ConnectionError);
      expect((await pool.query('SELECT 1 AS one')).rows[0].one).toBe(1);
    } finally {
      await pool.end();
    }
  });
});

describe('the server stopped and restarted under the pool', () => {
  let server: EmbeddedServer;
  let pool: pg.Pool;
  beforeAll(async () => {
    server = await startEmbeddedPostgres();
    await migrate({ databaseUrl: server.url });
    pool = createPool({ connectionString: server.url, max: 4, connectionTimeoutMillis: 2000, onIdleError: () => {} });
  }, 60_000);
  afterAll(async () => {
    await pool?.end();
    await server?.stop();
  });

  it('fails calls with ConnectionError while down, loses nothing committed, and serves after the restart', async () => {
    const ws = await workspaces.createWorkspace(pool, { name: 'durable' });
    const committed = await customers.createCustomer(pool, { workspaceId: ws!.id, name: 'kept' });
    await server.halt();
    await expect(customers.getCustomer(pool, { workspaceId: ws!.id, id: committed!.id })).rejects.toBeInstanceOf(
      ConnectionError,
    );
    await expect(
      withTransaction(pool, (tx) => customers.createCustomer(tx, { workspaceId: ws!.id, name: 'lost' })),
    ).rejects.toBeInstanceOf(ConnectionError);
    await server.resume();
    const back = await customers.getCustomer(pool, { workspaceId: ws!.id, id: committed!.id });
    expect(back?.name).toBe('kept');
    const all = await customers.listCustomers(pool, { workspaceId: ws!.id, limit: 10 });
    expect(all.map((c) => c.name)).toEqual(['kept']);
  }, 60_000);
});
