import { processSQLQueryIR } from '@pgtyped/runtime';
import * as GetLatestSyncEventsByEntityType from '../generated/sync-events/GetLatestSyncEventsByEntityType.js';
import { describe, expect, it } from 'vitest';
import { ForeignKeyViolationError, InvalidParameterError, SyncSessionTransitionError } from '../src/errors.js';
import * as syncEvents from '../src/sync-events.js';
import * as syncSessions from '../src/sync-sessions.js';
import { useDatabase } from './support/database.js';
import { insertSyncEvent, insertSyncSession, insertWorkspace } from './support/factories.js';
import { allPages } from './support/paging.js';
import { withTransaction } from '../src/index.js';

const db = useDatabase();
const MISSING = '00000000-0000-4000-8000-000000000000';

/** Two workspaces with one running session each (a second, incremental one in `a`). */
async function setup() {
  const a = (await insertWorkspace(db.pool)).id;
  const b = (await insertWorkspace(db.pool)).id;
  const sa = (await insertSyncSession(db.pool, a, { status: 'running' })).id;
  const sa2 = (await insertSyncSession(db.pool, a, { status: 'running', sessionType: 'incremental' })).id;
  const sb = (await insertSyncSession(db.pool, b, { status: 'running' })).id;
  return { a, b, sa, sa2, sb };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Every node of an EXPLAIN (FORMAT JSON) plan that reads a relation. */
function scansOf(node: PlanNode): { relation: string; index: string | undefined; type: string }[] {
  const own = node['Relation Name']
    ? [{ relation: node['Relation Name'], index: node['Index Name'], type: node['Node Type'] }]
    : [];
  return [...own, ...(node.Plans ?? []).flatMap(scansOf)];
}

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

/** Chronological keyset order: (createdAt, id) ascending, uuids compared as lower-case hex like PostgreSQL. */
function oldestFirst(rows: { id: string; createdAt: Date }[]) {
  return [...rows].sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || (x.id < y.id ? -1 : 1));
}

/**
 * Events matching `overrides` in workspace `ws` / session `sessionId`: some
 * inserted in one transaction (tied created_at), some at distinct times.
 */
async function seedEvents(ws: string, sessionId: string, overrides: Record<string, unknown>, tied = 4, spread = 3) {
  const rows: { id: string; createdAt: Date }[] = [];
  await withTransaction(db.pool, async (tx) => {
    for (let i = 0; i < tied; i++) rows.push(await insertSyncEvent(tx, ws, sessionId, overrides));
  });
  for (let i = 0; i < spread; i++)
    rows.push(await insertSyncEvent(db.pool, ws, sessionId, { ...overrides, createdAt: at(i) }));
  return rows;
}

