import { describe, expect, it } from 'vitest';
import {
  ActiveSyncSessionExistsError,
  ForeignKeyViolationError,
  InvalidParameterError,
  SyncSessionTransitionError,
} from '../src/errors.js';
import * as syncSessions from '../src/sync-sessions.js';
import { useDatabase } from './support/database.js';
import { insertSyncSession, insertWorkspace } from './support/factories.js';
import { allPages } from './support/paging.js';
import { withTransaction, withWorkspace } from '../src/index.js';

const db = useDatabase({ poolSize: 20 });
const MISSING = '00000000-0000-4000-8000-000000000000';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

/** Keyset order of session lists: newest first, id breaking ties (PostgreSQL compares uuids as lower-case hex). */
function newestFirst(rows: { id: string; createdAt: Date }[]) {
  return [...rows].sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || (x.id < y.id ? 1 : -1));
}

/** Sessions with ties on created_at (one transaction) and distinct times, plus noise that must not show. */
async function seedSessions(a: string, b: string, providerName = 'stripe') {
  const rows: { id: string; createdAt: Date }[] = [];
  await withTransaction(db.pool, async (tx) => {
    for (let i = 0; i < 5; i++) rows.push(await insertSyncSession(tx, a, { providerName, status: 'completed' }));
  });
  for (let i = 0; i < 4; i++) {
    rows.push(await insertSyncSession(db.pool, a, { providerName, status: 'failed', createdAt: at(i) }));
  }
  await insertSyncSession(db.pool, a, { providerName, status: 'completed', deletedAt: new Date() });
  await insertSyncSession(db.pool, b, { providerName, status: 'completed' });
  return rows;
}

