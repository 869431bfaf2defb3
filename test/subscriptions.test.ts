import { describe, expect, it } from 'vitest';
import * as customers from '../src/customers.js';
import {
  CheckViolationError,
  ForeignKeyViolationError,
  InvalidParameterError,
  UniqueViolationError,
} from '../src/errors.js';
import * as subscriptions from '../src/subscriptions.js';
import type { SubscriptionStatus } from '../src/vocabulary.js';
import { useDatabase } from './support/database.js';
import {
  insertCustomer,
  insertPrice,
  insertProduct,
  insertSubscription,
  insertWorkspace,
  snapshot,
  type Row,
} from './support/factories.js';
import { raceVersionedWriters } from './support/races.js';
import { allIds } from './support/paging.js';
import { withTransaction } from '../src/index.js';

const db = useDatabase();

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
const day = (d: number) => new Date(Date.UTC(2026, 0, d));

/** A workspace with one customer and one price of its own. */
async function tenant() {
  const ws = await insertWorkspace(db.pool);
  const customer = await insertCustomer(db.pool, ws.id);
  const product = await insertProduct(db.pool, ws.id);
  const price = await insertPrice(db.pool, ws.id, product.id);
  return { workspaceId: ws.id, customerId: customer.id, priceId: price.id };
}

async function twoTenants() {
  return { a: await tenant(), b: await tenant() };
}

function sub(t: { workspaceId: string; customerId: string; priceId: string }, overrides: Row = {}) {
  return insertSubscription(db.pool, t.workspaceId, { customerId: t.customerId, priceId: t.priceId }, overrides);
}

/** `n` subscriptions inserted in one transaction: they share created_at/updated_at, the id breaks the tie. */
async function insertBatch(
  t: { workspaceId: string; customerId: string; priceId: string },
  n: number,
  overrides: Row = {},
) {
  const ids: string[] = [];
  await withTransaction(db.pool, async (tx) => {
    for (let i = 0; i < n; i++) {
      const refs = { customerId: t.customerId, priceId: t.priceId };
      ids.push((await insertSubscription(tx, t.workspaceId, refs, overrides)).id);
    }
  });
  return ids;
}

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('getSubscription', () => {
  it('returns the live subscription of the workspace, camelCased and typed', async () => {
    const { a } = await twoTenants();
    const row = await sub(a, {
      status: 'trialing',
      quantity: 3,
      currentPeriodStart: day(1),
      currentPeriodEnd: day(31),
      trialEnd: day(8),
      metadata: { plan: 'pro' },
    });
    const found = await subscriptions.getSubscription(db.pool, { workspaceId: a.workspaceId, id: row.id });
    expect(found).toMatchObject({
      id: row.id,
      workspaceId: a.workspaceId,
      customerId: a.customerId,
      priceId: a.priceId,
      status: 'trialing',
      quantity: 3,
      currentPeriodStart: day(1),
      currentPeriodEnd: day(31),
      cancelAtPeriodEnd: false,
      canceledAt: null,
      trialEnd: day(8),
      metadata: { plan: 'pro' },
      paymentSyncStatus: 'pending',
      paymentSyncVersion: 0,
    });
    // Compile-time: status is Stripe's vocabulary, not `string` (null only for a shell: a tombstone of a
    // subscription never seen).
    const status: SubscriptionStatus | null | undefined = found?.status;
    expect(status).toBe('trialing');
  });

  it('finds nothing with another workspace id, nor a soft-deleted row', async () => {
    const { a, b } = await twoTenants();
    const row = await sub(a);
    expect(await subscriptions.getSubscription(db.pool, { workspaceId: b.workspaceId, id: row.id })).toBeNull();
    const gone = await sub(a, { deletedAt: new Date() });
    expect(await subscriptions.getSubscription(db.pool, { workspaceId: a.workspaceId, id: gone.id })).toBeNull();
    expect(await subscriptions.getSubscription(db.pool, { workspaceId: a.workspaceId, id: MISSING })).toBeNull();
  });

  it('refuses a malformed uuid before touching the database', async () => {
    const pool = await db.closedPool();
    for (const params of [
      { workspaceId: 'nope', id: MISSING },
      { workspaceId: MISSING, id: "1' OR '1'='1" },
    ]) {
      await expect(subscriptions.getSubscription(pool, params)).rejects.toBeInstanceOf(InvalidParameterError);
    }
  });
});

