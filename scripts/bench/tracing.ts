// Tracing: what the `payment-sync-db:query` channel costs a query when no one
// subscribes, and what the OpenTelemetry SDK costs when it records a span and
// a histogram point per query. One connection; blocks of calls per mode,
// rotated round by round (a subscription is global, so modes cannot
// interleave call by call), each call timed on its own.
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { customers, queryChannel, type QueryTraceContext } from '../../src/index.js';
import { instrument } from '../../src/opentelemetry.js';
import { queryTraced } from '../../src/telemetry.js';
import { asFn, bind, type Context, type LibraryFn, type SectionResult } from './context.js';
import { fmt, random, stats } from './measure.js';
import { customer } from './seed.js';

export const UNSUBSCRIBED_LIMIT = 1.02;

type Mode = 'raw' | 'off' | 'subscriber' | 'otel';
const MODES: Mode[] = ['raw', 'off', 'subscriber', 'otel'];

export async function tracing(ctx: Context): Promise<SectionResult> {
  const { counts: c, settings: s } = ctx;
  const rnd = random(11);
  const pick = (from: number, to: number) => from + Math.floor(rnd() * (to - from + 1));
  const rounds = s.quick ? 4 : 12;
  const perBlock = Math.max(25, Math.round(s.iterations / 8));
  const sample = Array.from({ length: rounds * perBlock }, () => customer(pick(1, c.customers), c));
  const classes: { label: string; fn: LibraryFn; params: (i: number) => Record<string, unknown> }[] = [
    {
      label: 'get by id (customers.getCustomer)',
      fn: asFn(customers.getCustomer),
      params: (i) => ({ workspaceId: sample[i].workspaceId, id: sample[i].id }),
    },
    {
      label: 'get by external id (getCustomerByExternalID)',
      fn: asFn(customers.getCustomerByExternalID),
      params: (i) => ({
        workspaceId: sample[i].workspaceId,
        paymentProvider: sample[i].paymentProvider,
        externalId: sample[i].externalId,
      }),
    },
  ];

  // The OpenTelemetry SDK as a service would register it, exporting to memory.
  const spans = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const meterProvider = new MeterProvider({
    readers: [new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 })],
  });
  const noop = { start() {}, end() {}, asyncStart() {}, asyncEnd(_: QueryTraceContext) {}, error() {} };

  const client = new pg.Client(ctx.url);
  client.on('error', () => {});
  await client.connect();
  const rows: unknown[][] = [];
  const offRatios: number[] = [];
  let checkNs = 0;
  try {
    // The whole cost of tracing when no one subscribes is this check, once per statement: timed here.
    const checks = 5_000_000;
    let seen = 0;
    const t0 = performance.now();
    for (let i = 0; i < checks; i++) if (queryTraced()) seen++;
    checkNs = ((performance.now() - t0) * 1e6) / checks;
    if (seen) throw new Error('a subscriber was left on the query channel');

    for (const q of classes) {
      const info = q.fn.info;
      const run: Record<Mode, (i: number) => Promise<unknown>> = {
        raw: (i) =>
          client.query({ name: `bench_trace_${info.statement}`, text: info.text, values: bind(info, q.params(i)) }),
        off: (i) => q.fn(client, q.params(i)),
        subscriber: (i) => q.fn(client, q.params(i)),
        otel: (i) => q.fn(client, q.params(i)),
      };
      const times: Record<Mode, number[]> = { raw: [], off: [], subscriber: [], otel: [] };
      for (let i = 0; i < perBlock; i++) for (const mode of MODES) await run[mode](i); // warm-up
      for (let r = 0; r < rounds; r++) {
        for (let j = 0; j < MODES.length; j++) {
          const mode = MODES[(r + j) % MODES.length];
          const otel = mode === 'otel' ? instrument({ tracerProvider, meterProvider }) : undefined;
          if (mode === 'subscriber') queryChannel.subscribe(noop);
          try {
            for (let k = 0; k < perBlock; k++) {
              const i = r * perBlock + k;
              const t = performance.now();
              await run[mode](i);
              times[mode].push(performance.now() - t);
            }
          } finally {
            otel?.disable();
            if (mode === 'subscriber') queryChannel.unsubscribe(noop);
          }
          spans.reset();
        }
      }
      const m = Object.fromEntries(MODES.map((mode) => [mode, stats(times[mode]).median])) as Record<Mode, number>;
      const today = 1 + checkNs / 1e6 / m.off;
      offRatios.push(today);
      rows.push([
        q.label,
        times.off.length,
        fmt.ms(m.raw),
        fmt.ms(m.off),
        fmt.ratio(m.off / m.raw),
        fmt.ratio(m.subscriber / m.off),
        fmt.ms(m.otel),
        fmt.ratio(m.otel / m.off),
      ]);
      ctx.log(
        `  ${q.label}: unsubscribed ${fmt.ms(m.off)}, OpenTelemetry recording ${fmt.ms(m.otel)} (${fmt.ratio(m.otel / m.off)})`,
      );
    }
  } finally {
    await client.end().catch(() => {});
    await meterProvider.shutdown();
    await tracerProvider.shutdown();
  }
  const worst = Math.max(...offRatios);
  return {
    title: 'Tracing: the query channel unsubscribed, with a subscriber, and with the OpenTelemetry SDK recording',
    about:
      'One connection, the same sampled rows for every mode; blocks of calls per mode, rotated round by round ' +
      '(a subscription is process-wide, so modes cannot alternate call by call). raw = the same SQL as a named ' +
      'prepared statement through pg; unsubscribed = the facade as shipped with no subscriber; no-op subscriber = a ' +
      "TracingChannel subscriber that does nothing (the channel's own cost); OpenTelemetry = instrument() with the " +
      "SDK's BasicTracerProvider (SimpleSpanProcessor into an InMemorySpanExporter) and a MeterProvider recording " +
      'db.client.operation.duration. With no subscriber, tracing adds one check per statement, ' +
      `timed on its own in this run: ${checkNs.toFixed(1)} ns.`,
    headers: [
      'query',
      'n per mode',
      'raw p50',
      'unsubscribed p50',
      'vs raw',
      'no-op subscriber vs unsubscribed',
      'OpenTelemetry p50',
      'OpenTelemetry vs unsubscribed',
    ],
    rows,
    targets: [
      {
        name: 'tracing with no subscriber vs the facade without it',
        figure: `${fmt.ratio(worst)} (one check of ${checkNs.toFixed(1)} ns per statement)`,
        limit: `<= ${UNSUBSCRIBED_LIMIT.toFixed(2)}x`,
        pass: worst <= UNSUBSCRIBED_LIMIT,
      },
    ],
  };
}
