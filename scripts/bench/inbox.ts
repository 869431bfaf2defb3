// The webhook inbox (migration 0008, src/inbox.ts) against graphile-worker
// (a bench-only dev dependency), in the same run on the same server:
// * Throughput: N events through claim + apply (a one-row upsert into a bench
//   table) + complete, 4 workers: startWebhookWorker (concurrency 4), against
//   graphile-worker's runner (concurrency 4) running the same upsert as its
//   task, unbatched (its defaults) and batched (its documented batching
//   options). Each run queues its N events or jobs first (untimed), then
//   times the drain; the repetitions run in alternating order (ABCD DCBA).
// * recordWebhookEvent latency vs a raw INSERT ... ON CONFLICT DO NOTHING
//   RETURNING, interleaved on one connection.
// * Claim latency with 1,000,000 processed events in the table (plus a few
//   hundred pending) vs an empty one (a copy of the table in another schema,
//   same definition, the same few hundred pending), interleaved.
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger, makeWorkerUtils, run, runMigrations, type Task } from 'graphile-worker';
import pg from 'pg';
import { createPool, startWebhookWorker, webhookEvents, type WebhookEvent } from '../../src/index.js';
import { bind, type Context, type SectionResult } from './context.js';
import { fmt, interleaved, median, stats } from './measure.js';
import { rebuildable, uuidOf } from './seed.js';

/** Ours vs graphile-worker unbatched, events/s. */
export const INBOX_THROUGHPUT_LIMIT = 1.0;
/** recordWebhookEvent vs the raw INSERT ... ON CONFLICT DO NOTHING RETURNING, p50. */
export const RECORD_LIMIT = 1.1;
/** Workers on each side. */
export const WORKERS = 4;
/** processWebhookEvents' default batch (limit). */
export const DEFAULT_BATCH = 10;
/** Events claimed per batch (limit) in the tuned run, the one the target uses. */
export const INBOX_BATCH = 100;
/** graphile-worker's documented batching options (worker.graphile.org/docs/performance, 0.18). */
export const GRAPHILE_BATCHED = { localQueue: { size: 500 }, completeJobBatchDelay: 0, failJobBatchDelay: 0 };
/** Pending events in each table while claims are timed. */
const PENDING = 300;
/** Claim iterations between two (untimed) VACUUMs of both tables. */
const VACUUM_EVERY = 50;

const EFFECTS_DDL = `CREATE TABLE IF NOT EXISTS bench_inbox_effects (
  external_id text PRIMARY KEY,
  data        jsonb NOT NULL,
  applied     integer NOT NULL DEFAULT 1,
  updated_at  timestamptz NOT NULL DEFAULT now()
)`;
/** The effect of one event, on both sides: a one-row upsert, as a named prepared statement. */
export const EFFECT_SQL = `INSERT INTO bench_inbox_effects AS e (external_id, data) VALUES ($1, $2::jsonb)
ON CONFLICT (external_id) DO UPDATE SET data = excluded.data, applied = e.applied + 1, updated_at = now()`;
const effect = (db: pg.ClientBase, externalId: string, data: unknown) =>
  db.query({ name: 'bench_inbox_effect', text: EFFECT_SQL, values: [externalId, JSON.stringify(data)] });

/** The raw baseline of recordWebhookEvent: the plain insert on the inbox's unique key (its time included, migration 0012), returning the same columns. */
const RAW_RECORD_SQL = `INSERT INTO payment_webhook_events (
    workspace_id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, payload)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
  ON CONFLICT (workspace_id, provider_name, provider_event_id, occurred_at) DO NOTHING
  RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
       created_at, updated_at`;

/** One provider event as both sides get it: the event id, the object it is about, its payload (~200 bytes of JSON). */
interface Item {
  workspaceId: string;
  eventId: string;
  externalId: string;
  payload: { id: string; type: string; data: { object: Record<string, unknown> } };
}

function items(tag: string, n: number, workspaces: number): Item[] {
  return Array.from({ length: n }, (_, k) => {
    const externalId = `cus_${tag}_${k}`;
    const eventId = `evt_${tag}_${k}`;
    return {
      workspaceId: uuidOf('w', 2 + (k % (workspaces - 1))),
      eventId,
      externalId,
      payload: {
        id: eventId,
        type: 'customer.updated',
        data: {
          object: {
            id: externalId,
            object: 'customer',
            email: `${tag}.${k}@example.com`,
            name: `Inbox ${k}`,
            metadata: { source: 'bench', k },
            created: 1767225600 + k,
          },
        },
      },
    };
  });
}

/** Pending events, due at once, into the inbox table the search_path finds, 5,000 per statement. */
async function queueEvents(db: pg.ClientBase | pg.Pool, rows: Item[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000);
    await db.query(
      `INSERT INTO payment_webhook_events (workspace_id, provider_name, provider_event_id, event_type, entity_type,
         external_id, occurred_at, payload)
       SELECT w, 'stripe', e, 'customer.updated', 'customer', x, clock_timestamp() - interval '1 hour' + o * interval '1 ms', p
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[]) WITH ORDINALITY AS t (w, e, x, p, o)`,
      [
        batch.map((r) => r.workspaceId),
        batch.map((r) => r.eventId),
        batch.map((r) => r.externalId),
        batch.map((r) => JSON.stringify(r.payload)),
      ],
    );
  }
}