describe('createSyncSession', () => {
  it('creates a pending session with default entity types, config and progress', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await syncSessions.createSyncSession(db.pool, {
      workspaceId: a,
      providerName: 'stripe',
      sessionType: 'full',
    });
    expect(row).toMatchObject({
      workspaceId: a,
      providerName: 'stripe',
      sessionType: 'full',
      status: 'pending',
      entityTypes: ['customer', 'product', 'price', 'subscription'],
      config: {},
      progress: {},
      errorMessage: null,
      startedAt: null,
      completedAt: null,
      deletedAt: null,
    });
    expect(row?.createdAt).toBeInstanceOf(Date);
    expect(await syncSessions.getSyncSession(db.pool, { workspaceId: a, id: row!.id })).toEqual(row);
  });

  it('creates a running session with its entity types and config, stamping startedAt', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await syncSessions.createSyncSession(db.pool, {
      workspaceId: a,
      providerName: 'chargebee',
      sessionType: 'incremental',
      status: 'running',
      entityTypes: ['customer', 'subscription'],
      config: { since: '2026-01-01', pageSize: 100, nested: { a: [1, 2] } },
    });
    expect(row).toMatchObject({
      status: 'running',
      entityTypes: ['customer', 'subscription'],
      config: { since: '2026-01-01', pageSize: 100, nested: { a: [1, 2] } },
      completedAt: null,
    });
    expect(row?.startedAt).toBeInstanceOf(Date);
  });

  it('refuses a finished or unknown status, unknown type or entity type, bad config, bad ids, with nothing written', async () => {
    const { a } = await db.twoWorkspaces();
    const base = { workspaceId: a, providerName: 'stripe', sessionType: 'full' as const };
    for (const status of ['completed', 'failed', 'cancelled', 'done', 'RUNNING']) {
      await db.refusedWithoutWrites(
        () => syncSessions.createSyncSession(db.pool, { ...base, status: status as never }),
        InvalidParameterError,
      );
    }
    for (const bad of [
      { sessionType: 'partial' },
      { sessionType: null },
      { entityTypes: ['customer', 'invoice'] },
      { entityTypes: [] },
      { entityTypes: 'customer' },
      { config: [1, 2] },
      { config: 'text' },
      { config: 42 },
      { workspaceId: 'not-a-uuid' },
      { workspaceId: undefined },
      { providerName: 'Stripe!' },
      { providerName: 's' },
    ]) {
      await db.refusedWithoutWrites(
        () => syncSessions.createSyncSession(db.pool, { ...base, ...(bad as object) } as never),
        InvalidParameterError,
      );
    }
    await db.refusedWithoutWrites(
      () => syncSessions.createSyncSession(db.pool, { ...base, workspaceId: MISSING }),
      ForeignKeyViolationError,
    );
    expect(await syncSessions.countSyncSessions(db.pool, { workspaceId: a })).toBe(0);
  });

  it('refuses bad input before touching the database', async () => {
    const pool = await db.closedPool();
    await expect(
      syncSessions.createSyncSession(pool, {
        workspaceId: MISSING,
        providerName: 'stripe',
        sessionType: 'full',
        status: 'completed' as never,
      }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });

  it('of racing starts for the same (workspace, provider, type), exactly one wins', async () => {
    const { a } = await db.twoWorkspaces();
    const N = 12;
    for (let round = 0; round < 3; round++) {
      const results = await Promise.allSettled(
        Array.from({ length: N }, (_, i) =>
          syncSessions.createSyncSession(db.pool, {
            workspaceId: a,
            providerName: 'stripe',
            sessionType: 'full',
            status: i % 2 === 0 ? 'pending' : 'running',
          }),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(N - 1);
      for (const r of lost) expect(r.reason).toBeInstanceOf(ActiveSyncSessionExistsError);
      const winner = (won[0] as PromiseFulfilledResult<syncSessions.SyncSession>).value;
      const active = await syncSessions.getActiveSyncSessionsByProvider(db.pool, {
        workspaceId: a,
        providerName: 'stripe',
      });
      expect(active.map((s) => s.id)).toEqual([winner.id]);
      // Finishing the winner lets the next round start anew.
      await syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: a, id: winner.id, status: 'completed' });
    }
    expect(await syncSessions.countSyncSessions(db.pool, { workspaceId: a })).toBe(3);
  });

  it('blocks only the same workspace, provider and type; a finished or deleted session does not block', async () => {
    const { a, b } = await db.twoWorkspaces();
    const base = { workspaceId: a, providerName: 'stripe', sessionType: 'full' as const };
    const first = await syncSessions.createSyncSession(db.pool, base);
    await db.refusedWithoutWrites(() => syncSessions.createSyncSession(db.pool, base), ActiveSyncSessionExistsError);
    await db.refusedWithoutWrites(
      () => syncSessions.createSyncSession(db.pool, { ...base, status: 'running' }),
      ActiveSyncSessionExistsError,
    );
    expect(await syncSessions.createSyncSession(db.pool, { ...base, sessionType: 'incremental' })).not.toBeNull();
    expect(await syncSessions.createSyncSession(db.pool, { ...base, sessionType: 'webhook' })).not.toBeNull();
    expect(await syncSessions.createSyncSession(db.pool, { ...base, providerName: 'chargebee' })).not.toBeNull();
    expect(await syncSessions.createSyncSession(db.pool, { ...base, workspaceId: b })).not.toBeNull();

    await syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: a, id: first!.id, status: 'completed' });
    const second = await syncSessions.createSyncSession(db.pool, base);
    expect(second?.id).not.toBe(first!.id);
    await syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: a, id: second!.id, status: 'cancelled' });
    const third = await syncSessions.createSyncSession(db.pool, { ...base, status: 'running' });
    await syncSessions.updateSyncSessionError(db.pool, { workspaceId: a, id: third!.id, errorMessage: 'boom' });
    const fourth = await syncSessions.createSyncSession(db.pool, base);
    expect(await syncSessions.deleteSyncSession(db.pool, { workspaceId: a, id: fourth!.id })).toBe(1);
    const fifth = await syncSessions.createSyncSession(db.pool, base);
    expect(fifth?.status).toBe('pending');
  });
});