describe('getSubscriptionByExternalID', () => {
  it('finds the live row of (workspace, provider, external id) only', async () => {
    const { a, b } = await twoTenants();
    const row = await sub(a, { externalId: 'sub_1' });
    await sub(b, { externalId: 'sub_other' });
    const params = { workspaceId: a.workspaceId, paymentProvider: 'stripe', externalId: 'sub_1' };
    expect((await subscriptions.getSubscriptionByExternalID(db.pool, params))?.id).toBe(row.id);
    expect(
      await subscriptions.getSubscriptionByExternalID(db.pool, { ...params, paymentProvider: 'chargebee' }),
    ).toBeNull();
    expect(
      await subscriptions.getSubscriptionByExternalID(db.pool, { ...params, workspaceId: b.workspaceId }),
    ).toBeNull();
    expect(await subscriptions.getSubscriptionByExternalID(db.pool, { ...params, externalId: 'sub_other' })).toBeNull();
    await subscriptions.deleteSubscription(db.pool, { workspaceId: a.workspaceId, id: row.id });
    expect(await subscriptions.getSubscriptionByExternalID(db.pool, params)).toBeNull();
  });

  it('refuses a malformed provider, external id or workspace id', async () => {
    const pool = await db.closedPool();
    const params = { workspaceId: MISSING, paymentProvider: 'stripe', externalId: 'sub_1' };
    for (const bad of [
      { paymentProvider: 'Stripe!' },
      { externalId: '' },
      { externalId: 'x'.repeat(256) },
      { workspaceId: 'nope' },
    ]) {
      await expect(subscriptions.getSubscriptionByExternalID(pool, { ...params, ...bad })).rejects.toBeInstanceOf(
        InvalidParameterError,
      );
    }
  });
});

