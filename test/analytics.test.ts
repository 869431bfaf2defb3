// The monitoring queries, checked against datasets whose counts are known
// (computed here, in JS, from the arrays the rows were built from), and
// their plans checked for index paths on a multi-tenant dataset.
import { processSQLQueryIR } from '@pgtyped/runtime';
import { describe, expect, it } from 'vitest';
import * as GetProviderSyncStatusByWorkspace from '../generated/analytics/GetProviderSyncStatusByWorkspace.js';
import * as GetWorkspaceSyncSummary from '../generated/analytics/GetWorkspaceSyncSummary.js';
import * as analytics from '../src/analytics.js';
import { InvalidParameterError } from '../src/errors.js';
import { ENTITY_SYNC_STATUSES, ENTITY_TYPES, type EntitySyncStatus, type EntityType } from '../src/vocabulary.js';
import { useDatabase } from './support/database.js';
import {
  EVENT_SESSION_TRIGGER,
  insertSyncEvent,
  insertSyncSession,
  insertWorkspace,
  snapshot,
} from './support/factories.js';

const db = useDatabase();

/** Deterministic pseudo-random numbers (mulberry32), so a failure reproduces. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Spec {
  provider: string | null;
  status: EntitySyncStatus;
  syncedAt: Date | null;
  deleted: boolean;
}
type Dataset = Record<EntityType, Spec[]>;

function makeSpecs(rng: () => number, n: number): Spec[] {
  return Array.from({ length: n }, () => {
    const provider = [null, 'stripe', 'stripe', 'chargebee'][Math.floor(rng() * 4)];
    const status = ENTITY_SYNC_STATUSES[Math.floor(rng() * 4)];
    const syncedAt = rng() < 0.6 ? new Date(Date.UTC(2025, 0, 1) + Math.floor(rng() * 365 * 86_400_000)) : null;
    return { provider, status, syncedAt, deleted: rng() < 0.15 };
  });
}

const TABLE: Record<EntityType, string> = {
  customer: 'customers',
  product: 'products',
  price: 'prices',
  subscription: 'subscriptions',
};

/**
 * Inserts the rows of `data` into `workspaceId` (one INSERT ... SELECT FROM unnest per table).
 * The first row of each table is the parent of the next table's rows, and is part of the dataset.
 */
async function load(workspaceId: string, data: Dataset): Promise<void> {
  const ids: Partial<Record<EntityType, string>> = {};
  for (const type of ENTITY_TYPES) {
    const specs = data[type];
    const extra: Record<EntityType, [string, string, unknown[]]> = {
      customer: ['', '', []],
      product: [', name', `, 'Product ' || ord`, []],
      price: [', product_id, currency, unit_amount, type', `, $7::uuid, 'usd', 100, 'one_time'`, [ids.product]],
      subscription: [', customer_id, price_id, status', `, $7::uuid, $8::uuid, 'active'`, [ids.customer, ids.price]],
    };
    const [columns, values, params] = extra[type];
    const { rows } = await db.pool.query<{ id: string }>(
      `INSERT INTO ${TABLE[type]} (workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at, deleted_at${columns})
       SELECT $1::uuid, p, CASE WHEN p IS NULL THEN NULL ELSE $6::text || ord END, s, sa,
              CASE WHEN d THEN now() END${values}
       FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::boolean[]) WITH ORDINALITY AS t(p, s, sa, d, ord)
       ORDER BY ord
       RETURNING id`,
      [
        workspaceId,
        specs.map((s) => s.provider),
        specs.map((s) => s.status),
        specs.map((s) => s.syncedAt),
        specs.map((s) => s.deleted),
        `${type}_`,
        ...params,
      ],
    );
    ids[type] = rows[0].id;
  }
}

function expectedCounts(specs: Spec[], provider?: string) {
  const live = specs.filter((s) => !s.deleted && (provider === undefined || s.provider === provider));
  const by = (status: EntitySyncStatus) => live.filter((s) => s.status === status).length;
  const times = live.map((s) => s.syncedAt?.getTime()).filter((t): t is number => t !== undefined);
  return {
    total: live.length,
    pending: by('pending'),
    synced: by('synced'),
    failed: by('failed'),
    conflict: by('conflict'),
    lastSyncedAt: times.length === 0 ? null : new Date(Math.max(...times)),
  };
}

