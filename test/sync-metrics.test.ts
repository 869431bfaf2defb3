// registerSyncMetrics (src/opentelemetry/metrics.ts) against real PostgreSQL and the
// OpenTelemetry SDK's in-memory exporter: the gauges' names, units, attributes and exact values
// per workspace, only the workspaces named, the maxWorkspaces cap, the summed mode, unregister,
// failures (an ended pool, an unknown workspace, a throwing workspace list, a deadline) reported
// to onError without throwing out of the collection, and values that follow the rows.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import type pg from 'pg';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConnectionError, InvalidParameterError } from '../src/index.js';
import { registerSyncMetrics, type SyncMetricsOptions } from '../src/opentelemetry.js';
import { useDatabase } from './support/database.js';
import {
  insertCustomer,
  insertPrice,
  insertProduct,
  insertSubscription,
  insertSyncSession,
  insertWebhookEvent,
  insertWorkspace,
} from './support/factories.js';

const db = useDatabase({ poolSize: 12 });

interface Point {
  name: string;
  unit: string;
  attributes: Record<string, unknown>;
  value: number;
}

const harnesses: { shutdown(): Promise<void> }[] = [];
// Unregistered first: a periodic reader's shutdown collects once more.
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.shutdown()));
  vi.restoreAllMocks();
});

/** A MeterProvider with one reader (exporting to memory on forceFlush) and registerSyncMetrics on it. */
function harness(pool: pg.Pool, options: SyncMetricsOptions, temporality = AggregationTemporality.CUMULATIVE) {
  const exporter = new InMemoryMetricExporter(temporality);
  const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 });
  const provider = new MeterProvider({ readers: [reader] });
  const metrics = registerSyncMetrics(provider.getMeter('payment-sync-db'), pool, options);
  const h = {
    metrics,
    provider,
    /** One collection and export: every point exported, flattened. */
    async collect(): Promise<Point[]> {
      exporter.reset();
      await reader.forceFlush();
      // Nothing observed at all: the reader exports nothing.
      const exported = exporter.getMetrics();
      expect(exported.length).toBeLessThanOrEqual(1);
      return (exported[0]?.scopeMetrics ?? []).flatMap((scope) =>
        scope.metrics.flatMap((metric) =>
          metric.dataPoints.map((point) => ({
            name: metric.descriptor.name,
            unit: metric.descriptor.unit,
            attributes: point.attributes,
            value: point.value as number,
          })),
        ),
      );
    },
    shutdown: () => {
      metrics.unregister();
      return provider.shutdown();
    },
  };
  harnesses.push(h);
  return h;
}

const W = 'payment_sync.workspace_id';
const ENTITY_TYPES = ['customer', 'product', 'price', 'subscription'];
const STATUSES = ['pending', 'synced', 'failed', 'conflict'];

/** The points of one gauge (and one workspace, when given), as `attribute values... -> value`. */
function values(points: Point[], name: string, workspaceId?: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of points) {
    if (p.name !== name) continue;
    if (workspaceId !== undefined && p.attributes[W] !== workspaceId) continue;
    const rest = Object.entries(p.attributes)
      .filter(([k]) => workspaceId === undefined || k !== W)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, v]) => String(v));
    const key = rest.join('/');
    if (key in out) throw new Error(`${name}: two points for ${key}`);
    out[key] = p.value;
  }
  return out;
}

/** Every (provider, entity type, status) of `providers`, zero unless `nonZero` says otherwise; keys as `values` sorts them (entity_type/provider/sync_status). */
function entities(providers: string[], nonZero: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const provider of providers) {
    for (const type of ENTITY_TYPES) {
      for (const status of STATUSES)
        out[`${type}/${provider}/${status}`] = nonZero[`${provider}/${type}/${status}`] ?? 0;
    }
  }
  return out;
}

const ago = (seconds: number) => new Date(Date.now() - seconds * 1000);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let a: string;
let b: string;
let c: string;

