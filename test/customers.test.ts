import { describe, expect, it } from 'vitest';
import { customers, ForeignKeyViolationError, InvalidParameterError, UniqueViolationError } from '../src/index.js';
import { insertWorkspace } from './support/factories.js';
import { useDatabase } from './support/database.js';
import { insertCustomer, snapshot } from './support/factories.js';
import { raceVersionedWriters } from './support/races.js';
import { withTransaction } from '../src/index.js';

const db = useDatabase();

describe('getCustomer', () => {
  it('returns the live customer of the workspace, camelCased and typed', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await insertCustomer(db.pool, a, { metadata: { plan: 'pro' } });
    const found = await customers.getCustomer(db.pool, { workspaceId: a, id: row.id });
    expect(found).toMatchObject({ id: row.id, workspaceId: a, email: row.email, metadata: { plan: 'pro' } });
    expect(found?.paymentSyncVersion).toBe(0);
    expect(found?.createdAt).toBeInstanceOf(Date);
    expect(found?.paymentSyncStatus).toBe('pending');
  });

  it('finds nothing with another workspace id, nor a soft-deleted row', async () => {
    const { a, b } = await db.twoWorkspaces();
    const row = await insertCustomer(db.pool, a);
    expect(await customers.getCustomer(db.pool, { workspaceId: b, id: row.id })).toBeNull();
    const gone = await insertCustomer(db.pool, a, { deletedAt: new Date() });
    expect(await customers.getCustomer(db.pool, { workspaceId: a, id: gone.id })).toBeNull();
  });

  it('refuses a malformed uuid before touching the database', async () => {
    const pool = await db.closedPool();
    await expect(customers.getCustomer(pool, { workspaceId: 'nope', id: 'x' })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
  });
});

describe('getCustomerByExternalID', () => {
  it('finds the live row of (workspace, provider, external id) only', async () => {
    const { a, b } = await db.twoWorkspaces();
    const row = await insertCustomer(db.pool, a, { externalId: 'cus_1' });
    const params = { workspaceId: a, paymentProvider: 'stripe', externalId: 'cus_1' };
    expect((await customers.getCustomerByExternalID(db.pool, params))?.id).toBe(row.id);
    expect(await customers.getCustomerByExternalID(db.pool, { ...params, paymentProvider: 'chargebee' })).toBeNull();
    expect(await customers.getCustomerByExternalID(db.pool, { ...params, workspaceId: b })).toBeNull();
    await customers.deleteCustomer(db.pool, { workspaceId: a, id: row.id });
    expect(await customers.getCustomerByExternalID(db.pool, params)).toBeNull();
  });
});

describe('listCustomers', () => {
  it('pages through every live row of the workspace once, without gaps or repeats', async () => {
    const { a, b } = await db.twoWorkspaces();
    // Rows inserted in one transaction share created_at: the id breaks the tie.
    const ids: string[] = [];
    await withTransaction(db.pool, async (tx) => {
      for (let i = 0; i < 7; i++) ids.push((await insertCustomer(tx, a)).id);
    });
    for (let i = 0; i < 3; i++) ids.push((await insertCustomer(db.pool, a)).id);
    await insertCustomer(db.pool, a, { deletedAt: new Date() });
    await insertCustomer(db.pool, b);

    const seen: string[] = [];
    let after: Awaited<ReturnType<typeof customers.listCustomers>>[number] | undefined;
    for (;;) {
      const page = await customers.listCustomers(db.pool, { workspaceId: a, limit: 3, after });
      if (page.length === 0) break;
      expect(page.length).toBeLessThanOrEqual(3);
      seen.push(...page.map((r) => r.id));
      after = page[page.length - 1];
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen)).toEqual(new Set(ids));
  });

  it('refuses a limit outside 1..1000', async () => {
    const { a } = await db.twoWorkspaces();
    for (const limit of [0, 1001, 2.5, -1]) {
      await expect(customers.listCustomers(db.pool, { workspaceId: a, limit })).rejects.toBeInstanceOf(
        InvalidParameterError,
      );
    }
  });
});