describe('getSyncSession', () => {
  it('finds the live session of the workspace only', async () => {
    const { a, b } = await db.twoWorkspaces();
    const row = await insertSyncSession(db.pool, a, { progress: { done: 3 } });
    const found = await syncSessions.getSyncSession(db.pool, { workspaceId: a, id: row.id });
    expect(found).toMatchObject({ id: row.id, workspaceId: a, status: 'pending', progress: { done: 3 } });
    expect(await syncSessions.getSyncSession(db.pool, { workspaceId: b, id: row.id })).toBeNull();
    expect(await syncSessions.getSyncSession(db.pool, { workspaceId: a, id: MISSING })).toBeNull();
    const gone = await insertSyncSession(db.pool, a, { sessionType: 'webhook', deletedAt: new Date() });
    expect(await syncSessions.getSyncSession(db.pool, { workspaceId: a, id: gone.id })).toBeNull();
  });

  it('refuses a malformed uuid before touching the database', async () => {
    const pool = await db.closedPool();
    await expect(syncSessions.getSyncSession(pool, { workspaceId: MISSING, id: 'nope' })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
    await expect(syncSessions.getSyncSession(pool, { workspaceId: 'nope', id: MISSING })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
  });
});

describe('getSyncSessionByProvider and getLatestSyncSessionByProvider', () => {
  it('the newest active session of the provider, or null; the newest of any status', async () => {
    const { a, b } = await db.twoWorkspaces();
    const p = { workspaceId: a, providerName: 'stripe' };
    expect(await syncSessions.getSyncSessionByProvider(db.pool, p)).toBeNull();
    expect(await syncSessions.getLatestSyncSessionByProvider(db.pool, p)).toBeNull();

    await insertSyncSession(db.pool, a, { sessionType: 'full', status: 'running', createdAt: at(1) });
    const newerActive = await insertSyncSession(db.pool, a, {
      sessionType: 'incremental',
      status: 'pending',
      createdAt: at(2),
    });
    const finished = await insertSyncSession(db.pool, a, {
      sessionType: 'full',
      status: 'completed',
      createdAt: at(3),
    });
    await insertSyncSession(db.pool, a, {
      sessionType: 'webhook',
      status: 'running',
      createdAt: at(4),
      deletedAt: new Date(),
    });
    await insertSyncSession(db.pool, a, { providerName: 'chargebee', status: 'running', createdAt: at(5) });
    await insertSyncSession(db.pool, b, { status: 'running', createdAt: at(6) });

    expect((await syncSessions.getSyncSessionByProvider(db.pool, p))?.id).toBe(newerActive.id);
    expect((await syncSessions.getLatestSyncSessionByProvider(db.pool, p))?.id).toBe(finished.id);

    const deletedLatest = await insertSyncSession(db.pool, a, {
      status: 'cancelled',
      createdAt: at(7),
      deletedAt: new Date(),
    });
    expect((await syncSessions.getLatestSyncSessionByProvider(db.pool, p))?.id).toBe(finished.id);
    expect(deletedLatest.id).not.toBe(finished.id);

    const c = await insertWorkspace(db.pool);
    expect(await syncSessions.getSyncSessionByProvider(db.pool, { ...p, workspaceId: c.id })).toBeNull();
    expect(await syncSessions.getLatestSyncSessionByProvider(db.pool, { ...p, workspaceId: c.id })).toBeNull();
    expect(await syncSessions.getSyncSessionByProvider(db.pool, { ...p, providerName: 'paddle' })).toBeNull();
  });

  it('null when every session of the provider is finished', async () => {
    const { a } = await db.twoWorkspaces();
    const done = await insertSyncSession(db.pool, a, { status: 'failed' });
    expect(await syncSessions.getSyncSessionByProvider(db.pool, { workspaceId: a, providerName: 'stripe' })).toBeNull();
    expect(
      (await syncSessions.getLatestSyncSessionByProvider(db.pool, { workspaceId: a, providerName: 'stripe' }))?.id,
    ).toBe(done.id);
  });

  it('refuses a malformed provider name', async () => {
    const pool = await db.closedPool();
    for (const fn of [syncSessions.getSyncSessionByProvider, syncSessions.getLatestSyncSessionByProvider]) {
      await expect(fn(pool, { workspaceId: MISSING, providerName: 'Not Valid' })).rejects.toBeInstanceOf(
        InvalidParameterError,
      );
    }
  });
});

describe('updateSyncSessionStatus', () => {
  it('running stamps startedAt once; a terminal status stamps completedAt', async () => {
    const { a } = await db.twoWorkspaces();
    const s = await syncSessions.createSyncSession(db.pool, {
      workspaceId: a,
      providerName: 'stripe',
      sessionType: 'full',
    });
    const pending = await syncSessions.updateSyncSessionStatus(db.pool, {
      workspaceId: a,
      id: s!.id,
      status: 'pending',
    });
    expect(pending).toMatchObject({ status: 'pending', startedAt: null, completedAt: null });

    const running = await syncSessions.updateSyncSessionStatus(db.pool, {
      workspaceId: a,
      id: s!.id,
      status: 'running',
    });
    expect(running?.status).toBe('running');
    expect(running?.startedAt).toBeInstanceOf(Date);
    expect(running?.completedAt).toBeNull();
    await sleep(20);
    const again = await syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: a, id: s!.id, status: 'running' });
    expect(again?.startedAt).toEqual(running?.startedAt);
    expect(again!.updatedAt.getTime()).toBeGreaterThan(running!.updatedAt.getTime());

    await sleep(20);
    const done = await syncSessions.updateSyncSessionStatus(db.pool, {
      workspaceId: a,
      id: s!.id,
      status: 'completed',
    });
    expect(done?.status).toBe('completed');
    expect(done?.startedAt).toEqual(running?.startedAt);
    expect(done?.completedAt).toBeInstanceOf(Date);
    expect(done!.completedAt!.getTime()).toBeGreaterThan(running!.startedAt!.getTime());
  });

  it('a pending session may finish directly (cancelled) without a startedAt', async () => {
    const { a } = await db.twoWorkspaces();
    const s = await insertSyncSession(db.pool, a);
    const row = await syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: a, id: s.id, status: 'cancelled' });
    expect(row).toMatchObject({ status: 'cancelled', startedAt: null });
    expect(row?.completedAt).toBeInstanceOf(Date);
  });

  it('terminal statuses are final: any later change is refused and the row stays as it was', async () => {
    const { a } = await db.twoWorkspaces();
    for (const end of ['completed', 'failed', 'cancelled'] as const) {
      const s = await syncSessions.createSyncSession(db.pool, {
        workspaceId: a,
        providerName: 'stripe',
        sessionType: 'full',
        status: 'running',
      });
      const finished = await syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: a, id: s!.id, status: end });
      expect(finished?.completedAt).toBeInstanceOf(Date);
      for (const status of ['pending', 'running', 'completed', 'failed', 'cancelled'] as const) {
        await db.refusedWithoutWrites(
          () => syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: a, id: s!.id, status }),
          SyncSessionTransitionError,
        );
      }
      await db.refusedWithoutWrites(
        () => syncSessions.updateSyncSessionProgress(db.pool, { workspaceId: a, id: s!.id, progress: { late: true } }),
        SyncSessionTransitionError,
      );
      await db.refusedWithoutWrites(
        () => syncSessions.updateSyncSessionError(db.pool, { workspaceId: a, id: s!.id, errorMessage: 'late' }),
        SyncSessionTransitionError,
      );
      expect(await syncSessions.getSyncSession(db.pool, { workspaceId: a, id: s!.id })).toEqual(finished);
    }
  });

  it('a delete carries no other change and a deleted session is final, for the application role too', async () => {
    const { a } = await db.twoWorkspaces();
    const s = await insertSyncSession(db.pool, a, { status: 'completed', progress: { done: 10 } });
    const [before] = (await db.pool.query('SELECT * FROM payment_sync_sessions WHERE id = $1', [s.id])).rows;
    const asApp = (sql: string) =>
      withWorkspace(db.pool, a, (tx) => tx.query(sql, [s.id]), { role: 'payment_sync_app' });
    // Reviving a completed session by changing it alongside a delete, then undeleting it.
    await db.refusedWithoutWrites(
      () =>
        asApp(
          `UPDATE payment_sync_sessions SET status = 'running', progress = '{"done": 0}', deleted_at = now() WHERE id = $1`,
        ),
      SyncSessionTransitionError,
    );
    await db.refusedWithoutWrites(
      () => asApp(`UPDATE payment_sync_sessions SET error_message = 'x', deleted_at = now() WHERE id = $1`),
      SyncSessionTransitionError,
    );
    // A plain delete is allowed; after it, nothing changes any more, undelete included.
    expect(await syncSessions.deleteSyncSession(db.pool, { workspaceId: a, id: s.id })).toBe(1);
    for (const sql of [
      'UPDATE payment_sync_sessions SET deleted_at = NULL WHERE id = $1',
      `UPDATE payment_sync_sessions SET status = 'running' WHERE id = $1`,
      'UPDATE payment_sync_sessions SET deleted_at = now() WHERE id = $1',
    ]) {
      await db.refusedWithoutWrites(() => asApp(sql), SyncSessionTransitionError);
    }
    const [after] = (await db.pool.query('SELECT * FROM payment_sync_sessions WHERE id = $1', [s.id])).rows;
    expect({ ...after, deleted_at: null, updated_at: null }).toEqual({ ...before, deleted_at: null, updated_at: null });
    expect(after.deleted_at).toBeInstanceOf(Date);
    // A running session may be deleted too, but not changed in the same statement.
    const running = await insertSyncSession(db.pool, a, { status: 'running', providerName: 'chargebee' });
    await db.refusedWithoutWrites(
      () =>
        withWorkspace(
          db.pool,
          a,
          (tx) =>
            tx.query(`UPDATE payment_sync_sessions SET status = 'completed', deleted_at = now() WHERE id = $1`, [
              running.id,
            ]),
          { role: 'payment_sync_app' },
        ),
      SyncSessionTransitionError,
    );
  });

  it('a started session cannot go back to pending', async () => {
    const { a } = await db.twoWorkspaces();
    const s = await insertSyncSession(db.pool, a, { status: 'running' });
    await db.refusedWithoutWrites(
      () => syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: a, id: s.id, status: 'pending' }),
      SyncSessionTransitionError,
    );
  });

  it('changes nothing in another workspace or on a soft-deleted session; refuses an unknown status', async () => {
    const { a, b } = await db.twoWorkspaces();
    const s = await insertSyncSession(db.pool, a);
    const gone = await insertSyncSession(db.pool, a, { sessionType: 'webhook', deletedAt: new Date() });
    expect(
      await db.withoutWrites(() =>
        syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: b, id: s.id, status: 'running' }),
      ),
    ).toBeNull();
    expect(
      await db.withoutWrites(() =>
        syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: a, id: gone.id, status: 'running' }),
      ),
    ).toBeNull();
    for (const status of ['done', '', 'Running', 3]) {
      await db.refusedWithoutWrites(
        () => syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: a, id: s.id, status: status as never }),
        InvalidParameterError,
      );
    }
    await db.refusedWithoutWrites(
      () => syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: a, id: 'x', status: 'running' }),
      InvalidParameterError,
    );
  });
});