describe('listSubscriptions', () => {
  it('pages through every live row of the workspace once, without gaps or repeats', async () => {
    const { a, b } = await twoTenants();
    const ids = await insertBatch(a, 7);
    for (let i = 0; i < 3; i++) ids.push((await sub(a)).id);
    await sub(a, { deletedAt: new Date() });
    await sub(b);
    for (const limit of [1, 3, 4, 10, 11]) {
      const seen = await allIds(
        (after) => subscriptions.listSubscriptions(db.pool, { workspaceId: a.workspaceId, limit, after }),
        limit,
      );
      expect(seen).toHaveLength(10);
      expect(new Set(seen)).toEqual(new Set(ids));
    }
    expect(await subscriptions.listSubscriptions(db.pool, { workspaceId: MISSING, limit: 10 })).toEqual([]);
  });

  it('returns rows in (createdAt, id) order', async () => {
    const { a } = await twoTenants();
    const first = await sub(a, { createdAt: day(1) });
    const tied = await insertBatch(a, 3, { createdAt: day(2) });
    const last = await sub(a, { createdAt: day(3) });
    const rows = await subscriptions.listSubscriptions(db.pool, { workspaceId: a.workspaceId, limit: 10 });
    expect(rows.map((r) => r.id)).toEqual([first.id, ...[...tied].sort(), last.id]);
  });

  it('refuses a limit outside 1..1000 and a malformed cursor', async () => {
    const pool = await db.closedPool();
    for (const limit of [0, 1001, 2.5, -1]) {
      await expect(subscriptions.listSubscriptions(pool, { workspaceId: MISSING, limit })).rejects.toBeInstanceOf(
        InvalidParameterError,
      );
    }
    await expect(
      subscriptions.listSubscriptions(pool, {
        workspaceId: MISSING,
        limit: 10,
        after: { id: 'x', createdAt: new Date() },
      }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('createSubscription', () => {
  it('inserts a pending subscription with defaults', async () => {
    const { a } = await twoTenants();
    const row = await subscriptions.createSubscription(db.pool, {
      workspaceId: a.workspaceId,
      customerId: a.customerId,
      priceId: a.priceId,
      status: 'incomplete',
    });
    expect(row).toMatchObject({
      workspaceId: a.workspaceId,
      customerId: a.customerId,
      priceId: a.priceId,
      status: 'incomplete',
      quantity: 1,
      cancelAtPeriodEnd: false,
      canceledAt: null,
      currentPeriodStart: null,
      metadata: {},
      paymentSyncStatus: 'pending',
      paymentSyncVersion: 0,
      externalId: null,
    });
    expect(await subscriptions.getSubscription(db.pool, { workspaceId: a.workspaceId, id: row!.id })).toEqual(row);
  });

  it('stores every column given', async () => {
    const { a } = await twoTenants();
    const row = await subscriptions.createSubscription(db.pool, {
      workspaceId: a.workspaceId,
      customerId: a.customerId,
      priceId: a.priceId,
      status: 'past_due',
      quantity: 0,
      currentPeriodStart: day(1),
      currentPeriodEnd: day(1),
      cancelAtPeriodEnd: true,
      canceledAt: day(2),
      trialEnd: day(3),
      metadata: { note: `it's "quoted"` },
      paymentProvider: 'stripe',
      externalId: 'sub_local',
    });
    expect(row).toMatchObject({
      status: 'past_due',
      quantity: 0,
      currentPeriodStart: day(1),
      currentPeriodEnd: day(1),
      cancelAtPeriodEnd: true,
      canceledAt: day(2),
      trialEnd: day(3),
      metadata: { note: `it's "quoted"` },
      paymentProvider: 'stripe',
      externalId: 'sub_local',
      paymentSyncStatus: 'pending',
    });
  });

  it('accepts every Stripe status', async () => {
    const { a } = await twoTenants();
    for (const status of [
      'incomplete',
      'incomplete_expired',
      'trialing',
      'active',
      'past_due',
      'canceled',
      'unpaid',
      'paused',
    ] as const) {
      const row = await subscriptions.createSubscription(db.pool, { ...a, status });
      expect(row?.status).toBe(status);
    }
  });

  it('refuses bad input with a typed error and nothing written', async () => {
    const { a } = await twoTenants();
    const base = { ...a, status: 'active' as const };
    const invalid: Record<string, unknown>[] = [
      { status: 'cancelled' },
      { status: 'Active' },
      { status: '' },
      { status: undefined },
      { customerId: 'not-a-uuid' },
      { priceId: undefined },
      { workspaceId: 'nope' },
      { metadata: [1, 2] },
      { metadata: 'text' },
      { metadata: 7 },
      { quantity: -1 },
      { quantity: 1.5 },
      { quantity: '2' },
      { cancelAtPeriodEnd: 'yes' },
      { cancelAtPeriodEnd: 1 },
      { currentPeriodStart: new Date('nope') },
      { paymentProvider: 'Stripe!', externalId: 'sub_x' },
    ];
    for (const bad of invalid) {
      await db.refusedWithoutWrites(
        () => subscriptions.createSubscription(db.pool, { ...base, ...bad } as never),
        InvalidParameterError,
      );
    }
    await db.refusedWithoutWrites(
      () =>
        subscriptions.createSubscription(db.pool, { ...base, currentPeriodStart: day(10), currentPeriodEnd: day(9) }),
      CheckViolationError,
    );
  });

  it("refuses another workspace's customer or price (the database refuses it) with nothing written", async () => {
    const { a, b } = await twoTenants();
    await db.refusedWithoutWrites(
      () => subscriptions.createSubscription(db.pool, { ...a, customerId: b.customerId, status: 'active' }),
      ForeignKeyViolationError,
    );
    await db.refusedWithoutWrites(
      () => subscriptions.createSubscription(db.pool, { ...a, priceId: b.priceId, status: 'active' }),
      ForeignKeyViolationError,
    );
    await db.refusedWithoutWrites(
      () => subscriptions.createSubscription(db.pool, { ...a, customerId: MISSING, status: 'active' }),
      ForeignKeyViolationError,
    );
    await db.refusedWithoutWrites(
      () => subscriptions.createSubscription(db.pool, { ...b, workspaceId: a.workspaceId, status: 'active' }),
      ForeignKeyViolationError,
    );
  });

  it('refuses a second live row for the same provider object', async () => {
    const { a, b } = await twoTenants();
    await sub(a, { externalId: 'sub_dup' });
    await db.refusedWithoutWrites(
      () =>
        subscriptions.createSubscription(db.pool, {
          ...a,
          status: 'active',
          paymentProvider: 'stripe',
          externalId: 'sub_dup',
        }),
      UniqueViolationError,
    );
    // The same provider id in another workspace is another object.
    const other = await subscriptions.createSubscription(db.pool, {
      ...b,
      status: 'active',
      paymentProvider: 'stripe',
      externalId: 'sub_dup',
    });
    expect(other?.workspaceId).toBe(b.workspaceId);
  });
});

describe('createSubscriptionWithSync', () => {
  const input = (tn: { workspaceId: string; customerId: string; priceId: string }, externalId: string) => ({
    ...tn,
    paymentProvider: 'stripe',
    externalId,
    status: 'active' as const,
    quantity: 2,
    currentPeriodStart: day(1),
    currentPeriodEnd: day(31),
    providerUpdatedAt: t(1),
    providerData: { id: externalId, object: 'subscription' },
  });

  it('is idempotent: a replayed provider object is unchanged: nothing written, one live row', async () => {
    const { a } = await twoTenants();
    const first = await subscriptions.createSubscriptionWithSync(db.pool, input(a, 'sub_Q1'));
    expect(first.outcome).toBe('created');
    expect(first.row).toMatchObject({
      customerId: a.customerId,
      priceId: a.priceId,
      status: 'active',
      quantity: 2,
      paymentSyncStatus: 'synced',
      paymentSyncVersion: 0,
      providerUpdatedAt: t(1),
      providerData: { id: 'sub_Q1', object: 'subscription' },
    });
    expect(first.row).not.toHaveProperty('inserted');
    expect(first.row.paymentSyncedAt).toBeInstanceOf(Date);
    const replay = await subscriptions.createSubscriptionWithSync(db.pool, input(a, 'sub_Q1'));
    expect(replay.outcome).toBe('unchanged');
    expect(replay.row).toEqual(first.row);
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM subscriptions WHERE workspace_id = $1', [
      a.workspaceId,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('is idempotent under concurrent replays: one row, one creation', async () => {
    const { a } = await twoTenants();
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          subscriptions.createSubscriptionWithSync(db.pool, input(a, `sub_race_${round}`)),
        ),
      );
      expect(results.filter((r) => r.outcome === 'created')).toHaveLength(1);
      expect(new Set(results.map((r) => r.row.id)).size).toBe(1);
    }
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM subscriptions WHERE workspace_id = $1', [
      a.workspaceId,
    ]);
    expect(rows[0].n).toBe(5);
  });

  it('is monotonic: an older provider write changes nothing and says it was stale', async () => {
    const { a } = await twoTenants();
    await subscriptions.createSubscriptionWithSync(db.pool, {
      ...input(a, 'sub_Q2'),
      status: 'canceled',
      canceledAt: day(5),
      providerUpdatedAt: t(10),
    });
    const before = await snapshot(db.pool);
    const late = await subscriptions.createSubscriptionWithSync(db.pool, {
      ...input(a, 'sub_Q2'),
      status: 'active',
      providerUpdatedAt: t(5),
    });
    expect(late.outcome).toBe('stale');
    expect(late.row).toMatchObject({
      status: 'canceled',
      canceledAt: day(5),
      providerUpdatedAt: t(10),
      paymentSyncVersion: 0,
    });
    expect(await snapshot(db.pool)).toEqual(before);
    // Equal time and content is a replay (unchanged), not stale; equal time, other content applies.
    const same = await subscriptions.createSubscriptionWithSync(db.pool, {
      ...input(a, 'sub_Q2'),
      status: 'canceled',
      canceledAt: day(5),
      providerUpdatedAt: t(10),
    });
    expect(same.outcome).toBe('unchanged');
    const tie = await subscriptions.createSubscriptionWithSync(db.pool, {
      ...input(a, 'sub_Q2'),
      status: 'canceled',
      canceledAt: day(6),
      providerUpdatedAt: t(10),
    });
    expect(tie).toMatchObject({ outcome: 'updated', row: { canceledAt: day(6), paymentSyncVersion: 1 } });
  });

  it("replaces the stored state with the provider's object (an omitted field is cleared)", async () => {
    const { a } = await twoTenants();
    const product = await insertProduct(db.pool, a.workspaceId);
    const upgrade = await insertPrice(db.pool, a.workspaceId, product.id);
    await subscriptions.createSubscriptionWithSync(db.pool, {
      ...input(a, 'sub_Q3'),
      cancelAtPeriodEnd: true,
      canceledAt: day(5),
      metadata: { k: 'v' },
    });
    const newer = await subscriptions.createSubscriptionWithSync(db.pool, {
      ...input(a, 'sub_Q3'),
      priceId: upgrade.id,
      quantity: 5,
      providerUpdatedAt: t(20),
    });
    expect(newer).toMatchObject({
      outcome: 'updated',
      row: {
        priceId: upgrade.id,
        quantity: 5,
        cancelAtPeriodEnd: false,
        canceledAt: null,
        metadata: {},
        paymentSyncVersion: 1,
      },
    });
  });

  it('takes library ids: the caller resolves provider ids first', async () => {
    const { a } = await twoTenants();
    const customer = await insertCustomer(db.pool, a.workspaceId, { externalId: 'cus_provider_1' });
    const resolved = await customers.getCustomerByExternalID(db.pool, {
      workspaceId: a.workspaceId,
      paymentProvider: 'stripe',
      externalId: 'cus_provider_1',
    });
    const written = await subscriptions.createSubscriptionWithSync(db.pool, {
      ...input(a, 'sub_Q4'),
      customerId: resolved!.id,
    });
    expect(written.row.customerId).toBe(customer.id);
    // A provider id where a library id belongs is refused before the database.
    await db.refusedWithoutWrites(
      () => subscriptions.createSubscriptionWithSync(db.pool, { ...input(a, 'sub_Q5'), customerId: 'cus_provider_1' }),
      InvalidParameterError,
    );
  });

  it('keeps workspaces apart and starts over after a soft delete', async () => {
    const { a, b } = await twoTenants();
    const inA = await subscriptions.createSubscriptionWithSync(db.pool, input(a, 'sub_Q6'));
    const beforeB = await snapshot(db.pool);
    const inB = await subscriptions.createSubscriptionWithSync(db.pool, input(b, 'sub_Q6'));
    expect(inB.outcome).toBe('created');
    expect(inB.row.id).not.toBe(inA.row.id);
    const afterB = await snapshot(db.pool);
    // Only one row was added, in b; a's row is untouched.
    expect(afterB.subscriptions.filter((r) => !beforeB.subscriptions.includes(r))).toHaveLength(1);
    expect(beforeB.subscriptions.every((r) => afterB.subscriptions.includes(r))).toBe(true);
    await subscriptions.deleteSubscription(db.pool, { workspaceId: a.workspaceId, id: inA.row.id });
    const again = await subscriptions.createSubscriptionWithSync(db.pool, input(a, 'sub_Q6'));
    expect(again.outcome).toBe('created');
    expect(again.row.id).not.toBe(inA.row.id);
  });

  it('refuses bad input with a typed error and nothing written', async () => {
    const { a } = await twoTenants();
    await subscriptions.createSubscriptionWithSync(db.pool, input(a, 'sub_Q7'));
    for (const externalId of ['sub_Q7', 'sub_new']) {
      const base = input(a, externalId);
      for (const bad of [
        { status: 'cancelled' },
        { paymentSyncStatus: 'done' },
        { providerUpdatedAt: new Date('nope') },
        { providerUpdatedAt: undefined },
        { externalId: undefined },
        { priceId: 'nope' },
        { metadata: ['a'] },
        { providerData: 'text' },
        { quantity: -1 },
        { cancelAtPeriodEnd: 'true' },
      ]) {
        await db.refusedWithoutWrites(
          () => subscriptions.createSubscriptionWithSync(db.pool, { ...base, ...bad } as never),
          InvalidParameterError,
        );
      }
      await db.refusedWithoutWrites(
        () =>
          subscriptions.createSubscriptionWithSync(db.pool, {
            ...base,
            providerUpdatedAt: t(30),
            currentPeriodStart: day(10),
            currentPeriodEnd: day(9),
          }),
        CheckViolationError,
      );
    }
  });

  it("refuses another workspace's customer or price, on insert and on update, with nothing written", async () => {
    const { a, b } = await twoTenants();
    await subscriptions.createSubscriptionWithSync(db.pool, input(a, 'sub_Q8'));
    for (const externalId of ['sub_Q8', 'sub_Q9']) {
      const base = { ...input(a, externalId), providerUpdatedAt: t(30) };
      await db.refusedWithoutWrites(
        () => subscriptions.createSubscriptionWithSync(db.pool, { ...base, customerId: b.customerId }),
        ForeignKeyViolationError,
      );
      await db.refusedWithoutWrites(
        () => subscriptions.createSubscriptionWithSync(db.pool, { ...base, priceId: b.priceId }),
        ForeignKeyViolationError,
      );
    }
  });
});

describe('updateSubscription', () => {
  it('changes the given fields, keeps the others, marks the row pending and bumps the version', async () => {
    const { a } = await twoTenants();
    const product = await insertProduct(db.pool, a.workspaceId);
    const upgrade = await insertPrice(db.pool, a.workspaceId, product.id);
    const row = await sub(a, {
      paymentSyncStatus: 'synced',
      paymentSyncVersion: 4,
      quantity: 2,
      trialEnd: day(3),
      currentPeriodStart: day(1),
      currentPeriodEnd: day(31),
      metadata: { a: 1 },
    });
    const updated = await subscriptions.updateSubscription(db.pool, {
      workspaceId: a.workspaceId,
      id: row.id,
      priceId: upgrade.id,
      status: 'past_due',
      cancelAtPeriodEnd: true,
    });
    expect(updated).toMatchObject({
      priceId: upgrade.id,
      customerId: a.customerId,
      status: 'past_due',
      cancelAtPeriodEnd: true,
      quantity: 2,
      trialEnd: day(3),
      currentPeriodStart: day(1),
      currentPeriodEnd: day(31),
      metadata: { a: 1 },
      paymentSyncStatus: 'pending',
      paymentSyncVersion: 5,
    });
    expect(updated!.updatedAt.getTime()).toBeGreaterThanOrEqual(row.updatedAt.getTime());
    const second = await subscriptions.updateSubscription(db.pool, {
      workspaceId: a.workspaceId,
      id: row.id,
      quantity: 0,
      cancelAtPeriodEnd: false,
      metadata: {},
    });
    expect(second).toMatchObject({
      quantity: 0,
      cancelAtPeriodEnd: false,
      metadata: {},
      status: 'past_due',
      paymentSyncVersion: 6,
    });
  });

  it('finds nothing and changes nothing in another workspace or on a soft-deleted row', async () => {
    const { a, b } = await twoTenants();
    const row = await sub(a);
    const gone = await sub(a, { deletedAt: new Date() });
    expect(
      await db.withoutWrites(() =>
        subscriptions.updateSubscription(db.pool, { workspaceId: b.workspaceId, id: row.id, status: 'canceled' }),
      ),
    ).toEqual(null);
    expect(
      await db.withoutWrites(() =>
        subscriptions.updateSubscription(db.pool, { workspaceId: a.workspaceId, id: gone.id, status: 'canceled' }),
      ),
    ).toEqual(null);
  });

  it('refuses bad input with a typed error and nothing written', async () => {
    const { a } = await twoTenants();
    const row = await sub(a, { currentPeriodStart: day(10), currentPeriodEnd: day(20) });
    const base = { workspaceId: a.workspaceId, id: row.id };
    for (const bad of [
      { status: 'cancelled' },
      { quantity: -1 },
      { metadata: [1] },
      { metadata: 'x' },
      { id: 'nope' },
      { priceId: 'nope' },
      { cancelAtPeriodEnd: 'no' },
      { trialEnd: new Date('nope') },
    ]) {
      await db.refusedWithoutWrites(
        () => subscriptions.updateSubscription(db.pool, { ...base, ...bad } as never),
        InvalidParameterError,
      );
    }
    // The new end is before the stored start.
    await db.refusedWithoutWrites(
      () => subscriptions.updateSubscription(db.pool, { ...base, currentPeriodEnd: day(5) }),
      CheckViolationError,
    );
  });

  it("refuses another workspace's customer or price with nothing written", async () => {
    const { a, b } = await twoTenants();
    const row = await sub(a);
    const base = { workspaceId: a.workspaceId, id: row.id };
    await db.refusedWithoutWrites(
      () => subscriptions.updateSubscription(db.pool, { ...base, customerId: b.customerId }),
      ForeignKeyViolationError,
    );
    await db.refusedWithoutWrites(
      () => subscriptions.updateSubscription(db.pool, { ...base, priceId: b.priceId }),
      ForeignKeyViolationError,
    );
  });
});

describe('updateSubscriptionWithSync', () => {
  it('applies newer provider data and ignores older', async () => {
    const { a } = await twoTenants();
    const row = await sub(a, { providerUpdatedAt: t(20), status: 'trialing', quantity: 4 });
    const before = await snapshot(db.pool);
    const older = await subscriptions.updateSubscriptionWithSync(db.pool, {
      workspaceId: a.workspaceId,
      id: row.id,
      status: 'canceled',
      providerUpdatedAt: t(10),
    });
    expect(older).toBeNull();
    expect(await snapshot(db.pool)).toEqual(before);
    const newer = await subscriptions.updateSubscriptionWithSync(db.pool, {
      workspaceId: a.workspaceId,
      id: row.id,
      status: 'active',
      providerUpdatedAt: t(30),
      providerData: { id: String(row.externalId), status: 'active' },
    });
    expect(newer).toMatchObject({
      status: 'active',
      quantity: 4,
      paymentSyncStatus: 'synced',
      paymentSyncVersion: 1,
      providerUpdatedAt: t(30),
      providerData: { id: String(row.externalId), status: 'active' },
    });
    expect(newer?.paymentSyncedAt).toBeInstanceOf(Date);
  });

  it('records a failed sync without stamping payment_synced_at, and applies when no time is given', async () => {
    const { a } = await twoTenants();
    const row = await sub(a, { providerUpdatedAt: t(20) });
    const failed = await subscriptions.updateSubscriptionWithSync(db.pool, {
      workspaceId: a.workspaceId,
      id: row.id,
      paymentSyncStatus: 'failed',
      paymentSyncError: 'card declined',
    });
    expect(failed).toMatchObject({
      paymentSyncStatus: 'failed',
      paymentSyncError: 'card declined',
      paymentSyncedAt: null,
      providerUpdatedAt: t(20),
      paymentSyncVersion: 1,
    });
  });

  it('finds nothing and changes nothing in another workspace or on a soft-deleted row', async () => {
    const { a, b } = await twoTenants();
    const row = await sub(a);
    const gone = await sub(a, { deletedAt: new Date() });
    expect(
      await db.withoutWrites(() =>
        subscriptions.updateSubscriptionWithSync(db.pool, {
          workspaceId: b.workspaceId,
          id: row.id,
          status: 'canceled',
          providerUpdatedAt: t(1),
        }),
      ),
    ).toEqual(null);
    expect(
      await db.withoutWrites(() =>
        subscriptions.updateSubscriptionWithSync(db.pool, {
          workspaceId: a.workspaceId,
          id: gone.id,
          status: 'canceled',
          providerUpdatedAt: t(1),
        }),
      ),
    ).toEqual(null);
  });

  it('refuses bad input and foreign references with a typed error and nothing written', async () => {
    const { a, b } = await twoTenants();
    const row = await sub(a, { currentPeriodStart: day(10) });
    const base = { workspaceId: a.workspaceId, id: row.id, providerUpdatedAt: t(5) };
    for (const bad of [
      { status: 'cancelled' },
      { paymentSyncStatus: 'done' },
      { quantity: -3 },
      { metadata: [] },
      { providerData: 1 },
      { customerId: 'x' },
      { providerUpdatedAt: new Date('nope') },
    ]) {
      await db.refusedWithoutWrites(
        () => subscriptions.updateSubscriptionWithSync(db.pool, { ...base, ...bad } as never),
        InvalidParameterError,
      );
    }
    await db.refusedWithoutWrites(
      () => subscriptions.updateSubscriptionWithSync(db.pool, { ...base, currentPeriodEnd: day(9) }),
      CheckViolationError,
    );
    await db.refusedWithoutWrites(
      () => subscriptions.updateSubscriptionWithSync(db.pool, { ...base, customerId: b.customerId }),
      ForeignKeyViolationError,
    );
    await db.refusedWithoutWrites(
      () => subscriptions.updateSubscriptionWithSync(db.pool, { ...base, priceId: b.priceId }),
      ForeignKeyViolationError,
    );
  });
});

describe('deleteSubscription', () => {
  it('soft-deletes once, and not across workspaces', async () => {
    const { a, b } = await twoTenants();
    const row = await sub(a);
    expect(
      await db.withoutWrites(() =>
        subscriptions.deleteSubscription(db.pool, { workspaceId: b.workspaceId, id: row.id }),
      ),
    ).toEqual(0);
    expect(await subscriptions.getSubscription(db.pool, { workspaceId: a.workspaceId, id: row.id })).not.toBeNull();
    expect(await subscriptions.deleteSubscription(db.pool, { workspaceId: a.workspaceId, id: row.id })).toBe(1);
    expect(
      await db.withoutWrites(() =>
        subscriptions.deleteSubscription(db.pool, { workspaceId: a.workspaceId, id: row.id }),
      ),
    ).toEqual(0);
    const { rows } = await db.pool.query('SELECT deleted_at FROM subscriptions WHERE id = $1', [row.id]);
    expect(rows[0].deleted_at).toBeInstanceOf(Date);
    expect(await subscriptions.getSubscription(db.pool, { workspaceId: a.workspaceId, id: row.id })).toBeNull();
  });

  it('refuses a malformed id with nothing written', async () => {
    const { a } = await twoTenants();
    await db.refusedWithoutWrites(
      () => subscriptions.deleteSubscription(db.pool, { workspaceId: a.workspaceId, id: 'nope' }),
      InvalidParameterError,
    );
  });
});

describe('getSubscriptionsNeedingSync', () => {
  it('pending and failed, in the order they entered the queue, paged without gaps or repeats', async () => {
    const { a, b } = await twoTenants();
    const old = await sub(a, { paymentSyncStatus: 'failed', paymentSyncStatusChangedAt: day(1) });
    const tied = await insertBatch(a, 5, { paymentSyncStatus: 'pending', paymentSyncStatusChangedAt: day(2) });
    const recent = await sub(a, { paymentSyncStatus: 'pending', paymentSyncStatusChangedAt: day(3) });
    await sub(a, { paymentSyncStatus: 'synced', paymentSyncStatusChangedAt: day(1) });
    await sub(a, { paymentSyncStatus: 'conflict', paymentSyncStatusChangedAt: day(1) });
    await sub(a, { paymentSyncStatus: 'pending', paymentSyncStatusChangedAt: day(1), deletedAt: new Date() });
    await sub(b, { paymentSyncStatus: 'pending', paymentSyncStatusChangedAt: day(1) });
    const expected = [old.id, ...[...tied].sort(), recent.id];
    for (const limit of [1, 2, 3, 7, 8]) {
      const seen = await allIds(
        (after) => subscriptions.getSubscriptionsNeedingSync(db.pool, { workspaceId: a.workspaceId, limit, after }),
        limit,
      );
      expect(seen).toEqual(expected);
    }
  });

  it('a local change moves a synced row to the end of the queue', async () => {
    const { a } = await twoTenants();
    const queued = await sub(a, { paymentSyncStatus: 'pending', updatedAt: day(1) });
    const synced = await sub(a, { paymentSyncStatus: 'synced', updatedAt: day(1) });
    await subscriptions.updateSubscription(db.pool, { workspaceId: a.workspaceId, id: synced.id, quantity: 9 });
    const rows = await subscriptions.getSubscriptionsNeedingSync(db.pool, { workspaceId: a.workspaceId, limit: 10 });
    expect(rows.map((r) => r.id)).toEqual([queued.id, synced.id]);
  });

  it('finds nothing for another workspace and refuses a bad cursor or limit', async () => {
    const { a } = await twoTenants();
    await sub(a, { paymentSyncStatus: 'pending' });
    const { b } = await twoTenants();
    expect(await subscriptions.getSubscriptionsNeedingSync(db.pool, { workspaceId: b.workspaceId, limit: 10 })).toEqual(
      [],
    );
    const pool = await db.closedPool();
    await expect(
      subscriptions.getSubscriptionsNeedingSync(pool, { workspaceId: a.workspaceId, limit: 0 }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(
      subscriptions.getSubscriptionsNeedingSync(pool, {
        workspaceId: a.workspaceId,
        limit: 10,
        after: { providerUpdatedAt: null, paymentSyncStatusChangedAt: new Date(), id: 'x' },
      }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('getSubscriptionsSyncedByProvider', () => {
  it('live rows synced with this provider, paged in (createdAt, id) order', async () => {
    const { a, b } = await twoTenants();
    const tied = await insertBatch(a, 4, { paymentSyncStatus: 'synced' });
    const later = await sub(a, { paymentSyncStatus: 'synced', createdAt: new Date(Date.now() + 60_000) });
    await sub(a, { paymentSyncStatus: 'synced', paymentProvider: 'chargebee' });
    await sub(a, { paymentSyncStatus: 'pending' });
    await sub(a, { paymentSyncStatus: 'conflict' });
    await sub(a, { paymentSyncStatus: 'synced', deletedAt: new Date() });
    await sub(b, { paymentSyncStatus: 'synced' });
    const expected = [...[...tied].sort(), later.id];
    for (const limit of [1, 2, 4, 5, 6]) {
      const seen = await allIds(
        (after) =>
          subscriptions.getSubscriptionsSyncedByProvider(db.pool, {
            workspaceId: a.workspaceId,
            paymentProvider: 'stripe',
            limit,
            after,
          }),
        limit,
      );
      expect(seen).toEqual(expected);
    }
    const chargebee = await subscriptions.getSubscriptionsSyncedByProvider(db.pool, {
      workspaceId: a.workspaceId,
      paymentProvider: 'chargebee',
      limit: 10,
    });
    expect(chargebee).toHaveLength(1);
    const { b: empty } = await twoTenants();
    expect(
      await subscriptions.getSubscriptionsSyncedByProvider(db.pool, {
        workspaceId: empty.workspaceId,
        paymentProvider: 'stripe',
        limit: 10,
      }),
    ).toEqual([]);
  });

  it('refuses a malformed provider or limit', async () => {
    const pool = await db.closedPool();
    for (const bad of [{ paymentProvider: 'Stripe' }, { paymentProvider: 'x' }, { limit: 1001 }]) {
      await expect(
        subscriptions.getSubscriptionsSyncedByProvider(pool, {
          workspaceId: MISSING,
          paymentProvider: 'stripe',
          limit: 10,
          ...bad,
        }),
      ).rejects.toBeInstanceOf(InvalidParameterError);
    }
  });
});

describe('getSubscriptionsWithSyncConflicts', () => {
  it('live rows in conflict, paged in (createdAt, id) order', async () => {
    const { a, b } = await twoTenants();
    const tied = await insertBatch(a, 4, { paymentSyncStatus: 'conflict' });
    const other = await sub(a, {
      paymentSyncStatus: 'conflict',
      paymentProvider: 'chargebee',
      createdAt: new Date(Date.now() + 60_000),
    });
    await sub(a, { paymentSyncStatus: 'synced' });
    await sub(a, { paymentSyncStatus: 'failed' });
    await sub(a, { paymentSyncStatus: 'conflict', deletedAt: new Date() });
    await sub(b, { paymentSyncStatus: 'conflict' });
    const expected = [...[...tied].sort(), other.id];
    for (const limit of [1, 2, 3, 5, 6]) {
      const seen = await allIds(
        (after) =>
          subscriptions.getSubscriptionsWithSyncConflicts(db.pool, { workspaceId: a.workspaceId, limit, after }),
        limit,
      );
      expect(seen).toEqual(expected);
    }
    const { b: empty } = await twoTenants();
    expect(
      await subscriptions.getSubscriptionsWithSyncConflicts(db.pool, { workspaceId: empty.workspaceId, limit: 10 }),
    ).toEqual([]);
  });

  it('refuses a bad limit or workspace id', async () => {
    const pool = await db.closedPool();
    for (const bad of [{ limit: -1 }, { workspaceId: 'nope' }]) {
      await expect(
        subscriptions.getSubscriptionsWithSyncConflicts(pool, { workspaceId: MISSING, limit: 10, ...bad }),
      ).rejects.toBeInstanceOf(InvalidParameterError);
    }
  });
});

describe('updateSubscriptionPaymentSyncStatus', () => {
  it('applies only at the expected version, stamps payment_synced_at when synced', async () => {
    const { a } = await twoTenants();
    const row = await sub(a, { externalId: null, paymentProvider: null });
    const ok = await subscriptions.updateSubscriptionPaymentSyncStatus(db.pool, {
      workspaceId: a.workspaceId,
      id: row.id,
      expectedVersion: 0,
      paymentSyncStatus: 'synced',
      paymentProvider: 'stripe',
      externalId: 'sub_assigned',
    });
    expect(ok).toMatchObject({
      paymentSyncStatus: 'synced',
      paymentSyncVersion: 1,
      paymentProvider: 'stripe',
      externalId: 'sub_assigned',
      paymentSyncError: null,
    });
    expect(ok?.paymentSyncedAt).toBeInstanceOf(Date);
    expect(
      await db.withoutWrites(() =>
        subscriptions.updateSubscriptionPaymentSyncStatus(db.pool, {
          workspaceId: a.workspaceId,
          id: row.id,
          expectedVersion: 0,
          paymentSyncStatus: 'failed',
        }),
      ),
    ).toEqual(null);
    const failed = await subscriptions.updateSubscriptionPaymentSyncStatus(db.pool, {
      workspaceId: a.workspaceId,
      id: row.id,
      expectedVersion: 1,
      paymentSyncStatus: 'failed',
      paymentSyncError: 'timeout',
    });
    expect(failed).toMatchObject({
      paymentSyncStatus: 'failed',
      paymentSyncError: 'timeout',
      paymentSyncVersion: 2,
      externalId: 'sub_assigned',
      paymentSyncedAt: ok?.paymentSyncedAt,
    });
  });

  it('finds nothing and changes nothing in another workspace or on a soft-deleted row', async () => {
    const { a, b } = await twoTenants();
    const row = await sub(a);
    const gone = await sub(a, { deletedAt: new Date() });
    expect(
      await db.withoutWrites(() =>
        subscriptions.updateSubscriptionPaymentSyncStatus(db.pool, {
          workspaceId: b.workspaceId,
          id: row.id,
          expectedVersion: 0,
          paymentSyncStatus: 'synced',
        }),
      ),
    ).toEqual(null);
    expect(
      await db.withoutWrites(() =>
        subscriptions.updateSubscriptionPaymentSyncStatus(db.pool, {
          workspaceId: a.workspaceId,
          id: gone.id,
          expectedVersion: 0,
          paymentSyncStatus: 'synced',
        }),
      ),
    ).toEqual(null);
  });

  it('of racing writers with the same expected version, exactly one wins', async () => {
    const { a } = await twoTenants();
    const row = await sub(a);
    const rounds = 20;
    await raceVersionedWriters(
      (p) =>
        subscriptions.updateSubscriptionPaymentSyncStatus(db.pool, { workspaceId: a.workspaceId, id: row.id, ...p }),
      { rounds, writers: 6 },
    );
    expect(
      (await subscriptions.getSubscription(db.pool, { workspaceId: a.workspaceId, id: row.id }))?.paymentSyncVersion,
    ).toBe(rounds);
  });

  it('refuses bad input with a typed error and nothing written', async () => {
    const { a } = await twoTenants();
    const row = await sub(a);
    const base = { workspaceId: a.workspaceId, id: row.id, expectedVersion: 0, paymentSyncStatus: 'synced' };
    for (const bad of [
      { paymentSyncStatus: 'done' },
      { paymentSyncStatus: undefined },
      { expectedVersion: -1 },
      { expectedVersion: undefined },
      { expectedVersion: 0.5 },
      { id: 'nope' },
      { paymentProvider: 'Stripe' },
    ]) {
      await db.refusedWithoutWrites(
        () => subscriptions.updateSubscriptionPaymentSyncStatus(db.pool, { ...base, ...bad } as never),
        InvalidParameterError,
      );
    }
  });
});
