import { describe, expect, it } from 'vitest';
import {
  CheckViolationError,
  ForeignKeyViolationError,
  InvalidParameterError,
  UniqueViolationError,
} from '../src/errors.js';
import * as products from '../src/products.js';
import { useDatabase } from './support/database.js';
import { insertPrice, insertProduct, snapshot, type Row } from './support/factories.js';
import { raceVersionedWriters } from './support/races.js';
import { withTransaction } from '../src/index.js';
import { allIds } from './support/paging.js';

const db = useDatabase();

const MISSING = '00000000-0000-4000-8000-000000000000';
const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));

/** Inserts `n` products in one transaction, so that they share created_at (the id breaks the tie). */
async function insertProductsTogether(workspaceId: string, n: number, overrides: Row = {}): Promise<string[]> {
  const ids: string[] = [];
  await withTransaction(db.pool, async (tx) => {
    for (let i = 0; i < n; i++) ids.push((await insertProduct(tx, workspaceId, overrides)).id);
  });
  return ids;
}

/** The ids the database holds for `where`, in the given order: what paging must return. */
async function expectedIds(where: string, params: unknown[], order = 'created_at, id'): Promise<string[]> {
  const { rows } = await db.pool.query<{ id: string }>(
    `SELECT id FROM products WHERE ${where} ORDER BY ${order}`,
    params,
  );
  return rows.map((r) => r.id);
}

