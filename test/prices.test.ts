import { describe, expect, it } from 'vitest';
import {
  CheckViolationError,
  ForeignKeyViolationError,
  InvalidParameterError,
  UniqueViolationError,
} from '../src/errors.js';
import * as prices from '../src/prices.js';
import { useDatabase } from './support/database.js';
import { insertPrice, insertProduct, insertWorkspace, snapshot, type Row } from './support/factories.js';
import { raceVersionedWriters } from './support/races.js';
import { withTransaction } from '../src/index.js';
import { allIds } from './support/paging.js';

const db = useDatabase();

const MISSING = '00000000-0000-4000-8000-000000000000';
const MAX = Number.MAX_SAFE_INTEGER; // 9007199254740991
const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));

/** Two workspaces, each with one product. */
async function setup() {
  const a = (await insertWorkspace(db.pool)).id;
  const b = (await insertWorkspace(db.pool)).id;
  const productA = (await insertProduct(db.pool, a)).id;
  const productB = (await insertProduct(db.pool, b)).id;
  return { a, b, productA, productB };
}

/** A shape mismatch: refused by prices_recurring_shape_check, nothing written. */
async function refusedByShapeCheck(fn: () => Promise<unknown>) {
  const error = await db.refusedWithoutWrites(fn, CheckViolationError);
  expect(error.constraint).toBe('prices_recurring_shape_check');
}

/** Inserts `n` prices in one transaction, so that they share created_at (the id breaks the tie). */
async function insertPricesTogether(workspaceId: string, productId: string, n: number, overrides: Row = {}) {
  const ids: string[] = [];
  await withTransaction(db.pool, async (tx) => {
    for (let i = 0; i < n; i++) ids.push((await insertPrice(tx, workspaceId, productId, overrides)).id);
  });
  return ids;
}

async function expectedIds(where: string, params: unknown[], order = 'created_at, id'): Promise<string[]> {
  const { rows } = await db.pool.query<{ id: string }>(
    `SELECT id FROM prices WHERE ${where} ORDER BY ${order}`,
    params,
  );
  return rows.map((r) => r.id);
}

const monthly = {
  currency: 'usd',
  unitAmount: 1999,
  type: 'recurring',
  recurringInterval: 'month',
  recurringIntervalCount: 1,
} as const;
const oneTime = { currency: 'eur', unitAmount: 500, type: 'one_time' } as const;

/** Bad values of the price fields, each refused by a parameter rule before the database is touched. */
const badFields: Record<string, unknown>[] = [
  { currency: 'US' },
  { currency: 'usd1' },
  { currency: '' },
  { currency: 'u$d' },
  { currency: 840 },
  { unitAmount: -1 },
  { unitAmount: 19.99 },
  { unitAmount: MAX + 1 },
  { unitAmount: 2 ** 63 },
  { unitAmount: Number.NaN },
  { unitAmount: Number.POSITIVE_INFINITY },
  { unitAmount: '1999' },
  { type: 'subscription' },
  { recurringInterval: 'fortnight' },
  { recurringIntervalCount: 0 },
  { recurringIntervalCount: 1.5 },
  { metadata: [1, 2] },
  { metadata: 'text' },
  { metadata: 42 },
];