describe('createSyncEvent', () => {
  it('logs an event of a session of the workspace', async () => {
    const { a, sa } = await setup();
    const entityId = '11111111-1111-4111-8111-111111111111';
    const row = await syncEvents.createSyncEvent(db.pool, {
      workspaceId: a,
      sessionId: sa,
      providerName: 'stripe',
      entityType: 'price',
      entityId,
      externalId: 'price_123',
      eventType: 'updated',
      eventMessage: "amount changed from 10 to 12 'EUR'",
      eventDetails: { before: { amount: 10 }, after: { amount: 12 } },
    });
    expect(row).toMatchObject({
      workspaceId: a,
      sessionId: sa,
      providerName: 'stripe',
      entityType: 'price',
      entityId,
      externalId: 'price_123',
      eventType: 'updated',
      eventMessage: "amount changed from 10 to 12 'EUR'",
      eventDetails: { before: { amount: 10 }, after: { amount: 12 } },
    });
    expect(row?.createdAt).toBeInstanceOf(Date);
    expect(await syncEvents.getSyncEvent(db.pool, { workspaceId: a, id: row!.id })).toEqual(row);
    const minimal = await syncEvents.createSyncEvent(db.pool, {
      workspaceId: a,
      sessionId: sa,
      providerName: 'stripe',
      entityType: 'customer',
      eventType: 'skipped',
    });
    expect(minimal).toMatchObject({ entityId: null, externalId: null, eventMessage: null, eventDetails: {} });
  });

  it("refuses another workspace's session, or an unknown one, with nothing written", async () => {
    const { a, sb } = await setup();
    const base = {
      workspaceId: a,
      providerName: 'stripe',
      entityType: 'customer' as const,
      eventType: 'created' as const,
    };
    await db.refusedWithoutWrites(
      () => syncEvents.createSyncEvent(db.pool, { ...base, sessionId: sb }),
      ForeignKeyViolationError,
    );
    await db.refusedWithoutWrites(
      () => syncEvents.createSyncEvent(db.pool, { ...base, sessionId: MISSING }),
      ForeignKeyViolationError,
    );
  });

  it('refuses events for a finished or deleted session (SyncSessionTransitionError), with nothing written', async () => {
    const { a } = await setup();
    const base = {
      workspaceId: a,
      providerName: 'stripe',
      entityType: 'customer' as const,
      eventType: 'created' as const,
    };
    for (const status of ['completed', 'failed', 'cancelled'] as const) {
      const s = await syncSessions.createSyncSession(db.pool, {
        workspaceId: a,
        providerName: 'chargebee',
        sessionType: 'full',
        status: 'running',
      });
      // Open: events are logged.
      expect(await syncEvents.createSyncEvent(db.pool, { ...base, sessionId: s!.id })).not.toBeNull();
      await syncSessions.updateSyncSessionStatus(db.pool, { workspaceId: a, id: s!.id, status });
      const error = await db.refusedWithoutWrites(
        () => syncEvents.createSyncEvent(db.pool, { ...base, sessionId: s!.id }),
        SyncSessionTransitionError,
      );
      expect(error.message).toMatch(new RegExp(`is ${status}: it takes no new events`));
    }
    const deleted = await syncSessions.createSyncSession(db.pool, {
      workspaceId: a,
      providerName: 'chargebee',
      sessionType: 'webhook',
    });
    await syncSessions.deleteSyncSession(db.pool, { workspaceId: a, id: deleted!.id });
    await db.refusedWithoutWrites(
      () => syncEvents.createSyncEvent(db.pool, { ...base, sessionId: deleted!.id }),
      SyncSessionTransitionError,
    );
  });

  it('refuses unknown vocabulary, malformed uuids, non-object details, with nothing written', async () => {
    const { a, sa } = await setup();
    const base = {
      workspaceId: a,
      sessionId: sa,
      providerName: 'stripe',
      entityType: 'customer' as const,
      eventType: 'created' as const,
    };
    for (const bad of [
      { entityType: 'invoice' },
      { entityType: 'Customer' },
      { eventType: 'renamed' },
      { eventType: null },
      { sessionId: 'session-1' },
      { entityId: 'entity-1' },
      { workspaceId: '1234' },
      { eventDetails: [1, 2] },
      { eventDetails: 'details' },
      { eventDetails: 3 },
      { providerName: 'STRIPE' },
      { externalId: '' },
      { externalId: 'x'.repeat(256) },
    ]) {
      await db.refusedWithoutWrites(
        () => syncEvents.createSyncEvent(db.pool, { ...base, ...(bad as object) } as never),
        InvalidParameterError,
      );
    }
  });

  it('refuses bad input before touching the database', async () => {
    const pool = await db.closedPool();
    await expect(
      syncEvents.createSyncEvent(pool, {
        workspaceId: MISSING,
        sessionId: MISSING,
        providerName: 'stripe',
        entityType: 'customer',
        eventType: 'exploded' as never,
      }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('getSyncEvent', () => {
  it('finds the event of the workspace only', async () => {
    const { a, b, sa } = await setup();
    const e = await insertSyncEvent(db.pool, a, sa, { eventDetails: { k: 'v' } });
    expect(await syncEvents.getSyncEvent(db.pool, { workspaceId: a, id: e.id })).toMatchObject({
      id: e.id,
      eventDetails: { k: 'v' },
      eventType: 'created',
    });
    expect(await syncEvents.getSyncEvent(db.pool, { workspaceId: b, id: e.id })).toBeNull();
    expect(await syncEvents.getSyncEvent(db.pool, { workspaceId: a, id: MISSING })).toBeNull();
    await expect(syncEvents.getSyncEvent(db.pool, { workspaceId: a, id: 'nope' })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
  });
});

describe('event lists', () => {
  it('listSyncEventsBySession pages chronologically through one session only', async () => {
    const { a, b, sa, sa2, sb } = await setup();
    const rows = await seedEvents(a, sa, {});
    await seedEvents(a, sa2, {}, 2, 1);
    await seedEvents(b, sb, {}, 2, 1);
    for (const limit of [1, 2, 3, 7, 1000]) {
      const seen = await allPages(
        (after) => syncEvents.listSyncEventsBySession(db.pool, { workspaceId: a, sessionId: sa, limit, after }),
        limit,
      );
      expect(seen.map((r) => r.id)).toEqual(oldestFirst(rows).map((r) => r.id));
    }
    expect(await syncEvents.listSyncEventsBySession(db.pool, { workspaceId: b, sessionId: sa, limit: 10 })).toEqual([]);
    expect(await syncEvents.listSyncEventsBySession(db.pool, { workspaceId: a, sessionId: sb, limit: 10 })).toEqual([]);
  });

  it('listSyncEventsByProvider pages chronologically through one provider only', async () => {
    const { a, b, sa, sb } = await setup();
    const cb = (await insertSyncSession(db.pool, a, { providerName: 'chargebee', status: 'running' })).id;
    const rows = await seedEvents(a, cb, { providerName: 'chargebee' });
    await seedEvents(a, sa, { providerName: 'stripe' }, 2, 1);
    await seedEvents(b, sb, { providerName: 'chargebee' }, 2, 1);
    const seen = await allPages(
      (after) =>
        syncEvents.listSyncEventsByProvider(db.pool, { workspaceId: a, providerName: 'chargebee', limit: 2, after }),
      2,
    );
    expect(seen.map((r) => r.id)).toEqual(oldestFirst(rows).map((r) => r.id));
    expect(
      await syncEvents.listSyncEventsByProvider(db.pool, { workspaceId: a, providerName: 'paddle', limit: 10 }),
    ).toEqual([]);
  });

  it('listSyncEventsByEntityType pages chronologically through one entity type only', async () => {
    const { a, b, sa, sa2, sb } = await setup();
    const rows = [
      ...(await seedEvents(a, sa, { entityType: 'subscription' })),
      ...(await seedEvents(a, sa2, { entityType: 'subscription' }, 1, 2)),
    ];
    await seedEvents(a, sa, { entityType: 'price' }, 2, 1);
    await seedEvents(b, sb, { entityType: 'subscription' }, 2, 1);
    const seen = await allPages(
      (after) =>
        syncEvents.listSyncEventsByEntityType(db.pool, { workspaceId: a, entityType: 'subscription', limit: 3, after }),
      3,
    );
    expect(seen.map((r) => r.id)).toEqual(oldestFirst(rows).map((r) => r.id));
    expect(seen.every((r) => r.entityType === 'subscription')).toBe(true);
    expect(
      await syncEvents.listSyncEventsByEntityType(db.pool, { workspaceId: a, entityType: 'product', limit: 5 }),
    ).toEqual([]);
  });

  it('listSyncEventsByEventType pages chronologically through one event type only', async () => {
    const { a, b, sa, sb } = await setup();
    const rows = await seedEvents(a, sa, { eventType: 'conflict' });
    await seedEvents(a, sa, { eventType: 'created' }, 2, 1);
    await seedEvents(b, sb, { eventType: 'conflict' }, 2, 1);
    const seen = await allPages(
      (after) =>
        syncEvents.listSyncEventsByEventType(db.pool, { workspaceId: a, eventType: 'conflict', limit: 2, after }),
      2,
    );
    expect(seen.map((r) => r.id)).toEqual(oldestFirst(rows).map((r) => r.id));
    expect(
      await syncEvents.listSyncEventsByEventType(db.pool, { workspaceId: a, eventType: 'deleted', limit: 5 }),
    ).toEqual([]);
  });

  it('getSyncEventsByExternalID pages chronologically through the events of one external id', async () => {
    const { a, b, sa, sa2, sb } = await setup();
    const rows = [
      ...(await seedEvents(a, sa, { externalId: 'cus_X' })),
      ...(await seedEvents(a, sa2, { externalId: 'cus_X', eventType: 'updated' }, 1, 1)),
    ];
    await seedEvents(a, sa, { externalId: 'cus_Y' }, 2, 1);
    await seedEvents(a, sa, { externalId: null }, 2, 0);
    await seedEvents(b, sb, { externalId: 'cus_X' }, 2, 1);
    const seen = await allPages(
      (after) =>
        syncEvents.getSyncEventsByExternalID(db.pool, { workspaceId: a, externalId: 'cus_X', limit: 2, after }),
      2,
    );
    expect(seen.map((r) => r.id)).toEqual(oldestFirst(rows).map((r) => r.id));
    expect(
      await syncEvents.getSyncEventsByExternalID(db.pool, { workspaceId: a, externalId: 'cus_Z', limit: 5 }),
    ).toEqual([]);
    const c = (await insertWorkspace(db.pool)).id;
    expect(
      await syncEvents.getSyncEventsByExternalID(db.pool, { workspaceId: c, externalId: 'cus_X', limit: 5 }),
    ).toEqual([]);
  });

  it('events stay listed when their session is soft-deleted', async () => {
    const { a, sa2 } = await setup();
    const rows = await seedEvents(a, sa2, {}, 1, 1);
    await syncSessions.deleteSyncSession(db.pool, { workspaceId: a, id: sa2 });
    const listed = await syncEvents.listSyncEventsBySession(db.pool, { workspaceId: a, sessionId: sa2, limit: 10 });
    expect(listed.map((r) => r.id)).toEqual(oldestFirst(rows).map((r) => r.id));
  });

  it('refuse unknown vocabulary, a malformed id or cursor, a limit outside 1..1000', async () => {
    const pool = await db.closedPool();
    const w = { workspaceId: MISSING, limit: 10 };
    const calls: (() => Promise<unknown>)[] = [
      () => syncEvents.listSyncEventsBySession(pool, { ...w, sessionId: 'abc' }),
      () => syncEvents.listSyncEventsByProvider(pool, { ...w, providerName: '9stripe' }),
      () => syncEvents.listSyncEventsByEntityType(pool, { ...w, entityType: 'invoice' as never }),
      () => syncEvents.listSyncEventsByEventType(pool, { ...w, eventType: 'renamed' as never }),
      () => syncEvents.getSyncEventsByExternalID(pool, { ...w, externalId: '' }),
      () =>
        syncEvents.listSyncEventsBySession(pool, {
          ...w,
          sessionId: MISSING,
          after: { id: 'x', createdAt: new Date() },
        }),
      () =>
        syncEvents.listSyncEventsBySession(pool, {
          ...w,
          sessionId: MISSING,
          after: { id: MISSING, createdAt: new Date('x') },
        }),
    ];
    for (const limit of [0, 1001, 1.5, -3]) {
      calls.push(() => syncEvents.listSyncEventsBySession(pool, { workspaceId: MISSING, sessionId: MISSING, limit }));
      calls.push(() =>
        syncEvents.listSyncEventsByProvider(pool, { workspaceId: MISSING, providerName: 'stripe', limit }),
      );
      calls.push(() =>
        syncEvents.listSyncEventsByEntityType(pool, { workspaceId: MISSING, entityType: 'price', limit }),
      );
      calls.push(() =>
        syncEvents.listSyncEventsByEventType(pool, { workspaceId: MISSING, eventType: 'failed', limit }),
      );
      calls.push(() => syncEvents.getSyncEventsByExternalID(pool, { workspaceId: MISSING, externalId: 'x', limit }));
    }
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('event counts', () => {
  it('count by session, by session and type, by entity type, within the workspace only', async () => {
    const { a, b, sa, sa2, sb } = await setup();
    await seedEvents(a, sa, { eventType: 'created', entityType: 'customer' }, 3, 2); // 5
    await seedEvents(a, sa, { eventType: 'failed', entityType: 'price' }, 1, 1); // 2
    await seedEvents(a, sa2, { eventType: 'failed', entityType: 'customer' }, 2, 2); // 4
    await seedEvents(b, sb, { eventType: 'failed', entityType: 'customer' }, 3, 3); // 6
    expect(await syncEvents.countSyncEventsBySession(db.pool, { workspaceId: a, sessionId: sa })).toBe(7);
    expect(await syncEvents.countSyncEventsBySession(db.pool, { workspaceId: a, sessionId: sa2 })).toBe(4);
    expect(await syncEvents.countSyncEventsBySession(db.pool, { workspaceId: b, sessionId: sa })).toBe(0);
    expect(await syncEvents.countSyncEventsBySession(db.pool, { workspaceId: a, sessionId: sb })).toBe(0);
    const byType = (workspaceId: string, sessionId: string, eventType: 'created' | 'failed' | 'conflict') =>
      syncEvents.countSyncEventsBySessionAndType(db.pool, { workspaceId, sessionId, eventType });
    expect(await byType(a, sa, 'created')).toBe(5);
    expect(await byType(a, sa, 'failed')).toBe(2);
    expect(await byType(a, sa, 'conflict')).toBe(0);
    expect(await byType(a, sa2, 'failed')).toBe(4);
    expect(await byType(b, sa, 'created')).toBe(0);
    expect(await byType(a, sb, 'failed')).toBe(0);
    expect(await syncEvents.countSyncEventsByEntityType(db.pool, { workspaceId: a, entityType: 'customer' })).toBe(9);
    expect(await syncEvents.countSyncEventsByEntityType(db.pool, { workspaceId: a, entityType: 'price' })).toBe(2);
    expect(await syncEvents.countSyncEventsByEntityType(db.pool, { workspaceId: a, entityType: 'product' })).toBe(0);
    expect(await syncEvents.countSyncEventsByEntityType(db.pool, { workspaceId: b, entityType: 'customer' })).toBe(6);
  });

  it('refuse unknown vocabulary and malformed ids', async () => {
    const pool = await db.closedPool();
    await expect(
      syncEvents.countSyncEventsBySession(pool, { workspaceId: MISSING, sessionId: '1' }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(
      syncEvents.countSyncEventsBySessionAndType(pool, {
        workspaceId: MISSING,
        sessionId: MISSING,
        eventType: 'moved' as never,
      }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(
      syncEvents.countSyncEventsByEntityType(pool, { workspaceId: MISSING, entityType: 'coupon' as never }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('getSyncEventsSummaryBySession', () => {
  it('counts each event type and the first and last event time of a known set', async () => {
    const { a, b, sa, sa2, sb } = await setup();
    const plan: [string, number][] = [
      ['created', 3],
      ['updated', 2],
      ['deleted', 1],
      ['failed', 4],
      ['conflict', 1],
    ];
    let minute = 10;
    for (const [eventType, n] of plan) {
      for (let i = 0; i < n; i++) await insertSyncEvent(db.pool, a, sa, { eventType, createdAt: at(minute++) });
    }
    // Noise: another session of the workspace, another workspace.
    await insertSyncEvent(db.pool, a, sa2, { eventType: 'skipped', createdAt: at(1) });
    await insertSyncEvent(db.pool, a, sa2, { eventType: 'created', createdAt: at(59) });
    await insertSyncEvent(db.pool, b, sb, { eventType: 'skipped', createdAt: at(2) });
    const summary = await syncEvents.getSyncEventsSummaryBySession(db.pool, { workspaceId: a, sessionId: sa });
    expect(summary).toEqual({
      sessionId: sa,
      total: 11,
      created: 3,
      updated: 2,
      deleted: 1,
      skipped: 0,
      failed: 4,
      conflict: 1,
      firstEventAt: at(10),
      lastEventAt: at(20),
    });
  });

  it('zeros and null times for a session without events; null for another workspace, unknown or deleted session', async () => {
    const { a, b, sa, sa2, sb } = await setup();
    await insertSyncEvent(db.pool, b, sb);
    expect(await syncEvents.getSyncEventsSummaryBySession(db.pool, { workspaceId: a, sessionId: sa })).toEqual({
      sessionId: sa,
      total: 0,
      created: 0,
      updated: 0,
      deleted: 0,
      skipped: 0,
      failed: 0,
      conflict: 0,
      firstEventAt: null,
      lastEventAt: null,
    });
    expect(await syncEvents.getSyncEventsSummaryBySession(db.pool, { workspaceId: a, sessionId: sb })).toBeNull();
    expect(await syncEvents.getSyncEventsSummaryBySession(db.pool, { workspaceId: b, sessionId: sa })).toBeNull();
    expect(await syncEvents.getSyncEventsSummaryBySession(db.pool, { workspaceId: a, sessionId: MISSING })).toBeNull();
    await insertSyncEvent(db.pool, a, sa2);
    await syncSessions.deleteSyncSession(db.pool, { workspaceId: a, id: sa2 });
    expect(await syncEvents.getSyncEventsSummaryBySession(db.pool, { workspaceId: a, sessionId: sa2 })).toBeNull();
    await expect(
      syncEvents.getSyncEventsSummaryBySession(db.pool, { workspaceId: a, sessionId: 'nope' }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe('getLatestSyncEventsByEntityType', () => {
  it('the newest event of each entity type that has one, in vocabulary order', async () => {
    const { a, b, sa, sa2, sb } = await setup();
    expect(await syncEvents.getLatestSyncEventsByEntityType(db.pool, { workspaceId: a })).toEqual([]);
    await insertSyncEvent(db.pool, a, sa, { entityType: 'customer', createdAt: at(1) });
    const customer = await insertSyncEvent(db.pool, a, sa2, { entityType: 'customer', createdAt: at(5) });
    await insertSyncEvent(db.pool, a, sa, { entityType: 'customer', createdAt: at(3) });
    await insertSyncEvent(db.pool, a, sa, { entityType: 'subscription', createdAt: at(2) });
    const subscription = await insertSyncEvent(db.pool, a, sa, { entityType: 'subscription', createdAt: at(9) });
    // Ties on created_at: the greater id is the newer, as in every keyset order.
    const tiedA = await insertSyncEvent(db.pool, a, sa, { entityType: 'price', createdAt: at(4) });
    const tiedB = await insertSyncEvent(db.pool, a, sa, { entityType: 'price', createdAt: at(4) });
    const price = tiedA.id > tiedB.id ? tiedA : tiedB;
    // Newer events of other workspaces are invisible.
    await insertSyncEvent(db.pool, b, sb, { entityType: 'customer', createdAt: at(50) });
    await insertSyncEvent(db.pool, b, sb, { entityType: 'product', createdAt: at(50) });
    const latest = await syncEvents.getLatestSyncEventsByEntityType(db.pool, { workspaceId: a });
    expect(latest.map((r) => [r.entityType, r.id])).toEqual([
      ['customer', customer.id],
      ['price', price.id],
      ['subscription', subscription.id],
    ]);
    expect(latest[0]).toMatchObject({ workspaceId: a, sessionId: sa2, createdAt: at(5) });
  });

  it('probes the (workspace_id, entity_type, created_at, id) index instead of scanning all events', async () => {
    const { a, b, sa, sb } = await setup();
    // The log is partitioned by month (migration 0012): the events are spread over every partition
    // (the month before this one, which has none, in the DEFAULT partition; this month; the 3
    // created ahead), as a log's are, so that none is empty when analyzed (an empty analyzed
    // partition is planned as a Seq Scan of nothing, or through any index: it says nothing).
    await db.pool.query(
      `INSERT INTO payment_sync_events (workspace_id, session_id, provider_name, entity_type, event_type, created_at)
       SELECT w, s, 'stripe', (ARRAY['customer','product','price','subscription'])[1 + g % 4], 'created',
              ((date_trunc('month', now() AT TIME ZONE 'UTC') + (g % 5 - 1) * interval '1 month'
                + interval '14 days' + make_interval(secs => g)) AT TIME ZONE 'UTC')
       FROM generate_series(1, 10000) g,
            (VALUES ($1::uuid, $2::uuid), ($3::uuid, $4::uuid)) AS ws(w, s)`,
      [a, sa, b, sb],
    );
    await db.pool.query('ANALYZE payment_sync_events');
    const client = await db.pool.connect();
    try {
      // The statement the library sends, explained with the same parameter.
      const { query } = processSQLQueryIR(
        (GetLatestSyncEventsByEntityType.getLatestSyncEventsByEntityType as unknown as { queryIR: never }).queryIR,
        { workspaceId: a },
      );
      const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${query}`, [a]);
      if (process.env.SHOW_PLAN) console.log(JSON.stringify(rows[0]['QUERY PLAN'][0].Plan, null, 1));
      // A partition (and its index) stands for its table (and the table's index).
      const { rows: parts } = await client.query<{ child: string; parent: string }>(
        `SELECT i.inhrelid::regclass::text AS child, i.inhparent::regclass::text AS parent FROM pg_inherits i`,
      );
      const parentOf = new Map(parts.map((p) => [p.child, p.parent]));
      const scans = scansOf(rows[0]['QUERY PLAN'][0].Plan)
        .map((n) => ({
          ...n,
          relation: parentOf.get(n.relation) ?? n.relation,
          index: n.index && (parentOf.get(n.index) ?? n.index),
        }))
        .filter((n) => n.relation === 'payment_sync_events');
      // A probe of each partition (the DEFAULT one, this month, 3 ahead), run once per entity type.
      expect(scans.length).toBeGreaterThanOrEqual(5);
      for (const scan of scans)
        expect(scan).toEqual({
          relation: 'payment_sync_events',
          index: 'payment_sync_events_by_entity_type',
          type: expect.stringMatching(/Index/),
        });
    } finally {
      client.release();
    }
    const latest = await syncEvents.getLatestSyncEventsByEntityType(db.pool, { workspaceId: a });
    expect(latest.map((r) => r.entityType)).toEqual(['customer', 'product', 'price', 'subscription']);
    expect(latest.every((r) => r.workspaceId === a)).toBe(true);
    // Later tests snapshot every table: leave them small.
    await db.pool.query('DELETE FROM payment_sync_events WHERE workspace_id = ANY($1::uuid[])', [[a, b]]);
  });
});

describe('deleteSyncEventsBySession', () => {
  it("hard-deletes one session's events and resolves to the count; nothing elsewhere", async () => {
    const { a, b, sa, sa2, sb } = await setup();
    await seedEvents(a, sa, {}, 3, 2);
    const kept = await seedEvents(a, sa2, {}, 1, 1);
    await seedEvents(b, sb, {}, 2, 0);
    expect(
      await db.withoutWrites(() => syncEvents.deleteSyncEventsBySession(db.pool, { workspaceId: b, sessionId: sa })),
    ).toBe(0);
    expect(await syncEvents.deleteSyncEventsBySession(db.pool, { workspaceId: a, sessionId: sa })).toBe(5);
    expect(await syncEvents.countSyncEventsBySession(db.pool, { workspaceId: a, sessionId: sa })).toBe(0);
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM payment_sync_events WHERE session_id = $1', [
      sa,
    ]);
    expect(rows[0].n).toBe(0);
    expect(await syncEvents.countSyncEventsBySession(db.pool, { workspaceId: a, sessionId: sa2 })).toBe(kept.length);
    expect(await syncEvents.countSyncEventsBySession(db.pool, { workspaceId: b, sessionId: sb })).toBe(2);
    expect(
      await db.withoutWrites(() => syncEvents.deleteSyncEventsBySession(db.pool, { workspaceId: a, sessionId: sa })),
    ).toBe(0);
    // The events of a soft-deleted session can still be cleaned up.
    await syncSessions.deleteSyncSession(db.pool, { workspaceId: a, id: sa2 });
    expect(await syncEvents.deleteSyncEventsBySession(db.pool, { workspaceId: a, sessionId: sa2 })).toBe(2);
    await db.refusedWithoutWrites(
      () => syncEvents.deleteSyncEventsBySession(db.pool, { workspaceId: a, sessionId: 'all' }),
      InvalidParameterError,
    );
  });
});

describe('purgeSyncEvents', () => {
  it("deletes the workspace's events created before olderThan, in batches, and nothing else", async () => {
    const { a, b, sa, sb } = await setup();
    const cut = new Date('2026-06-01T00:00:00Z');
    // 2,345 old events in a (more than two default batches), 3 newer; b's old events are not a's.
    // Logged while the session ran (the factory's way: the open-session trigger lifted for the insert).
    await withTransaction(db.pool, async (tx) => {
      await tx.query('ALTER TABLE payment_sync_events DISABLE TRIGGER payment_sync_events_session_open');
      await tx.query(
        `INSERT INTO payment_sync_events (workspace_id, session_id, provider_name, entity_type, event_type, created_at)
         SELECT $1, $2, 'stripe', 'customer', 'created', $3::timestamptz - g * interval '1 second'
         FROM generate_series(1, 2345) g`,
        [a, sa, cut],
      );
      await tx.query('ALTER TABLE payment_sync_events ENABLE TRIGGER payment_sync_events_session_open');
    });
    const kept = [];
    for (let i = 0; i < 3; i++)
      kept.push((await insertSyncEvent(db.pool, a, sa, { createdAt: new Date(cut.getTime() + i) })).id);
    const other = await insertSyncEvent(db.pool, b, sb, { createdAt: new Date(cut.getTime() - 60_000) });
    const count = async (w: string) =>
      Number(
        (
          await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM payment_sync_events WHERE workspace_id = $1', [
            w,
          ])
        ).rows[0].n,
      );

    // A small batch size: several statements, the total reported.
    expect(await syncEvents.purgeSyncEvents(db.pool, { workspaceId: a, olderThan: cut, limit: 1000 })).toBe(2345);
    const { rows } = await db.pool.query<{ id: string }>(
      'SELECT id FROM payment_sync_events WHERE workspace_id = $1 ORDER BY created_at',
      [a],
    );
    expect(rows.map((r) => r.id)).toEqual(kept);
    expect(await count(b)).toBe(1);
    expect((await syncEvents.getSyncEvent(db.pool, { workspaceId: b, id: other.id }))?.id).toBe(other.id);
    // The sessions stay; a second purge finds nothing.
    expect(await syncSessions.getSyncSession(db.pool, { workspaceId: a, id: sa })).not.toBeNull();
    expect(await syncEvents.purgeSyncEvents(db.pool, { workspaceId: a, olderThan: cut })).toBe(0);
  });

  it('refuses a bad cut-off or limit before the database', async () => {
    const closed = await db.closedPool();
    for (const params of [
      { workspaceId: MISSING, olderThan: 'yesterday' },
      { workspaceId: MISSING, olderThan: new Date(), limit: 0 },
      { workspaceId: 'nope', olderThan: new Date() },
    ]) {
      await expect(syncEvents.purgeSyncEvents(closed, params as never)).rejects.toBeInstanceOf(InvalidParameterError);
    }
  });
});