describe('createCustomer', () => {
  it('inserts a pending customer with empty metadata by default', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await customers.createCustomer(db.pool, { workspaceId: a, email: "o'brien@example.com", name: 'x' });
    expect(row).toMatchObject({ workspaceId: a, paymentSyncStatus: 'pending', metadata: {}, paymentSyncVersion: 0 });
    expect(row?.email).toBe("o'brien@example.com");
  });

  it('stores strings with quotes and SQL in them verbatim', async () => {
    const { a } = await db.twoWorkspaces();
    const name = `Robert'); DROP TABLE customers;-- "x" \\ ${'\u00e9'}`;
    const row = await customers.createCustomer(db.pool, { workspaceId: a, name, metadata: { note: name } });
    expect((await customers.getCustomer(db.pool, { workspaceId: a, id: row!.id }))?.name).toBe(name);
    expect(row?.metadata).toEqual({ note: name });
  });

  it('refuses non-object or unserialisable metadata, an unknown provider shape, with nothing written', async () => {
    const { a } = await db.twoWorkspaces();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const metadata of [[1, 2], 'text', circular, { n: 10n }]) {
      await db.refusedWithoutWrites(
        () => customers.createCustomer(db.pool, { workspaceId: a, metadata: metadata as never }),
        InvalidParameterError,
      );
    }
    await db.refusedWithoutWrites(
      () => customers.createCustomer(db.pool, { workspaceId: a, paymentProvider: 'Stripe!', externalId: 'c' }),
      InvalidParameterError,
    );
  });

  it('refuses a second live row for the same provider object, and an unknown workspace', async () => {
    const { a } = await db.twoWorkspaces();
    await insertCustomer(db.pool, a, { externalId: 'cus_dup' });
    await db.refusedWithoutWrites(
      () => customers.createCustomer(db.pool, { workspaceId: a, paymentProvider: 'stripe', externalId: 'cus_dup' }),
      UniqueViolationError,
    );
    await db.refusedWithoutWrites(
      () => customers.createCustomer(db.pool, { workspaceId: '00000000-0000-4000-8000-000000000000' }),
      ForeignKeyViolationError,
    );
  });
});

describe('createCustomerWithSync', () => {
  const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));

  it('is idempotent: a replayed provider object is unchanged: nothing written, one live row', async () => {
    const { a } = await db.twoWorkspaces();
    const input = {
      workspaceId: a,
      paymentProvider: 'stripe',
      externalId: 'cus_Q1',
      email: 'a@example.com',
      providerUpdatedAt: t(1),
      providerData: { id: 'cus_Q1', object: 'customer' },
    };
    const first = await customers.createCustomerWithSync(db.pool, input);
    expect(first.outcome).toBe('created');
    expect(first.row).toMatchObject({
      paymentSyncStatus: 'synced',
      paymentSyncVersion: 0,
      providerData: input.providerData,
    });
    expect(first.row.paymentSyncedAt).toBeInstanceOf(Date);
    const replay = await customers.createCustomerWithSync(db.pool, input);
    expect(replay.outcome).toBe('unchanged');
    expect(replay.row).toEqual(first.row);
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM customers WHERE workspace_id = $1', [a]);
    expect(rows[0].n).toBe(1);
  });

  it('is monotonic: an older provider write changes nothing and says it was stale', async () => {
    const { a } = await db.twoWorkspaces();
    const base = { workspaceId: a, paymentProvider: 'stripe', externalId: 'cus_Q2' };
    await customers.createCustomerWithSync(db.pool, { ...base, email: 'new@example.com', providerUpdatedAt: t(10) });
    const before = await snapshot(db.pool);
    const late = await customers.createCustomerWithSync(db.pool, {
      ...base,
      email: 'old@example.com',
      providerUpdatedAt: t(5),
    });
    expect(late.outcome).toBe('stale');
    expect(late.row.email).toBe('new@example.com');
    expect(await snapshot(db.pool)).toEqual(before);
    const newer = await customers.createCustomerWithSync(db.pool, {
      ...base,
      email: 'newer@example.com',
      providerUpdatedAt: t(20),
    });
    expect(newer).toMatchObject({ outcome: 'updated', row: { email: 'newer@example.com', paymentSyncVersion: 1 } });
  });

  it('keeps workspaces apart and starts over after a soft delete', async () => {
    const { a, b } = await db.twoWorkspaces();
    const base = { paymentProvider: 'stripe', externalId: 'cus_Q3', providerUpdatedAt: t(1) };
    const inA = await customers.createCustomerWithSync(db.pool, { ...base, workspaceId: a });
    const inB = await customers.createCustomerWithSync(db.pool, { ...base, workspaceId: b });
    expect(inB.outcome).toBe('created');
    expect(inB.row.id).not.toBe(inA.row.id);
    await customers.deleteCustomer(db.pool, { workspaceId: a, id: inA.row.id });
    const again = await customers.createCustomerWithSync(db.pool, { ...base, workspaceId: a });
    expect(again.outcome).toBe('created');
  });

  it('refuses an unknown sync status or an invalid date with nothing written', async () => {
    const { a } = await db.twoWorkspaces();
    const base = { workspaceId: a, paymentProvider: 'stripe', externalId: 'cus_Q4', providerUpdatedAt: t(1) };
    await db.refusedWithoutWrites(
      () => customers.createCustomerWithSync(db.pool, { ...base, paymentSyncStatus: 'done' as never }),
      InvalidParameterError,
    );
    await db.refusedWithoutWrites(
      () => customers.createCustomerWithSync(db.pool, { ...base, providerUpdatedAt: new Date('nope') }),
      InvalidParameterError,
    );
  });
});