const day = (d: number) => new Date(Date.UTC(2026, 0, d));

/** Sessions and events of a workspace; returns what the summary must say about them. */
async function loadSessions(workspaceId: string, rng: () => number) {
  const sessions = [
    { status: 'completed', completedAt: day(3) },
    { status: 'completed', completedAt: day(9) },
    { status: 'completed', completedAt: day(5) },
    { status: 'failed', completedAt: day(20) },
    { status: 'failed' },
    { status: 'cancelled' },
    { status: 'pending', providerName: 'stripe', sessionType: 'full' },
    { status: 'running', providerName: 'stripe', sessionType: 'incremental' },
    { status: 'pending', providerName: 'chargebee', sessionType: 'full' },
    // Soft-deleted: not counted, and its later completion is not the last one.
    { status: 'completed', completedAt: day(25), deletedAt: new Date() },
    { status: 'running', providerName: 'stripe', sessionType: 'full', deletedAt: new Date() },
  ];
  let events = 0;
  for (const s of sessions) {
    const row = await insertSyncSession(db.pool, workspaceId, s);
    // Events have no soft delete: those of a soft-deleted session still count.
    const n = Math.floor(rng() * 5);
    for (let i = 0; i < n; i++) await insertSyncEvent(db.pool, workspaceId, row.id, { eventType: 'updated' });
    events += n;
  }
  const live = sessions.filter((s) => !s.deletedAt);
  const count = (status: string) => live.filter((s) => s.status === status).length;
  return {
    sessionsTotal: live.length,
    sessionsPending: count('pending'),
    sessionsRunning: count('running'),
    sessionsCompleted: count('completed'),
    sessionsFailed: count('failed'),
    sessionsCancelled: count('cancelled'),
    lastCompletedSyncAt: day(9),
    eventsTotal: events,
  };
}

