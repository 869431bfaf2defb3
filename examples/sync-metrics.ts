// Sync gauges for a dashboard, served to Prometheus: the OpenTelemetry SDK with its Prometheus
// exporter, registerSyncMetrics on it (entities by provider and sync status, active and failed
// sessions, seconds since the last completed sync, inbox depth and dead letters, per workspace),
// and the duration histogram of the queries that read them (instrument()).
//
//   GET http://localhost:9464/metrics  -> the Prometheus text format; each scrape reads the database
//
// Run it (Node 20, with `payment-sync-db`, `pg`, `@opentelemetry/api`, `@opentelemetry/sdk-metrics`
// and `@opentelemetry/exporter-prometheus` installed; the database migrated):
//
//   DATABASE_URL=postgres://user:password@127.0.0.1:5432/app \
//   SYNC_METRICS_WORKSPACES=0b6c...,5f1e... \
//   METRICS_PORT=9464 \
//   node --import tsx sync-metrics.ts
//
//   DATABASE_URL             the PostgreSQL database (required)
//   SYNC_METRICS_WORKSPACES  the workspace ids to report, comma-separated; unset: the live workspaces
//                            with an enabled stripe or chargebee configuration, read on each scrape
//   METRICS_PORT             the port of /metrics (default 9464, Prometheus's registered exporter port)
//   METRICS_HOST             the interface to listen on (default: all)
//
// Then point Prometheus (or an OpenTelemetry Collector's prometheus receiver) at it:
//
//   scrape_configs:
//     - job_name: payment-sync
//       scrape_interval: 60s
//       static_configs: [{ targets: ['localhost:9464'] }]
//
// For CloudWatch or any OTLP backend, export to a Collector instead (see the README,
// "Sync metrics"): only the reader below changes.
//
// From a checkout of this repository: `npm run build` first, then
// `node --import tsx examples/sync-metrics.ts`; or, against src/ without a build,
// `TSX_TSCONFIG_PATH=examples/tsconfig.json node --import tsx examples/sync-metrics.ts`.
// `npx tsc -p examples` type-checks it against src/ (examples/tsconfig.json).
import { createServer } from 'node:http';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import { createPool, paginate, workspaces } from 'payment-sync-db';
import { instrument, registerSyncMetrics } from 'payment-sync-db/opentelemetry';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`sync-metrics: set ${name}`);
    process.exit(2);
  }
  return value;
}

const MAX_WORKSPACES = 50;
const PROVIDERS = ['stripe', 'chargebee'];

const databaseUrl = required('DATABASE_URL');
const port = Number(process.env.METRICS_PORT ?? 9464);
// A small pool of its own: a collection reads 4 workspaces at a time (one connection each), and a
// slow scrape must never take the connections the application needs.
const pool = createPool({ connectionString: databaseUrl, max: 4 });

const named = process.env.SYNC_METRICS_WORKSPACES?.split(',')
  .map((id) => id.trim())
  .filter(Boolean);

/** The live workspaces with an enabled configuration of one of PROVIDERS, at most MAX_WORKSPACES + 1. */
async function configuredWorkspaces(): Promise<string[]> {
  const ids = new Set<string>();
  for (const providerName of PROVIDERS) {
    for await (const row of paginate(workspaces.getWorkspacesByProvider, pool, { providerName, limit: 100 })) {
      ids.add(row.workspaceId);
      // One more than the cap, so that registerSyncMetrics warns that some are left out.
      if (ids.size > MAX_WORKSPACES) return [...ids];
    }
  }
  return [...ids];
}

// The exporter's own server would not keep the process alive (it is unref'd): this example serves
// /metrics itself, as an application mounts it on the server it already has.
const exporter = new PrometheusExporter({ preventServerStart: true });
const server = createServer((req, res) => {
  if (new URL(req.url ?? '/', 'http://localhost').pathname === '/metrics' && req.method === 'GET') {
    exporter.getMetricsRequestHandler(req, res);
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: GET /metrics\n');
  }
});
server.on('error', (error) => {
  console.error('sync-metrics: cannot serve /metrics:', error);
  process.exit(1);
});
server.listen(port, process.env.METRICS_HOST, () =>
  console.log(`sync-metrics: serving http://localhost:${port}/metrics`),
);
const meterProvider = new MeterProvider({ readers: [exporter] });

const sync = registerSyncMetrics(meterProvider.getMeter('payment-sync-db'), pool, {
  workspaceIds: named ?? configuredWorkspaces,
  providers: PROVIDERS,
  maxWorkspaces: MAX_WORKSPACES,
  onError: (error, workspaceId) =>
    console.warn(`sync-metrics: ${workspaceId ? `workspace ${workspaceId}: ` : ''}${String(error)}`),
});
// db.client.operation.duration of every query, the gauges' own included.
const queries = instrument({ meterProvider });

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`sync-metrics: ${signal}, shutting down`);
  sync.unregister();
  queries.disable();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await meterProvider.shutdown();
  await pool.end();
  console.log('sync-metrics: stopped');
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    shutdown(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('sync-metrics: shutdown failed:', error);
        process.exit(1);
      },
    );
  });
}