beforeAll(async () => {
  const pool = db.pool;
  a = (await insertWorkspace(pool)).id;
  b = (await insertWorkspace(pool)).id;
  c = (await insertWorkspace(pool)).id;

  // Workspace a: stripe and chargebee rows in known statuses; a paddle row (not a provider asked
  // for) and a soft-deleted row are not counted.
  const c1 = await insertCustomer(pool, a, { paymentSyncStatus: 'synced' });
  await insertCustomer(pool, a, { paymentSyncStatus: 'synced' });
  await insertCustomer(pool, a, { paymentSyncStatus: 'failed' });
  await insertCustomer(pool, a, { paymentSyncStatus: 'conflict', paymentProvider: 'chargebee' });
  await insertCustomer(pool, a, { paymentSyncStatus: 'pending', paymentProvider: 'paddle' });
  await insertCustomer(pool, a, { paymentSyncStatus: 'pending', deletedAt: new Date() });
  const product = await insertProduct(pool, a, { paymentSyncStatus: 'synced' });
  const price = await insertPrice(pool, a, product.id, { paymentSyncStatus: 'pending' });
  await insertSubscription(pool, a, { customerId: c1.id, priceId: price.id }, { paymentSyncStatus: 'synced' });
  // Sessions: 2 active (running, pending), 1 failed (another soft-deleted), completed 120 s and an hour ago.
  await insertSyncSession(pool, a, { status: 'running' });
  await insertSyncSession(pool, a, { status: 'pending', providerName: 'chargebee', sessionType: 'incremental' });
  await insertSyncSession(pool, a, { status: 'failed', sessionType: 'incremental' });
  await insertSyncSession(pool, a, { status: 'failed', sessionType: 'webhook', deletedAt: new Date() });
  await insertSyncSession(pool, a, {
    status: 'completed',
    providerName: 'chargebee',
    startedAt: ago(180),
    completedAt: ago(120),
  });
  await insertSyncSession(pool, a, {
    status: 'completed',
    sessionType: 'webhook',
    startedAt: ago(3700),
    completedAt: ago(3600),
  });
  // Inbox: waiting 2 pending + 1 processing + 1 failed; 2 dead; processed and ignored are not waiting.
  for (const status of ['pending', 'pending', 'processing', 'failed', 'dead', 'dead', 'processed', 'ignored']) {
    await insertWebhookEvent(pool, a, { status });
  }

  // Workspace b: one pending customer, no session at all, one dead event.
  await insertCustomer(pool, b, { paymentSyncStatus: 'pending' });
  await insertWebhookEvent(pool, b, { status: 'dead' });

  // Workspace c is never named: its rows must not show.
  await insertCustomer(pool, c, { paymentSyncStatus: 'synced' });
  await insertSyncSession(pool, c, { status: 'running' });
  await insertWebhookEvent(pool, c, { status: 'pending' });
});

