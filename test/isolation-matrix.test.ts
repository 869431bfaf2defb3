// Tenancy as evidence: every exported query function is called with
// workspace B's id and workspace A's object ids and external ids. Reads must
// return nothing of A (and exactly what ids that exist nowhere would return);
// writes must change none of A's rows, and none of B's when they target A's
// ids. A function with a parameter this file cannot fill fails the test, so a
// new query cannot slip in without coverage.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { PaymentSyncDbError } from '../src/index.js';
import { useDatabase } from './support/database.js';
import {
  insertCustomer,
  insertPrice,
  insertProduct,
  insertRow,
  insertSubscription,
  insertSyncEvent,
  insertSyncSession,
  insertWorkspace,
  TENANT_TABLES,
} from './support/factories.js';
import { isWrite, libraryFunctions, paramsFor, subjectTable } from './support/library-functions.js';

const db = useDatabase();

/** The one query meant to span workspaces (for schedulers). */
const CROSS_WORKSPACE = new Set(['workspaces.getWorkspacesByProvider']);

interface Tenant {
  workspaceId: string;
  ids: Record<string, string>;
  externalIds: Record<string, string>;
}

async function seedTenant(pool: pg.Pool, prefix: string): Promise<Tenant> {
  const { id: workspaceId } = await insertWorkspace(pool);
  for (const providerName of ['stripe', 'chargebee']) {
    await insertRow(pool, 'workspace_payment_providers', { workspaceId, providerName, config: { region: 'eu' } });
  }
  const ext = (kind: string) => `${prefix}_${kind}`;
  const customer = await insertCustomer(pool, workspaceId, { externalId: ext('cus'), paymentSyncStatus: 'synced' });
  await insertCustomer(pool, workspaceId, { externalId: ext('cus2'), paymentSyncStatus: 'conflict' });
  await insertCustomer(pool, workspaceId, { externalId: ext('cus3'), paymentSyncStatus: 'pending' });
  const product = await insertProduct(pool, workspaceId, { externalId: ext('prod'), paymentSyncStatus: 'failed' });
  const price = await insertPrice(pool, workspaceId, product.id, {
    externalId: ext('price'),
    paymentSyncStatus: 'synced',
  });
  const subscription = await insertSubscription(
    pool,
    workspaceId,
    { customerId: customer.id, priceId: price.id },
    { externalId: ext('sub'), paymentSyncStatus: 'conflict' },
  );
  const session = await insertSyncSession(pool, workspaceId, { status: 'running' });
  await insertSyncSession(pool, workspaceId, { sessionType: 'incremental', status: 'completed' });
  const event = await insertSyncEvent(pool, workspaceId, session.id, { entityId: customer.id, externalId: ext('cus') });
  await insertSyncEvent(pool, workspaceId, session.id, {
    entityType: 'price',
    eventType: 'failed',
    externalId: ext('price'),
  });
  return {
    workspaceId,
    ids: {
      customers: customer.id,
      products: product.id,
      prices: price.id,
      subscriptions: subscription.id,
      payment_sync_sessions: session.id,
      payment_sync_events: event.id,
    },
    externalIds: {
      customers: ext('cus'),
      products: ext('prod'),
      prices: ext('price'),
      subscriptions: ext('sub'),
      payment_sync_events: ext('cus'),
    },
  };
}

/** Every row of one workspace, as JSON text. */
async function rowsOf(pool: pg.Pool | pg.PoolClient, workspaceId: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TENANT_TABLES) {
    const key = table === 'workspaces' ? 'id' : 'workspace_id';
    const { rows } = await pool.query<{ r: string }>(
      `SELECT to_jsonb(t)::text AS r FROM ${table} t WHERE ${key} = $1 ORDER BY 1`,
      [workspaceId],
    );
    out[table] = rows.map((row) => row.r);
  }
  return out;
}

/** The call's result, or the class of the typed error it threw (its transaction rolled back to before it). */
async function outcome(tx: pg.PoolClient, call: () => Promise<unknown>): Promise<unknown> {
  await tx.query('SAVEPOINT call');
  try {
    return { result: await call() };
  } catch (error) {
    await tx.query('ROLLBACK TO SAVEPOINT call');
    if (!(error instanceof PaymentSyncDbError)) throw error;
    return { error: error.constructor.name };
  }
}

describe('isolation matrix', () => {
  let a: Tenant;
  let b: Tenant;
  beforeAll(async () => {
    a = await seedTenant(db.pool, 'a');
    b = await seedTenant(db.pool, 'b');
  });

  const functions = libraryFunctions();

  it('covers every exported query function', () => {
    console.log(`isolation matrix: ${functions.length} exported query functions`);
    expect(functions.length).toBeGreaterThanOrEqual(19);
  });

  for (const { name, fn } of functions) {
    if (CROSS_WORKSPACE.has(name)) continue;
    it(`${name}: B's workspace with A's ids sees and changes nothing of A`, async () => {
      // Each call runs in a transaction rolled back afterwards: calls do not see each other's writes.
      const tx = await db.pool.connect();
      try {
        await tx.query('BEGIN');
        await check(tx, name, fn);
      } finally {
        await tx.query('ROLLBACK');
        tx.release();
      }
    });
  }

  async function check(tx: pg.PoolClient, name: string, fn: (typeof functions)[number]['fn']) {
    const table = subjectTable(fn.info);
    const params = paramsFor(name, fn.info, table, b.workspaceId, a.ids, a.externalIds);
    const insert = /insert\s+into/i.test(fn.info.text);
    const namesA = fn.info.params.some((p) =>
      ['id', 'customerId', 'productId', 'priceId', 'sessionId', 'entityId', 'externalId', 'externalIds'].includes(
        p.name,
      ),
    );
    const beforeA = await rowsOf(tx, a.workspaceId);
    const beforeB = await rowsOf(tx, b.workspaceId);
    const got = await outcome(tx, () => fn(tx, params));

    expect(await rowsOf(tx, a.workspaceId)).toEqual(beforeA);
    // Nothing of A comes back: its uuids never; its external ids only as the echo of an insert into B.
    const text = JSON.stringify(got);
    const identifiers = [a.workspaceId, ...Object.values(a.ids), ...(insert ? [] : Object.values(a.externalIds))];
    for (const id of identifiers) expect(text, `${name} returned A's ${id}`).not.toContain(id);
    if (isWrite(fn.info)) {
      // Targeting A's ids from B must not touch B either.
      if (namesA && !insert) expect(await rowsOf(tx, b.workspaceId)).toEqual(beforeB);
    } else if (namesA) {
      // A's ids behave exactly like ids that exist nowhere.
      const nowhere = paramsFor(
        name,
        fn.info,
        table,
        b.workspaceId,
        Object.fromEntries(Object.keys(a.ids).map((k) => [k, randomUUID()])),
        Object.fromEntries(Object.keys(a.externalIds).map((k) => [k, `nowhere_${k}`])),
      );
      expect(await outcome(tx, () => fn(tx, nowhere))).toEqual(got);
    }
  }

  it("lets the scheduler's cross-workspace query see both workspaces, and only that one", async () => {
    const cross = functions.filter((f) => CROSS_WORKSPACE.has(f.name));
    expect(cross.length).toBe(CROSS_WORKSPACE.size);
    for (const { fn } of cross) {
      const rows = (await fn(db.pool, { providerName: 'stripe', limit: 1000 })) as { workspaceId: string }[];
      expect(rows.map((r) => r.workspaceId)).toEqual(expect.arrayContaining([a.workspaceId, b.workspaceId]));
    }
  });
});