/** A ratio as the tables show it, with a third decimal when two decimals would read as the limit itself. */
const shown = (v: number, limit: number) =>
  fmt.ratio(v) === fmt.ratio(limit) && v !== limit ? `${v.toFixed(3)}x` : fmt.ratio(v);

/** A pg.Pool for graphile-worker with the listeners it asks for (`error`, and `error` on every client). */
function graphilePool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

const silent = new Logger(() => () => undefined);

interface Drain {
  /** From the start to the last completion committed (ms). */
  ms: number;
  /** graphile-worker: from run() to its first job started (ms), not counted in `ms`. */
  startupMs?: number;
}

/** Ours: startWebhookWorker, WORKERS loops claiming `limit` per batch; until all `n` are processed. */
async function drainOurs(url: string, n: number, limit: number): Promise<Drain> {
  // One connection per loop and the LISTEN connection, all opened before the clock starts.
  const pool = createPool({ connectionString: url, max: WORKERS + 1 });
  try {
    const clients = await Promise.all(Array.from({ length: WORKERS + 1 }, () => pool.connect()));
    for (const client of clients) client.release();
    const t0 = performance.now();
    const worker = startWebhookWorker(pool, {
      concurrency: WORKERS,
      limit,
      handler: async (event, tx) => {
        await effect(tx, event.externalId!, (event.payload as unknown as Item['payload']).data);
      },
    });
    const end = await new Promise<number>((resolve, reject) => {
      worker.events.on('batch', () => {
        const c = worker.counts;
        if (c.failed + c.dead + c.lost + c.ignored > 0) reject(new Error(`inbox run: ${JSON.stringify(c)}`));
        else if (c.processed >= n) resolve(performance.now());
      });
      worker.events.on('error', reject);
    }).finally(() => worker.stop());
    if (worker.counts.processed !== n) throw new Error(`inbox run processed ${worker.counts.processed} of ${n}`);
    return { ms: end - t0 };
  } finally {
    await pool.end();
  }
}

/** graphile-worker: run() with WORKERS concurrent jobs on its own pool; until all `n` jobs are completed. */
async function drainGraphile(url: string, n: number, batched: boolean): Promise<Drain> {
  // Its recommended pool size: 10 or concurrentJobs + 2, whichever is larger.
  const pool = graphilePool(url, Math.max(10, WORKERS + 2));
  const watcher = new pg.Client(url);
  watcher.on('error', () => undefined);
  await watcher.connect();
  try {
    const events = new EventEmitter();
    let first: number | undefined;
    let succeeded = 0;
    let failure: unknown;
    let allRan: () => void = () => undefined;
    const ran = new Promise<void>((resolve) => (allRan = resolve));
    let localQueue = false;
    events.on('localQueue:init', () => (localQueue = true));
    events.on('job:start', () => (first ??= performance.now()));
    events.on('job:success', () => ++succeeded === n && allRan());
    events.on('job:error', ({ error }: { error: unknown }) => {
      failure ??= error;
      allRan();
    });
    const task: Task = async (payload, helpers) => {
      const p = payload as { externalId: string; event: Item['payload'] };
      await helpers.withPgClient((client) => effect(client, p.externalId, p.event.data));
    };
    const t0 = performance.now();
    const runner = await run({
      pgPool: pool,
      concurrency: WORKERS,
      noHandleSignals: true,
      logger: silent,
      events,
      taskList: { bench_upsert: task },
      preset: { worker: batched ? GRAPHILE_BATCHED : {} },
    });
    try {
      await ran;
      if (failure) throw failure;
      // The batching options took (a misspelt one is ignored with a warning only).
      if (localQueue !== batched) throw new Error(`graphile-worker: local queue ${localQueue}, expected ${batched}`);
      // It sends a job's completion after the task resolved, without waiting for it (batched: a
      // moment later, with others): the run ends when no job is left.
      while ((await watcher.query('SELECT EXISTS (SELECT FROM graphile_worker._private_jobs) AS left')).rows[0].left) {
        await sleep(2);
      }
      const end = performance.now();
      return { ms: end - first!, startupMs: first! - t0 };
    } finally {
      await runner.stop();
    }
  } finally {
    await watcher.end().catch(() => undefined);
    await pool.end();
  }
}

interface Variant {
  key: string;
  label: string;
  queue: (rows: Item[]) => Promise<void>;
  drain: (n: number) => Promise<Drain>;
  /** Vacuumed and analyzed after queueing, before the clock starts. */
  tables: string[];
}