describe('getProduct', () => {
  it('returns the live product of the workspace, camelCased and typed', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await insertProduct(db.pool, a, { description: 'Desc', metadata: { tier: 'gold' }, active: false });
    const found = await products.getProduct(db.pool, { workspaceId: a, id: row.id });
    expect(found).toMatchObject({
      id: row.id,
      workspaceId: a,
      name: row.name,
      description: 'Desc',
      active: false,
      metadata: { tier: 'gold' },
      paymentSyncStatus: 'pending',
      paymentSyncVersion: 0,
    });
    expect(found?.createdAt).toBeInstanceOf(Date);
  });

  it('finds nothing with another workspace id, nor a soft-deleted row', async () => {
    const { a, b } = await db.twoWorkspaces();
    const row = await insertProduct(db.pool, a);
    expect(await db.withoutWrites(() => products.getProduct(db.pool, { workspaceId: b, id: row.id }))).toBeNull();
    const gone = await insertProduct(db.pool, a, { deletedAt: new Date() });
    expect(await products.getProduct(db.pool, { workspaceId: a, id: gone.id })).toBeNull();
    expect(await products.getProduct(db.pool, { workspaceId: a, id: MISSING })).toBeNull();
  });

  it('refuses a malformed uuid before touching the database', async () => {
    const pool = await db.closedPool();
    await expect(products.getProduct(pool, { workspaceId: 'nope', id: MISSING })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
    await expect(products.getProduct(pool, { workspaceId: MISSING, id: 'prod_1' })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
  });
});

describe('getProductByExternalID', () => {
  it('finds the live row of (workspace, provider, external id) only', async () => {
    const { a, b } = await db.twoWorkspaces();
    const row = await insertProduct(db.pool, a, { externalId: 'prod_1' });
    await insertProduct(db.pool, b, { externalId: 'prod_other' });
    const params = { workspaceId: a, paymentProvider: 'stripe', externalId: 'prod_1' };
    expect((await products.getProductByExternalID(db.pool, params))?.id).toBe(row.id);
    expect(await products.getProductByExternalID(db.pool, { ...params, paymentProvider: 'chargebee' })).toBeNull();
    expect(
      await db.withoutWrites(() => products.getProductByExternalID(db.pool, { ...params, workspaceId: b })),
    ).toBeNull();
    expect(await products.getProductByExternalID(db.pool, { ...params, externalId: 'prod_other' })).toBeNull();
    await products.deleteProduct(db.pool, { workspaceId: a, id: row.id });
    expect(await products.getProductByExternalID(db.pool, params)).toBeNull();
  });

  it('refuses a malformed provider name or an empty external id', async () => {
    const pool = await db.closedPool();
    for (const bad of [{ paymentProvider: 'Stripe!' }, { externalId: '' }]) {
      await expect(
        products.getProductByExternalID(pool, {
          workspaceId: MISSING,
          paymentProvider: 'stripe',
          externalId: 'x',
          ...bad,
        }),
      ).rejects.toBeInstanceOf(InvalidParameterError);
    }
  });
});

describe('listProducts', () => {
  it('pages through every live row of the workspace once, in (createdAt, id) order, without gaps or repeats', async () => {
    const { a, b } = await db.twoWorkspaces();
    await insertProductsTogether(a, 7);
    for (let i = 0; i < 4; i++) await insertProduct(db.pool, a);
    await insertProduct(db.pool, a, { deletedAt: new Date() });
    await insertProduct(db.pool, b);
    const expected = await expectedIds('workspace_id = $1 AND deleted_at IS NULL', [a]);
    expect(expected).toHaveLength(11);
    for (const limit of [1, 3, 11, 50]) {
      const seen = await allIds((after) => products.listProducts(db.pool, { workspaceId: a, limit, after }), limit);
      expect(seen).toEqual(expected);
    }
  });

  it('returns nothing for a workspace without products', async () => {
    const { b } = await db.twoWorkspaces();
    expect(await products.listProducts(db.pool, { workspaceId: b, limit: 10 })).toEqual([]);
  });

  it('refuses a limit outside 1..1000 and a malformed cursor', async () => {
    const { a } = await db.twoWorkspaces();
    for (const limit of [0, 1001, 2.5, -1]) {
      await expect(products.listProducts(db.pool, { workspaceId: a, limit })).rejects.toBeInstanceOf(
        InvalidParameterError,
      );
    }
    await expect(
      products.listProducts(db.pool, { workspaceId: a, limit: 10, after: { id: 'x', createdAt: new Date() } }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('createProduct', () => {
  it('inserts a pending, active product with empty metadata by default', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await products.createProduct(db.pool, { workspaceId: a, name: 'Pro plan' });
    expect(row).toMatchObject({
      workspaceId: a,
      name: 'Pro plan',
      description: null,
      active: true,
      metadata: {},
      paymentSyncStatus: 'pending',
      paymentSyncVersion: 0,
      paymentProvider: null,
      externalId: null,
    });
    expect(await products.getProduct(db.pool, { workspaceId: a, id: row!.id })).toEqual(row);
  });

  it('stores every given field, quotes and SQL verbatim', async () => {
    const { a } = await db.twoWorkspaces();
    const name = `Robert'); DROP TABLE products;-- "x" \\ \u00e9`;
    const row = await products.createProduct(db.pool, {
      workspaceId: a,
      name,
      description: 'A description',
      active: false,
      metadata: { note: name, nested: { n: 1 } },
      paymentProvider: 'stripe',
      externalId: 'prod_local',
    });
    expect(row).toMatchObject({
      name,
      description: 'A description',
      active: false,
      metadata: { note: name, nested: { n: 1 } },
      paymentProvider: 'stripe',
      externalId: 'prod_local',
    });
  });

  it('refuses a missing name, non-object metadata, a bad provider or workspace id, with nothing written', async () => {
    const { a } = await db.twoWorkspaces();
    await db.refusedWithoutWrites(
      () => products.createProduct(db.pool, { workspaceId: a } as never),
      InvalidParameterError,
    );
    for (const metadata of [[1, 2], 'text', 3, true]) {
      await db.refusedWithoutWrites(
        () => products.createProduct(db.pool, { workspaceId: a, name: 'x', metadata: metadata as never }),
        InvalidParameterError,
      );
    }
    await db.refusedWithoutWrites(
      () => products.createProduct(db.pool, { workspaceId: a, name: 'x', paymentProvider: 'Stripe!', externalId: 'p' }),
      InvalidParameterError,
    );
    await db.refusedWithoutWrites(
      () => products.createProduct(db.pool, { workspaceId: 'not-a-uuid', name: 'x' }),
      InvalidParameterError,
    );
  });

  it('refuses an empty name, a taken provider reference and an unknown workspace', async () => {
    const { a } = await db.twoWorkspaces();
    await db.refusedWithoutWrites(
      () => products.createProduct(db.pool, { workspaceId: a, name: '' }),
      CheckViolationError,
    );
    await insertProduct(db.pool, a, { externalId: 'prod_dup' });
    await db.refusedWithoutWrites(
      () =>
        products.createProduct(db.pool, {
          workspaceId: a,
          name: 'x',
          paymentProvider: 'stripe',
          externalId: 'prod_dup',
        }),
      UniqueViolationError,
    );
    await db.refusedWithoutWrites(
      () => products.createProduct(db.pool, { workspaceId: MISSING, name: 'x' }),
      ForeignKeyViolationError,
    );
  });
});

describe('createProductWithSync', () => {
  it('is idempotent: a replayed provider object is unchanged: nothing written, one live row', async () => {
    const { a } = await db.twoWorkspaces();
    const input = {
      workspaceId: a,
      paymentProvider: 'stripe',
      externalId: 'prod_Q1',
      name: 'Gold',
      description: 'The gold plan',
      providerUpdatedAt: t(1),
      providerData: { id: 'prod_Q1', object: 'product' },
    };
    const first = await products.createProductWithSync(db.pool, input);
    expect(first.outcome).toBe('created');
    expect(first.row).toMatchObject({
      name: 'Gold',
      description: 'The gold plan',
      active: true,
      metadata: {},
      paymentSyncStatus: 'synced',
      paymentSyncVersion: 0,
      providerData: input.providerData,
      providerUpdatedAt: t(1),
    });
    expect(first.row.paymentSyncedAt).toBeInstanceOf(Date);
    expect('inserted' in first.row || 'outcome' in first.row).toBe(false);
    const replay = await products.createProductWithSync(db.pool, input);
    expect(replay).toEqual({ outcome: 'unchanged', row: first.row });
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM products WHERE workspace_id = $1', [a]);
    expect(rows[0].n).toBe(1);
  });

  it('is monotonic: an older provider write changes nothing and says it was stale', async () => {
    const { a } = await db.twoWorkspaces();
    const base = { workspaceId: a, paymentProvider: 'stripe', externalId: 'prod_Q2' };
    await products.createProductWithSync(db.pool, { ...base, name: 'New', providerUpdatedAt: t(10) });
    const before = await snapshot(db.pool);
    const late = await products.createProductWithSync(db.pool, {
      ...base,
      name: 'Old',
      active: false,
      providerUpdatedAt: t(5),
    });
    expect(late.outcome).toBe('stale');
    expect(late.row).toMatchObject({ name: 'New', active: true, paymentSyncVersion: 0 });
    expect(await snapshot(db.pool)).toEqual(before);
    const newer = await products.createProductWithSync(db.pool, {
      ...base,
      name: 'Newer',
      active: false,
      metadata: { k: 'v' },
      providerUpdatedAt: t(20),
    });
    expect(newer).toMatchObject({
      outcome: 'updated',
      row: { name: 'Newer', active: false, metadata: { k: 'v' }, paymentSyncVersion: 1, description: null },
    });
  });

  it('replaces the stored object: an omitted description becomes null, and a conflict status is kept', async () => {
    const { a } = await db.twoWorkspaces();
    const base = { workspaceId: a, paymentProvider: 'stripe', externalId: 'prod_Q5', name: 'N' };
    await products.createProductWithSync(db.pool, { ...base, description: 'D', providerUpdatedAt: t(1) });
    const next = await products.createProductWithSync(db.pool, {
      ...base,
      providerUpdatedAt: t(2),
      paymentSyncStatus: 'conflict',
    });
    expect(next.row).toMatchObject({ description: null, paymentSyncStatus: 'conflict' });
  });

  it('keeps workspaces apart and starts over after a soft delete', async () => {
    const { a, b } = await db.twoWorkspaces();
    const base = { paymentProvider: 'stripe', externalId: 'prod_Q3', name: 'P', providerUpdatedAt: t(1) };
    const inA = await products.createProductWithSync(db.pool, { ...base, workspaceId: a });
    const inB = await products.createProductWithSync(db.pool, { ...base, workspaceId: b, name: 'B' });
    expect(inB.outcome).toBe('created');
    expect(inB.row.id).not.toBe(inA.row.id);
    expect((await products.getProduct(db.pool, { workspaceId: a, id: inA.row.id }))?.name).toBe('P');
    await products.deleteProduct(db.pool, { workspaceId: a, id: inA.row.id });
    const again = await products.createProductWithSync(db.pool, { ...base, workspaceId: a });
    expect(again.outcome).toBe('created');
    expect(again.row.id).not.toBe(inA.row.id);
  });

  it('refuses an unknown sync status, an invalid date, a missing name or bad metadata with nothing written', async () => {
    const { a } = await db.twoWorkspaces();
    const base = {
      workspaceId: a,
      paymentProvider: 'stripe',
      externalId: 'prod_Q4',
      name: 'P',
      providerUpdatedAt: t(1),
    };
    await db.refusedWithoutWrites(
      () => products.createProductWithSync(db.pool, { ...base, paymentSyncStatus: 'done' as never }),
      InvalidParameterError,
    );
    await db.refusedWithoutWrites(
      () => products.createProductWithSync(db.pool, { ...base, providerUpdatedAt: new Date('nope') }),
      InvalidParameterError,
    );
    await db.refusedWithoutWrites(
      () => products.createProductWithSync(db.pool, { ...base, name: undefined } as never),
      InvalidParameterError,
    );
    await db.refusedWithoutWrites(
      () => products.createProductWithSync(db.pool, { ...base, metadata: ['a'] as never }),
      InvalidParameterError,
    );
    await db.refusedWithoutWrites(
      () => products.createProductWithSync(db.pool, { ...base, providerData: 'raw' as never }),
      InvalidParameterError,
    );
  });
});

describe('updateProduct', () => {
  it('changes the given fields only, marks the row pending and bumps the version', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await insertProduct(db.pool, a, {
      paymentSyncStatus: 'synced',
      description: 'Keep me',
      metadata: { a: 1 },
    });
    const updated = await products.updateProduct(db.pool, { workspaceId: a, id: row.id, name: 'New', active: false });
    expect(updated).toMatchObject({
      name: 'New',
      description: 'Keep me',
      active: false,
      metadata: { a: 1 },
      paymentSyncStatus: 'pending',
      paymentSyncVersion: 1,
    });
    const again = await products.updateProduct(db.pool, { workspaceId: a, id: row.id, metadata: { b: 2 } });
    expect(again).toMatchObject({ name: 'New', active: false, metadata: { b: 2 }, paymentSyncVersion: 2 });
  });

  it('finds nothing in another workspace or soft-deleted, and changes nothing', async () => {
    const { a, b } = await db.twoWorkspaces();
    const row = await insertProduct(db.pool, a);
    expect(
      await db.withoutWrites(() => products.updateProduct(db.pool, { workspaceId: b, id: row.id, name: 'Hijack' })),
    ).toBeNull();
    const gone = await insertProduct(db.pool, a, { deletedAt: new Date() });
    expect(
      await db.withoutWrites(() => products.updateProduct(db.pool, { workspaceId: a, id: gone.id, name: 'Zombie' })),
    ).toBeNull();
  });

  it('refuses bad input with nothing written', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await insertProduct(db.pool, a);
    await db.refusedWithoutWrites(
      () => products.updateProduct(db.pool, { workspaceId: a, id: row.id, metadata: [1] as never }),
      InvalidParameterError,
    );
    await db.refusedWithoutWrites(
      () => products.updateProduct(db.pool, { workspaceId: a, id: 'bad', name: 'x' }),
      InvalidParameterError,
    );
    await db.refusedWithoutWrites(
      () => products.updateProduct(db.pool, { workspaceId: a, id: row.id, name: '' }),
      CheckViolationError,
    );
  });
});

describe('updateProductWithSync', () => {
  it('applies newer provider data and ignores older', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await insertProduct(db.pool, a, { providerUpdatedAt: t(20), description: 'Keep' });
    const before = await snapshot(db.pool);
    const older = await products.updateProductWithSync(db.pool, {
      workspaceId: a,
      id: row.id,
      name: 'Old news',
      providerUpdatedAt: t(10),
    });
    expect(older).toBeNull();
    expect(await snapshot(db.pool)).toEqual(before);
    const newer = await products.updateProductWithSync(db.pool, {
      workspaceId: a,
      id: row.id,
      name: 'Fresh',
      active: false,
      providerUpdatedAt: t(30),
      providerData: { id: String(row.externalId) },
    });
    expect(newer).toMatchObject({
      name: 'Fresh',
      description: 'Keep',
      active: false,
      paymentSyncStatus: 'synced',
      paymentSyncVersion: 1,
      providerUpdatedAt: t(30),
      providerData: { id: String(row.externalId) },
    });
    expect(newer?.paymentSyncedAt).toBeInstanceOf(Date);
    const failed = await products.updateProductWithSync(db.pool, {
      workspaceId: a,
      id: row.id,
      paymentSyncStatus: 'failed',
      paymentSyncError: 'rate limited',
    });
    expect(failed).toMatchObject({
      name: 'Fresh',
      paymentSyncStatus: 'failed',
      paymentSyncError: 'rate limited',
      paymentSyncVersion: 2,
    });
  });

  it('finds nothing in another workspace or soft-deleted, and changes nothing', async () => {
    const { a, b } = await db.twoWorkspaces();
    const row = await insertProduct(db.pool, a);
    expect(
      await db.withoutWrites(() =>
        products.updateProductWithSync(db.pool, { workspaceId: b, id: row.id, name: 'x', providerUpdatedAt: t(1) }),
      ),
    ).toBeNull();
    const gone = await insertProduct(db.pool, a, { deletedAt: new Date() });
    expect(
      await db.withoutWrites(() => products.updateProductWithSync(db.pool, { workspaceId: a, id: gone.id, name: 'x' })),
    ).toBeNull();
  });

  it('refuses an unknown status or malformed metadata with nothing written', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await insertProduct(db.pool, a);
    await db.refusedWithoutWrites(
      () => products.updateProductWithSync(db.pool, { workspaceId: a, id: row.id, paymentSyncStatus: 'ok' as never }),
      InvalidParameterError,
    );
    await db.refusedWithoutWrites(
      () => products.updateProductWithSync(db.pool, { workspaceId: a, id: row.id, metadata: 'x' as never }),
      InvalidParameterError,
    );
  });
});

describe('deleteProduct', () => {
  it('soft-deletes once, not across workspaces, and leaves its prices alone', async () => {
    const { a, b } = await db.twoWorkspaces();
    const row = await insertProduct(db.pool, a);
    const price = await insertPrice(db.pool, a, row.id);
    expect(await db.withoutWrites(() => products.deleteProduct(db.pool, { workspaceId: b, id: row.id }))).toBe(0);
    expect(await products.getProduct(db.pool, { workspaceId: a, id: row.id })).not.toBeNull();
    expect(await products.deleteProduct(db.pool, { workspaceId: a, id: row.id })).toBe(1);
    expect(await products.deleteProduct(db.pool, { workspaceId: a, id: row.id })).toBe(0);
    expect(await products.getProduct(db.pool, { workspaceId: a, id: row.id })).toBeNull();
    const { rows } = await db.pool.query('SELECT deleted_at FROM products WHERE id = $1', [row.id]);
    expect(rows[0].deleted_at).toBeInstanceOf(Date);
    const { rows: priceRows } = await db.pool.query('SELECT deleted_at FROM prices WHERE id = $1', [price.id]);
    expect(priceRows[0].deleted_at).toBeNull();
  });

  it('refuses a malformed id', async () => {
    const { a } = await db.twoWorkspaces();
    await db.refusedWithoutWrites(
      () => products.deleteProduct(db.pool, { workspaceId: a, id: '1' }),
      InvalidParameterError,
    );
  });
});

describe('getProductsNeedingSync', () => {
  it('returns pending and failed, in the order they entered the queue, excluding others', async () => {
    const { a, b } = await db.twoWorkspaces();
    const old = await insertProduct(db.pool, a, {
      paymentSyncStatus: 'failed',
      paymentSyncStatusChangedAt: new Date('2026-01-01'),
    });
    const mid = await insertProduct(db.pool, a, {
      paymentSyncStatus: 'pending',
      paymentSyncStatusChangedAt: new Date('2026-01-02'),
    });
    const recent = await insertProduct(db.pool, a, {
      paymentSyncStatus: 'pending',
      paymentSyncStatusChangedAt: new Date('2026-01-03'),
    });
    await insertProduct(db.pool, a, { paymentSyncStatus: 'synced' });
    await insertProduct(db.pool, a, { paymentSyncStatus: 'conflict' });
    await insertProduct(db.pool, a, { paymentSyncStatus: 'pending', deletedAt: new Date() });
    await insertProduct(db.pool, b, {
      paymentSyncStatus: 'pending',
      paymentSyncStatusChangedAt: new Date('2025-01-01'),
    });
    const first = await products.getProductsNeedingSync(db.pool, { workspaceId: a, limit: 2 });
    expect(first.map((r) => r.id)).toEqual([old.id, mid.id]);
    const second = await products.getProductsNeedingSync(db.pool, { workspaceId: a, limit: 2, after: first[1] });
    expect(second.map((r) => r.id)).toEqual([recent.id]);
    expect(await products.getProductsNeedingSync(db.pool, { workspaceId: a, limit: 2, after: second[0] })).toEqual([]);
  });

  it('pages across rows that share their status time without gaps or repeats', async () => {
    const { a } = await db.twoWorkspaces();
    const same = new Date('2026-02-01T00:00:00Z');
    for (let i = 0; i < 6; i++)
      await insertProduct(db.pool, a, {
        paymentSyncStatus: i % 2 ? 'failed' : 'pending',
        paymentSyncStatusChangedAt: same,
      });
    for (let i = 0; i < 3; i++)
      await insertProduct(db.pool, a, { paymentSyncStatusChangedAt: new Date(same.getTime() + 1000 * (i + 1)) });
    await insertProduct(db.pool, a, { paymentSyncStatus: 'synced', paymentSyncStatusChangedAt: same });
    const expected = await expectedIds(
      "workspace_id = $1 AND deleted_at IS NULL AND payment_sync_status IN ('pending', 'failed')",
      [a],
      'provider_described, payment_sync_status_changed_at, id',
    );
    expect(expected).toHaveLength(9);
    for (const limit of [1, 4]) {
      const seen = await allIds(
        (after) => products.getProductsNeedingSync(db.pool, { workspaceId: a, limit, after }),
        limit,
      );
      expect(seen).toEqual(expected);
    }
  });

  it('refuses a bad limit or workspace id', async () => {
    const pool = await db.closedPool();
    await expect(products.getProductsNeedingSync(pool, { workspaceId: MISSING, limit: 0 })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
    await expect(products.getProductsNeedingSync(pool, { workspaceId: 'x', limit: 5 })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
  });
});

describe('getProductsSyncedByProvider', () => {
  it('returns the live rows synced with that provider in this workspace, paged', async () => {
    const { a, b } = await db.twoWorkspaces();
    await insertProductsTogether(a, 5, { paymentSyncStatus: 'synced' });
    await insertProduct(db.pool, a, { paymentSyncStatus: 'synced' });
    await insertProduct(db.pool, a, { paymentSyncStatus: 'synced', paymentProvider: 'chargebee' });
    await insertProduct(db.pool, a, { paymentSyncStatus: 'pending' });
    await insertProduct(db.pool, a, { paymentSyncStatus: 'synced', deletedAt: new Date() });
    await insertProduct(db.pool, b, { paymentSyncStatus: 'synced' });
    const expected = await expectedIds(
      "workspace_id = $1 AND deleted_at IS NULL AND payment_sync_status = 'synced' AND payment_provider = 'stripe'",
      [a],
    );
    expect(expected).toHaveLength(6);
    const seen = await allIds(
      (after) =>
        products.getProductsSyncedByProvider(db.pool, { workspaceId: a, paymentProvider: 'stripe', limit: 4, after }),
      4,
    );
    expect(seen).toEqual(expected);
    const cb = await products.getProductsSyncedByProvider(db.pool, {
      workspaceId: a,
      paymentProvider: 'chargebee',
      limit: 10,
    });
    expect(cb).toHaveLength(1);
    expect(
      await products.getProductsSyncedByProvider(db.pool, { workspaceId: b, paymentProvider: 'chargebee', limit: 10 }),
    ).toEqual([]);
  });

  it('refuses a malformed provider name', async () => {
    const pool = await db.closedPool();
    await expect(
      products.getProductsSyncedByProvider(pool, { workspaceId: MISSING, paymentProvider: 'S', limit: 1 }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('getProductsWithSyncConflicts', () => {
  it('returns the live rows in conflict in this workspace, paged', async () => {
    const { a, b } = await db.twoWorkspaces();
    await insertProductsTogether(a, 4, { paymentSyncStatus: 'conflict' });
    await insertProduct(db.pool, a, { paymentSyncStatus: 'conflict', paymentProvider: 'chargebee' });
    await insertProduct(db.pool, a, { paymentSyncStatus: 'failed' });
    await insertProduct(db.pool, a, { paymentSyncStatus: 'conflict', deletedAt: new Date() });
    await insertProduct(db.pool, b, { paymentSyncStatus: 'conflict' });
    const expected = await expectedIds(
      "workspace_id = $1 AND deleted_at IS NULL AND payment_sync_status = 'conflict'",
      [a],
    );
    expect(expected).toHaveLength(5);
    const seen = await allIds(
      (after) => products.getProductsWithSyncConflicts(db.pool, { workspaceId: a, limit: 2, after }),
      2,
    );
    expect(seen).toEqual(expected);
  });

  it('refuses a limit outside 1..1000', async () => {
    const pool = await db.closedPool();
    await expect(
      products.getProductsWithSyncConflicts(pool, { workspaceId: MISSING, limit: 1001 }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('updateProductPaymentSyncStatus', () => {
  it('applies only at the expected version, stamps payment_synced_at when synced', async () => {
    const { a, b } = await db.twoWorkspaces();
    const row = await insertProduct(db.pool, a, { externalId: null, paymentProvider: null });
    const ok = await products.updateProductPaymentSyncStatus(db.pool, {
      workspaceId: a,
      id: row.id,
      expectedVersion: 0,
      paymentSyncStatus: 'synced',
      paymentProvider: 'stripe',
      externalId: 'prod_assigned',
    });
    expect(ok).toMatchObject({
      paymentSyncStatus: 'synced',
      paymentSyncVersion: 1,
      paymentProvider: 'stripe',
      externalId: 'prod_assigned',
    });
    expect(ok?.paymentSyncedAt).toBeInstanceOf(Date);
    const stale = await db.withoutWrites(() =>
      products.updateProductPaymentSyncStatus(db.pool, {
        workspaceId: a,
        id: row.id,
        expectedVersion: 0,
        paymentSyncStatus: 'failed',
      }),
    );
    expect(stale).toBeNull();
    const foreign = await db.withoutWrites(() =>
      products.updateProductPaymentSyncStatus(db.pool, {
        workspaceId: b,
        id: row.id,
        expectedVersion: 1,
        paymentSyncStatus: 'failed',
      }),
    );
    expect(foreign).toBeNull();
    const failed = await products.updateProductPaymentSyncStatus(db.pool, {
      workspaceId: a,
      id: row.id,
      expectedVersion: 1,
      paymentSyncStatus: 'failed',
      paymentSyncError: 'boom',
    });
    expect(failed).toMatchObject({ paymentSyncStatus: 'failed', paymentSyncError: 'boom', paymentSyncVersion: 2 });
    expect(failed?.paymentSyncedAt).toEqual(ok?.paymentSyncedAt);
  });

  it('ignores soft-deleted rows', async () => {
    const { a } = await db.twoWorkspaces();
    const gone = await insertProduct(db.pool, a, { deletedAt: new Date() });
    expect(
      await db.withoutWrites(() =>
        products.updateProductPaymentSyncStatus(db.pool, {
          workspaceId: a,
          id: gone.id,
          expectedVersion: 0,
          paymentSyncStatus: 'synced',
        }),
      ),
    ).toBeNull();
  });

  it('of racing writers with the same expected version, exactly one wins, round after round', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await insertProduct(db.pool, a);
    await raceVersionedWriters(
      (p) => products.updateProductPaymentSyncStatus(db.pool, { workspaceId: a, id: row.id, ...p }),
      { writers: 6 },
    );
    expect((await products.getProduct(db.pool, { workspaceId: a, id: row.id }))?.paymentSyncVersion).toBe(10);
  });

  it('refuses an unknown status, a negative version or a malformed id, with nothing written', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await insertProduct(db.pool, a);
    const base = { workspaceId: a, id: row.id, expectedVersion: 0, paymentSyncStatus: 'synced' as const };
    await db.refusedWithoutWrites(
      () => products.updateProductPaymentSyncStatus(db.pool, { ...base, paymentSyncStatus: 'done' as never }),
      InvalidParameterError,
    );
    await db.refusedWithoutWrites(
      () => products.updateProductPaymentSyncStatus(db.pool, { ...base, expectedVersion: -1 }),
      InvalidParameterError,
    );
    await db.refusedWithoutWrites(
      () => products.updateProductPaymentSyncStatus(db.pool, { ...base, id: 'nope' }),
      InvalidParameterError,
    );
  });
});
