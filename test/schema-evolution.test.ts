// A later migration that adds a column must not break a running process. Every
// facade function runs as a named prepared statement (src/query.ts), prepared
// once per pooled connection; a query whose result columns follow the table
// (`SELECT *`, `RETURNING *`, `t.*`) would change result type when a column is
// added, and PostgreSQL refuses to run the cached statement again
// (0A000 `cached plan must not change result type`). Queries list their
// columns, so the statements prepared before the ALTER keep working after it,
// with the same row shape.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { customers, prices, syncSessions, workspaces, type Db } from '../src/index.js';
import { useDatabase } from './support/database.js';
import { insertCustomer, insertPrice, insertProduct, insertSyncSession, insertWorkspace } from './support/factories.js';

const POOL_SIZE = 3;
const db = useDatabase({ poolSize: POOL_SIZE });

/** A column no query knows about, added by a "later migration" to each of these tables. */
const ADDED = 'added_by_a_later_migration';
const ALTERED_TABLES = [
  'workspaces',
  'workspace_payment_providers',
  'customers',
  'products',
  'prices',
  'payment_sync_sessions',
];

/** The keys of a result, as the shape a caller sees: a row's keys, a list's first row, an upsert's row. */
function shapeOf(result: unknown): string[] {
  if (Array.isArray(result)) return result.length === 0 ? ['(empty list)'] : shapeOf(result[0]);
  if (result === null || typeof result !== 'object') return [`(${String(result)})`];
  const { outcome, row } = result as { outcome?: unknown; row?: unknown };
  if (typeof outcome === 'string' && row) return ['outcome', ...shapeOf(row)];
  return Object.keys(result);
}