export async function inbox(ctx: Context): Promise<SectionResult[]> {
  const { pool } = ctx;
  await pool.query(EFFECTS_DDL);
  // graphile-worker's utilities (its migrations, addJobs) on a pool of ours whose listeners stay
  // until we end it: the scratch database is dropped WITH (FORCE) at the end of the run.
  const utilsPool = graphilePool(ctx.url, 2);
  try {
    await runMigrations({ pgPool: utilsPool, logger: silent });
    const utils = await makeWorkerUtils({ pgPool: utilsPool, logger: silent });
    try {
      let t0 = performance.now();
      const record = await recordLatency(ctx);
      ctx.log(`  record latency: ${fmt.seconds(performance.now() - t0)}`);
      await pool.query('TRUNCATE payment_webhook_events');
      t0 = performance.now();
      const drains = await throughputRuns(ctx, (rows) =>
        utils.addJobs(
          rows.map((x) => ({ identifier: 'bench_upsert', payload: { externalId: x.externalId, event: x.payload } })),
        ),
      );
      ctx.log(`  throughput runs: ${fmt.seconds(performance.now() - t0)}`);
      t0 = performance.now();
      const claims = await claimLatency(ctx);
      ctx.log(`  claims: ${fmt.seconds(performance.now() - t0)}`);
      return [drains, record, claims];
    } finally {
      await utils.release();
    }
  } finally {
    await utilsPool.end();
  }
}

async function throughputRuns(ctx: Context, addJobs: (rows: Item[]) => Promise<unknown>): Promise<SectionResult> {
  const { counts: c, settings: s, pool } = ctx;
  const N = s.quick ? 2000 : 20_000;
  const reps = 2;
  const ours = (limit: number): Variant => ({
    key: `ours${limit}`,
    label: `payment-sync-db startWebhookWorker (concurrency ${WORKERS}, limit ${limit}${limit === DEFAULT_BATCH ? ', its default' : ''})`,
    queue: (rows) => queueEvents(pool, rows),
    drain: (n) => drainOurs(ctx.url, n, limit),
    tables: ['payment_webhook_events', 'bench_inbox_effects'],
  });
  const graphile = (batched: boolean): Variant => ({
    key: batched ? 'graphileBatched' : 'graphile',
    label: batched
      ? `graphile-worker batched (concurrency ${WORKERS}; localQueue.size ${GRAPHILE_BATCHED.localQueue.size}, ` +
        'completeJobBatchDelay 0, failJobBatchDelay 0)'
      : `graphile-worker unbatched (concurrency ${WORKERS}; its defaults)`,
    queue: (rows) => addJobs(rows).then(() => undefined),
    drain: (n) => drainGraphile(ctx.url, n, batched),
    tables: ['graphile_worker._private_jobs', 'bench_inbox_effects'],
  });
  const variants = [ours(INBOX_BATCH), graphile(false), ours(DEFAULT_BATCH), graphile(true)];
  const runs: Record<string, Drain[]> = Object.fromEntries(variants.map((v) => [v.key, []]));
  let tag = 0;
  for (let r = 0; r < reps; r++) {
    for (const v of r % 2 === 0 ? variants : [...variants].reverse()) {
      const batch = items(`ibx${String(tag++).padStart(2, '0')}`, N, c.workspaces);
      await v.queue(batch);
      // The same starting point for every run: fresh statistics, no dead tuples, just checkpointed.
      await pool.query(`VACUUM ANALYZE ${v.tables.join(', ')}`);
      await pool.query('CHECKPOINT').catch(() => undefined);
      const drain = await v.drain(N);
      const { rows: applied } = await pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM bench_inbox_effects WHERE external_id = ANY($1)',
        [batch.map((x) => x.externalId)],
      );
      if (applied[0].n !== N) throw new Error(`${v.key}: ${applied[0].n} of ${N} effects applied`);
      runs[v.key].push(drain);
      ctx.log(`  ${v.key}: ${fmt.int((N / drain.ms) * 1000)} events/s (${fmt.ms(drain.ms)})`);
    }
  }
  const rate = (key: string) => (runs[key].length * N * 1000) / runs[key].reduce((sum, d) => sum + d.ms, 0);
  const target = `ours${INBOX_BATCH}`;
  const ratio = rate(target) / rate('graphile');
  const pass = ratio >= INBOX_THROUGHPUT_LIMIT;
  const startups = [...runs.graphile, ...runs.graphileBatched].map((d) => d.startupMs!);
  return {
    title: `Webhook inbox throughput vs graphile-worker (${fmt.int(N)} events, ${WORKERS} workers each)`,
    about:
      `${fmt.int(N)} provider events (customer.updated, ${fmt.int(JSON.stringify(items('ibx00', 1, c.workspaces)[0].payload).length)} ` +
      'bytes of JSON each, spread over the workspaces) per run, ' +
      `through claim + apply + complete with ${WORKERS} workers in one process, on the same server and database. The ` +
      'apply is the same one-row upsert into a bench table on both sides (`INSERT ... ON CONFLICT (external_id) DO ' +
      'UPDATE`, a named prepared statement). Ours: startWebhookWorker; per batch the claim (its own statement, ' +
      'committed), then ONE transaction: per event a savepoint with the upsert and the completion fenced by the ' +
      'claim token, one commit per batch. graphile-worker 0.18: run() with a task list; the task runs the upsert on ' +
      "graphile-worker's pool (`helpers.withPgClient`, autocommit), then graphile-worker deletes the job by id in a " +
      'statement of its own: the effect and the completion commit separately, and the completion does not check ' +
      'that the worker still holds the job. Each run first queues its events or jobs (untimed; then VACUUM ANALYZE ' +
      'and CHECKPOINT), then times the drain: ours from ' +
      'startWebhookWorker() to the batch that completes the last event; graphile-worker from its first job ' +
      'started (its start-up excluded) to no job left in its table. ' +
      `${reps} repetitions, alternating order (ABCD, then DCBA); events/s = all events / all time per configuration.`,
    headers: ['configuration', 'events/s', 'time per run', 'vs graphile unbatched', 'vs graphile batched', 'target'],
    rows: variants.map((v) => [
      v.label,
      fmt.int(rate(v.key)),
      runs[v.key].map((d) => fmt.ms(d.ms)).join(', '),
      fmt.ratio(rate(v.key) / rate('graphile')),
      fmt.ratio(rate(v.key) / rate('graphileBatched')),
      v.key === target ? (pass ? 'PASS' : 'MISS') : '',
    ]),
    notes: [
      ...(s.quick ? [`--quick: ${fmt.int(N)} events per run (the full run: 20,000)`] : []),
      `ours: processWebhookEvents' options limit ${INBOX_BATCH} (events per batch: per transaction) in the target ` +
        `row, and its default ${DEFAULT_BATCH}; leaseSeconds 60, maxAttempts 10 (defaults); a pool of ` +
        `${WORKERS + 1} connections (${WORKERS} loops + its LISTEN). graphile-worker: a pool of ` +
        `${Math.max(10, WORKERS + 2)} connections (its recommendation: 10 or concurrency + 2), prepared statements ` +
        '(its default); batched with the options of its performance page (0.18 preset options).',
      `graphile-worker's start-up (run() to its first job started), not counted: ${fmt.ms(median(startups))} median`,
      'graphile-worker publishes 15.6k jobs/s unbatched and 184k batched on a desktop i9 (4 processes x 24 concurrent ' +
        "jobs; its perfTest's task does no database work); here one process of " +
        `${WORKERS} workers, a task that writes and commits, and the server on the same 2 cores.`,
    ],
    targets: [
      {
        name: `inbox throughput (claim + upsert + complete, ${WORKERS} workers, limit ${INBOX_BATCH}) vs graphile-worker unbatched`,
        figure:
          `${shown(ratio, INBOX_THROUGHPUT_LIMIT)} (${fmt.int(rate(target))} vs ${fmt.int(rate('graphile'))} events/s; ` +
          `vs batched ${fmt.ratio(rate(target) / rate('graphileBatched'))})`,
        limit: `>= ${INBOX_THROUGHPUT_LIMIT.toFixed(2)}x`,
        pass,
        why: pass
          ? undefined
          : 'per event 4 round trips in the batch transaction (savepoint, upsert, fenced completion, release) ' +
            "against graphile-worker's 3 autocommitted statements (fetch, task, delete)",
      },
    ],
  };
}

