// Bulk ingest beyond the seed (issue 7): BulkUpsert<Entity>sWithSync takes a
// batch of provider objects as ONE array parameter per column, upserts them
// idempotently and monotonically in one statement, and reports
// { inserted, updated, unchanged, stale }.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  CheckViolationError,
  customers,
  ForeignKeyViolationError,
  InvalidParameterError,
  prices,
  products,
  subscriptions,
} from '../src/index.js';
import { useDatabase } from './support/database.js';
import {
  insertCustomer,
  insertPrice,
  insertProduct,
  insertWorkspace,
  snapshot,
  type Row,
} from './support/factories.js';

const db = useDatabase();

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));

interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
  stale: number;
}

/** One provider object of a batch: its external id, when the provider changed it, and a tag its columns carry. */
interface Item {
  externalId: string;
  at: Date;
  tag: string;
}

interface Refs {
  productId: string;
  customerId: string;
  priceId: string;
}

type Params = Record<string, unknown>;
type Fn = (db: pg.Pool, params: Params) => Promise<Counts>;
type Getter = (db: pg.Pool, params: Params) => Promise<Row | null>;

/** What the four entity tests share: how to build a batch and how to read a row back. */
interface Kind {
  entity: string;
  table: string;
  upsert: Fn;
  getByExternalId: Getter;
  getById: Getter;
  batch: (workspaceId: string, refs: Refs, items: Item[]) => Params;
  /** The columns a batch sets from an item's tag, as read back. */
  expected: (item: Item, refs: Refs) => Row;
}

const common = (workspaceId: string, items: Item[]) => ({
  workspaceId,
  paymentProvider: 'stripe',
  externalIds: items.map((i) => i.externalId),
  providerUpdatedAts: items.map((i) => i.at),
  metadatas: items.map((i) => ({ tag: i.tag })),
  providerDatas: items.map((i) => ({ id: i.externalId, tag: i.tag })),
});

const kinds: Kind[] = [
  {
    entity: 'customers',
    table: 'customers',
    upsert: customers.bulkUpsertCustomersWithSync as unknown as Fn,
    getByExternalId: customers.getCustomerByExternalID as unknown as Getter,
    getById: customers.getCustomer as unknown as Getter,
    batch: (workspaceId, _refs, items) => ({
      ...common(workspaceId, items),
      emails: items.map((i) => `${i.tag}@example.com`),
      names: items.map((i) => i.tag),
    }),
    expected: (i) => ({ email: `${i.tag}@example.com`, name: i.tag }),
  },
  {
    entity: 'products',
    table: 'products',
    upsert: products.bulkUpsertProductsWithSync as unknown as Fn,
    getByExternalId: products.getProductByExternalID as unknown as Getter,
    getById: products.getProduct as unknown as Getter,
    batch: (workspaceId, _refs, items) => ({
      ...common(workspaceId, items),
      names: items.map((i) => i.tag),
      descriptions: items.map((i) => `about ${i.tag}`),
      actives: items.map(() => false),
    }),
    expected: (i) => ({ name: i.tag, description: `about ${i.tag}`, active: false }),
  },
  {
    entity: 'prices',
    table: 'prices',
    upsert: prices.bulkUpsertPricesWithSync as unknown as Fn,
    getByExternalId: prices.getPriceByExternalID as unknown as Getter,
    getById: prices.getPrice as unknown as Getter,
    batch: (workspaceId, refs, items) => ({
      ...common(workspaceId, items),
      productIds: items.map(() => refs.productId),
      currencies: items.map(() => 'EUR'),
      unitAmounts: items.map((i) => 100 + i.tag.length),
      types: items.map(() => 'recurring'),
      recurringIntervals: items.map(() => 'year'),
      recurringIntervalCounts: items.map(() => 2),
    }),
    expected: (i, refs) => ({
      productId: refs.productId,
      currency: 'eur',
      unitAmount: 100 + i.tag.length,
      type: 'recurring',
      recurringInterval: 'year',
      recurringIntervalCount: 2,
      active: true,
    }),
  },
  {
    entity: 'subscriptions',
    table: 'subscriptions',
    upsert: subscriptions.bulkUpsertSubscriptionsWithSync as unknown as Fn,
    getByExternalId: subscriptions.getSubscriptionByExternalID as unknown as Getter,
    getById: subscriptions.getSubscription as unknown as Getter,
    batch: (workspaceId, refs, items) => ({
      ...common(workspaceId, items),
      customerIds: items.map(() => refs.customerId),
      priceIds: items.map(() => refs.priceId),
      statuses: items.map(() => 'trialing'),
      quantities: items.map((i) => i.tag.length),
      currentPeriodStarts: items.map(() => t(0)),
      currentPeriodEnds: items.map(() => t(3600)),
      trialEnds: items.map(() => t(60)),
    }),
    expected: (i, refs) => ({
      customerId: refs.customerId,
      priceId: refs.priceId,
      status: 'trialing',
      quantity: i.tag.length,
      currentPeriodStart: t(0),
      currentPeriodEnd: t(3600),
      trialEnd: t(60),
      canceledAt: null,
      cancelAtPeriodEnd: false,
    }),
  },
];