describe('updateSyncSessionProgress', () => {
  it('shallow-merges the given object into progress', async () => {
    const { a } = await db.twoWorkspaces();
    const s = await insertSyncSession(db.pool, a, {
      status: 'running',
      progress: { customers: 1, cursor: { page: 1, of: 9 } },
    });
    const one = await syncSessions.updateSyncSessionProgress(db.pool, {
      workspaceId: a,
      id: s.id,
      progress: { products: 4, cursor: { page: 2 } },
    });
    expect(one?.progress).toEqual({ customers: 1, products: 4, cursor: { page: 2 } });
    const two = await syncSessions.updateSyncSessionProgress(db.pool, { workspaceId: a, id: s.id, progress: {} });
    expect(two?.progress).toEqual({ customers: 1, products: 4, cursor: { page: 2 } });
    const three = await syncSessions.updateSyncSessionProgress(db.pool, {
      workspaceId: a,
      id: s.id,
      progress: { customers: 10, note: 'it\'s "quoted"' },
    });
    expect(three?.progress).toEqual({ customers: 10, products: 4, cursor: { page: 2 }, note: 'it\'s "quoted"' });
    expect(three?.status).toBe('running');
  });

  it('refuses non-object progress with nothing written; changes nothing elsewhere', async () => {
    const { a, b } = await db.twoWorkspaces();
    const s = await insertSyncSession(db.pool, a, { status: 'running' });
    for (const progress of [[1, 2], 'text', 5, true, null, undefined]) {
      await db.refusedWithoutWrites(
        () =>
          syncSessions.updateSyncSessionProgress(db.pool, { workspaceId: a, id: s.id, progress: progress as never }),
        InvalidParameterError,
      );
    }
    expect(
      await db.withoutWrites(() =>
        syncSessions.updateSyncSessionProgress(db.pool, { workspaceId: b, id: s.id, progress: { x: 1 } }),
      ),
    ).toBeNull();
    await syncSessions.deleteSyncSession(db.pool, { workspaceId: a, id: s.id });
    expect(
      await db.withoutWrites(() =>
        syncSessions.updateSyncSessionProgress(db.pool, { workspaceId: a, id: s.id, progress: { x: 1 } }),
      ),
    ).toBeNull();
  });
});