/**
 * A Stripe-like customer.updated event (~1.3 kB of JSON, 53 values: the customer, its previous
 * attributes, the request): what a webhook endpoint records.
 */
function stripeEvent(eventId: string, customerId: string, k: number) {
  const created = 1767225600 + k;
  const address = (city: string) => ({
    city,
    country: 'DE',
    line1: `Hauptstraße ${1 + (k % 200)}`,
    line2: null,
    postal_code: String(10115 + (k % 800)),
    state: null,
  });
  return {
    id: eventId,
    object: 'event',
    api_version: '2024-06-20',
    created,
    data: {
      object: {
        id: customerId,
        object: 'customer',
        address: address('Berlin'),
        balance: 0,
        created: created - 86_400,
        currency: 'eur',
        default_source: null,
        delinquent: false,
        description: `Customer ${k} of the bench`,
        discount: null,
        email: `customer.${k}@example.com`,
        invoice_prefix: `B${String(k).padStart(7, '0')}`.slice(0, 8),
        invoice_settings: {
          custom_fields: null,
          default_payment_method: `pm_${k}`,
          footer: null,
          rendering_options: null,
        },
        livemode: false,
        metadata: {
          account: `acct_${k % 97}`,
          plan: k % 2 ? 'pro' : 'team',
          seats: String(1 + (k % 40)),
          source: 'bench',
        },
        name: `Customer ${k}`,
        next_invoice_sequence: 1 + (k % 12),
        phone: `+49 30 ${String(1000000 + k).slice(-7)}`,
        preferred_locales: ['de', 'en'],
        shipping: { address: address('Hamburg'), name: `Customer ${k}`, phone: null },
        tax_exempt: 'none',
        test_clock: null,
      },
      previous_attributes: { email: `old.${k}@example.com`, metadata: { plan: 'starter' }, name: `Old name ${k}` },
    },
    livemode: false,
    pending_webhooks: 2,
    request: { id: `req_${String(k).padStart(14, '0')}`, idempotency_key: `idem-${k}-${eventId}` },
    type: 'customer.updated',
  };
}