describe('getPrice', () => {
  it('returns the live price of the workspace with exact amounts', async () => {
    const { a, productA } = await setup();
    const row = await insertPrice(db.pool, a, productA, { unitAmount: 1999, metadata: { k: 'v' } });
    const found = await prices.getPrice(db.pool, { workspaceId: a, id: row.id });
    expect(found).toMatchObject({
      id: row.id,
      workspaceId: a,
      productId: productA,
      currency: 'usd',
      unitAmount: 1999,
      type: 'recurring',
      recurringInterval: 'month',
      recurringIntervalCount: 1,
      active: true,
      metadata: { k: 'v' },
      paymentSyncStatus: 'pending',
      paymentSyncVersion: 0,
    });
    expect(typeof found?.unitAmount).toBe('number');
  });

  it('finds nothing with another workspace id, nor a soft-deleted row', async () => {
    const { a, b, productA } = await setup();
    const row = await insertPrice(db.pool, a, productA);
    expect(await db.withoutWrites(() => prices.getPrice(db.pool, { workspaceId: b, id: row.id }))).toBeNull();
    const gone = await insertPrice(db.pool, a, productA, { deletedAt: new Date() });
    expect(await prices.getPrice(db.pool, { workspaceId: a, id: gone.id })).toBeNull();
  });

  it('refuses a malformed uuid before touching the database', async () => {
    const pool = await db.closedPool();
    await expect(prices.getPrice(pool, { workspaceId: MISSING, id: 'price_1' })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
  });
});

describe('getPriceWithProduct', () => {
  it('returns the price with its own workspace\u2019s product, even when another workspace has a product of the same id', async () => {
    const { a, b } = await setup();
    const product = await insertProduct(db.pool, a, { name: 'Gold', description: 'Gold plan', metadata: { p: 1 } });
    // Same product id in another workspace (the key is (workspace_id, id)): the join must not pick it.
    await insertProduct(db.pool, b, { id: product.id, name: 'Imposter' });
    const price = await insertPrice(db.pool, a, product.id, { unitAmount: MAX });
    const found = await prices.getPriceWithProduct(db.pool, { workspaceId: a, id: price.id });
    expect(found).toMatchObject({
      id: price.id,
      productId: product.id,
      unitAmount: MAX,
      productName: 'Gold',
      productDescription: 'Gold plan',
      productActive: true,
      productMetadata: { p: 1 },
      productPaymentProvider: 'stripe',
      productExternalId: product.externalId,
    });
    expect(
      await db.withoutWrites(() => prices.getPriceWithProduct(db.pool, { workspaceId: b, id: price.id })),
    ).toBeNull();
  });

  it('returns a price whose product is soft-deleted with null product columns; a soft-deleted price not at all', async () => {
    const { a, productA } = await setup();
    const price = await insertPrice(db.pool, a, productA);
    await db.pool.query('UPDATE products SET deleted_at = now() WHERE id = $1', [productA]);
    const found = await prices.getPriceWithProduct(db.pool, { workspaceId: a, id: price.id });
    expect(found).toMatchObject({
      id: price.id,
      productId: productA,
      productName: null,
      productDescription: null,
      productActive: null,
      productMetadata: null,
      productPaymentProvider: null,
      productExternalId: null,
    });
    const gone = await insertPrice(db.pool, a, productA, { deletedAt: new Date() });
    expect(await prices.getPriceWithProduct(db.pool, { workspaceId: a, id: gone.id })).toBeNull();
  });

  it('refuses a malformed uuid', async () => {
    const pool = await db.closedPool();
    await expect(prices.getPriceWithProduct(pool, { workspaceId: 'x', id: MISSING })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
  });
});

describe('getPriceByExternalID', () => {
  it('finds the live row of (workspace, provider, external id) only', async () => {
    const { a, b, productA } = await setup();
    const row = await insertPrice(db.pool, a, productA, { externalId: 'price_1' });
    const params = { workspaceId: a, paymentProvider: 'stripe', externalId: 'price_1' };
    expect((await prices.getPriceByExternalID(db.pool, params))?.id).toBe(row.id);
    expect(await prices.getPriceByExternalID(db.pool, { ...params, paymentProvider: 'paddle' })).toBeNull();
    expect(
      await db.withoutWrites(() => prices.getPriceByExternalID(db.pool, { ...params, workspaceId: b })),
    ).toBeNull();
    await prices.deletePrice(db.pool, { workspaceId: a, id: row.id });
    expect(await prices.getPriceByExternalID(db.pool, params)).toBeNull();
  });

  it('refuses a malformed provider name', async () => {
    const pool = await db.closedPool();
    await expect(
      prices.getPriceByExternalID(pool, { workspaceId: MISSING, paymentProvider: '1x', externalId: 'p' }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('listPricesByProduct', () => {
  it('pages through the live prices of one product of the workspace, without gaps or repeats', async () => {
    const { a, b, productA } = await setup();
    const otherProduct = (await insertProduct(db.pool, a)).id;
    // A product of the same id in workspace b, with prices of its own.
    await insertProduct(db.pool, b, { id: productA });
    await insertPrice(db.pool, b, productA);
    await insertPricesTogether(a, productA, 6);
    for (let i = 0; i < 3; i++)
      await insertPrice(db.pool, a, productA, {
        type: 'one_time',
        recurringInterval: null,
        recurringIntervalCount: null,
      });
    await insertPrice(db.pool, a, productA, { deletedAt: new Date() });
    await insertPrice(db.pool, a, otherProduct);
    const expected = await expectedIds('workspace_id = $1 AND product_id = $2 AND deleted_at IS NULL', [a, productA]);
    expect(expected).toHaveLength(9);
    for (const limit of [1, 2, 9, 1000]) {
      const seen = await allIds(
        (after) => prices.listPricesByProduct(db.pool, { workspaceId: a, productId: productA, limit, after }),
        limit,
      );
      expect(seen).toEqual(expected);
    }
    const inB = await prices.listPricesByProduct(db.pool, { workspaceId: b, productId: productA, limit: 100 });
    expect(inB).toHaveLength(1);
    expect(inB[0].workspaceId).toBe(b);
  });

  it('finds nothing for another workspace\u2019s product', async () => {
    const { a, productB } = await setup();
    await insertPrice(
      db.pool,
      (await db.pool.query('SELECT workspace_id FROM products WHERE id = $1', [productB])).rows[0].workspace_id,
      productB,
    );
    expect(await prices.listPricesByProduct(db.pool, { workspaceId: a, productId: productB, limit: 10 })).toEqual([]);
  });

  it('refuses a limit outside 1..1000 or a malformed product id', async () => {
    const pool = await db.closedPool();
    for (const limit of [0, 1001, 1.5]) {
      await expect(
        prices.listPricesByProduct(pool, { workspaceId: MISSING, productId: MISSING, limit }),
      ).rejects.toBeInstanceOf(InvalidParameterError);
    }
    await expect(
      prices.listPricesByProduct(pool, { workspaceId: MISSING, productId: 'prod_1', limit: 10 }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('createPrice', () => {
  it('inserts a pending recurring price, currency lower-cased, amount exact', async () => {
    const { a, productA } = await setup();
    const row = await prices.createPrice(db.pool, { workspaceId: a, productId: productA, ...monthly, currency: 'USD' });
    expect(row).toMatchObject({
      workspaceId: a,
      productId: productA,
      currency: 'usd',
      unitAmount: 1999,
      type: 'recurring',
      recurringInterval: 'month',
      recurringIntervalCount: 1,
      active: true,
      metadata: {},
      paymentSyncStatus: 'pending',
      paymentSyncVersion: 0,
    });
    expect(await prices.getPrice(db.pool, { workspaceId: a, id: row!.id })).toEqual(row);
  });

  it('reads back money exactly: 0, 1999 and Number.MAX_SAFE_INTEGER', async () => {
    const { a, productA } = await setup();
    for (const unitAmount of [0, 1999, MAX]) {
      const row = await prices.createPrice(db.pool, { workspaceId: a, productId: productA, ...oneTime, unitAmount });
      expect(row?.unitAmount).toBe(unitAmount);
      expect((await prices.getPrice(db.pool, { workspaceId: a, id: row!.id }))?.unitAmount).toBe(unitAmount);
      const { rows } = await db.pool.query('SELECT unit_amount::text AS v FROM prices WHERE id = $1', [row!.id]);
      expect(rows[0].v).toBe(String(unitAmount));
    }
    expect(String(MAX)).toBe('9007199254740991');
  });

  it('inserts a one-time price with no interval, and every optional field', async () => {
    const { a, productA } = await setup();
    const row = await prices.createPrice(db.pool, {
      workspaceId: a,
      productId: productA,
      ...oneTime,
      active: false,
      metadata: { nickname: "o'clock" },
      paymentProvider: 'stripe',
      externalId: 'price_local',
    });
    expect(row).toMatchObject({
      type: 'one_time',
      recurringInterval: null,
      recurringIntervalCount: null,
      active: false,
      metadata: { nickname: "o'clock" },
      externalId: 'price_local',
    });
  });

  it('refuses bad currency, amount, type, interval and metadata with nothing written', async () => {
    const { a, productA } = await setup();
    for (const bad of badFields) {
      await db.refusedWithoutWrites(
        () => prices.createPrice(db.pool, { workspaceId: a, productId: productA, ...monthly, ...(bad as object) }),
        InvalidParameterError,
      );
    }
    for (const missing of ['currency', 'unitAmount', 'type', 'productId']) {
      const params: Record<string, unknown> = { workspaceId: a, productId: productA, ...monthly };
      delete params[missing];
      await db.refusedWithoutWrites(() => prices.createPrice(db.pool, params as never), InvalidParameterError);
    }
  });

  it('refuses a recurring price without interval or count, and a one-time price with one: CheckViolationError', async () => {
    const { a, productA } = await setup();
    const base = { workspaceId: a, productId: productA };
    await refusedByShapeCheck(() => prices.createPrice(db.pool, { ...base, ...monthly, recurringInterval: undefined }));
    await refusedByShapeCheck(() =>
      prices.createPrice(db.pool, { ...base, ...monthly, recurringIntervalCount: undefined }),
    );
    await refusedByShapeCheck(() => prices.createPrice(db.pool, { ...base, ...oneTime, recurringInterval: 'month' }));
    await refusedByShapeCheck(() => prices.createPrice(db.pool, { ...base, ...oneTime, recurringIntervalCount: 3 }));
  });

  it('refuses another workspace\u2019s product (ForeignKeyViolationError), a missing product, a taken provider reference', async () => {
    const { a, productA, productB } = await setup();
    const e = await db.refusedWithoutWrites(
      () => prices.createPrice(db.pool, { workspaceId: a, productId: productB, ...monthly }),
      ForeignKeyViolationError,
    );
    expect(e.constraint).toBe('prices_product_fkey');
    await db.refusedWithoutWrites(
      () => prices.createPrice(db.pool, { workspaceId: a, productId: MISSING, ...monthly }),
      ForeignKeyViolationError,
    );
    await insertPrice(db.pool, a, productA, { externalId: 'price_dup' });
    await db.refusedWithoutWrites(
      () =>
        prices.createPrice(db.pool, {
          workspaceId: a,
          productId: productA,
          ...monthly,
          paymentProvider: 'stripe',
          externalId: 'price_dup',
        }),
      UniqueViolationError,
    );
  });
});

describe('createPriceWithSync', () => {
  const sync = (workspaceId: string, productId: string, extra: Record<string, unknown> = {}) => ({
    workspaceId,
    productId,
    paymentProvider: 'stripe',
    externalId: 'price_Q1',
    ...monthly,
    providerUpdatedAt: t(1),
    providerData: { id: 'price_Q1', object: 'price' },
    ...extra,
  });

  it('is idempotent: a replayed provider object is unchanged: nothing written, one live row', async () => {
    const { a, productA } = await setup();
    const first = await prices.createPriceWithSync(db.pool, sync(a, productA, { currency: 'USD' }) as never);
    expect(first.outcome).toBe('created');
    expect(first.row).toMatchObject({
      currency: 'usd',
      unitAmount: 1999,
      paymentSyncStatus: 'synced',
      paymentSyncVersion: 0,
      providerData: { id: 'price_Q1', object: 'price' },
    });
    expect(first.row.paymentSyncedAt).toBeInstanceOf(Date);
    const replay = await prices.createPriceWithSync(db.pool, sync(a, productA) as never);
    expect(replay).toMatchObject({
      outcome: 'unchanged',
      row: { id: first.row.id, paymentSyncVersion: 0, unitAmount: 1999 },
    });
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM prices WHERE workspace_id = $1', [a]);
    expect(rows[0].n).toBe(1);
  });

  it('is monotonic: an older provider write changes nothing and says it was stale', async () => {
    const { a, productA } = await setup();
    await prices.createPriceWithSync(db.pool, sync(a, productA, { active: false, providerUpdatedAt: t(10) }) as never);
    const before = await snapshot(db.pool);
    const late = await prices.createPriceWithSync(
      db.pool,
      sync(a, productA, { active: true, unitAmount: 1, providerUpdatedAt: t(5) }) as never,
    );
    expect(late.outcome).toBe('stale');
    expect(late.row).toMatchObject({ active: false, unitAmount: 1999, paymentSyncVersion: 0 });
    expect(await snapshot(db.pool)).toEqual(before);
  });

  it('replaces the whole object on a newer write: a recurring price can become one-time, amounts exact', async () => {
    const { a, productA } = await setup();
    const other = (await insertProduct(db.pool, a)).id;
    await prices.createPriceWithSync(db.pool, sync(a, productA) as never);
    const next = await prices.createPriceWithSync(
      db.pool,
      sync(a, other, {
        ...oneTime,
        recurringInterval: undefined,
        recurringIntervalCount: undefined,
        unitAmount: MAX,
        metadata: { m: 1 },
        providerUpdatedAt: t(2),
      }) as never,
    );
    expect(next).toMatchObject({
      outcome: 'updated',
      row: {
        productId: other,
        currency: 'eur',
        unitAmount: MAX,
        type: 'one_time',
        recurringInterval: null,
        recurringIntervalCount: null,
        active: true,
        metadata: { m: 1 },
        paymentSyncVersion: 1,
      },
    });
  });

  it('keeps workspaces apart, refuses another workspace\u2019s product, and starts over after a soft delete', async () => {
    const { a, b, productA, productB } = await setup();
    const inA = await prices.createPriceWithSync(db.pool, sync(a, productA) as never);
    const inB = await prices.createPriceWithSync(db.pool, sync(b, productB, { unitAmount: 7 }) as never);
    expect(inB.outcome).toBe('created');
    expect(inB.row.id).not.toBe(inA.row.id);
    expect((await prices.getPrice(db.pool, { workspaceId: a, id: inA.row.id }))?.unitAmount).toBe(1999);
    await db.refusedWithoutWrites(
      () => prices.createPriceWithSync(db.pool, sync(a, productB, { externalId: 'price_new' }) as never),
      ForeignKeyViolationError,
    );
    // The update path of the upsert checks the reference too.
    await db.refusedWithoutWrites(
      () => prices.createPriceWithSync(db.pool, sync(a, productB, { providerUpdatedAt: t(9) }) as never),
      ForeignKeyViolationError,
    );
    await prices.deletePrice(db.pool, { workspaceId: a, id: inA.row.id });
    const again = await prices.createPriceWithSync(db.pool, sync(a, productA) as never);
    expect(again.outcome).toBe('created');
  });

  it('refuses bad input with nothing written: parameter rules, then the shape check', async () => {
    const { a, productA } = await setup();
    for (const bad of [
      ...badFields,
      { paymentSyncStatus: 'done' },
      { providerUpdatedAt: new Date('nope') },
      { externalId: '' },
    ]) {
      await db.refusedWithoutWrites(
        () => prices.createPriceWithSync(db.pool, sync(a, productA, bad) as never),
        InvalidParameterError,
      );
    }
    await refusedByShapeCheck(() =>
      prices.createPriceWithSync(db.pool, sync(a, productA, { recurringInterval: undefined }) as never),
    );
    await refusedByShapeCheck(() =>
      prices.createPriceWithSync(db.pool, sync(a, productA, { type: 'one_time' }) as never),
    );
    // And on the update path: the stored row stays as it was.
    await prices.createPriceWithSync(db.pool, sync(a, productA) as never);
    await refusedByShapeCheck(() =>
      prices.createPriceWithSync(db.pool, sync(a, productA, { type: 'one_time', providerUpdatedAt: t(5) }) as never),
    );
  });
});

describe('updatePrice', () => {
  it('changes the given fields only, marks the row pending and bumps the version', async () => {
    const { a, productA } = await setup();
    const row = await insertPrice(db.pool, a, productA, {
      paymentSyncStatus: 'synced',
      unitAmount: 1000,
      metadata: { a: 1 },
    });
    const updated = await prices.updatePrice(db.pool, {
      workspaceId: a,
      id: row.id,
      unitAmount: 1999,
      currency: 'GBP',
    });
    expect(updated).toMatchObject({
      unitAmount: 1999,
      currency: 'gbp',
      type: 'recurring',
      recurringInterval: 'month',
      recurringIntervalCount: 1,
      metadata: { a: 1 },
      active: true,
      paymentSyncStatus: 'pending',
      paymentSyncVersion: 1,
    });
    const again = await prices.updatePrice(db.pool, {
      workspaceId: a,
      id: row.id,
      active: false,
      recurringIntervalCount: 3,
    });
    expect(again).toMatchObject({ unitAmount: 1999, active: false, recurringIntervalCount: 3, paymentSyncVersion: 2 });
    const max = await prices.updatePrice(db.pool, { workspaceId: a, id: row.id, unitAmount: MAX });
    expect(max?.unitAmount).toBe(MAX);
  });

  it('switches shape: one_time clears the interval; recurring needs one', async () => {
    const { a, productA } = await setup();
    const row = await insertPrice(db.pool, a, productA);
    const once = await prices.updatePrice(db.pool, { workspaceId: a, id: row.id, type: 'one_time' });
    expect(once).toMatchObject({ type: 'one_time', recurringInterval: null, recurringIntervalCount: null });
    await refusedByShapeCheck(() => prices.updatePrice(db.pool, { workspaceId: a, id: row.id, type: 'recurring' }));
    await refusedByShapeCheck(() =>
      prices.updatePrice(db.pool, { workspaceId: a, id: row.id, type: 'recurring', recurringInterval: 'year' }),
    );
    await refusedByShapeCheck(() =>
      prices.updatePrice(db.pool, { workspaceId: a, id: row.id, recurringInterval: 'week' }),
    );
    const back = await prices.updatePrice(db.pool, {
      workspaceId: a,
      id: row.id,
      type: 'recurring',
      recurringInterval: 'year',
      recurringIntervalCount: 1,
    });
    expect(back).toMatchObject({ type: 'recurring', recurringInterval: 'year', recurringIntervalCount: 1 });
    await refusedByShapeCheck(() =>
      prices.updatePrice(db.pool, { workspaceId: a, id: row.id, type: 'one_time', recurringInterval: 'day' }),
    );
  });

  it('moves a price to another product of the workspace only', async () => {
    const { a, productA, productB } = await setup();
    const other = (await insertProduct(db.pool, a)).id;
    const row = await insertPrice(db.pool, a, productA);
    expect((await prices.updatePrice(db.pool, { workspaceId: a, id: row.id, productId: other }))?.productId).toBe(
      other,
    );
    await db.refusedWithoutWrites(
      () => prices.updatePrice(db.pool, { workspaceId: a, id: row.id, productId: productB }),
      ForeignKeyViolationError,
    );
  });

  it('finds nothing in another workspace or soft-deleted, and changes nothing', async () => {
    const { a, b, productA } = await setup();
    const row = await insertPrice(db.pool, a, productA);
    expect(
      await db.withoutWrites(() => prices.updatePrice(db.pool, { workspaceId: b, id: row.id, unitAmount: 1 })),
    ).toBeNull();
    const gone = await insertPrice(db.pool, a, productA, { deletedAt: new Date() });
    expect(
      await db.withoutWrites(() => prices.updatePrice(db.pool, { workspaceId: a, id: gone.id, unitAmount: 1 })),
    ).toBeNull();
  });

  it('refuses bad input with nothing written', async () => {
    const { a, productA } = await setup();
    const row = await insertPrice(db.pool, a, productA);
    for (const bad of badFields) {
      await db.refusedWithoutWrites(
        () => prices.updatePrice(db.pool, { workspaceId: a, id: row.id, ...(bad as object) }),
        InvalidParameterError,
      );
    }
    await db.refusedWithoutWrites(
      () => prices.updatePrice(db.pool, { workspaceId: a, id: 'p', unitAmount: 1 }),
      InvalidParameterError,
    );
  });
});

describe('updatePriceWithSync', () => {
  it('applies newer provider data and ignores older', async () => {
    const { a, productA } = await setup();
    const row = await insertPrice(db.pool, a, productA, { providerUpdatedAt: t(20), unitAmount: 1999 });
    const before = await snapshot(db.pool);
    expect(
      await prices.updatePriceWithSync(db.pool, {
        workspaceId: a,
        id: row.id,
        active: false,
        providerUpdatedAt: t(10),
      }),
    ).toBeNull();
    expect(await snapshot(db.pool)).toEqual(before);
    const newer = await prices.updatePriceWithSync(db.pool, {
      workspaceId: a,
      id: row.id,
      active: false,
      metadata: { archived: true },
      providerUpdatedAt: t(30),
      providerData: { id: String(row.externalId), active: false },
    });
    expect(newer).toMatchObject({
      active: false,
      unitAmount: 1999,
      metadata: { archived: true },
      paymentSyncStatus: 'synced',
      paymentSyncVersion: 1,
      providerUpdatedAt: t(30),
    });
    expect(newer?.paymentSyncedAt).toBeInstanceOf(Date);
    const once = await prices.updatePriceWithSync(db.pool, {
      workspaceId: a,
      id: row.id,
      type: 'one_time',
      unitAmount: MAX,
    });
    expect(once).toMatchObject({
      type: 'one_time',
      recurringInterval: null,
      recurringIntervalCount: null,
      unitAmount: MAX,
    });
  });

  it('finds nothing in another workspace or soft-deleted, and changes nothing', async () => {
    const { a, b, productA } = await setup();
    const row = await insertPrice(db.pool, a, productA);
    expect(
      await db.withoutWrites(() =>
        prices.updatePriceWithSync(db.pool, { workspaceId: b, id: row.id, active: false, providerUpdatedAt: t(1) }),
      ),
    ).toBeNull();
    const gone = await insertPrice(db.pool, a, productA, { deletedAt: new Date() });
    expect(
      await db.withoutWrites(() => prices.updatePriceWithSync(db.pool, { workspaceId: a, id: gone.id, active: false })),
    ).toBeNull();
  });

  it('refuses bad input, a shape mismatch and another workspace\u2019s product with nothing written', async () => {
    const { a, productA, productB } = await setup();
    const row = await insertPrice(db.pool, a, productA);
    for (const bad of [...badFields, { paymentSyncStatus: 'ok' }]) {
      await db.refusedWithoutWrites(
        () => prices.updatePriceWithSync(db.pool, { workspaceId: a, id: row.id, ...(bad as object) }),
        InvalidParameterError,
      );
    }
    await refusedByShapeCheck(() =>
      prices.updatePriceWithSync(db.pool, { workspaceId: a, id: row.id, type: 'one_time', recurringIntervalCount: 1 }),
    );
    await db.refusedWithoutWrites(
      () => prices.updatePriceWithSync(db.pool, { workspaceId: a, id: row.id, productId: productB }),
      ForeignKeyViolationError,
    );
  });
});

describe('deletePrice', () => {
  it('soft-deletes once, and not across workspaces', async () => {
    const { a, b, productA } = await setup();
    const row = await insertPrice(db.pool, a, productA);
    expect(await db.withoutWrites(() => prices.deletePrice(db.pool, { workspaceId: b, id: row.id }))).toBe(0);
    expect(await prices.getPrice(db.pool, { workspaceId: a, id: row.id })).not.toBeNull();
    expect(await prices.deletePrice(db.pool, { workspaceId: a, id: row.id })).toBe(1);
    expect(await prices.deletePrice(db.pool, { workspaceId: a, id: row.id })).toBe(0);
    expect(await prices.getPrice(db.pool, { workspaceId: a, id: row.id })).toBeNull();
    const { rows } = await db.pool.query('SELECT deleted_at FROM prices WHERE id = $1', [row.id]);
    expect(rows[0].deleted_at).toBeInstanceOf(Date);
  });

  it('refuses a malformed id', async () => {
    const { a } = await setup();
    await db.refusedWithoutWrites(
      () => prices.deletePrice(db.pool, { workspaceId: a, id: 'nope' }),
      InvalidParameterError,
    );
  });
});

describe('getPricesNeedingSync', () => {
  it('returns pending and failed, in the order they entered the queue, excluding others', async () => {
    const { a, b, productA, productB } = await setup();
    const old = await insertPrice(db.pool, a, productA, {
      paymentSyncStatus: 'failed',
      paymentSyncStatusChangedAt: new Date('2026-01-01'),
    });
    const mid = await insertPrice(db.pool, a, productA, {
      paymentSyncStatus: 'pending',
      paymentSyncStatusChangedAt: new Date('2026-01-02'),
    });
    const recent = await insertPrice(db.pool, a, productA, {
      paymentSyncStatus: 'pending',
      paymentSyncStatusChangedAt: new Date('2026-01-03'),
    });
    await insertPrice(db.pool, a, productA, { paymentSyncStatus: 'synced' });
    await insertPrice(db.pool, a, productA, { paymentSyncStatus: 'conflict' });
    await insertPrice(db.pool, a, productA, { paymentSyncStatus: 'pending', deletedAt: new Date() });
    await insertPrice(db.pool, b, productB, {
      paymentSyncStatus: 'pending',
      paymentSyncStatusChangedAt: new Date('2025-01-01'),
    });
    const first = await prices.getPricesNeedingSync(db.pool, { workspaceId: a, limit: 2 });
    expect(first.map((r) => r.id)).toEqual([old.id, mid.id]);
    const second = await prices.getPricesNeedingSync(db.pool, { workspaceId: a, limit: 2, after: first[1] });
    expect(second.map((r) => r.id)).toEqual([recent.id]);
  });

  it('pages across rows that share their status time without gaps or repeats', async () => {
    const { a, productA } = await setup();
    const same = new Date('2026-02-01T00:00:00Z');
    for (let i = 0; i < 5; i++)
      await insertPrice(db.pool, a, productA, {
        paymentSyncStatus: i % 2 ? 'failed' : 'pending',
        paymentSyncStatusChangedAt: same,
      });
    for (let i = 0; i < 3; i++)
      await insertPrice(db.pool, a, productA, {
        paymentSyncStatusChangedAt: new Date(same.getTime() - 1000 * (i + 1)),
      });
    const expected = await expectedIds(
      "workspace_id = $1 AND deleted_at IS NULL AND payment_sync_status IN ('pending', 'failed')",
      [a],
      'provider_described, payment_sync_status_changed_at, id',
    );
    expect(expected).toHaveLength(8);
    for (const limit of [1, 3]) {
      expect(
        await allIds((after) => prices.getPricesNeedingSync(db.pool, { workspaceId: a, limit, after }), limit),
      ).toEqual(expected);
    }
  });

  it('refuses a bad limit', async () => {
    const pool = await db.closedPool();
    await expect(prices.getPricesNeedingSync(pool, { workspaceId: MISSING, limit: -5 })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
  });
});

describe('getPricesSyncedByProvider', () => {
  it('returns the live rows synced with that provider in this workspace, paged', async () => {
    const { a, b, productA, productB } = await setup();
    await insertPricesTogether(a, productA, 4, { paymentSyncStatus: 'synced' });
    await insertPrice(db.pool, a, productA, { paymentSyncStatus: 'synced' });
    await insertPrice(db.pool, a, productA, { paymentSyncStatus: 'synced', paymentProvider: 'chargebee' });
    await insertPrice(db.pool, a, productA, { paymentSyncStatus: 'failed' });
    await insertPrice(db.pool, a, productA, { paymentSyncStatus: 'synced', deletedAt: new Date() });
    await insertPrice(db.pool, b, productB, { paymentSyncStatus: 'synced' });
    const expected = await expectedIds(
      "workspace_id = $1 AND deleted_at IS NULL AND payment_sync_status = 'synced' AND payment_provider = 'stripe'",
      [a],
    );
    expect(expected).toHaveLength(5);
    const seen = await allIds(
      (after) =>
        prices.getPricesSyncedByProvider(db.pool, { workspaceId: a, paymentProvider: 'stripe', limit: 2, after }),
      2,
    );
    expect(seen).toEqual(expected);
    expect(
      await prices.getPricesSyncedByProvider(db.pool, { workspaceId: b, paymentProvider: 'chargebee', limit: 10 }),
    ).toEqual([]);
  });

  it('refuses a malformed provider name', async () => {
    const pool = await db.closedPool();
    await expect(
      prices.getPricesSyncedByProvider(pool, { workspaceId: MISSING, paymentProvider: 'Stripe', limit: 1 }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('getPricesWithSyncConflicts', () => {
  it('returns the live rows in conflict in this workspace, paged', async () => {
    const { a, b, productA, productB } = await setup();
    await insertPricesTogether(a, productA, 3, { paymentSyncStatus: 'conflict' });
    await insertPrice(db.pool, a, productA, { paymentSyncStatus: 'conflict' });
    await insertPrice(db.pool, a, productA, { paymentSyncStatus: 'pending' });
    await insertPrice(db.pool, a, productA, { paymentSyncStatus: 'conflict', deletedAt: new Date() });
    await insertPrice(db.pool, b, productB, { paymentSyncStatus: 'conflict' });
    const expected = await expectedIds(
      "workspace_id = $1 AND deleted_at IS NULL AND payment_sync_status = 'conflict'",
      [a],
    );
    expect(expected).toHaveLength(4);
    expect(
      await allIds((after) => prices.getPricesWithSyncConflicts(db.pool, { workspaceId: a, limit: 3, after }), 3),
    ).toEqual(expected);
  });

  it('refuses a limit outside 1..1000', async () => {
    const pool = await db.closedPool();
    await expect(prices.getPricesWithSyncConflicts(pool, { workspaceId: MISSING, limit: 0 })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
  });
});

describe('updatePricePaymentSyncStatus', () => {
  it('applies only at the expected version, stamps payment_synced_at when synced', async () => {
    const { a, b, productA } = await setup();
    const row = await insertPrice(db.pool, a, productA);
    const ok = await prices.updatePricePaymentSyncStatus(db.pool, {
      workspaceId: a,
      id: row.id,
      expectedVersion: 0,
      paymentSyncStatus: 'synced',
    });
    expect(ok).toMatchObject({
      paymentSyncStatus: 'synced',
      paymentSyncVersion: 1,
      unitAmount: Number(row.unitAmount),
    });
    expect(ok?.paymentSyncedAt).toBeInstanceOf(Date);
    expect(
      await db.withoutWrites(() =>
        prices.updatePricePaymentSyncStatus(db.pool, {
          workspaceId: a,
          id: row.id,
          expectedVersion: 0,
          paymentSyncStatus: 'failed',
        }),
      ),
    ).toBeNull();
    expect(
      await db.withoutWrites(() =>
        prices.updatePricePaymentSyncStatus(db.pool, {
          workspaceId: b,
          id: row.id,
          expectedVersion: 1,
          paymentSyncStatus: 'failed',
        }),
      ),
    ).toBeNull();
    const gone = await insertPrice(db.pool, a, productA, { deletedAt: new Date() });
    expect(
      await db.withoutWrites(() =>
        prices.updatePricePaymentSyncStatus(db.pool, {
          workspaceId: a,
          id: gone.id,
          expectedVersion: 0,
          paymentSyncStatus: 'synced',
        }),
      ),
    ).toBeNull();
  });

  it('of racing writers with the same expected version, exactly one wins, round after round', async () => {
    const { a, productA } = await setup();
    const row = await insertPrice(db.pool, a, productA);
    await raceVersionedWriters((p) =>
      prices.updatePricePaymentSyncStatus(db.pool, { workspaceId: a, id: row.id, ...p }),
    );
    expect((await prices.getPrice(db.pool, { workspaceId: a, id: row.id }))?.paymentSyncVersion).toBe(10);
  });

  it('refuses an unknown status, a fractional version or a malformed id, with nothing written', async () => {
    const { a, productA } = await setup();
    const row = await insertPrice(db.pool, a, productA);
    const base = { workspaceId: a, id: row.id, expectedVersion: 0, paymentSyncStatus: 'synced' as const };
    await db.refusedWithoutWrites(
      () => prices.updatePricePaymentSyncStatus(db.pool, { ...base, paymentSyncStatus: 'SYNCED' as never }),
      InvalidParameterError,
    );
    await db.refusedWithoutWrites(
      () => prices.updatePricePaymentSyncStatus(db.pool, { ...base, expectedVersion: 0.5 }),
      InvalidParameterError,
    );
    await db.refusedWithoutWrites(
      () => prices.updatePricePaymentSyncStatus(db.pool, { ...base, id: 'x' }),
      InvalidParameterError,
    );
  });
});