describe('updateSyncSessionError', () => {
  it('records the message and fails the session, stamping completedAt', async () => {
    const { a } = await db.twoWorkspaces();
    const s = await insertSyncSession(db.pool, a, { status: 'running' });
    const row = await syncSessions.updateSyncSessionError(db.pool, {
      workspaceId: a,
      id: s.id,
      errorMessage: 'Stripe API: rate limited (429)',
    });
    expect(row).toMatchObject({ status: 'failed', errorMessage: 'Stripe API: rate limited (429)' });
    expect(row?.completedAt).toBeInstanceOf(Date);
    expect(row?.startedAt).toEqual(s.startedAt);
    const pending = await insertSyncSession(db.pool, a, { sessionType: 'webhook' });
    const failed = await syncSessions.updateSyncSessionError(db.pool, {
      workspaceId: a,
      id: pending.id,
      errorMessage: 'bad config',
    });
    expect(failed).toMatchObject({ status: 'failed', startedAt: null });
  });

  it('changes nothing in another workspace or on a soft-deleted session; refuses an empty message', async () => {
    const { a, b } = await db.twoWorkspaces();
    const s = await insertSyncSession(db.pool, a, { status: 'running' });
    expect(
      await db.withoutWrites(() =>
        syncSessions.updateSyncSessionError(db.pool, { workspaceId: b, id: s.id, errorMessage: 'x' }),
      ),
    ).toBeNull();
    for (const errorMessage of ['', null, 42]) {
      await db.refusedWithoutWrites(
        () =>
          syncSessions.updateSyncSessionError(db.pool, {
            workspaceId: a,
            id: s.id,
            errorMessage: errorMessage as never,
          }),
        InvalidParameterError,
      );
    }
    const gone = await insertSyncSession(db.pool, a, {
      sessionType: 'webhook',
      status: 'running',
      deletedAt: new Date(),
    });
    expect(
      await db.withoutWrites(() =>
        syncSessions.updateSyncSessionError(db.pool, { workspaceId: a, id: gone.id, errorMessage: 'x' }),
      ),
    ).toBeNull();
  });
});

