// The write path (migration 0013, README "Write path"): a provider refresh that
// keeps the sync status is a HOT update (no index entry written), a status
// change is not; the needing-sync queue is ordered by the time of the last
// status change; payment_synced_at is the time the row became synced;
// updated_at is kept by the write statements themselves and, for any other
// writer, by the touch trigger.
//
// HOT is read from PostgreSQL's own backend-local counters
// (pg_stat_get_xact_tuples_updated / _hot_updated) before and after the write,
// inside the transaction that wrote: the difference is exact (the counters also
// hold earlier transactions' counts not yet reported, hence a difference), and
// not subject to the statistics collector's delay.
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { customers, prices, products, subscriptions, syncStatus, withTransaction } from '../src/index.js';
import { useDatabase } from './support/database.js';
import {
  insertCustomer,
  insertPrice,
  insertProduct,
  insertSubscription,
  insertWorkspace,
} from './support/factories.js';

const db = useDatabase();

const TABLES = ['customers', 'products', 'prices', 'subscriptions'] as const;
type Table = (typeof TABLES)[number];

/** Row versions this transaction has written to `table` so far: all updates, and those that were HOT. */
async function updates(tx: pg.PoolClient, table: Table): Promise<{ updated: number; hot: number }> {
  const { rows } = await tx.query<{ updated: string; hot: string }>(
    `SELECT pg_stat_get_xact_tuples_updated($1::regclass) AS updated,
            pg_stat_get_xact_tuples_hot_updated($1::regclass) AS hot`,
    [table],
  );
  return { updated: Number(rows[0].updated), hot: Number(rows[0].hot) };
}