describe('schema evolution: a column added while the pool runs', () => {
  it('keeps every prepared read, write, upsert and join working, with the same row shape', async () => {
    const w = (await insertWorkspace(db.pool)).id;
    const customer = await insertCustomer(db.pool, w);
    const product = await insertProduct(db.pool, w);
    const price = await insertPrice(db.pool, w, product.id);
    const session = await insertSyncSession(db.pool, w);
    await workspaces.updateWorkspaceProviderConfig(db.pool, { workspaceId: w, providerName: 'stripe', config: {} });

    let n = 0;
    const calls: Record<string, (c: Db) => Promise<unknown>> = {
      getWorkspace: (c) => workspaces.getWorkspace(c, { workspaceId: w }),
      getWorkspaceProviderConfig: (c) =>
        workspaces.getWorkspaceProviderConfig(c, { workspaceId: w, providerName: 'stripe' }),
      updateWorkspaceProviderConfig: (c) =>
        workspaces.updateWorkspaceProviderConfig(c, {
          workspaceId: w,
          providerName: 'stripe',
          config: { accountId: `acct_${++n}` },
        }),
      getWorkspacesByProvider: (c) => workspaces.getWorkspacesByProvider(c, { providerName: 'stripe', limit: 10 }),
      getCustomer: (c) => customers.getCustomer(c, { workspaceId: w, id: customer.id }),
      listCustomers: (c) => customers.listCustomers(c, { workspaceId: w, limit: 10 }),
      createCustomer: (c) => customers.createCustomer(c, { workspaceId: w, email: `new${++n}@example.com` }),
      updateCustomer: (c) => customers.updateCustomer(c, { workspaceId: w, id: customer.id, name: `Name ${++n}` }),
      createCustomerWithSync: (c) =>
        customers.createCustomerWithSync(c, {
          workspaceId: w,
          paymentProvider: 'stripe',
          externalId: 'cus_evolving',
          email: `synced${++n}@example.com`,
          providerUpdatedAt: new Date(Date.UTC(2030, 0, 1, 0, 0, n)),
        }),
      getPrice: (c) => prices.getPrice(c, { workspaceId: w, id: price.id }),
      getPriceWithProduct: (c) => prices.getPriceWithProduct(c, { workspaceId: w, id: price.id }),
      listPricesByProduct: (c) => prices.listPricesByProduct(c, { workspaceId: w, productId: product.id, limit: 10 }),
      updatePrice: (c) => prices.updatePrice(c, { workspaceId: w, id: price.id, unitAmount: 2000 + ++n }),
      createPriceWithSync: (c) =>
        prices.createPriceWithSync(c, {
          workspaceId: w,
          productId: product.id,
          paymentProvider: 'stripe',
          externalId: 'price_evolving',
          currency: 'usd',
          unitAmount: 500 + ++n,
          type: 'one_time',
          providerUpdatedAt: new Date(Date.UTC(2030, 0, 1, 0, 0, n)),
        }),
      getSyncSession: (c) => syncSessions.getSyncSession(c, { workspaceId: w, id: session.id }),
      listSyncSessions: (c) => syncSessions.listSyncSessions(c, { workspaceId: w, limit: 10 }),
      updateSyncSessionProgress: (c) =>
        syncSessions.updateSyncSessionProgress(c, { workspaceId: w, id: session.id, progress: { step: ++n } }),
    };

    /**
     * Runs every call on `c`: one after the other on a client (a client runs one query at a time),
     * all at once on the pool. The shape of each result, or the error it failed with.
     */
    async function round(c: Db): Promise<Record<string, string[] | string>> {
      const names = Object.keys(calls);
      const settled: PromiseSettledResult<unknown>[] = [];
      if (c instanceof pg.Pool) settled.push(...(await Promise.allSettled(names.map((name) => calls[name](c)))));
      else for (const name of names) settled.push(...(await Promise.allSettled([calls[name](c)])));
      return Object.fromEntries(
        settled.map((s, i) => {
          if (s.status === 'fulfilled') return [names[i], shapeOf(s.value)];
          const e = s.reason as Error & { code?: string };
          return [names[i], `failed: ${e.code} ${e.message}`];
        }),
      );
    }

    /** Runs every call on every pooled connection, each checked out at once (so all of them are used). */
    async function everywhere(times: number) {
      const clients = await Promise.all(Array.from({ length: POOL_SIZE }, () => db.pool.connect()));
      try {
        expect(db.pool.totalCount).toBe(POOL_SIZE);
        const perClient: Record<string, string[] | string>[] = [];
        for (let t = 0; t < times; t++) perClient.push(...(await Promise.all(clients.map(round))));
        return perClient;
      } finally {
        for (const client of clients) client.release();
      }
    }
    /** Runs every call `times` times through the pool, all at once. */
    async function throughThePool(times: number) {
      return Promise.all(Array.from({ length: times }, () => round(db.pool)));
    }

    // Warm: every statement prepared on every connection of the pool.
    const before = await everywhere(2);
    const expected = before[0];
    for (const shapes of before) expect(shapes).toEqual(expected);
    for (const [name, shape] of Object.entries(expected)) {
      expect(typeof shape, `${name} before the migration: ${String(shape)}`).not.toBe('string');
    }
    expect(await throughThePool(3)).toEqual([expected, expected, expected]);

    // A later migration, from another process.
    const migration = new pg.Client({ connectionString: db.url });
    await migration.connect();
    try {
      for (const table of ALTERED_TABLES) {
        await migration.query(`ALTER TABLE ${table} ADD COLUMN ${ADDED} text NOT NULL DEFAULT 'new'`);
      }
    } finally {
      await migration.end();
    }

    // The same statements, on the same connections: same shapes, the new column in none.
    const after = [...(await everywhere(2)), ...(await throughThePool(3))];
    const failures = after.flatMap((shapes) =>
      Object.entries(shapes).flatMap(([name, shape]) => (typeof shape === 'string' ? [`${name}: ${shape}`] : [])),
    );
    expect([...new Set(failures)]).toEqual([]);
    for (const shapes of after) expect(shapes).toEqual(expected);
    expect(JSON.stringify(after)).not.toContain('addedByALaterMigration');
  });
});
