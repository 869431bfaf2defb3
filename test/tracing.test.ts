// Tracing: the `payment-sync-db:query` diagnostics channel, and the OpenTelemetry spans and
// duration histogram built on it, recorded by the OpenTelemetry SDK's own in-memory exporters
// against a real PostgreSQL.
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
  type HistogramMetricData,
} from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import diagnosticsChannel from 'node:diagnostics_channel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customers,
  InvalidParameterError,
  QUERY_CHANNEL,
  queryChannel,
  syncStatus,
  UniqueViolationError,
  webhookEvents,
  withTransaction,
  workspaces,
  type QueryTraceContext,
} from '../src/index.js';
import { instrument } from '../src/opentelemetry.js';
import { describeStatement } from '../src/opentelemetry/tracing.js';
import { useDatabase } from './support/database.js';
import { insertCustomer } from './support/factories.js';

const db = useDatabase();

const NAMESPACES = { customers, syncStatus, webhookEvents, workspaces };

/** Every context published on the channel while `fn` runs, per event. */
async function recorded(fn: () => Promise<unknown>) {
  const seen: { event: string; context: QueryTraceContext; snapshot: Partial<QueryTraceContext> }[] = [];
  const on = (event: string) => (message: QueryTraceContext) =>
    seen.push({ event, context: message, snapshot: { ...message } });
  const handlers = {
    start: on('start'),
    end: on('end'),
    asyncStart: on('asyncStart'),
    asyncEnd: on('asyncEnd'),
    error: on('error'),
  };
  queryChannel.subscribe(handlers);
  try {
    await fn().catch(() => undefined);
  } finally {
    queryChannel.unsubscribe(handlers);
  }
  return seen;
}

describe('the payment-sync-db:query tracing channel', () => {
  it('names every query function by its documented name (the SQL file, e.g. GetCustomerByExternalID)', () => {
    expect(customers.getCustomerByExternalID.info.name).toBe('GetCustomerByExternalID');
    expect(syncStatus.getEntityByExternalID.info.name).toBe('GetEntityByExternalID');
    expect(webhookEvents.purgeWebhookEvents.info.name).toBe('PurgeWebhookEvents');
    for (const [namespace, module] of Object.entries(NAMESPACES)) {
      for (const [key, fn] of Object.entries(module)) {
        const info = (fn as { info?: { name: string } }).info;
        if (info) expect(info.name, `${namespace}.${key}`).toBe(key[0].toUpperCase() + key.slice(1));
      }
    }
  });

  it('publishes start, end, asyncStart, asyncEnd with the name, the SQL text (no values), the row count', async () => {
    const { a } = await db.twoWorkspaces();
    const row = await insertCustomer(db.pool, a, { email: 'secret-value@example.com' });
    const seen = await recorded(() => customers.getCustomer(db.pool, { workspaceId: a, id: row.id }));
    expect(seen.map((s) => s.event)).toEqual(['start', 'end', 'asyncStart', 'asyncEnd']);
    const [start] = seen;
    expect(start.snapshot).toEqual({
      query: 'GetCustomer',
      text: customers.getCustomer.info.text,
      statement: customers.getCustomer.info.statement,
      cardinality: 'one',
      workspaceId: a,
    });
    expect(start.snapshot.text).toContain('$1');
    const done = seen[3].snapshot;
    expect(done.rowCount).toBe(1);
    // The channel's result is the row count, never the rows; nothing holds a bound value.
    expect(done.result).toBe(1);
    expect(JSON.stringify(seen.map((s) => s.snapshot))).not.toContain(row.id);
    expect(JSON.stringify(seen.map((s) => s.snapshot))).not.toContain('secret-value');
  });

  it('publishes the typed error (SQLSTATE in code) on error, then asyncEnd', async () => {
    const { a } = await db.twoWorkspaces();
    await insertCustomer(db.pool, a, { paymentProvider: 'stripe', externalId: 'cus_taken' });
    const seen = await recorded(() =>
      customers.createCustomer(db.pool, {
        workspaceId: a,
        email: 'x@example.com',
        paymentProvider: 'stripe',
        externalId: 'cus_taken',
      }),
    );
    expect(seen.map((s) => s.event)).toEqual(['start', 'end', 'error', 'asyncStart', 'asyncEnd']);
    const error = seen[2].snapshot.error;
    expect(error).toBeInstanceOf(UniqueViolationError);
    expect((error as UniqueViolationError).code).toBe('23505');
    expect(seen[4].snapshot.rowCount).toBeUndefined();
  });

  it('publishes nothing for input refused before the database is touched', async () => {
    const seen = await recorded(() => customers.getCustomer(db.pool, { workspaceId: 'not-a-uuid', id: 'x' }));
    expect(seen).toEqual([]);
    await expect(customers.getCustomer(db.pool, { workspaceId: 'not-a-uuid', id: 'x' })).rejects.toThrow(
      InvalidParameterError,
    );
  });

  it('is the channel named payment-sync-db:query, reachable by name without importing the library', async () => {
    const { a } = await db.twoWorkspaces();
    const names: string[] = [];
    const byName = diagnosticsChannel.tracingChannel<QueryTraceContext>(QUERY_CHANNEL);
    const handlers = {
      start: (message: QueryTraceContext) => names.push(message.query),
      end() {},
      asyncStart() {},
      asyncEnd() {},
      error() {},
    };
    byName.subscribe(handlers);
    try {
      await customers.listCustomers(db.pool, { workspaceId: a, limit: 10 });
    } finally {
      byName.unsubscribe(handlers);
    }
    expect(names).toEqual(['ListCustomers']);
  });
});

