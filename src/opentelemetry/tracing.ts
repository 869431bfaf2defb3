// OpenTelemetry spans and the `db.client.operation.duration` histogram for
// every statement this library sends, built on the `payment-sync-db:query`
// tracing channel: a subscriber of the channel, nothing patched. Attributes
// follow the stable database semantic conventions (v1.33+): the span is named
// by the query's documented name (`db.query.summary`, e.g. GetCustomer).
import {
  context,
  metrics,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Histogram,
  type MeterProvider,
  type Span,
  type TracerProvider,
} from '@opentelemetry/api';
import { queryChannel, type QueryTraceContext } from '../index.js';

export interface InstrumentOptions {
  /** Where spans go. Default: the global tracer provider (`trace.getTracerProvider()`). */
  tracerProvider?: TracerProvider;
  /** Where the duration histogram goes. Default: the global meter provider (`metrics.getMeterProvider()`). */
  meterProvider?: MeterProvider;
  /**
   * Adds the call's `workspaceId` to each span as `payment_sync.workspace_id`. Default false: a
   * workspace id may be a tenant identifier your traces should not carry. Never on the histogram
   * (one series per workspace would be unbounded cardinality).
   */
  workspaceIdAttribute?: boolean;
  /** Adds `db.query.text`, the SQL with $n placeholders (never the values). Default true. */
  queryText?: boolean;
}

/** A running instrumentation: `disable()` unsubscribes it from the channel. */
export interface Instrumentation {
  disable(): void;
}

/** The instrumentation scope name of the spans and the histogram. */
const SCOPE = 'payment-sync-db';

/** The histogram bucket boundaries the database conventions advise for `db.client.operation.duration`, in seconds. */
const DURATION_BUCKETS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10];

interface Running {
  span: Span;
  started: number;
  attributes: Attributes;
}

/**
 * Subscribes to the `payment-sync-db:query` channel: each statement becomes a CLIENT span named
 * by its documented name and a `db.client.operation.duration` measurement (seconds), with
 * `db.system.name` (postgresql), `db.query.summary`, `db.operation.name`, `db.collection.name`
 * (the statement's first table), `db.query.text`, and on failure `error.type` (the SQLSTATE, or
 * the error class when there is none) and `db.response.status_code` (the SQLSTATE). A span is a
 * child of the span active where the query was called. Call it once, after registering the SDK.
 */
export function instrument(options: InstrumentOptions = {}): Instrumentation {
  const tracer = (options.tracerProvider ?? trace.getTracerProvider()).getTracer(SCOPE);
  const meter = (options.meterProvider ?? metrics.getMeterProvider()).getMeter(SCOPE);
  const duration: Histogram = meter.createHistogram('db.client.operation.duration', {
    description: 'Duration of database client operations.',
    unit: 's',
    advice: { explicitBucketBoundaries: DURATION_BUCKETS },
  });
  const withText = options.queryText ?? true;
  const running = new WeakMap<QueryTraceContext, Running>();

  const handlers = {
    start(call: QueryTraceContext) {
      const { operation, collection } = describeStatement(call.text);
      const attributes: Attributes = { 'db.system.name': 'postgresql', 'db.query.summary': call.query };
      if (operation) attributes['db.operation.name'] = operation;
      if (collection) attributes['db.collection.name'] = collection;
      const spanAttributes: Attributes = { ...attributes };
      if (withText) spanAttributes['db.query.text'] = call.text;
      if (options.workspaceIdAttribute && call.workspaceId) {
        spanAttributes['payment_sync.workspace_id'] = call.workspaceId;
      }
      const span = tracer.startSpan(
        call.query,
        { kind: SpanKind.CLIENT, attributes: spanAttributes },
        context.active(),
      );
      running.set(call, { span, started: performance.now(), attributes });
    },
    end() {},
    asyncStart() {},
    error() {},
    asyncEnd(call: QueryTraceContext) {
      const run = running.get(call);
      if (!run) return;
      running.delete(call);
      const seconds = (performance.now() - run.started) / 1000;
      if (call.error !== undefined) {
        const code = sqlState(call.error);
        const type = code ?? errorClass(call.error);
        run.attributes['error.type'] = type;
        run.span.setAttribute('error.type', type);
        if (code) {
          run.attributes['db.response.status_code'] = code;
          run.span.setAttribute('db.response.status_code', code);
        }
        if (call.error instanceof Error) run.span.recordException(call.error);
        run.span.setStatus({
          code: SpanStatusCode.ERROR,
          message: call.error instanceof Error ? call.error.message : String(call.error),
        });
      } else if (call.rowCount !== undefined) {
        run.span.setAttribute('db.response.returned_rows', call.rowCount);
      }
      run.span.end();
      duration.record(seconds, run.attributes);
    },
  };
  queryChannel.subscribe(handlers);
  let enabled = true;
  return {
    disable() {
      if (!enabled) return;
      enabled = false;
      queryChannel.unsubscribe(handlers);
    },
  };
}