/** What `write` adds to this transaction's update counters of `table`. */
async function counted(tx: pg.PoolClient, table: Table, write: () => Promise<unknown>) {
  const before = await updates(tx, table);
  await write();
  const after = await updates(tx, table);
  return { updated: after.updated - before.updated, hot: after.hot - before.hot };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const at = (day: number) => new Date(Date.UTC(2026, 0, day));

/** A workspace with `n` synced, described rows of each entity table. */
async function synced(n: number) {
  const { id: workspaceId } = await insertWorkspace(db.pool);
  const described = { paymentSyncStatus: 'synced', providerUpdatedAt: at(1), providerData: { v: 1 } };
  const rows: Record<Table, { id: string; externalId: string }[]> = {
    customers: [],
    products: [],
    prices: [],
    subscriptions: [],
  };
  for (let i = 0; i < n; i++) {
    const customer = await insertCustomer(db.pool, workspaceId, described);
    const product = await insertProduct(db.pool, workspaceId, described);
    const price = await insertPrice(db.pool, workspaceId, product.id, described);
    const subscription = await insertSubscription(
      db.pool,
      workspaceId,
      { customerId: customer.id, priceId: price.id },
      described,
    );
    for (const [table, row] of [
      ['customers', customer],
      ['products', product],
      ['prices', price],
      ['subscriptions', subscription],
    ] as const) {
      rows[table].push({ id: row.id, externalId: row.externalId as string });
    }
  }
  return { workspaceId, rows };
}

describe('a provider refresh that keeps the sync status is a HOT update', () => {
  it('createCustomerWithSync and bulkUpsertCustomersWithSync of existing objects write no index entry', async () => {
    const { workspaceId, rows } = await synced(20);
    await withTransaction(db.pool, async (tx) => {
      const one = await counted(tx, 'customers', async () => {
        for (const [i, c] of rows.customers.slice(0, 10).entries()) {
          const { outcome } = await customers.createCustomerWithSync(tx, {
            workspaceId,
            paymentProvider: 'stripe',
            externalId: c.externalId,
            email: `refreshed${i}@example.com`,
            name: `Refreshed ${i}`,
            metadata: { plan: 'pro' },
            providerUpdatedAt: at(2),
            providerData: { v: 2, id: c.externalId },
          });
          expect(outcome).toBe('updated');
        }
      });
      expect(one).toEqual({ updated: 10, hot: 10 });
    });
    // Another transaction: a HOT update needs room on the row's page, and the versions the first
    // transaction left behind are reclaimed (pruned) only once no transaction can see them.
    await withTransaction(db.pool, async (tx) => {
      const rest = rows.customers.slice(10);
      const bulk = await counted(tx, 'customers', () =>
        customers.bulkUpsertCustomersWithSync(tx, {
          workspaceId,
          paymentProvider: 'stripe',
          externalIds: rest.map((c) => c.externalId),
          names: rest.map((_, i) => `Bulk ${i}`),
          providerUpdatedAts: rest.map(() => at(2)),
          providerDatas: rest.map((c) => ({ v: 2, id: c.externalId })),
        }),
      );
      expect(bulk).toEqual({ updated: 10, hot: 10 });
    });
  });

  it('update<Entity>WithSync of each entity table writes no index entry', async () => {
    const { workspaceId, rows } = await synced(3);
    const refresh = { workspaceId, providerUpdatedAt: at(3), providerData: { v: 3 } };
    await withTransaction(db.pool, async (tx) => {
      const writes: Record<Table, (id: string) => Promise<unknown>> = {
        customers: (id) => customers.updateCustomerWithSync(tx, { ...refresh, id, name: 'New name' }),
        products: (id) => products.updateProductWithSync(tx, { ...refresh, id, description: 'New description' }),
        prices: (id) => prices.updatePriceWithSync(tx, { ...refresh, id, active: false }),
        subscriptions: (id) => subscriptions.updateSubscriptionWithSync(tx, { ...refresh, id, quantity: 7 }),
      };
      for (const table of TABLES) {
        const got = await counted(tx, table, async () => {
          for (const row of rows[table]) expect(await writes[table](row.id)).not.toBeNull();
        });
        expect({ table, ...got }).toEqual({ table, updated: 3, hot: 3 });
      }
    });
  });

  it('bulkUpdate<Entity>SyncStatus to the status the rows already have writes no index entry; a change of status does', async () => {
    const { workspaceId, rows } = await synced(4);
    const bulk = {
      customers: syncStatus.bulkUpdateCustomerSyncStatus,
      products: syncStatus.bulkUpdateProductSyncStatus,
      prices: syncStatus.bulkUpdatePriceSyncStatus,
      subscriptions: syncStatus.bulkUpdateSubscriptionSyncStatus,
    };
    await withTransaction(db.pool, async (tx) => {
      for (const table of TABLES) {
        const externalIds = rows[table].map((r) => r.externalId);
        const params = { workspaceId, paymentProvider: 'stripe', externalIds };
        const same = await counted(tx, table, async () =>
          expect(await bulk[table](tx, { ...params, paymentSyncStatus: 'synced' })).toBe(4),
        );
        expect({ table, ...same }).toEqual({ table, updated: 4, hot: 4 });
        const change = await counted(tx, table, async () =>
          expect(await bulk[table](tx, { ...params, paymentSyncStatus: 'failed', paymentSyncError: 'x' })).toBe(4),
        );
        expect({ table, ...change }).toEqual({ table, updated: 4, hot: 0 });
      }
    });
  });
});

describe('a local edit', () => {
  it('of a row already pending is a HOT update; the edit that makes a synced row pending is not', async () => {
    const { workspaceId, rows } = await synced(1);
    const [{ id }] = rows.customers;
    await withTransaction(db.pool, async (tx) => {
      const first = await counted(tx, 'customers', () =>
        customers.updateCustomer(tx, { workspaceId, id, name: 'One' }),
      );
      expect(first).toEqual({ updated: 1, hot: 0 });
    });
    await withTransaction(db.pool, async (tx) => {
      const second = await counted(tx, 'customers', () =>
        customers.updateCustomer(tx, { workspaceId, id, name: 'Two', metadata: { edited: true } }),
      );
      expect(second).toEqual({ updated: 1, hot: 1 });
    });
  });
});

describe('the needing-sync queue is ordered by the last change of sync status', () => {
  it('a pending row keeps its place when written again; a change of status puts it at the end', async () => {
    const { id: workspaceId } = await insertWorkspace(db.pool);
    const first = await insertCustomer(db.pool, workspaceId, {
      paymentSyncStatus: 'pending',
      paymentSyncStatusChangedAt: at(1),
    });
    const second = await insertCustomer(db.pool, workspaceId, {
      paymentSyncStatus: 'failed',
      paymentSyncStatusChangedAt: at(2),
    });
    const queue = async () =>
      (await customers.getCustomersNeedingSync(db.pool, { workspaceId, limit: 10 })).map((c) => c.id);
    expect(await queue()).toEqual([first.id, second.id]);

    // A local edit of a pending row: written (updated_at moves), still pending, same place.
    await sleep(5);
    const edited = await customers.updateCustomer(db.pool, { workspaceId, id: first.id, name: 'Edited' });
    expect(edited?.updatedAt.getTime()).toBeGreaterThan(first.updatedAt.getTime());
    expect(await queue()).toEqual([first.id, second.id]);
    const [head] = await customers.getCustomersNeedingSync(db.pool, { workspaceId, limit: 1 });
    expect(head.paymentSyncStatusChangedAt).toEqual(at(1));

    // pending -> failed is a change of status: to the end of the queue, stamped now.
    const before = Date.now();
    await syncStatus.updateCustomerSyncStatus(db.pool, { workspaceId, id: first.id, paymentSyncStatus: 'failed' });
    expect(await queue()).toEqual([second.id, first.id]);
    const [, moved] = await customers.getCustomersNeedingSync(db.pool, { workspaceId, limit: 10 });
    expect(moved.paymentSyncStatusChangedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe('payment_synced_at is the time the row last became synced', () => {
  it('stamped by a change to synced, kept by a write that leaves the row synced', async () => {
    const { id: workspaceId } = await insertWorkspace(db.pool);
    const base = { workspaceId, paymentProvider: 'stripe', externalId: 'cus_stamp' };
    const created = await customers.createCustomerWithSync(db.pool, { ...base, name: 'A', providerUpdatedAt: at(1) });
    expect(created.outcome).toBe('created');
    const stamped = created.row.paymentSyncedAt;
    expect(stamped).toBeInstanceOf(Date);
    await sleep(5);

    // A refresh that leaves it synced: content, version and updated_at move; the stamp stays.
    const refreshed = await customers.createCustomerWithSync(db.pool, { ...base, name: 'B', providerUpdatedAt: at(2) });
    expect(refreshed.outcome).toBe('updated');
    expect(refreshed.row).toMatchObject({ name: 'B', paymentSyncVersion: 1, paymentSyncedAt: stamped });
    expect(refreshed.row.updatedAt.getTime()).toBeGreaterThan(created.row.updatedAt.getTime());
    const again = await syncStatus.updateCustomerSyncStatus(db.pool, {
      workspaceId,
      id: created.row.id,
      paymentSyncStatus: 'synced',
    });
    expect(again).toMatchObject({ paymentSyncVersion: 2, paymentSyncedAt: stamped });

    // Failed, then synced again: the failure keeps the stamp, the return to synced stamps anew.
    const failed = await syncStatus.updateCustomerSyncStatus(db.pool, {
      workspaceId,
      id: created.row.id,
      paymentSyncStatus: 'failed',
      paymentSyncError: 'card_declined',
    });
    expect(failed?.paymentSyncedAt).toEqual(stamped);
    await sleep(5);
    const resynced = await customers.createCustomerWithSync(db.pool, { ...base, name: 'B', providerUpdatedAt: at(3) });
    expect(resynced.row.paymentSyncedAt?.getTime()).toBeGreaterThan(stamped!.getTime());
  });
});

describe('updated_at', () => {
  it('moves on every write of the library, and on a write of any other writer (the touch trigger)', async () => {
    const { id: workspaceId } = await insertWorkspace(db.pool);
    const row = await insertCustomer(db.pool, workspaceId, { updatedAt: at(1) });
    const updated = await customers.updateCustomer(db.pool, { workspaceId, id: row.id, name: 'Library' });
    expect(updated?.updatedAt.getTime()).toBeGreaterThan(at(1).getTime());
    await db.pool.query(`UPDATE customers SET updated_at = $2 WHERE id = $1`, [row.id, at(1)]);
    // A writer that sets updated_at itself keeps its value: the trigger runs only when it is left alone.
    expect((await customers.getCustomer(db.pool, { workspaceId, id: row.id }))?.updatedAt).toEqual(at(1));
    await db.pool.query(`UPDATE customers SET name = 'Foreign' WHERE id = $1`, [row.id]);
    const foreign = await customers.getCustomer(db.pool, { workspaceId, id: row.id });
    expect(foreign?.name).toBe('Foreign');
    expect(foreign?.updatedAt.getTime()).toBeGreaterThan(at(1).getTime());
    // And a foreign change of status is stamped as one (the needing-sync queue's order).
    const [pending] = await customers.getCustomersNeedingSync(db.pool, { workspaceId, limit: 1 });
    await sleep(5);
    await db.pool.query(`UPDATE customers SET payment_sync_status = 'failed' WHERE id = $1`, [row.id]);
    const [failed] = await customers.getCustomersNeedingSync(db.pool, { workspaceId, limit: 1 });
    expect(failed).toMatchObject({ id: row.id, paymentSyncStatus: 'failed' });
    expect(failed.paymentSyncStatusChangedAt.getTime()).toBeGreaterThan(pending.paymentSyncStatusChangedAt.getTime());
  });
});

describe('ids of new rows are time-ordered (UUID version 7)', () => {
  it('every entity table: version 7, variant 10, the millisecond of creation first, later rows sort later', async () => {
    const { workspaceId, rows } = await synced(1);
    await sleep(3);
    const later = await synced(1);
    for (const table of TABLES) {
      const [a] = rows[table];
      const [b] = later.rows[table];
      for (const { id } of [a, b]) {
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        const { rows: created } = await db.pool.query(`SELECT created_at FROM ${table} WHERE id = $1`, [id]);
        const ms = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
        // The id's clock is read while the row is written, after the transaction began (created_at,
        // which timestamptz(3) rounds to the nearest millisecond: up to one later than the clock's floor).
        expect(ms).toBeGreaterThanOrEqual((created[0].created_at as Date).getTime() - 1);
        expect(ms - (created[0].created_at as Date).getTime()).toBeLessThan(5_000);
      }
      expect(a.id < b.id).toBe(true);
    }
    // Placeholders made for a child (psdb_provider_parent) get one too.
    const { row } = await subscriptions.createSubscriptionWithSync(db.pool, {
      workspaceId,
      paymentProvider: 'stripe',
      externalId: 'sub_v7',
      customerExternalId: 'cus_v7_parent',
      priceExternalId: 'price_v7_parent',
      status: 'active',
      providerUpdatedAt: at(1),
    });
    expect(row.customerId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(row.priceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });
});