/** A workspace with a product, a price and a customer to point at. */
async function workspace(): Promise<{ workspaceId: string; refs: Refs }> {
  const { id: workspaceId } = await insertWorkspace(db.pool);
  const product = await insertProduct(db.pool, workspaceId);
  const price = await insertPrice(db.pool, workspaceId, product.id);
  const customer = await insertCustomer(db.pool, workspaceId);
  return { workspaceId, refs: { productId: product.id, priceId: price.id, customerId: customer.id } };
}

const unique = () => randomUUID().slice(0, 8);

async function rowCount(table: string, workspaceId: string): Promise<number> {
  const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM ${table} WHERE workspace_id = $1`, [
    workspaceId,
  ]);
  return rows[0].n as number;
}

describe.each(kinds)('bulkUpsert $entity WithSync', (kind) => {
  const byExternalId = (workspaceId: string, externalId: string) =>
    kind.getByExternalId(db.pool, { workspaceId, paymentProvider: 'stripe', externalId });

  it('creates one row per object, readable with the single-row getters', async () => {
    const { workspaceId, refs } = await workspace();
    const before = await rowCount(kind.table, workspaceId);
    const items = ['a', 'bb', 'ccc'].map((tag, n) => ({ externalId: `x_${unique()}`, at: t(n), tag }));
    expect(await kind.upsert(db.pool, kind.batch(workspaceId, refs, items))).toEqual({
      inserted: 3,
      updated: 0,
      unchanged: 0,
      stale: 0,
    });
    expect(await rowCount(kind.table, workspaceId)).toBe(before + 3);
    for (const item of items) {
      const row = await byExternalId(workspaceId, item.externalId);
      expect(row).toMatchObject({
        ...kind.expected(item, refs),
        workspaceId,
        paymentProvider: 'stripe',
        externalId: item.externalId,
        paymentSyncStatus: 'synced',
        paymentSyncVersion: 0,
        paymentSyncError: null,
        providerUpdatedAt: item.at,
        metadata: { tag: item.tag },
        providerData: { id: item.externalId, tag: item.tag },
      });
      expect(row?.paymentSyncedAt).toBeInstanceOf(Date);
      expect(await kind.getById(db.pool, { workspaceId, id: row!.id })).toEqual(row);
    }
  });

  it('is idempotent: replaying the batch writes nothing, counts it unchanged and duplicates nothing', async () => {
    const { workspaceId, refs } = await workspace();
    const items = ['a', 'b', 'c', 'd'].map((tag, n) => ({ externalId: `x_${unique()}`, at: t(n), tag }));
    const params = kind.batch(workspaceId, refs, items);
    await kind.upsert(db.pool, params);
    const first = await Promise.all(items.map((i) => byExternalId(workspaceId, i.externalId)));
    const count = await rowCount(kind.table, workspaceId);
    expect(await kind.upsert(db.pool, params)).toEqual({ inserted: 0, updated: 0, unchanged: 4, stale: 0 });
    expect(await rowCount(kind.table, workspaceId)).toBe(count);
    const second = await Promise.all(items.map((i) => byExternalId(workspaceId, i.externalId)));
    // The same rows, not even a new version of them.
    expect(second).toEqual(first);
  });

  it('is monotonic: older objects are stale and leave their rows unchanged; equal or newer apply', async () => {
    const { workspaceId, refs } = await workspace();
    const ids = [0, 1, 2].map(() => `x_${unique()}`);
    await kind.upsert(
      db.pool,
      kind.batch(
        workspaceId,
        refs,
        ids.map((externalId) => ({ externalId, at: t(10), tag: 'v1' })),
      ),
    );
    const old = await byExternalId(workspaceId, ids[0]);
    const late = [
      { externalId: ids[0], at: t(5), tag: 'older' },
      { externalId: ids[1], at: t(10), tag: 'equal' },
      { externalId: ids[2], at: t(20), tag: 'newer' },
    ];
    expect(await kind.upsert(db.pool, kind.batch(workspaceId, refs, late))).toEqual({
      inserted: 0,
      updated: 2,
      unchanged: 0,
      stale: 1,
    });
    expect(await byExternalId(workspaceId, ids[0])).toEqual(old);
    expect(await byExternalId(workspaceId, ids[1])).toMatchObject({
      metadata: { tag: 'equal' },
      paymentSyncVersion: 1,
    });
    expect(await byExternalId(workspaceId, ids[2])).toMatchObject({
      metadata: { tag: 'newer' },
      providerUpdatedAt: t(20),
      paymentSyncVersion: 1,
    });
  });

  it('keeps the newest object of an external id given several times in one batch (the later on a tie)', async () => {
    const { workspaceId, refs } = await workspace();
    const [x, y, z] = [0, 1, 2].map(() => `x_${unique()}`);
    const items = [
      { externalId: x, at: t(1), tag: 'x1' },
      { externalId: y, at: t(7), tag: 'y7' },
      { externalId: x, at: t(3), tag: 'x3' },
      { externalId: z, at: t(4), tag: 'z-first' },
      { externalId: x, at: t(2), tag: 'x2' },
      { externalId: z, at: t(4), tag: 'z-second' },
    ];
    expect(await kind.upsert(db.pool, kind.batch(workspaceId, refs, items))).toEqual({
      inserted: 3,
      updated: 0,
      unchanged: 0,
      stale: 3,
    });
    expect(await byExternalId(workspaceId, x)).toMatchObject({ metadata: { tag: 'x3' }, providerUpdatedAt: t(3) });
    expect(await byExternalId(workspaceId, y)).toMatchObject({ metadata: { tag: 'y7' } });
    expect(await byExternalId(workspaceId, z)).toMatchObject({ metadata: { tag: 'z-second' } });
    // The same duplicated batch again: the kept object of each id is a replay (unchanged), the rest stale.
    expect(await kind.upsert(db.pool, kind.batch(workspaceId, refs, items))).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 3,
      stale: 3,
    });
  });

  it("leaves another workspace's rows with the same external ids untouched", async () => {
    const a = await workspace();
    const b = await workspace();
    const items = ['p', 'q'].map((tag, n) => ({ externalId: `x_${unique()}`, at: t(n), tag }));
    await kind.upsert(db.pool, kind.batch(b.workspaceId, b.refs, items));
    const before = await snapshot(db.pool);
    const newer = items.map((i) => ({ ...i, at: t(100), tag: `${i.tag}-a` }));
    expect(await kind.upsert(db.pool, kind.batch(a.workspaceId, a.refs, newer))).toEqual({
      inserted: 2,
      updated: 0,
      unchanged: 0,
      stale: 0,
    });
    const after = await snapshot(db.pool);
    // Every row that is not workspace A's is exactly as it was; A gained the two rows.
    const notA = (rows: string[]) =>
      rows.filter((r) => (JSON.parse(r) as { workspace_id?: string }).workspace_id !== a.workspaceId);
    for (const table of Object.keys(before)) expect(notA(after[table])).toEqual(notA(before[table]));
    expect(after[kind.table].length).toBe(before[kind.table].length + 2);
    for (const item of items) {
      expect(await byExternalId(b.workspaceId, item.externalId)).toMatchObject({ metadata: { tag: item.tag } });
    }
  });

  it('refuses bad input with InvalidParameterError before the database is touched, writing nothing', async () => {
    const { workspaceId, refs } = await workspace();
    const items = ['a', 'b'].map((tag, n) => ({ externalId: `x_${unique()}`, at: t(n), tag }));
    const good = kind.batch(workspaceId, refs, items);
    const bad: Params[] = [
      // Arrays of unequal length: a required one, then an optional one.
      { ...good, providerUpdatedAts: [t(1)] },
      { ...good, metadatas: [{}, {}, {}] },
      { ...good, externalIds: ['only-one'] },
      // Empty batch.
      { ...kind.batch(workspaceId, refs, []) },
      // Bad elements and scalars.
      { ...good, externalIds: [items[0].externalId, null] },
      { ...good, externalIds: [items[0].externalId, ''] },
      { ...good, providerUpdatedAts: [t(1), new Date('nope')] },
      { ...good, providerUpdatedAts: [t(1), null] },
      { ...good, metadatas: [{}, [1, 2]] },
      { ...good, providerDatas: ['text', null] },
      { ...good, paymentSyncStatus: 'done' },
      { ...good, paymentProvider: 'Stripe!' },
      { ...good, workspaceId: 'not-a-uuid' },
      { ...good, externalIds: 'x_1' },
    ];
    for (const params of bad) await db.refusedWithoutWrites(() => kind.upsert(db.pool, params), InvalidParameterError);
    // Refused before a connection is even asked for: a closed pool is never reached.
    const closed = await db.closedPool();
    await expect(kind.upsert(closed, { ...good, providerUpdatedAts: [t(1)] })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
    // And the good batch still goes through.
    expect(await kind.upsert(db.pool, good)).toEqual({ inserted: 2, updated: 0, unchanged: 0, stale: 0 });
  });
});

describe('bulk upserts: entity-specific rules', () => {
  it('prices: refuses a bad currency, an unsafe or negative amount, an unknown type or interval', async () => {
    const { workspaceId, refs } = await workspace();
    const items = ['a', 'b'].map((tag, n) => ({ externalId: `x_${unique()}`, at: t(n), tag }));
    const good = kinds[2].batch(workspaceId, refs, items);
    const bad: Params[] = [
      { ...good, currencies: ['usd', 'dollars'] },
      { ...good, currencies: ['usd', 'us1'] },
      { ...good, unitAmounts: [100, Number.MAX_SAFE_INTEGER + 1] },
      { ...good, unitAmounts: [100, -1] },
      { ...good, unitAmounts: [100, 1.5] },
      { ...good, unitAmounts: [100, '100'] },
      { ...good, types: ['recurring', 'monthly'] },
      { ...good, recurringIntervals: ['month', 'fortnight'] },
      { ...good, recurringIntervalCounts: [1, 0] },
      { ...good, productIds: [refs.productId, 'not-a-uuid'] },
      { ...good, actives: [true, 'yes'] },
    ];
    for (const params of bad) {
      await db.refusedWithoutWrites(
        () => prices.bulkUpsertPricesWithSync(db.pool, params as never),
        InvalidParameterError,
      );
    }
    // The largest safe amount is accepted and read back exactly; currencies are lower-cased.
    const counts = await prices.bulkUpsertPricesWithSync(db.pool, {
      ...good,
      unitAmounts: [Number.MAX_SAFE_INTEGER, 0],
      currencies: ['USD', 'jPy'],
    } as never);
    expect(counts).toEqual({ inserted: 2, updated: 0, unchanged: 0, stale: 0 });
    const got = await prices.getPriceByExternalID(db.pool, {
      workspaceId,
      paymentProvider: 'stripe',
      externalId: items[0].externalId,
    });
    expect(got).toMatchObject({ unitAmount: Number.MAX_SAFE_INTEGER, currency: 'usd' });
  });

  it('prices: a recurring/one-time shape mismatch fails the whole batch with CheckViolationError', async () => {
    const { workspaceId, refs } = await workspace();
    const items = ['a', 'b'].map((tag, n) => ({ externalId: `x_${unique()}`, at: t(n), tag }));
    const params = { ...kinds[2].batch(workspaceId, refs, items), types: ['recurring', 'one_time'] };
    await db.refusedWithoutWrites(() => prices.bulkUpsertPricesWithSync(db.pool, params as never), CheckViolationError);
  });

  it('prices: one product id of another workspace (or of none) fails the whole batch; nothing is written', async () => {
    const a = await workspace();
    const b = await workspace();
    const items = ['a', 'b', 'c'].map((tag, n) => ({ externalId: `x_${unique()}`, at: t(n), tag }));
    const good = kinds[2].batch(a.workspaceId, a.refs, items);
    for (const foreign of [b.refs.productId, randomUUID()]) {
      const params = { ...good, productIds: [a.refs.productId, a.refs.productId, foreign] };
      await db.refusedWithoutWrites(
        () => prices.bulkUpsertPricesWithSync(db.pool, params as never),
        ForeignKeyViolationError,
      );
    }
    // Also when the batch would otherwise update existing rows.
    await prices.bulkUpsertPricesWithSync(db.pool, good as never);
    const later = kinds[2].batch(
      a.workspaceId,
      a.refs,
      items.map((i) => ({ ...i, at: t(50) })),
    );
    await db.refusedWithoutWrites(
      () =>
        prices.bulkUpsertPricesWithSync(db.pool, {
          ...later,
          productIds: [a.refs.productId, b.refs.productId, a.refs.productId],
        } as never),
      ForeignKeyViolationError,
    );
  });

  it('products: refuses a null name before the database is touched', async () => {
    const { workspaceId, refs } = await workspace();
    const items = ['a', 'b'].map((tag, n) => ({ externalId: `x_${unique()}`, at: t(n), tag }));
    const params = { ...kinds[1].batch(workspaceId, refs, items), names: ['a', null] };
    await db.refusedWithoutWrites(
      () => products.bulkUpsertProductsWithSync(db.pool, params as never),
      InvalidParameterError,
    );
  });

  it('products and customers: omitted optional arrays and null elements take the single-row defaults', async () => {
    const { workspaceId } = await workspace();
    const [p1, p2, c1] = [0, 1, 2].map(() => `x_${unique()}`);
    expect(
      await products.bulkUpsertProductsWithSync(db.pool, {
        workspaceId,
        paymentProvider: 'stripe',
        externalIds: [p1, p2],
        names: ['One', 'Two'],
        actives: [null, false],
        metadatas: [null, { k: 1 }],
        providerUpdatedAts: [t(1), t(1)],
      }),
    ).toEqual({ inserted: 2, updated: 0, unchanged: 0, stale: 0 });
    const get = (externalId: string) =>
      products.getProductByExternalID(db.pool, { workspaceId, paymentProvider: 'stripe', externalId });
    expect(await get(p1)).toMatchObject({ active: true, description: null, metadata: {}, providerData: null });
    expect(await get(p2)).toMatchObject({ active: false, metadata: { k: 1 } });
    await customers.bulkUpsertCustomersWithSync(db.pool, {
      workspaceId,
      paymentProvider: 'stripe',
      externalIds: [c1],
      providerUpdatedAts: [t(1)],
      paymentSyncStatus: 'pending',
    });
    expect(
      await customers.getCustomerByExternalID(db.pool, { workspaceId, paymentProvider: 'stripe', externalId: c1 }),
    ).toMatchObject({ email: null, name: null, metadata: {}, paymentSyncStatus: 'pending', paymentSyncedAt: null });
  });

  it('subscriptions: refuses an unknown status or a non-boolean flag; a foreign customer or price fails the whole batch', async () => {
    const a = await workspace();
    const b = await workspace();
    const items = ['a', 'b', 'c'].map((tag, n) => ({ externalId: `x_${unique()}`, at: t(n), tag }));
    const good = kinds[3].batch(a.workspaceId, a.refs, items);
    const bad: Params[] = [
      { ...good, statuses: ['active', 'active', 'bogus'] },
      { ...good, cancelAtPeriodEnds: [true, false, 'yes'] },
      { ...good, quantities: [1, 2, -1] },
      { ...good, customerIds: [a.refs.customerId, a.refs.customerId, 'nope'] },
    ];
    for (const params of bad) {
      await db.refusedWithoutWrites(
        () => subscriptions.bulkUpsertSubscriptionsWithSync(db.pool, params as never),
        InvalidParameterError,
      );
    }
    const foreign: Params[] = [
      { ...good, customerIds: [a.refs.customerId, a.refs.customerId, b.refs.customerId] },
      { ...good, priceIds: [a.refs.priceId, b.refs.priceId, a.refs.priceId] },
      { ...good, priceIds: [a.refs.priceId, a.refs.priceId, randomUUID()] },
    ];
    for (const params of foreign) {
      await db.refusedWithoutWrites(
        () => subscriptions.bulkUpsertSubscriptionsWithSync(db.pool, params as never),
        ForeignKeyViolationError,
      );
    }
    expect(await subscriptions.bulkUpsertSubscriptionsWithSync(db.pool, good as never)).toEqual({
      inserted: 3,
      updated: 0,
      unchanged: 0,
      stale: 0,
    });
  });
});

// Last in the file: the snapshots of the tests above stay small.
describe('bulkUpsertCustomersWithSync at scale', () => {
  it('upserts 100,000 customers in one call, each column one parameter (jsonb arrays included)', async () => {
    const N = 100_000;
    const { workspaceId } = await workspace();
    const before = await rowCount('customers', workspaceId);
    const externalIds = Array.from({ length: N }, (_, i) => `cus_bulk_${i}`);
    const params = {
      workspaceId,
      paymentProvider: 'stripe',
      externalIds,
      emails: externalIds.map((id, i) => (i % 10 === 0 ? null : `${id}@example.com`)),
      names: externalIds.map((_, i) => `Customer ${i}`),
      metadatas: externalIds.map((_, i) => ({ i })),
      providerUpdatedAts: externalIds.map((_, i) => t(i % 60)),
      providerDatas: externalIds.map((id) => ({ id, object: 'customer' })),
    };
    // Nine bind parameters whatever the batch size.
    expect(customers.bulkUpsertCustomersWithSync.info.params.length).toBe(9);
    const started = performance.now();
    const counts = await customers.bulkUpsertCustomersWithSync(db.pool, params);
    const ms = performance.now() - started;
    console.log(`bulkUpsertCustomersWithSync: ${N} customers in ${ms.toFixed(0)} ms`);
    expect(counts).toEqual({ inserted: N, updated: 0, unchanged: 0, stale: 0 });
    expect(await rowCount('customers', workspaceId)).toBe(before + N);
    const last = await customers.getCustomerByExternalID(db.pool, {
      workspaceId,
      paymentProvider: 'stripe',
      externalId: `cus_bulk_${N - 1}`,
    });
    expect(last).toMatchObject({ name: `Customer ${N - 1}`, metadata: { i: N - 1 }, paymentSyncVersion: 0 });
    const { rows } = await db.pool.query(
      'SELECT count(*)::int AS n FROM customers WHERE workspace_id = $1 AND email IS NULL',
      [workspaceId],
    );
    expect(rows[0].n).toBe(N / 10);
  });
});