describe('updateCustomer and updateCustomerWithSync', () => {
  it('updateCustomer changes the given fields, marks the row pending and bumps the version', async () => {
    const { a, b } = await db.twoWorkspaces();
    const row = await insertCustomer(db.pool, a, { paymentSyncStatus: 'synced', name: 'Old' });
    const updated = await customers.updateCustomer(db.pool, { workspaceId: a, id: row.id, name: 'New' });
    expect(updated).toMatchObject({
      name: 'New',
      email: row.email,
      paymentSyncStatus: 'pending',
      paymentSyncVersion: 1,
    });
    const before = await snapshot(db.pool);
    expect(await customers.updateCustomer(db.pool, { workspaceId: b, id: row.id, name: 'Hijack' })).toBeNull();
    expect(await snapshot(db.pool)).toEqual(before);
  });

  it('updateCustomerWithSync applies newer provider data and ignores older', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await insertCustomer(db.pool, a, { providerUpdatedAt: new Date('2026-01-02T00:00:00Z') });
    const older = await customers.updateCustomerWithSync(db.pool, {
      workspaceId: a,
      id: row.id,
      name: 'Old news',
      providerUpdatedAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect(older).toBeNull();
    const newer = await customers.updateCustomerWithSync(db.pool, {
      workspaceId: a,
      id: row.id,
      name: 'Fresh',
      providerUpdatedAt: new Date('2026-01-03T00:00:00Z'),
      providerData: { id: String(row.externalId) },
    });
    expect(newer).toMatchObject({ name: 'Fresh', paymentSyncStatus: 'synced', paymentSyncVersion: 1 });
    expect(newer?.paymentSyncedAt).toBeInstanceOf(Date);
  });
});

describe('deleteCustomer', () => {
  it('soft-deletes once, and not across workspaces', async () => {
    const { a, b } = await db.twoWorkspaces();
    const row = await insertCustomer(db.pool, a);
    expect(await customers.deleteCustomer(db.pool, { workspaceId: b, id: row.id })).toBe(0);
    expect(await customers.getCustomer(db.pool, { workspaceId: a, id: row.id })).not.toBeNull();
    expect(await customers.deleteCustomer(db.pool, { workspaceId: a, id: row.id })).toBe(1);
    expect(await customers.deleteCustomer(db.pool, { workspaceId: a, id: row.id })).toBe(0);
    const { rows } = await db.pool.query('SELECT deleted_at FROM customers WHERE id = $1', [row.id]);
    expect(rows[0].deleted_at).toBeInstanceOf(Date);
  });
});

describe('getCustomersByExternalIDs', () => {
  it('returns the live rows among the ids of this workspace and provider only', async () => {
    const { a, b } = await db.twoWorkspaces();
    const x = await insertCustomer(db.pool, a, { externalId: 'x' });
    const y = await insertCustomer(db.pool, a, { externalId: 'y' });
    await insertCustomer(db.pool, a, { externalId: 'z', deletedAt: new Date() });
    await insertCustomer(db.pool, a, { externalId: 'w', paymentProvider: 'chargebee' });
    const found = await customers.getCustomersByExternalIDs(db.pool, {
      workspaceId: a,
      paymentProvider: 'stripe',
      externalIds: ['x', 'y', 'z', 'w', 'missing'],
    });
    expect(found.map((r) => r.id).sort()).toEqual([x.id, y.id].sort());
    expect(
      await customers.getCustomersByExternalIDs(db.pool, {
        workspaceId: b,
        paymentProvider: 'stripe',
        externalIds: ['x', 'y'],
      }),
    ).toEqual([]);
  });

  it('refuses an empty array or a non-string element', async () => {
    const { a } = await db.twoWorkspaces();
    for (const externalIds of [[], ['ok', 7], ['ok', '']]) {
      await expect(
        customers.getCustomersByExternalIDs(db.pool, {
          workspaceId: a,
          paymentProvider: 'stripe',
          externalIds: externalIds as never,
        }),
      ).rejects.toBeInstanceOf(InvalidParameterError);
    }
  });
});

describe('sync work lists', () => {
  it('getCustomersNeedingSync: pending and failed, in the order they entered the queue, paged', async () => {
    const { a, b } = await db.twoWorkspaces();
    const old = await insertCustomer(db.pool, a, {
      paymentSyncStatus: 'failed',
      paymentSyncStatusChangedAt: new Date('2026-01-01'),
    });
    const mid = await insertCustomer(db.pool, a, {
      paymentSyncStatus: 'pending',
      paymentSyncStatusChangedAt: new Date('2026-01-02'),
    });
    const recent = await insertCustomer(db.pool, a, {
      paymentSyncStatus: 'pending',
      paymentSyncStatusChangedAt: new Date('2026-01-03'),
    });
    await insertCustomer(db.pool, a, { paymentSyncStatus: 'synced' });
    await insertCustomer(db.pool, a, { paymentSyncStatus: 'conflict' });
    await insertCustomer(db.pool, a, { paymentSyncStatus: 'pending', deletedAt: new Date() });
    await insertCustomer(db.pool, b, { paymentSyncStatus: 'pending' });
    const first = await customers.getCustomersNeedingSync(db.pool, { workspaceId: a, limit: 2 });
    expect(first.map((r) => r.id)).toEqual([old.id, mid.id]);
    const second = await customers.getCustomersNeedingSync(db.pool, { workspaceId: a, limit: 2, after: first[1] });
    expect(second.map((r) => r.id)).toEqual([recent.id]);
  });

  it('getCustomersSyncedByProvider and getCustomersWithSyncConflicts filter by status', async () => {
    const { a, b } = await db.twoWorkspaces();
    const synced = await insertCustomer(db.pool, a, { paymentSyncStatus: 'synced' });
    await insertCustomer(db.pool, a, { paymentSyncStatus: 'synced', paymentProvider: 'chargebee' });
    const conflict = await insertCustomer(db.pool, a, { paymentSyncStatus: 'conflict' });
    await insertCustomer(db.pool, b, { paymentSyncStatus: 'synced' });
    await insertCustomer(db.pool, b, { paymentSyncStatus: 'conflict' });
    const s = await customers.getCustomersSyncedByProvider(db.pool, {
      workspaceId: a,
      paymentProvider: 'stripe',
      limit: 10,
    });
    expect(s.map((r) => r.id)).toEqual([synced.id]);
    const c = await customers.getCustomersWithSyncConflicts(db.pool, { workspaceId: a, limit: 10 });
    expect(c.map((r) => r.id)).toEqual([conflict.id]);
  });
});

describe('updateCustomerPaymentSyncStatus', () => {
  it('applies only at the expected version, stamps payment_synced_at when synced', async () => {
    const { a, b } = await db.twoWorkspaces();
    const row = await insertCustomer(db.pool, a);
    const ok = await customers.updateCustomerPaymentSyncStatus(db.pool, {
      workspaceId: a,
      id: row.id,
      expectedVersion: 0,
      paymentSyncStatus: 'synced',
    });
    expect(ok).toMatchObject({ paymentSyncStatus: 'synced', paymentSyncVersion: 1 });
    expect(ok?.paymentSyncedAt).toBeInstanceOf(Date);
    const stale = await customers.updateCustomerPaymentSyncStatus(db.pool, {
      workspaceId: a,
      id: row.id,
      expectedVersion: 0,
      paymentSyncStatus: 'failed',
    });
    expect(stale).toBeNull();
    const foreign = await customers.updateCustomerPaymentSyncStatus(db.pool, {
      workspaceId: b,
      id: row.id,
      expectedVersion: 1,
      paymentSyncStatus: 'failed',
    });
    expect(foreign).toBeNull();
    expect((await customers.getCustomer(db.pool, { workspaceId: a, id: row.id }))?.paymentSyncStatus).toBe('synced');
  });

  it('of racing writers with the same expected version, exactly one wins', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await insertCustomer(db.pool, a);
    await raceVersionedWriters(
      (p) => customers.updateCustomerPaymentSyncStatus(db.pool, { workspaceId: a, id: row.id, ...p }),
      { rounds: 20, writers: 4 },
    );
    expect((await customers.getCustomer(db.pool, { workspaceId: a, id: row.id }))?.paymentSyncVersion).toBe(20);
  });

  it('refuses an unknown status before touching the database', async () => {
    const pool = await db.closedPool();
    await expect(
      customers.updateCustomerPaymentSyncStatus(pool, {
        workspaceId: '00000000-0000-4000-8000-000000000000',
        id: '00000000-0000-4000-8000-000000000001',
        expectedVersion: 0,
        paymentSyncStatus: 'done' as never,
      }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('provider timestamps are compared at the stored precision (milliseconds) on every write path', () => {
  it('a newer update within the same millisecond, and a replay, apply through the update and the upsert alike', async () => {
    const { a } = await db.twoWorkspaces();
    const base = { workspaceId: a, paymentProvider: 'stripe', externalId: 'cus_micro' };
    const created = await customers.createCustomerWithSync(db.pool, {
      ...base,
      name: 'v1',
      providerUpdatedAt: '2026-05-01T10:00:00.661734Z',
    });
    // Stored to the millisecond: the sub-millisecond digits are truncated before the database.
    expect(created.row.providerUpdatedAt).toEqual(new Date('2026-05-01T10:00:00.661Z'));
    // A later event of the same millisecond is not older than what is stored: it applies, on both paths.
    const updated = await customers.updateCustomerWithSync(db.pool, {
      workspaceId: a,
      id: created.row.id,
      name: 'v2',
      providerUpdatedAt: '2026-05-01T10:00:00.661900Z',
    });
    expect(updated).toMatchObject({ name: 'v2' });
    const replayed = await customers.updateCustomerWithSync(db.pool, {
      workspaceId: a,
      id: created.row.id,
      name: 'v3',
      providerUpdatedAt: '2026-05-01T10:00:00.661734Z',
    });
    expect(replayed).toMatchObject({ name: 'v3' });
    const upserted = await customers.createCustomerWithSync(db.pool, {
      ...base,
      name: 'v4',
      providerUpdatedAt: '2026-05-01T10:00:00.661999Z',
    });
    expect(upserted.outcome).toBe('updated');
    // One millisecond earlier is stale on both paths.
    const olderUpdate = await customers.updateCustomerWithSync(db.pool, {
      workspaceId: a,
      id: created.row.id,
      name: 'old',
      providerUpdatedAt: '2026-05-01T10:00:00.660999Z',
    });
    expect(olderUpdate).toBeNull();
    const olderUpsert = await customers.createCustomerWithSync(db.pool, {
      ...base,
      name: 'old',
      providerUpdatedAt: '2026-05-01T10:00:00.660999Z',
    });
    expect(olderUpsert).toMatchObject({ outcome: 'stale', row: { name: 'v4' } });
  });

  it("'infinity' and 'now' are refused before the database, so no row ever holds a timestamp no update can pass", async () => {
    const w = (await insertWorkspace(db.pool)).id;
    for (const providerUpdatedAt of ['infinity', 'now', '2026-05-01 10:00:00']) {
      await db.refusedWithoutWrites(
        () =>
          customers.createCustomerWithSync(db.pool, {
            workspaceId: w,
            paymentProvider: 'stripe',
            externalId: 'cus_inf',
            providerUpdatedAt,
          }),
        InvalidParameterError,
      );
    }
  });
});

describe('external ids are counted in characters, as the column counts them', () => {
  it('200 and 255 emoji are accepted and stored verbatim; 256 are refused before the database', async () => {
    const w = (await insertWorkspace(db.pool)).id;
    for (const n of [200, 255]) {
      const externalId = '💳'.repeat(n);
      const { row } = await customers.createCustomerWithSync(db.pool, {
        workspaceId: w,
        paymentProvider: 'stripe',
        externalId,
        providerUpdatedAt: new Date(),
      });
      expect(row.externalId).toBe(externalId);
      expect(
        await customers.getCustomerByExternalID(db.pool, { workspaceId: w, paymentProvider: 'stripe', externalId }),
      ).toMatchObject({ id: row.id });
    }
    await db.refusedWithoutWrites(
      () =>
        customers.createCustomerWithSync(db.pool, {
          workspaceId: w,
          paymentProvider: 'stripe',
          externalId: '💳'.repeat(256),
          providerUpdatedAt: new Date(),
        }),
      InvalidParameterError,
    );
  });

  it('two ids that differ only in a lone surrogate are refused, not stored as the same U+FFFD id', async () => {
    const w = (await insertWorkspace(db.pool)).id;
    for (const externalId of ['cus_\ud800', 'cus_\udfff']) {
      await db.refusedWithoutWrites(
        () =>
          customers.createCustomerWithSync(db.pool, {
            workspaceId: w,
            paymentProvider: 'stripe',
            externalId,
            providerUpdatedAt: new Date(),
          }),
        InvalidParameterError,
      );
    }
  });
});

describe('what a keyset cursor guarantees', () => {
  /**
   * created_at and updated_at are stamped with the writing transaction's start time (now()), so a
   * transaction that commits after a reader has paged past its start is behind that reader's
   * cursor. README "Guarantees": a sweep returns, once each and in order, every row committed
   * before it began and not changed since; a row committed during the sweep may be behind the
   * cursor, and is returned by the next sweep from the first page.
   */
  for (const [name, fields] of [
    ['listCustomers', {}],
    ['getCustomersNeedingSync', { paymentSyncStatus: 'pending' }],
  ] as const) {
    it(`${name}: a row committed late behind the cursor is not in this sweep, and is first in the next`, async () => {
      let workspaceId = '';
      const fetch = (after?: { id: string }) =>
        (customers[name] as (db: unknown, p: unknown) => Promise<{ id: string }[]>)(db.pool, {
          workspaceId,
          limit: 10,
          after,
        });
      const { a } = await db.twoWorkspaces();
      workspaceId = a;
      const slow = await db.pool.connect();
      try {
        await slow.query('BEGIN');
        await slow.query('SELECT pg_sleep(0.01)');
        const late = await insertCustomer(slow, a, fields);
        const early = await insertCustomer(db.pool, a, fields);
        const firstPage = await fetch();
        expect(firstPage.map((r) => r.id)).toEqual([early.id]);
        await slow.query('COMMIT');
        // The sweep goes on after its cursor: the late row's key is behind it.
        expect(await fetch(firstPage.at(-1))).toEqual([]);
        // The next sweep, from the first page, returns it, in key order.
        expect((await fetch()).map((r) => r.id)).toEqual([late.id, early.id]);
      } finally {
        slow.release();
      }
    });
  }
});