describe('registerSyncMetrics', () => {
  it('reports each named workspace: entities by provider, type and status, sessions, last sync age, inbox', async () => {
    const onError = vi.fn();
    const h = harness(db.pool, { workspaceIds: [a, b], onError });
    const started = Date.now();
    const points = await h.collect();
    const elapsed = (Date.now() - started) / 1000;
    expect(onError).not.toHaveBeenCalled();

    expect(values(points, 'payment_sync.entities', a)).toEqual(
      entities(['stripe', 'chargebee'], {
        'stripe/customer/synced': 2,
        'stripe/customer/failed': 1,
        'stripe/product/synced': 1,
        'stripe/price/pending': 1,
        'stripe/subscription/synced': 1,
        'chargebee/customer/conflict': 1,
      }),
    );
    expect(values(points, 'payment_sync.entities', b)).toEqual(
      entities(['stripe', 'chargebee'], { 'stripe/customer/pending': 1 }),
    );
    expect(values(points, 'payment_sync.sessions.active', a)).toEqual({ '': 2 });
    expect(values(points, 'payment_sync.sessions.failed', a)).toEqual({ '': 1 });
    expect(values(points, 'payment_sync.sessions.active', b)).toEqual({ '': 0 });
    expect(values(points, 'payment_sync.sessions.failed', b)).toEqual({ '': 0 });
    expect(values(points, 'payment_sync.inbox.depth', a)).toEqual({ '': 4 });
    expect(values(points, 'payment_sync.inbox.dead', a)).toEqual({ '': 2 });
    expect(values(points, 'payment_sync.inbox.depth', b)).toEqual({ '': 0 });
    expect(values(points, 'payment_sync.inbox.dead', b)).toEqual({ '': 1 });
    expect(values(points, 'payment_sync.collection.success')).toEqual({ [a]: 1, [b]: 1 });

    // The latest completed session (120 s ago, not the one an hour ago); b has none: no point at all.
    const ages = values(points, 'payment_sync.last_completed_sync.age');
    expect(Object.keys(ages)).toEqual([a]);
    expect(ages[a]).toBeGreaterThanOrEqual(120);
    expect(ages[a]).toBeLessThan(120 + elapsed + 1);

    // Only the named workspaces, each point with exactly the documented attributes.
    expect(new Set(points.map((p) => p.attributes[W]))).toEqual(new Set([a, b]));
    for (const p of points) {
      const keys = Object.keys(p.attributes).sort();
      expect(keys).toEqual(
        p.name === 'payment_sync.entities'
          ? ['payment_sync.entity_type', 'payment_sync.provider', 'payment_sync.sync_status', W]
          : [W],
      );
    }
    // 2 workspaces x (32 entity points + active + failed + depth + dead + success) + a's age.
    expect(points).toHaveLength(2 * (32 + 5) + 1);

    // Units per the OpenTelemetry conventions.
    const units = Object.fromEntries(points.map((p) => [p.name, p.unit]));
    expect(units).toEqual({
      'payment_sync.entities': '{entity}',
      'payment_sync.sessions.active': '{session}',
      'payment_sync.sessions.failed': '{session}',
      'payment_sync.last_completed_sync.age': 's',
      'payment_sync.inbox.depth': '{event}',
      'payment_sync.inbox.dead': '{event}',
      'payment_sync.collection.success': '1',
    });
  });

  it('counts the providers asked for only, and reads the workspace list anew on each collection', async () => {
    const named: string[][] = [[a], [b, c]];
    const list = vi.fn(async () => named.shift() ?? []);
    const h = harness(db.pool, { workspaceIds: list, providers: ['paddle'] });
    let points = await h.collect();
    expect(values(points, 'payment_sync.entities', a)).toEqual(entities(['paddle'], { 'paddle/customer/pending': 1 }));
    expect(new Set(points.map((p) => p.attributes[W]))).toEqual(new Set([a]));
    points = await h.collect();
    expect(values(points, 'payment_sync.entities', c)).toEqual(entities(['paddle'], {}));
    expect(values(points, 'payment_sync.sessions.active', c)).toEqual({ '': 1 });
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('marks a workspace no longer named with success 0, once (the SDK keeps its last values when cumulative)', async () => {
    for (const temporality of [AggregationTemporality.CUMULATIVE, AggregationTemporality.DELTA]) {
      const named = [[a, b], [a], [a]];
      const h = harness(db.pool, { workspaceIds: () => named.shift() ?? [] }, temporality);
      let points = await h.collect();
      expect(values(points, 'payment_sync.collection.success')).toEqual({ [a]: 1, [b]: 1 });
      points = await h.collect();
      expect(values(points, 'payment_sync.collection.success')).toEqual({ [a]: 1, [b]: 0 });
      const bNames = new Set(points.filter((p) => p.attributes[W] === b).map((p) => p.name));
      if (temporality === AggregationTemporality.DELTA) {
        // Delta: only what this collection observed.
        expect(bNames).toEqual(new Set(['payment_sync.collection.success']));
      } else {
        // Cumulative: every attribute set ever observed is exported again, b's last values included.
        expect(bNames).toContain('payment_sync.inbox.dead');
      }
      points = await h.collect();
      const success = values(points, 'payment_sync.collection.success');
      expect(success).toEqual(temporality === AggregationTemporality.DELTA ? { [a]: 1 } : { [a]: 1, [b]: 0 });
    }
  });

  it('caps the workspaces at maxWorkspaces, keeping the first ones, with one process warning', async () => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const h = harness(db.pool, { workspaceIds: [a, b, a, c], maxWorkspaces: 2 });
    for (let i = 0; i < 2; i++) {
      const points = await h.collect();
      expect(values(points, 'payment_sync.collection.success')).toEqual({ [a]: 1, [b]: 1 });
      expect(new Set(points.map((p) => p.attributes[W]))).toEqual(new Set([a, b]));
    }
    expect(warning).toHaveBeenCalledTimes(1);
    expect(String(warning.mock.calls[0][0])).toMatch(/3 workspaces given, maxWorkspaces is 2: the 1 after the first 2/);
  });

  it('warns once when the entity series would pass the SDK cardinality limit', async () => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const many = Array.from({ length: 63 }, () => randomUUID());
    // 63 x 2 providers x 16 = 2016 series: over 2000 (unknown workspaces: read and reported, nothing else).
    const h = harness(db.pool, { workspaceIds: many, maxWorkspaces: 100, onError: () => {}, concurrency: 8 });
    await h.collect();
    await h.collect();
    expect(warning).toHaveBeenCalledTimes(1);
    expect(String(warning.mock.calls[0][0])).toMatch(/2016 series.*cardinality limit of 2000/);
  });

  it('sums over the workspaces without a workspace attribute when perWorkspace is false', async () => {
    const h = harness(db.pool, { workspaceIds: [a, b], perWorkspace: false });
    const points = await h.collect();
    expect(points.every((p) => !(W in p.attributes))).toBe(true);
    expect(values(points, 'payment_sync.entities')).toEqual(
      entities(['stripe', 'chargebee'], {
        'stripe/customer/synced': 2,
        'stripe/customer/failed': 1,
        'stripe/customer/pending': 1,
        'stripe/product/synced': 1,
        'stripe/price/pending': 1,
        'stripe/subscription/synced': 1,
        'chargebee/customer/conflict': 1,
      }),
    );
    expect(values(points, 'payment_sync.sessions.active')).toEqual({ '': 2 });
    expect(values(points, 'payment_sync.sessions.failed')).toEqual({ '': 1 });
    expect(values(points, 'payment_sync.inbox.depth')).toEqual({ '': 4 });
    expect(values(points, 'payment_sync.inbox.dead')).toEqual({ '': 3 });
    expect(values(points, 'payment_sync.collection.success')).toEqual({ '': 1 });
    expect(values(points, 'payment_sync.last_completed_sync.age')['']).toBeGreaterThanOrEqual(120);
  });

  it('follows the rows: a second collection reads the new values', async () => {
    const w = (await insertWorkspace(db.pool)).id;
    const customer = await insertCustomer(db.pool, w, { paymentSyncStatus: 'failed' });
    const h = harness(db.pool, { workspaceIds: [w], providers: ['stripe'] });
    let points = await h.collect();
    expect(values(points, 'payment_sync.entities', w)).toEqual(entities(['stripe'], { 'stripe/customer/failed': 1 }));
    expect(values(points, 'payment_sync.inbox.depth', w)).toEqual({ '': 0 });
    expect(values(points, 'payment_sync.last_completed_sync.age', w)).toEqual({});

    await db.pool.query(`UPDATE customers SET payment_sync_status = 'synced' WHERE id = $1`, [customer.id]);
    await insertCustomer(db.pool, w, { paymentSyncStatus: 'conflict' });
    await insertWebhookEvent(db.pool, w, { status: 'pending' });
    await insertWebhookEvent(db.pool, w, { status: 'failed' });
    await insertSyncSession(db.pool, w, { status: 'completed', startedAt: ago(20), completedAt: ago(10) });
    points = await h.collect();
    expect(values(points, 'payment_sync.entities', w)).toEqual(
      entities(['stripe'], { 'stripe/customer/synced': 1, 'stripe/customer/conflict': 1 }),
    );
    expect(values(points, 'payment_sync.inbox.depth', w)).toEqual({ '': 2 });
    const age = values(points, 'payment_sync.last_completed_sync.age', w)[''];
    expect(age).toBeGreaterThanOrEqual(10);
    expect(age).toBeLessThan(40);
  });

  it('stops collecting after unregister()', async () => {
    const list = vi.fn(() => [a]);
    const h = harness(db.pool, { workspaceIds: list });
    await h.collect();
    expect(list).toHaveBeenCalledTimes(1);
    h.metrics.unregister();
    h.metrics.unregister();
    await h.collect();
    await h.collect();
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('shares one collection between readers collecting at the same time', async () => {
    const list = vi.fn(async () => {
      await sleep(50);
      return [a];
    });
    const exporters = [1, 2].map(() => new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE));
    const readers = exporters.map(
      (exporter) => new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 }),
    );
    const provider = new MeterProvider({ readers });
    const metrics = registerSyncMetrics(provider.getMeter('payment-sync-db'), db.pool, { workspaceIds: list });
    harnesses.push({
      shutdown: () => {
        metrics.unregister();
        return provider.shutdown();
      },
    });
    await Promise.all(readers.map((reader) => reader.forceFlush()));
    expect(list).toHaveBeenCalledTimes(1);
    for (const exporter of exporters) {
      const names = exporter.getMetrics()[0].scopeMetrics.flatMap((s) => s.metrics.map((m) => m.descriptor.name));
      expect(names).toContain('payment_sync.inbox.depth');
    }
  });

  it('reports a failing database to onError per workspace, without throwing out of the collection', async () => {
    const closed = await db.closedPool();
    const onError = vi.fn();
    const h = harness(closed, { workspaceIds: [a, b], onError });
    const points = await h.collect();
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls.map(([, id]) => id).sort()).toEqual([a, b].sort());
    for (const [error] of onError.mock.calls) expect(error).toBeInstanceOf(ConnectionError);
    // Only the success gauge, 0 for each workspace.
    expect(points.map((p) => p.name)).toEqual(['payment_sync.collection.success', 'payment_sync.collection.success']);
    expect(values(points, 'payment_sync.collection.success')).toEqual({ [a]: 0, [b]: 0 });
  });

  it('defaults onError to a process warning', async () => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const closed = await db.closedPool();
    const h = harness(closed, { workspaceIds: [a] });
    await h.collect();
    expect(warning).toHaveBeenCalledTimes(1);
    expect(String(warning.mock.calls[0][0])).toMatch(new RegExp(`^payment-sync-db: sync metrics: workspace ${a}: `));
  });

  it("keeps the other workspaces' values when one fails (an unknown workspace)", async () => {
    const unknown = randomUUID();
    const onError = vi.fn();
    const h = harness(db.pool, { workspaceIds: [a, unknown, b], onError, concurrency: 1 });
    const points = await h.collect();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0][1]).toBe(unknown);
    expect(String(onError.mock.calls[0][0])).toMatch(/no live workspace/);
    expect(values(points, 'payment_sync.collection.success')).toEqual({ [a]: 1, [unknown]: 0, [b]: 1 });
    expect(values(points, 'payment_sync.inbox.dead', a)).toEqual({ '': 2 });
    expect(values(points, 'payment_sync.inbox.dead', b)).toEqual({ '': 1 });
    expect(points.filter((p) => p.attributes[W] === unknown)).toHaveLength(1);
  });

  it('reports a workspace list that throws, and exports no series', async () => {
    const onError = vi.fn();
    const h = harness(db.pool, {
      workspaceIds: () => {
        throw new Error('tenant directory down');
      },
      onError,
    });
    const points = await h.collect();
    expect(points).toEqual([]);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'tenant directory down' }), undefined);
  });

  it('ends a collection at its deadline: the workspaces not read are reported once, success 0', async () => {
    // A lock that every read waits behind: the summary reads customers.
    const locker = await db.pool.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE customers IN ACCESS EXCLUSIVE MODE');
      const onError = vi.fn();
      const h = harness(db.pool, { workspaceIds: [a, b], onError, timeout: 300, concurrency: 1 });
      const started = Date.now();
      const points = await h.collect();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0][1]).toBeUndefined();
      expect(String(onError.mock.calls[0][0])).toMatch(/2 of 2 workspaces not read within 300 ms/);
      expect(values(points, 'payment_sync.collection.success')).toEqual({ [a]: 0, [b]: 0 });
    } finally {
      await locker.query('ROLLBACK');
      locker.release();
    }
  });

  it('refuses bad options with InvalidParameterError', () => {
    const meter = new MeterProvider().getMeter('x');
    const bad: [unknown, string][] = [
      [{ workspaceIds: ['not-a-uuid'] }, 'workspaceIds[0]'],
      [{ workspaceIds: 'a' }, 'workspaceIds'],
      [{ workspaceIds: [a], providers: ['Stripe'] }, 'providers[0]'],
      [{ workspaceIds: [a], maxWorkspaces: 0 }, 'maxWorkspaces'],
      [{ workspaceIds: [a], concurrency: 1.5 }, 'concurrency'],
      [{ workspaceIds: [a], timeout: -1 }, 'timeout'],
      [{ workspaceIds: [a], perWorkspace: 'yes' }, 'perWorkspace'],
      [{ workspaceIds: [a], onError: 'log' }, 'onError'],
      [{ workspaceIds: [a], role: '' }, 'role'],
    ];
    for (const [options, parameter] of bad) {
      let thrown: unknown;
      try {
        registerSyncMetrics(meter, db.pool, options as SyncMetricsOptions);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, parameter).toBeInstanceOf(InvalidParameterError);
      expect((thrown as InvalidParameterError).parameter).toBe(parameter);
    }
  });

  it('examples/sync-metrics.ts serves the gauges on /metrics in the Prometheus format', async () => {
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    // tsx resolves the package's own names to src/ through examples/tsconfig.json: no build needed.
    const child = spawn(process.execPath, ['--import', 'tsx', 'examples/sync-metrics.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        SYNC_METRICS_WORKSPACES: `${a},${b}`,
        METRICS_PORT: String(port),
        METRICS_HOST: '127.0.0.1',
        TSX_TSCONFIG_PATH: 'examples/tsconfig.json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = once(child, 'exit');
    try {
      for (let i = 0; !output.includes('serving http://') && i < 200; i++) await sleep(100);
      expect(output).toContain(`serving http://localhost:${port}/metrics`);
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      const text = await response.text();
      const line = (name: string, workspaceId: string) =>
        text.split('\n').find((l) => l.startsWith(`${name}{payment_sync_workspace_id="${workspaceId}"`));
      expect(line('payment_sync_inbox_dead', a)).toMatch(/ 2$/);
      expect(line('payment_sync_inbox_depth', a)).toMatch(/ 4$/);
      expect(line('payment_sync_sessions_active', a)).toMatch(/ 2$/);
      expect(line('payment_sync_collection_success', b)).toMatch(/ 1$/);
      expect(text).toMatch(
        new RegExp(
          `payment_sync_entities\\{payment_sync_workspace_id="${a}",payment_sync_provider="stripe",` +
            `payment_sync_entity_type="customer",payment_sync_sync_status="synced"[^}]*\\} 2\n`,
        ),
      );
      expect(text).toContain('# TYPE db_client_operation_duration histogram');
      expect(text).not.toContain(c);
    } finally {
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code, output).toBe(0);
    }
    expect(output).toContain('sync-metrics: stopped');
  });
});