describe('payment-sync-db/opentelemetry', () => {
  const spans = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  const meterProvider = new MeterProvider();
  const contextManager = new AsyncLocalStorageContextManager();

  beforeAll(() => {
    context.setGlobalContextManager(contextManager.enable());
  });
  afterAll(async () => {
    context.disable();
    await meterProvider.shutdown();
    await tracerProvider.shutdown();
  });

  it('makes a CLIENT span per statement, named by the documented name, with the database conventions', async () => {
    const { a, b } = await db.twoWorkspaces();
    const row = await insertCustomer(db.pool, a, { paymentProvider: 'stripe', externalId: 'cus_span' });
    spans.reset();
    const otel = instrument({ tracerProvider, meterProvider });
    try {
      await customers.getCustomerByExternalID(db.pool, {
        workspaceId: a,
        paymentProvider: 'stripe',
        externalId: 'cus_span',
      });
      await customers.createCustomerWithSync(db.pool, {
        workspaceId: b,
        email: 'b@example.com',
        paymentProvider: 'stripe',
        externalId: 'cus_b',
        providerUpdatedAt: new Date(),
      });
    } finally {
      otel.disable();
    }
    const [read, write] = spans.getFinishedSpans();
    expect(read.name).toBe('GetCustomerByExternalID');
    expect(read.kind).toBe(2); // SpanKind.CLIENT
    expect(read.instrumentationScope.name).toBe('payment-sync-db');
    expect(read.attributes).toEqual({
      'db.system.name': 'postgresql',
      'db.query.summary': 'GetCustomerByExternalID',
      'db.operation.name': 'SELECT',
      'db.collection.name': 'customers',
      'db.query.text': customers.getCustomerByExternalID.info.text,
      'db.response.returned_rows': 1,
    });
    expect(read.status.code).toBe(0); // UNSET
    expect(write.name).toBe('CreateCustomerWithSync');
    expect(write.attributes['db.operation.name']).toBe('INSERT');
    expect(write.attributes['db.collection.name']).toBe('customers');
    // No workspace id unless asked, and never a bound value.
    expect(JSON.stringify([read.attributes, write.attributes])).not.toContain(a);
    expect(JSON.stringify([read.attributes, write.attributes])).not.toContain(row.id);
    expect(JSON.stringify(write.attributes)).not.toContain('b@example.com');
  });

  it('adds the workspace id only when asked, and can leave the SQL text out', async () => {
    const { a } = await db.twoWorkspaces();
    spans.reset();
    const otel = instrument({ tracerProvider, meterProvider, workspaceIdAttribute: true, queryText: false });
    try {
      await customers.listCustomers(db.pool, { workspaceId: a, limit: 5 });
    } finally {
      otel.disable();
    }
    const [span] = spans.getFinishedSpans();
    expect(span.attributes['payment_sync.workspace_id']).toBe(a);
    expect(span.attributes['db.query.text']).toBeUndefined();
    expect(span.attributes['db.response.returned_rows']).toBe(0);
  });

  it('marks a failed statement: status ERROR, error.type and db.response.status_code the SQLSTATE, the exception', async () => {
    const { a } = await db.twoWorkspaces();
    await insertCustomer(db.pool, a, { paymentProvider: 'stripe', externalId: 'cus_dup' });
    spans.reset();
    const otel = instrument({ tracerProvider, meterProvider });
    try {
      await expect(
        customers.createCustomer(db.pool, {
          workspaceId: a,
          email: 'd@example.com',
          paymentProvider: 'stripe',
          externalId: 'cus_dup',
        }),
      ).rejects.toThrow(UniqueViolationError);
    } finally {
      otel.disable();
    }
    const [span] = spans.getFinishedSpans();
    expect(span.name).toBe('CreateCustomer');
    expect(span.status.code).toBe(2); // ERROR
    expect(span.attributes['error.type']).toBe('23505');
    expect(span.attributes['db.response.status_code']).toBe('23505');
    expect(span.events.map((e) => e.name)).toEqual(['exception']);
    expect(span.events[0].attributes?.['exception.type']).toBe('23505');
  });

  it('is a child of the span active where the query is called (one trace per request)', async () => {
    const { a } = await db.twoWorkspaces();
    spans.reset();
    const otel = instrument({ tracerProvider, meterProvider });
    const tracer = tracerProvider.getTracer('service');
    try {
      await tracer.startActiveSpan('POST /webhooks', async (parent) => {
        await withTransaction(db.pool, async (client) => {
          await workspaces.getWorkspace(client, { workspaceId: a });
          await customers.listCustomers(client, { workspaceId: a, limit: 1 });
        });
        parent.end();
      });
    } finally {
      otel.disable();
    }
    const finished = spans.getFinishedSpans();
    const parent = finished.find((s) => s.name === 'POST /webhooks')!;
    const children = finished.filter((s) => s.name !== 'POST /webhooks');
    expect(children.map((s) => s.name)).toEqual(['GetWorkspace', 'ListCustomers']);
    for (const child of children) {
      expect(child.spanContext().traceId).toBe(parent.spanContext().traceId);
      expect(child.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    }
    expect(trace.getActiveSpan()).toBeUndefined();
  });

  it('records db.client.operation.duration in seconds, in the convention buckets, per query and outcome', async () => {
    const { a } = await db.twoWorkspaces();
    const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
    const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 });
    const meterProvider = new MeterProvider({ readers: [reader] });
    const otel = instrument({ tracerProvider, meterProvider, workspaceIdAttribute: true });
    const started = performance.now();
    try {
      for (let i = 0; i < 3; i++) await customers.listCustomers(db.pool, { workspaceId: a, limit: 5 });
      await customers.getCustomer(db.pool, { workspaceId: a, id: '00000000-0000-4000-8000-000000000000' });
    } finally {
      otel.disable();
    }
    const elapsed = (performance.now() - started) / 1000;
    await reader.forceFlush();
    const duration = exporter
      .getMetrics()
      .at(-1)
      ?.scopeMetrics.flatMap((s) => s.metrics)
      .find((m) => m.descriptor.name === 'db.client.operation.duration') as HistogramMetricData | undefined;
    await meterProvider.shutdown();
    expect(duration?.descriptor.unit).toBe('s');
    const list = duration!.dataPoints.find((p) => p.attributes['db.query.summary'] === 'ListCustomers')!;
    expect(list.attributes).toEqual({
      'db.system.name': 'postgresql',
      'db.query.summary': 'ListCustomers',
      'db.operation.name': 'SELECT',
      'db.collection.name': 'customers',
    });
    expect(list.value.count).toBe(3);
    expect(list.value.sum).toBeGreaterThan(0);
    expect(list.value.sum).toBeLessThanOrEqual(elapsed);
    expect(list.value.buckets.boundaries).toEqual([0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10]);
    const get = duration!.dataPoints.find((p) => p.attributes['db.query.summary'] === 'GetCustomer')!;
    expect(get.value.count).toBe(1);
  });

  it('stops when disabled: no span, no measurement', async () => {
    const { a } = await db.twoWorkspaces();
    spans.reset();
    const otel = instrument({ tracerProvider, meterProvider });
    otel.disable();
    otel.disable();
    await customers.listCustomers(db.pool, { workspaceId: a, limit: 1 });
    expect(spans.getFinishedSpans()).toEqual([]);
  });
});

