// payment-sync-db/opentelemetry: spans and the duration histogram of every
// query (from the `payment-sync-db:query` tracing channel), and sync gauges
// for dashboards, with `@opentelemetry/api` an optional peer dependency. The
// core import (`payment-sync-db`) never loads this module nor the API.
export { instrument, type InstrumentOptions, type Instrumentation } from './opentelemetry/tracing.js';
export { registerSyncMetrics, type SyncMetrics, type SyncMetricsOptions } from './opentelemetry/metrics.js';