describe('listSyncSessions', () => {
  it('pages newest first through every live session once, without gaps or repeats', async () => {
    const { a, b } = await db.twoWorkspaces();
    const rows = await seedSessions(a, b);
    for (const limit of [1, 2, 4, 9, 1000]) {
      const seen = await allPages(
        (after) => syncSessions.listSyncSessions(db.pool, { workspaceId: a, limit, after }),
        limit,
      );
      expect(seen.map((r) => r.id)).toEqual(newestFirst(rows).map((r) => r.id));
    }
    expect(
      await syncSessions.listSyncSessions(db.pool, { workspaceId: (await insertWorkspace(db.pool)).id, limit: 10 }),
    ).toEqual([]);
  });

  it('refuses a limit outside 1..1000 and a malformed cursor', async () => {
    const { a } = await db.twoWorkspaces();
    for (const limit of [0, 1001, 2.5, -1, '10']) {
      await expect(
        syncSessions.listSyncSessions(db.pool, { workspaceId: a, limit: limit as never }),
      ).rejects.toBeInstanceOf(InvalidParameterError);
    }
    await expect(
      syncSessions.listSyncSessions(db.pool, { workspaceId: a, limit: 5, after: { id: 'x', createdAt: new Date() } }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(
      syncSessions.listSyncSessions(db.pool, { workspaceId: a, limit: 5, after: { id: MISSING } as never }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('listSyncSessionsByProvider', () => {
  it('pages newest first through the live sessions of one provider only', async () => {
    const { a, b } = await db.twoWorkspaces();
    const stripe = await seedSessions(a, b, 'stripe');
    const chargebee = await seedSessions(a, b, 'chargebee');
    for (const [providerName, rows] of [
      ['stripe', stripe],
      ['chargebee', chargebee],
    ] as const) {
      const seen = await allPages(
        (after) => syncSessions.listSyncSessionsByProvider(db.pool, { workspaceId: a, providerName, limit: 2, after }),
        2,
      );
      expect(seen.map((r) => r.id)).toEqual(newestFirst(rows).map((r) => r.id));
      expect(seen.every((r) => r.providerName === providerName)).toBe(true);
    }
    expect(
      await syncSessions.listSyncSessionsByProvider(db.pool, { workspaceId: a, providerName: 'paddle', limit: 10 }),
    ).toEqual([]);
    await expect(
      syncSessions.listSyncSessionsByProvider(db.pool, { workspaceId: a, providerName: 'stripe', limit: 0 }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('listSyncSessionsByStatus', () => {
  it('pages newest first through the live sessions in one status only', async () => {
    const { a, b } = await db.twoWorkspaces();
    const rows = await seedSessions(a, b); // 5 completed (tied), 4 failed
    const running = await insertSyncSession(db.pool, a, { status: 'running' });
    const completed = await allPages(
      (after) =>
        syncSessions.listSyncSessionsByStatus(db.pool, { workspaceId: a, status: 'completed', limit: 2, after }),
      2,
    );
    expect(completed.map((r) => r.id)).toEqual(newestFirst(rows.slice(0, 5)).map((r) => r.id));
    const failed = await allPages(
      (after) => syncSessions.listSyncSessionsByStatus(db.pool, { workspaceId: a, status: 'failed', limit: 3, after }),
      3,
    );
    expect(failed.map((r) => r.id)).toEqual(newestFirst(rows.slice(5)).map((r) => r.id));
    expect(
      (await syncSessions.listSyncSessionsByStatus(db.pool, { workspaceId: a, status: 'running', limit: 10 })).map(
        (r) => r.id,
      ),
    ).toEqual([running.id]);
    expect(
      await syncSessions.listSyncSessionsByStatus(db.pool, { workspaceId: b, status: 'running', limit: 10 }),
    ).toEqual([]);
  });

  it('refuses an unknown status', async () => {
    const pool = await db.closedPool();
    await expect(
      syncSessions.listSyncSessionsByStatus(pool, { workspaceId: MISSING, status: 'done' as never, limit: 10 }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('getActiveSyncSessionsByProvider', () => {
  it('every pending or running live session of the provider, newest first', async () => {
    const { a, b } = await db.twoWorkspaces();
    const full = await insertSyncSession(db.pool, a, { sessionType: 'full', status: 'running', createdAt: at(1) });
    const webhook = await insertSyncSession(db.pool, a, {
      sessionType: 'webhook',
      status: 'pending',
      createdAt: at(3),
    });
    const incremental = await insertSyncSession(db.pool, a, {
      sessionType: 'incremental',
      status: 'running',
      createdAt: at(2),
    });
    await insertSyncSession(db.pool, a, { sessionType: 'full', status: 'completed', createdAt: at(4) });
    await insertSyncSession(db.pool, a, { sessionType: 'full', status: 'cancelled', createdAt: at(5) });
    await insertSyncSession(db.pool, a, { providerName: 'chargebee', status: 'running' });
    await insertSyncSession(db.pool, b, { status: 'running' });
    const active = await syncSessions.getActiveSyncSessionsByProvider(db.pool, {
      workspaceId: a,
      providerName: 'stripe',
    });
    expect(active.map((r) => r.id)).toEqual([webhook.id, incremental.id, full.id]);
    await syncSessions.deleteSyncSession(db.pool, { workspaceId: a, id: webhook.id });
    await syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: a, id: full.id, status: 'completed' });
    const after = await syncSessions.getActiveSyncSessionsByProvider(db.pool, {
      workspaceId: a,
      providerName: 'stripe',
    });
    expect(after.map((r) => r.id)).toEqual([incremental.id]);
    const c = await insertWorkspace(db.pool);
    expect(
      await syncSessions.getActiveSyncSessionsByProvider(db.pool, { workspaceId: c.id, providerName: 'stripe' }),
    ).toEqual([]);
  });
});

describe('countSyncSessions and countSyncSessionsByProvider', () => {
  it('count the live sessions of the workspace (and provider) only', async () => {
    const { a, b } = await db.twoWorkspaces();
    await seedSessions(a, b, 'stripe'); // 9 live in a
    await seedSessions(a, b, 'chargebee'); // 9 live in a
    await insertSyncSession(db.pool, a, { providerName: 'paddle', status: 'running' });
    expect(await syncSessions.countSyncSessions(db.pool, { workspaceId: a })).toBe(19);
    expect(await syncSessions.countSyncSessions(db.pool, { workspaceId: b })).toBe(2);
    expect(await syncSessions.countSyncSessionsByProvider(db.pool, { workspaceId: a, providerName: 'stripe' })).toBe(9);
    expect(await syncSessions.countSyncSessionsByProvider(db.pool, { workspaceId: a, providerName: 'paddle' })).toBe(1);
    expect(await syncSessions.countSyncSessionsByProvider(db.pool, { workspaceId: b, providerName: 'paddle' })).toBe(0);
    expect(await syncSessions.countSyncSessionsByProvider(db.pool, { workspaceId: a, providerName: 'square' })).toBe(0);
    const c = await insertWorkspace(db.pool);
    expect(await syncSessions.countSyncSessions(db.pool, { workspaceId: c.id })).toBe(0);
  });

  it('refuse malformed input', async () => {
    const pool = await db.closedPool();
    await expect(syncSessions.countSyncSessions(pool, { workspaceId: 'x' })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
    await expect(
      syncSessions.countSyncSessionsByProvider(pool, { workspaceId: MISSING, providerName: '' }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('deleteSyncSession', () => {
  it('soft-deletes once, in any status, and not across workspaces', async () => {
    const { a, b } = await db.twoWorkspaces();
    const s = await insertSyncSession(db.pool, a, { status: 'completed' });
    expect(await db.withoutWrites(() => syncSessions.deleteSyncSession(db.pool, { workspaceId: b, id: s.id }))).toBe(0);
    expect(await syncSessions.getSyncSession(db.pool, { workspaceId: a, id: s.id })).not.toBeNull();
    expect(await syncSessions.deleteSyncSession(db.pool, { workspaceId: a, id: s.id })).toBe(1);
    expect(await db.withoutWrites(() => syncSessions.deleteSyncSession(db.pool, { workspaceId: a, id: s.id }))).toBe(0);
    expect(await syncSessions.getSyncSession(db.pool, { workspaceId: a, id: s.id })).toBeNull();
    const { rows } = await db.pool.query('SELECT status, deleted_at FROM payment_sync_sessions WHERE id = $1', [s.id]);
    expect(rows[0].status).toBe('completed');
    expect(rows[0].deleted_at).toBeInstanceOf(Date);
    const running = await insertSyncSession(db.pool, a, { status: 'running' });
    expect(await syncSessions.deleteSyncSession(db.pool, { workspaceId: a, id: running.id })).toBe(1);
    expect(await syncSessions.getSyncSessionByProvider(db.pool, { workspaceId: a, providerName: 'stripe' })).toBeNull();
    await db.refusedWithoutWrites(
      () => syncSessions.deleteSyncSession(db.pool, { workspaceId: a, id: 'nope' }),
      InvalidParameterError,
    );
  });
});