describe('describeStatement (db.operation.name, db.collection.name)', () => {
  it('reads a write by its first write, also in a CTE; a read by its command and first table', () => {
    expect(describeStatement('SELECT id FROM customers WHERE workspace_id = $1')).toEqual({
      operation: 'SELECT',
      collection: 'customers',
    });
    expect(
      describeStatement(
        `WITH input AS (SELECT * FROM unnest($1::text[]) AS t(x)),
         upserted AS (INSERT INTO prices (a) SELECT x FROM input ON CONFLICT (a) DO UPDATE SET a = EXCLUDED.a RETURNING a)
         SELECT a FROM upserted`,
      ),
    ).toEqual({ operation: 'INSERT', collection: 'prices' });
    expect(describeStatement(`UPDATE "products" SET name = $1 -- FROM nowhere\n WHERE id = $2`)).toEqual({
      operation: 'UPDATE',
      collection: 'products',
    });
    expect(describeStatement(`SELECT id FROM jobs WHERE x = 'FROM y' FOR UPDATE SKIP LOCKED`)).toEqual({
      operation: 'SELECT',
      collection: 'jobs',
    });
    expect(describeStatement('DELETE FROM ONLY payment_sync_events WHERE id = $1')).toEqual({
      operation: 'DELETE',
      collection: 'payment_sync_events',
    });
  });
});