async function recordLatency(ctx: Context): Promise<SectionResult> {
  const { counts: c, settings: s } = ctx;
  const client = new pg.Client(ctx.url);
  client.on('error', () => undefined);
  await client.connect();
  try {
    const info = webhookEvents.recordWebhookEvent.info;
    const at = new Date('2026-01-01T00:00:00Z');
    const sizes = {
      small: (eventId: string, customerId: string) => ({
        id: eventId,
        type: 'customer.updated',
        data: { object: { id: customerId, object: 'customer' } },
      }),
      stripe: (eventId: string, customerId: string, k: number) => stripeEvent(eventId, customerId, k),
    };
    const params = (size: keyof typeof sizes, i: number, v: number) => {
      const k = 4 * i + v;
      const eventId = `evt_rec_${size}_${v}_${i}`;
      const customerId = `cus_rec_${size}_${v}_${i}`;
      return {
        workspaceId: uuidOf('w', 2 + (k % (c.workspaces - 1))),
        providerName: 'stripe',
        providerEventId: eventId,
        eventType: 'customer.updated',
        entityType: 'customer' as const,
        externalId: customerId,
        occurredAt: new Date(at.getTime() + k),
        payload: sizes[size](eventId, customerId, k),
      };
    };
    const bytes = (size: keyof typeof sizes) => JSON.stringify(params(size, 0, 0).payload).length;
    const options = { warmup: s.warmup, iterations: s.iterations, budgetMs: s.classBudgetMs };
    /**
     * The facade, the raw insert, the raw insert again (control), the facade's SQL sent raw; each
     * iteration i of variant v records the event (size, i, v), or records it again (at: the i-th of
     * the `recorded` first events, the redelivery).
     */
    const measure = (size: keyof typeof sizes, again?: number) => {
      const p = (i: number, v: number) => params(size, again ? i % again : i, v);
      const raw = (name: string, text: string, values: unknown[]) => client.query({ name, text, values });
      let seen = 0;
      return interleaved(
        {
          facade: async (i) => {
            seen = Math.max(seen, i + 1);
            const r = await webhookEvents.recordWebhookEvent(client, p(i, 0));
            if (r.duplicate !== Boolean(again)) throw new Error(`recordWebhookEvent: duplicate ${r.duplicate}`);
          },
          raw: (i) => raw('bench_raw_record', RAW_RECORD_SQL, bind(info, p(i, 1))),
          control: (i) => raw('bench_raw_record_control', RAW_RECORD_SQL, bind(info, p(i, 2))),
          sql: (i) => raw('bench_facade_record', info.text, bind(info, p(i, 3))),
        },
        options,
      ).then((result) => ({ result, seen }));
    };
    const small = await measure('small');
    const stripe = await measure('stripe');
    const again = await measure('stripe', stripe.seen);
    type Result = typeof small.result;
    const ratioOf = (r: Result) => r.facade.median / r.raw.median;
    const worst = [small, stripe].reduce((a, b) => (ratioOf(b.result) > ratioOf(a.result) ? b : a));
    const pass = ratioOf(small.result) <= RECORD_LIMIT && ratioOf(stripe.result) <= RECORD_LIMIT;
    const row = (label: string, r: Result, target: string) => [
      label,
      r.facade.n,
      fmt.ms(r.facade.median),
      fmt.ms(r.facade.p95),
      fmt.ms(r.raw.median),
      fmt.ms(r.raw.p95),
      shown(ratioOf(r), RECORD_LIMIT),
      fmt.ms(r.sql.median),
      fmt.ratio(r.sql.median / r.raw.median),
      fmt.ratio(r.control.median / r.raw.median),
      target,
    ];
    const verdict = (r: Result) => (ratioOf(r) <= RECORD_LIMIT ? 'PASS' : 'MISS');
    const signed = (ms: number) => `${ms < 0 ? '-' : '+'}${fmt.ms(Math.abs(ms))}`;
    const split = (r: Result) =>
      `${signed(r.facade.median - r.raw.median)} on ${fmt.ms(r.raw.median)}: its SQL ${signed(r.sql.median - r.raw.median)}, ` +
      `the library's JS ${signed(r.facade.median - r.sql.median)} (raw vs raw ${fmt.ratio(r.control.median / r.raw.median)})`;
    return {
      title: 'Recording a webhook event: recordWebhookEvent vs raw INSERT ... ON CONFLICT DO NOTHING RETURNING',
      about:
        'One connection, autocommit (each call commits durably); each iteration runs the facade, the raw statement ' +
        "(a named prepared statement: the facade's own INSERT ... ON CONFLICT DO NOTHING without its CTE and its " +
        'fallback read, returning the same 19 columns, the same bound values), the raw statement again under ' +
        "another name (the control: raw vs raw is the noise floor) and the facade's own SQL sent raw (prepared, the " +
        "same values: what its statement costs without the library's JS), cycling through every order. New events: " +
        'a different provider event id per call and variant, spread over the workspaces; a small payload ' +
        `(${fmt.int(bytes('small'))} bytes of JSON) and a Stripe-like customer.updated event (${fmt.int(bytes('stripe'))} ` +
        'bytes, 53 values). Redelivery: the very same Stripe-like events again (the facade finds and returns ' +
        'the stored event, duplicate true; the raw statement returns no row). Ratio = facade median / raw median.',
      headers: [
        'call',
        'n',
        'facade p50',
        'facade p95',
        'raw p50',
        'raw p95',
        'ratio',
        "facade's SQL, raw p50",
        'its SQL / raw',
        'raw vs raw',
        'target',
      ],
      rows: [
        row(`new event, small payload (${fmt.int(bytes('small'))} B)`, small.result, verdict(small.result)),
        row(`new event, Stripe-like payload (${fmt.int(bytes('stripe'))} B)`, stripe.result, verdict(stripe.result)),
        row('redelivery of a recorded event (duplicate), Stripe-like', again.result, ''),
      ],
      notes: [`where the difference goes: small payload ${split(small.result)}; Stripe-like ${split(stripe.result)}`],
      targets: [
        {
          name: 'recordWebhookEvent (new event) vs raw INSERT ... ON CONFLICT DO NOTHING RETURNING, p50',
          figure:
            `${shown(ratioOf(small.result), RECORD_LIMIT)} small payload, ` +
            `${shown(ratioOf(stripe.result), RECORD_LIMIT)} Stripe-like ` +
            `(${fmt.ms(stripe.result.facade.median)} vs ${fmt.ms(stripe.result.raw.median)})`,
          limit: `<= ${RECORD_LIMIT.toFixed(2)}x both`,
          pass,
          why: pass ? undefined : split(worst.result),
        },
      ],
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

// ---- Claims with finished events piled up.

const EMPTY_SCHEMA = 'bench_inbox_empty';

interface Plan {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: Plan[];
}

/** The claim's plan, executed in a transaction rolled back: its scans and the buffers it touched. */
async function claimPlan(client: pg.ClientBase, limit: number): Promise<{ scans: string; buffers: string }> {
  const info = webhookEvents.claimWebhookEvents.info;
  await client.query('BEGIN');
  try {
    const { rows } = await client.query(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${info.text}`,
      bind(info, { limit, leaseSeconds: 60 }),
    );
    const plan: Plan = rows[0]['QUERY PLAN'][0].Plan;
    const scans: string[] = [];
    const walk = (node: Plan) => {
      if (/Scan/.test(node['Node Type']) && (node['Index Name'] ?? node['Relation Name']))
        scans.push(`${node['Node Type']} ${node['Index Name'] ?? node['Relation Name']}`);
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(plan);
    const read = plan['Shared Read Blocks'] ?? 0;
    return {
      scans: scans.join(', '),
      buffers: `${fmt.int((plan['Shared Hit Blocks'] ?? 0) + read)} (${fmt.int(read)} read)`,
    };
  } finally {
    await client.query('ROLLBACK');
  }
}

/** `n` processed events into the inbox table: secondary indexes dropped and rebuilt (as the seed does). */
async function loadProcessed(ctx: Context, n: number): Promise<{ ms: number; notes: string[] }> {
  const t0 = performance.now();
  const notes: string[] = [];
  const clients = [await ctx.pool.connect(), await ctx.pool.connect()];
  try {
    let replica = true;
    for (const client of clients) {
      await client.query(`SET maintenance_work_mem = '256MB'`);
      await client.query('SET session_replication_role = replica').catch(() => (replica = false));
    }
    const { rows: indexes } = await clients[0].query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
       WHERE i.schemaname = current_schema() AND i.tablename = 'payment_webhook_events'
         AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = to_regclass(quote_ident(i.indexname)))`,
    );
    for (const index of indexes) await clients[0].query(`DROP INDEX ${index.name}`);
    const W = ctx.counts.workspaces;
    const half = Math.floor(n / 2);
    await Promise.all(
      [
        [1, half],
        [half + 1, n],
      ].map(([from, to], i) =>
        clients[i].query(
          `INSERT INTO payment_webhook_events (workspace_id, provider_name, provider_event_id, event_type, entity_type,
             external_id, occurred_at, received_at, status, attempts, next_attempt_at, processed_at, payload,
             created_at, updated_at)
           SELECT md5('w' || (2 + g % ${W - 1}))::uuid, 'stripe', 'evt_done_' || g, 'customer.updated', 'customer',
                  'cus_done_' || g, t, t + interval '1 second', 'processed', 1, t + interval '61 seconds',
                  t + interval '2 seconds',
                  jsonb_build_object('id', 'evt_done_' || g, 'type', 'customer.updated', 'data', jsonb_build_object(
                    'object', jsonb_build_object('id', 'cus_done_' || g, 'object', 'customer',
                      'email', 'done.' || g || '@example.com', 'name', 'Inbox ' || g,
                      'metadata', jsonb_build_object('source', 'bench', 'k', g), 'created', 1767225600 + g))),
                  t + interval '1 second', t + interval '2 seconds'
           FROM generate_series(${from}, ${to}) g,
                LATERAL (SELECT now() - interval '30 days' + g * (interval '25 days' / ${n})) AS x (t)`,
        ),
      ),
    );
    const queue = [...indexes];
    await Promise.all(
      clients.map(async (client) => {
        for (let index = queue.shift(); index; index = queue.shift()) await client.query(rebuildable(index.def));
      }),
    );
    for (const client of clients) await client.query('RESET session_replication_role').catch(() => undefined);
    await clients[0].query('VACUUM ANALYZE payment_webhook_events');
    notes.push(
      `loading the ${fmt.int(n)} processed events took ${fmt.seconds(performance.now() - t0)} (its ${indexes.length} ` +
        'secondary indexes dropped and rebuilt after; ' +
        (replica ? 'foreign-key checks skipped, session_replication_role = replica)' : 'foreign keys checked)'),
    );
    return { ms: performance.now() - t0, notes };
  } finally {
    for (const client of clients) client.release();
  }
}

/**
 * The table for "empty": a copy of payment_webhook_events in another schema (LIKE ... INCLUDING
 * ALL: columns, defaults, checks, indexes), with its triggers and foreign keys; the claim finds
 * it first on its search_path.
 */
async function emptyCopy(ctx: Context): Promise<void> {
  const { pool } = ctx;
  await pool.query(`DROP SCHEMA IF EXISTS ${EMPTY_SCHEMA} CASCADE`);
  await pool.query(`CREATE SCHEMA ${EMPTY_SCHEMA}`);
  const copy = `${EMPTY_SCHEMA}.payment_webhook_events`;
  await pool.query(`CREATE TABLE ${copy} (LIKE payment_webhook_events INCLUDING ALL)`);
  const { rows: triggers } = await pool.query<{ def: string }>(
    `SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger
     WHERE tgrelid = 'payment_webhook_events'::regclass AND NOT tgisinternal`,
  );
  for (const t of triggers) await pool.query(t.def.replace(/ ON \S*payment_webhook_events /, ` ON ${copy} `));
  const { rows: fks } = await pool.query<{ name: string; def: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid = 'payment_webhook_events'::regclass AND contype = 'f'`,
  );
  for (const fk of fks) await pool.query(`ALTER TABLE ${copy} ADD CONSTRAINT ${fk.name} ${fk.def}`);
  // Its indexes under the names of the original's (LIKE names them after their columns), for the plans.
  // The original is partitioned (migration 0012): its indexes read back `ON ONLY`, the copy's not.
  const indexes = async (schema: string) =>
    (
      await pool.query<{ name: string; def: string }>(
        `SELECT indexname AS name, regexp_replace(indexdef, ' INDEX \\S+ ON (ONLY )?\\S+ ', ' INDEX ON ') AS def
         FROM pg_indexes WHERE tablename = 'payment_webhook_events' AND schemaname = $1`,
        [schema],
      )
    ).rows;
  const original = await indexes((await pool.query<{ s: string }>('SELECT current_schema() AS s')).rows[0].s);
  const copied = await indexes(EMPTY_SCHEMA);
  if (original.length !== copied.length) throw new Error(`the copy has ${copied.length} of ${original.length} indexes`);
  for (const index of copied) {
    const same = original.find((o) => o.def === index.def);
    if (!same) throw new Error(`the copy's index ${index.name} is not the original's: ${index.def}`);
    if (same.name !== index.name) await pool.query(`ALTER INDEX ${EMPTY_SCHEMA}.${index.name} RENAME TO ${same.name}`);
  }
}

async function claimLatency(ctx: Context): Promise<SectionResult> {
  const { counts: c, settings: s, pool } = ctx;
  const processed = s.quick ? 50_000 : 1_000_000;
  await pool.query('TRUNCATE payment_webhook_events');
  await emptyCopy(ctx);
  const load = await loadProcessed(ctx, processed);
  const schema = (await pool.query<{ s: string }>('SELECT current_schema() AS s')).rows[0].s;
  const open = async (searchPath: string) => {
    const client = new pg.Client({ connectionString: ctx.url, options: `-c search_path=${searchPath}` });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };
  const tables = { empty: await open(`${EMPTY_SCHEMA},${schema}`), full: await open(schema) };
  try {
    let tag = 0;
    const top = async (client: pg.Client, n: number) => queueEvents(client, items(`clm${tag++}`, n, c.workspaces));
    for (const client of Object.values(tables)) {
      await top(client, PENDING);
      await client.query('VACUUM ANALYZE payment_webhook_events');
    }
    const iterations = s.quick ? 150 : 1000;
    const warmup = s.quick ? 20 : 100;
    // Per limit: stop early (after a fifth of the iterations at least) once this many ms went by.
    const budgetMs = s.quick ? 1500 : 6000;
    const limits = [DEFAULT_BATCH, INBOX_BATCH];
    const rows: unknown[][] = [];
    const notes = [...load.notes];
    for (const limit of limits) {
      const times: Record<keyof typeof tables, number[]> = { empty: [], full: [] };
      const started = performance.now();
      for (let i = 0; i < warmup + iterations; i++) {
        if (i >= warmup + Math.ceil(iterations / 5) && performance.now() - started > budgetMs) break;
        // As autovacuum would on a busy queue: the dead versions the claims leave behind, cleared now and then.
        if (i % VACUUM_EVERY === 0)
          for (const client of Object.values(tables)) await client.query('VACUUM payment_webhook_events');
        for (const key of (i % 2 === 0 ? ['empty', 'full'] : ['full', 'empty']) as (keyof typeof tables)[]) {
          const client = tables[key];
          const t0 = performance.now();
          const claimed: WebhookEvent[] = await webhookEvents.claimWebhookEvents(client, { limit, leaseSeconds: 60 });
          const dt = performance.now() - t0;
          if (claimed.length !== limit) throw new Error(`claim on ${key}: ${claimed.length} of ${limit}`);
          if (i >= warmup) times[key].push(dt);
          // Untimed: the claimed events go (deleted, so that the empty table stays empty and the full one
          // holds its processed events only) and as many new events arrive.
          await client.query(
            `DELETE FROM payment_webhook_events WHERE (workspace_id, id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
            [claimed.map((e) => e.workspaceId), claimed.map((e) => e.id)],
          );
          await top(client, limit);
        }
      }
      const empty = stats(times.empty);
      const full = stats(times.full);
      const planEmpty = await claimPlan(tables.empty, limit);
      const planFull = await claimPlan(tables.full, limit);
      rows.push([
        `claimWebhookEvents, limit ${limit}`,
        empty.n,
        fmt.ms(empty.median),
        fmt.ms(empty.p95),
        fmt.ms(full.median),
        fmt.ms(full.p95),
        fmt.ratio(full.median / empty.median),
        planEmpty.buffers,
        planFull.buffers,
      ]);
      notes.push(
        `plan of the claim (limit ${limit}): ${planFull.scans}` +
          (planEmpty.scans === planFull.scans ? ' (both tables)' : ` (full table; empty: ${planEmpty.scans})`),
      );
      ctx.log(
        `  claim, limit ${limit}: ${fmt.ms(empty.median)} empty, ${fmt.ms(full.median)} with ${fmt.int(processed)} processed`,
      );
    }
    const { rows: sizes } = await pool.query<{ empty: string; full: string }>(
      `SELECT pg_size_pretty(pg_total_relation_size($1::regclass)) AS empty,
              pg_size_pretty(pg_total_relation_size('payment_webhook_events'::regclass)) AS full`,
      [`${EMPTY_SCHEMA}.payment_webhook_events`],
    );
    notes.push(`table + indexes after the runs: empty ${sizes[0].empty}, full ${sizes[0].full}`);
    return {
      title: `Claiming with ${fmt.int(processed)} processed events in the table`,
      about:
        `The inbox table loaded with ${fmt.int(processed)} processed events (received over 25 days, spread over the ` +
        `workspaces) and ${PENDING} pending ones, against an empty copy of it (${EMPTY_SCHEMA}.payment_webhook_events: ` +
        "LIKE ... INCLUDING ALL, its triggers and foreign keys; found first on that connection's search_path) holding " +
        `the same ${PENDING} pending events. One connection per table; each iteration claims on both (autocommit, ` +
        'the statement processWebhookEvents runs), alternating which goes first; after each claim, untimed, the ' +
        'claimed events are deleted and as many new events arrive, so that both tables keep what they held; both ' +
        `tables are vacuumed every ${VACUUM_EVERY} iterations (untimed), as autovacuum would. ` +
        'Buffers: the shared buffers one claim touched (after the timed ones: EXPLAIN (ANALYZE, BUFFERS), rolled ' +
        'back), of which read from outside shared_buffers.',
      headers: [
        'call',
        'n',
        'empty p50',
        'empty p95',
        'full p50',
        'full p95',
        'full / empty',
        'buffers, empty',
        'buffers, full',
      ],
      rows,
      notes: [
        ...(s.quick ? [`--quick: ${fmt.int(processed)} processed events (the full run: 1,000,000)`] : []),
        ...notes,
      ],
      targets: [],
    };
  } finally {
    for (const client of Object.values(tables)) await client.end().catch(() => undefined);
    await pool.query(`DROP SCHEMA IF EXISTS ${EMPTY_SCHEMA} CASCADE`).catch(() => undefined);
  }
}