describe('getWorkspaceSyncSummary and getProviderSyncStatusByWorkspace on a known dataset', () => {
  const rng = random(20260101);
  const dataA: Dataset = {
    customer: makeSpecs(rng, 400),
    product: makeSpecs(rng, 300),
    price: makeSpecs(rng, 200),
    subscription: makeSpecs(rng, 150),
  };
  const dataB: Dataset = {
    customer: makeSpecs(rng, 120),
    product: makeSpecs(rng, 90),
    price: makeSpecs(rng, 60),
    subscription: makeSpecs(rng, 30),
  };

  it('counts sessions, events and live entities by sync status, for the workspace only', async () => {
    const a = (await insertWorkspace(db.pool, { name: 'Summary A' })).id;
    const b = (await insertWorkspace(db.pool, { name: 'Summary B' })).id;
    await load(a, dataA);
    await load(b, dataB);
    const sessionsA = await loadSessions(a, rng);
    const sessionsB = await loadSessions(b, rng);

    for (const [workspaceId, name, data, sessions] of [
      [a, 'Summary A', dataA, sessionsA],
      [b, 'Summary B', dataB, sessionsB],
    ] as const) {
      const expected: Record<string, unknown> = { workspaceId, workspaceName: name, ...sessions };
      for (const type of ENTITY_TYPES) {
        const { lastSyncedAt: _, ...counts } = expectedCounts(data[type]);
        for (const [key, value] of Object.entries(counts)) {
          expected[`${TABLE[type]}${key[0].toUpperCase()}${key.slice(1)}`] = value;
        }
      }
      const summary = await analytics.getWorkspaceSyncSummary(db.pool, { workspaceId });
      expect(summary).toEqual(expected);
    }
    // The dataset is not degenerate: every number the test relies on is there.
    expect(expectedCounts(dataA.customer).conflict).toBeGreaterThan(0);
    expect(dataA.customer.some((s) => s.deleted)).toBe(true);
  });

  it('reports one row per entity type for one provider, with the latest sync time', async () => {
    const a = (await insertWorkspace(db.pool)).id;
    const b = (await insertWorkspace(db.pool)).id;
    await load(a, dataA);
    await load(b, dataB);
    for (const [workspaceId, data] of [
      [a, dataA],
      [b, dataB],
    ] as const) {
      for (const provider of ['stripe', 'chargebee']) {
        const rows = await analytics.getProviderSyncStatusByWorkspace(db.pool, {
          workspaceId,
          paymentProvider: provider,
        });
        expect(rows).toEqual(
          ENTITY_TYPES.map((entityType) => ({ entityType, ...expectedCounts(data[entityType], provider) })),
        );
      }
    }
    const none = await analytics.getProviderSyncStatusByWorkspace(db.pool, {
      workspaceId: a,
      paymentProvider: 'paddle',
    });
    expect(none).toEqual(
      ENTITY_TYPES.map((entityType) => ({
        entityType,
        total: 0,
        pending: 0,
        synced: 0,
        failed: 0,
        conflict: 0,
        lastSyncedAt: null,
      })),
    );
    const row = none[0];
    const typed: { entityType: EntityType; total: number; lastSyncedAt: Date | null } = row;
    expect(typed.total).toBe(0);
  });

  it("is null for an unknown or soft-deleted workspace; another workspace's id sees only that workspace", async () => {
    const ws = await insertWorkspace(db.pool);
    expect(
      await analytics.getWorkspaceSyncSummary(db.pool, { workspaceId: '00000000-0000-4000-8000-000000000000' }),
    ).toBeNull();
    const empty = await analytics.getWorkspaceSyncSummary(db.pool, { workspaceId: ws.id });
    expect(empty).toMatchObject({ sessionsTotal: 0, eventsTotal: 0, customersTotal: 0, lastCompletedSyncAt: null });
    await db.pool.query('UPDATE workspaces SET deleted_at = now() WHERE id = $1', [ws.id]);
    expect(await analytics.getWorkspaceSyncSummary(db.pool, { workspaceId: ws.id })).toBeNull();
  });

  it('is read-only and refuses a malformed uuid or bad provider before touching the database', async () => {
    const ws = await insertWorkspace(db.pool);
    const before = await snapshot(db.pool);
    await analytics.getWorkspaceSyncSummary(db.pool, { workspaceId: ws.id });
    await analytics.getProviderSyncStatusByWorkspace(db.pool, { workspaceId: ws.id, paymentProvider: 'stripe' });
    expect(await snapshot(db.pool)).toEqual(before);
    const pool = await db.closedPool();
    const refused = [
      () => analytics.getWorkspaceSyncSummary(pool, { workspaceId: 'nope' }),
      () => analytics.getWorkspaceSyncSummary(pool, {} as never),
      () => analytics.getProviderSyncStatusByWorkspace(pool, { workspaceId: 'nope', paymentProvider: 'stripe' }),
      () => analytics.getProviderSyncStatusByWorkspace(pool, { workspaceId: ws.id, paymentProvider: 'Stripe' }),
      () => analytics.getProviderSyncStatusByWorkspace(pool, { workspaceId: ws.id } as never),
    ];
    for (const call of refused) await expect(call()).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

// ---- Plans: on a multi-tenant dataset, every table with rows is read through an index.

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

async function explain(query: unknown, params: Record<string, unknown>): Promise<PlanNode> {
  const ir = (query as { queryIR: unknown }).queryIR;
  const { query: text, bindings } = processSQLQueryIR(ir as never, params as never);
  const { rows } = await db.pool.query(`EXPLAIN (FORMAT JSON) ${text}`, bindings as unknown[]);
  return rows[0]['QUERY PLAN'][0].Plan;
}

interface Scan {
  type: string;
  relation: string;
  /** The index read: the node's own, or that of the Bitmap Index Scan(s) under a Bitmap Heap Scan. */
  index?: string;
}

/** A partition (and its index) by name, to its table (and the table's index): filled by the plans test. */
const PARENT_OF = new Map<string, string>();

function scansOf(node: PlanNode): Scan[] {
  const indexesUnder = (n: PlanNode): string[] => [
    ...(n['Index Name'] ? [n['Index Name']] : []),
    ...(n.Plans ?? []).filter((c) => !c['Relation Name']).flatMap(indexesUnder),
  ];
  const parent = (name: string) => PARENT_OF.get(name) ?? name;
  const own = node['Relation Name']
    ? [
        {
          type: node['Node Type'],
          relation: parent(node['Relation Name']),
          index: indexesUnder(node).map(parent).join(',') || undefined,
        },
      ]
    : [];
  return [...own, ...(node.Plans ?? []).flatMap(scansOf)];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * VACUUM ANALYZE until every page of these tables is all-visible, the steady
 * state autovacuum keeps in production (an autovacuum ANALYZE running during
 * the load can hold back the first VACUUM).
 */
async function settle(tables: string[]) {
  for (let attempt = 0; attempt < 40; attempt++) {
    await db.pool.query(`VACUUM ANALYZE ${tables.join(', ')}`);
    // A partitioned table's pages are its partitions' (migration 0012).
    const { rows } = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class
       WHERE COALESCE(pg_partition_root(oid), oid)::regclass::text = ANY($1::text[]) AND relallvisible < relpages`,
      [tables],
    );
    if (rows[0].n === 0) return;
    await sleep(250);
  }
  throw new Error('tables never became all-visible');
}

describe('plans', () => {
  it('read every table with enough rows through an index, with no join fan-out', { timeout: 120_000 }, async () => {
    // 10 workspaces x 5,000 rows per entity table, 50,000 events, 1,000 sessions.
    const { rows: workspaces } = await db.pool.query<{ id: string }>(
      `INSERT INTO workspaces (name) SELECT 'plan ' || g FROM generate_series(1, 10) g RETURNING id`,
    );
    const all = workspaces.map((w) => w.id);
    const target = all[0];
    const status = `(ARRAY['pending','synced','failed','conflict'])[1 + g % 4]`;
    const provider = `(ARRAY['stripe','chargebee','paddle'])[1 + g % 3]`;
    const ws = `($1::uuid[])[1 + g % 10]`;
    await db.pool.query(
      `INSERT INTO customers (workspace_id, id, payment_provider, external_id, payment_sync_status, payment_synced_at)
       SELECT ${ws}, ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, ${provider}, 'c' || g, ${status},
              CASE WHEN g % 4 = 1 THEN now() END
       FROM generate_series(1, 50000) g`,
      [all],
    );
    await db.pool.query(
      `INSERT INTO products (workspace_id, id, name, payment_provider, external_id, payment_sync_status)
       SELECT ${ws}, ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'p', ${provider}, 'p' || g, ${status}
       FROM generate_series(1, 50000) g`,
      [all],
    );
    // Each price belongs to the product with the same number (same workspace: same g % 10).
    await db.pool.query(
      `INSERT INTO prices (workspace_id, id, product_id, currency, unit_amount, type, payment_provider, external_id, payment_sync_status)
       SELECT ${ws}, ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
              ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'usd', 100, 'one_time', ${provider}, 'pr' || g, ${status}
       FROM generate_series(1, 50000) g`,
      [all],
    );
    await db.pool.query(
      `INSERT INTO subscriptions (workspace_id, customer_id, price_id, status, payment_provider, external_id, payment_sync_status)
       SELECT ${ws}, ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
              ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'active', ${provider}, 's' || g, ${status}
       FROM generate_series(1, 50000) g`,
      [all],
    );
    await db.pool.query(
      `INSERT INTO payment_sync_sessions (workspace_id, provider_name, session_type, status)
       SELECT ${ws}, 'stripe', 'full', (ARRAY['completed','failed','cancelled'])[1 + g % 3] FROM generate_series(1, 1000) g`,
      [all],
    );
    // History: events logged while the sessions ran (the trigger refuses new events for finished sessions).
    await db.pool.query(`ALTER TABLE payment_sync_events DISABLE TRIGGER ${EVENT_SESSION_TRIGGER}`);
    // The log is partitioned by month (migration 0012): its events are spread over every partition
    // (the month before this one, which has none, in the DEFAULT partition; this month; the 3
    // created ahead), as a log's are, so that none is empty when analyzed (an empty analyzed
    // partition is planned as a Seq Scan of nothing: it would say nothing about the indexes).
    await db.pool.query(
      `INSERT INTO payment_sync_events (workspace_id, session_id, provider_name, entity_type, event_type, created_at)
       SELECT s.workspace_id, s.id, 'stripe', 'customer', 'created',
              (date_trunc('month', now() AT TIME ZONE 'UTC') + (g % 5 - 1) * interval '1 month'
               + interval '14 days' + make_interval(secs => g)) AT TIME ZONE 'UTC'
       FROM payment_sync_sessions s CROSS JOIN generate_series(1, 50) g
       WHERE s.workspace_id = ANY($1::uuid[])`,
      [all],
    );
    await db.pool.query(`ALTER TABLE payment_sync_events ENABLE TRIGGER ${EVENT_SESSION_TRIGGER}`);
    await settle([
      'workspaces',
      'customers',
      'products',
      'prices',
      'subscriptions',
      'payment_sync_sessions',
      'payment_sync_events',
    ]);
    const { rows: parts } = await db.pool.query<{ child: string; parent: string }>(
      `SELECT inhrelid::regclass::text AS child, inhparent::regclass::text AS parent FROM pg_inherits`,
    );
    for (const { child, parent } of parts) PARENT_OF.set(child, parent);
    // A partitioned table's rows are its partitions' (migration 0012).
    const { rows: sizes } = await db.pool.query<{ relname: string; reltuples: number }>(
      `SELECT COALESCE(pg_partition_root(oid), oid)::regclass::text AS relname, sum(reltuples)::float8 AS reltuples
       FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace GROUP BY 1`,
    );
    const big = new Set(sizes.filter((s) => s.reltuples >= 1000).map((s) => s.relname));
    expect([...big].sort()).toEqual([
      'customers',
      'payment_sync_events',
      'payment_sync_sessions',
      'prices',
      'products',
      'subscriptions',
    ]);

    const summaryScans = scansOf(
      await explain(GetWorkspaceSyncSummary.getWorkspaceSyncSummary, { workspaceId: target }),
    );
    const providerScans = scansOf(
      await explain(GetProviderSyncStatusByWorkspace.getProviderSyncStatusByWorkspace, {
        workspaceId: target,
        paymentProvider: 'stripe',
      }),
    );
    for (const scans of [summaryScans, providerScans]) {
      expect(scans.filter((scan) => scan.type === 'Seq Scan' && big.has(scan.relation))).toEqual([]);
    }
    // Each entity table is counted on its own (no join between them, so no fan-out): one
    // index-only count per sync status over its sync-status index, so the heap is never read.
    const perStatus = (table: string, index: string) =>
      Array.from({ length: 4 }, () => ({ type: 'Index Only Scan', relation: table, index }));
    for (const table of ['customers', 'products', 'prices', 'subscriptions']) {
      expect(summaryScans.filter((scan) => scan.relation === table)).toEqual(
        perStatus(table, `${table}_by_sync_status`),
      );
      // Counts over the provider index; the latest payment_synced_at is a fifth, separate read.
      const reads = providerScans.filter((scan) => scan.relation === table);
      expect(reads).toHaveLength(5);
      expect(reads.filter((scan) => scan.index === `${table}_by_provider_status`)).toEqual(
        perStatus(table, `${table}_by_provider_status`),
      );
    }
    // One index-only count per partition of the log (the DEFAULT one, this month, 3 ahead).
    const eventScans = summaryScans.filter((scan) => scan.relation === 'payment_sync_events');
    expect(eventScans.length).toBeGreaterThanOrEqual(5);
    for (const scan of eventScans) {
      expect(scan).toEqual({
        type: 'Index Only Scan',
        relation: 'payment_sync_events',
        index: expect.stringMatching(/^payment_sync_events_by_/),
      });
    }
    // The per-provider report does not read the workspaces table at all.
    expect(providerScans.every((scan) => scan.relation !== 'workspaces')).toBe(true);

    // And the numbers are right on this dataset too (expected from the generate_series rules).
    const summary = await analytics.getWorkspaceSyncSummary(db.pool, { workspaceId: target });
    // Target is all[0]: g % 10 = 0, so g = 10, 20, ..., 50000: 5,000 rows; g % 4 over those is 2, 0, 2, 0, ...
    expect(summary).toMatchObject({
      customersTotal: 5000,
      customersPending: 2500,
      customersFailed: 2500,
      customersSynced: 0,
      customersConflict: 0,
      sessionsTotal: 100,
      eventsTotal: 5000,
    });
  });
});