function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

function errorClass(error: unknown): string {
  return error instanceof Error ? error.constructor.name : '_OTHER';
}

const described = new Map<string, { operation?: string; collection?: string }>();

/**
 * The statement's operation and table, for `db.operation.name` and `db.collection.name`: a
 * statement that writes is described by its first write (`INSERT` and its INTO table, `UPDATE`,
 * `DELETE`), also where the write is a common table expression of a `SELECT` (the upserts); a read
 * by its top-level command and its first table (after FROM or JOIN, not a CTE name, not a function
 * such as `unnest(...)`). Read once per SQL text: a query's text never changes.
 */
export function describeStatement(text: string): { operation?: string; collection?: string } {
  let found = described.get(text);
  if (found) return found;
  // Comments and string literals out: what is left is code.
  const code = text.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'/g, ' ');
  const tokens = code.match(/"[^"]+"|[A-Za-z_][A-Za-z0-9_.]*|[()]/g) ?? [];
  const ctes = new Set<string>();
  const tables: { name: string; depth: number }[] = [];
  let write: { operation: string; collection?: string } | undefined;
  let depth = 0;
  let top: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const word = token.toUpperCase();
    const before = tokens[i - 1]?.toUpperCase();
    if (token === '(') depth++;
    else if (token === ')') depth--;
    else if (word === 'AS' && i > 0 && (tokens[i + 1] === '(' || tokens[i + 2] === '(')) {
      if (depth === 0) ctes.add(unquote(tokens[i - 1]).toLowerCase());
    }
    // A command: not ON CONFLICT DO UPDATE, not SELECT ... FOR UPDATE.
    const command = OPERATIONS.has(word) && before !== 'DO' && before !== 'FOR';
    if (command && depth === 0 && top === undefined) top = word;
    // A table follows FROM, JOIN, INTO, or a command's UPDATE.
    if (!(word === 'FROM' || word === 'JOIN' || word === 'INTO' || (word === 'UPDATE' && command))) continue;
    let at = i + 1;
    if (tokens[at]?.toUpperCase() === 'ONLY') at++;
    const name = tokens[at] === undefined ? undefined : unquote(tokens[at]);
    if (!name || !/^[A-Za-z_]/.test(name) || KEYWORDS.has(name.toUpperCase()) || ctes.has(name.toLowerCase())) continue;
    // `FROM unnest(...)`, `FROM jsonb_each(...)`: a function, not a table (INTO's parenthesis is its column list).
    if (word !== 'INTO' && tokens[at + 1] === '(') continue;
    tables.push({ name, depth });
    if (write === undefined && (word === 'INTO' || word === 'UPDATE' || (word === 'FROM' && before === 'DELETE'))) {
      write = { operation: word === 'INTO' ? 'INSERT' : word === 'UPDATE' ? 'UPDATE' : 'DELETE', collection: name };
    }
  }
  // A statement that writes (also from a CTE: `WITH upserted AS (INSERT ...) SELECT ...`) is named
  // by its first write; a read by its top-level command and first table.
  const operation = write?.operation ?? top;
  const collection = write?.collection ?? (tables.find((t) => t.depth === 0) ?? tables[0])?.name;
  found = { operation, collection };
  described.set(text, found);
  return found;
}

const unquote = (token: string) => token.replace(/"/g, '');
const OPERATIONS = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'MERGE']);
/** Words that may follow FROM / JOIN / INTO / UPDATE without being a table. */
const KEYWORDS = new Set(['LATERAL', 'SELECT', 'SET', 'ROWS', 'VALUES']);
