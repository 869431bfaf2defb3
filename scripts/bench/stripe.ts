// The Stripe adapter (src/stripe.ts) against the library work it wraps, in the
// same run on the same server:
// * Backfill rows/s: backfillStripe (a `full` sync session; per page: list with
//   the SDK, map every object, one bulk upsert + the session's cursor in one
//   transaction) against the bare bulk upsert of the same objects, mapped
//   beforehand (customers.bulkUpsertCustomersWithSync, the same pages, one call
//   per page, autocommit). To isolate the adapter's own cost from an HTTP
//   server, backfillStripe gets an SDK-shaped client whose customers.list serves
//   pre-built Stripe customers from memory with `starting_after` paging (a
//   stand-in for the network, not for our code). A fresh workspace per run;
//   runs alternate (AB BA ...). Then, as information, one end-to-end backfill
//   through stripe-stateful-mock (a third-party Stripe-compatible server) with
//   the official SDK over HTTP.
// * Webhook intake latency: receiveStripeWebhook (the SDK's signature
//   verification, then recordWebhookEvent) against the raw INSERT ... ON
//   CONFLICT DO NOTHING RETURNING of the same event (inbox.ts's recordLatency
//   baseline), Stripe.webhooks.constructEvent alone, and the two in a row (a
//   hand-written endpoint), interleaved on a pool of one connection.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import Stripe from 'stripe';
import { createPool, customers, webhookEvents, workspaces } from '../../src/index.js';
import {
  backfillStripe,
  mapStripeObject,
  receiveStripeWebhook,
  stripeCustomerParams,
  type BackfillResult,
} from '../../src/stripe.js';
import { startStripeMock } from '../stripe-mock.js';
import { bind, type Context, type SectionResult } from './context.js';
import { fmt, interleaved, median, type Sample } from './measure.js';
import { uuidOf } from './seed.js';

/** backfillStripe (in-memory listing) vs the bare bulk upsert of the same mapped objects, rows/s. */
export const BACKFILL_LIMIT = 0.8;
/** Objects per page, on both sides (the adapter's default, Stripe's maximum). */
export const PAGE = 100;
/** Pages of each side written (untimed) before the timed runs. */
const WARMUP_PAGES = 5;
/** The endpoint's signing secret of the webhook runs. */
const SECRET = 'whsec_payment_sync_db_bench';

/** The raw baseline of recordWebhookEvent, as inbox.ts's recordLatency sends it: the plain insert, the same columns. */
const RAW_RECORD_SQL = `INSERT INTO payment_webhook_events (
    workspace_id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, payload)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
  ON CONFLICT (workspace_id, provider_name, provider_event_id, occurred_at) DO NOTHING
  RETURNING workspace_id, id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at,
       received_at, status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload,
       created_at, updated_at`;

/** A ratio as the tables show it, with a third decimal when two decimals would read as the limit itself. */
const shown = (v: number, limit: number) =>
  fmt.ratio(v) === fmt.ratio(limit) && v !== limit ? `${v.toFixed(3)}x` : fmt.ratio(v);

/** A difference in ms with its sign: +1.20 ms, -40 µs. */
const signed = (ms: number) => `${ms < 0 ? '-' : '+'}${fmt.ms(Math.abs(ms))}`;

/**
 * A Stripe customer as the API serves it (~1 kB of JSON: address, invoice settings, metadata,
 * shipping, the tax_ids sublist): what a list page carries and a customer.* event's data.object.
 */
function stripeCustomer(id: string, k: number): Stripe.Customer {
  const created = 1767225600 + k;
  const address = (city: string) => ({
    city,
    country: 'DE',
    line1: `Hauptstraße ${1 + (k % 200)}`,
    line2: null,
    postal_code: String(10115 + (k % 800)),
    state: null,
  });
  const customer = {
    id,
    object: 'customer',
    address: address('Berlin'),
    balance: 0,
    created,
    currency: 'eur',
    default_source: null,
    delinquent: false,
    description: `Customer ${k} of the bench`,
    discount: null,
    email: `customer.${k}@example.com`,
    invoice_prefix: `B${String(k).padStart(7, '0')}`.slice(0, 8),
    invoice_settings: { custom_fields: null, default_payment_method: `pm_${k}`, footer: null, rendering_options: null },
    livemode: false,
    metadata: { account: `acct_${k % 97}`, plan: k % 2 ? 'pro' : 'team', seats: String(1 + (k % 40)), source: 'bench' },
    name: `Customer ${k}`,
    next_invoice_sequence: 1 + (k % 12),
    phone: `+49 30 ${String(1000000 + k).slice(-7)}`,
    preferred_locales: ['de', 'en'],
    shipping: { address: address('Hamburg'), name: `Customer ${k}`, phone: null },
    tax_exempt: 'none',
    tax_ids: { object: 'list', data: [], has_more: false, url: `/v1/customers/${id}/tax_ids` },
    test_clock: null,
  };
  // The SDK's type has more (optional, expandable) members than a JSON object literal states: one assertion.
  return customer as unknown as Stripe.Customer;
}

/**
 * An SDK-shaped client that serves `objects` from memory: `customers.list({ limit, starting_after })`
 * as Stripe pages it (has_more; an unknown cursor is an error). The only member backfillStripe
 * calls with `objects: ['customer']`; typed as Stripe by a narrow cast. `calls` counts the pages served.
 */
function memoryStripe(objects: readonly Stripe.Customer[]): { stripe: Stripe; calls: () => number } {
  const index = new Map(objects.map((o, i) => [o.id, i]));
  let calls = 0;
  const list = async (params: { limit?: number; starting_after?: string } = {}) => {
    calls++;
    let from = 0;
    if (params.starting_after !== undefined) {
      const at = index.get(params.starting_after);
      if (at === undefined) throw new Error(`No such customer: '${params.starting_after}'`);
      from = at + 1;
    }
    const limit = params.limit ?? 10;
    const data = objects.slice(from, from + limit);
    return { object: 'list' as const, data, has_more: from + limit < objects.length, url: '/v1/customers' };
  };
  return { stripe: { customers: { list } } as unknown as Stripe, calls: () => calls };
}

export async function stripeSection(ctx: Context): Promise<SectionResult[]> {
  let t0 = performance.now();
  const backfill = await backfillRuns(ctx);
  ctx.log(`  backfill runs: ${fmt.seconds(performance.now() - t0)}`);
  t0 = performance.now();
  const intake = await webhookLatency(ctx);
  ctx.log(`  webhook latency: ${fmt.seconds(performance.now() - t0)}`);
  return [backfill, intake];
}

// ---- Backfill.

/** One run of either side: its time, and per page (adapter: between page commits; bare: per call) in ms. */
interface Run {
  ms: number;
  pages: number[];
  /** Adapter: from the call to its first page committed, and from its last page committed to its return (ms). */
  head?: number;
  tail?: number;
}

/** backfillStripe, timed, with the time of every page from its onProgress (called after each page's commit). */
async function timedBackfill(
  pool: pg.Pool,
  workspaceId: string,
  stripe: Stripe,
): Promise<{ run: Run; result: BackfillResult }> {
  const marks: number[] = [];
  const t0 = performance.now();
  const result = await backfillStripe(pool, {
    workspaceId,
    stripe,
    objects: ['customer'],
    pageSize: PAGE,
    onProgress: () => marks.push(performance.now()),
  });
  const end = performance.now();
  return {
    result,
    run: {
      ms: end - t0,
      pages: marks.slice(1).map((m, i) => m - marks[i]),
      head: marks[0] - t0,
      tail: end - marks[marks.length - 1],
    },
  };
}

async function customersIn(pool: pg.Pool, workspaceId: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM customers WHERE workspace_id = $1', [
    workspaceId,
  ]);
  return rows[0].n;
}

async function backfillRuns(ctx: Context): Promise<SectionResult> {
  const { pool, settings: s } = ctx;
  const N = s.quick ? 2000 : 20_000;
  /** Runs per side, in pairs of alternating order (AB BA ...). */
  const perSide = 4;
  /** Customers of the end-to-end run over HTTP. */
  const E2E = s.quick ? 500 : 2000;
  const objects = Array.from({ length: N }, (_, k) => stripeCustomer(`cus_bf${String(k).padStart(7, '0')}`, k));
  const bytes = Math.round(objects.reduce((sum, o) => sum + JSON.stringify(o).length, 0) / N);
  const memory = memoryStripe(objects);

  // The bare side: the same objects mapped beforehand (stripeCustomerParams, untimed), as the bulk
  // statement's columns, one page per call.
  const listedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
  const mapped = objects.map((o) => stripeCustomerParams('00000000-0000-0000-0000-000000000000', o, listedAt));
  const pages = Array.from({ length: Math.ceil(N / PAGE) }, (_, i) => {
    const page = mapped.slice(i * PAGE, (i + 1) * PAGE);
    return {
      paymentProvider: 'stripe',
      externalIds: page.map((p) => p.externalId),
      emails: page.map((p) => p.email ?? null),
      names: page.map((p) => p.name ?? null),
      metadatas: page.map((p) => p.metadata ?? null),
      providerUpdatedAts: page.map((p) => p.providerUpdatedAt),
      providerDatas: page.map((p) => p.providerData ?? null),
    };
  });
  const bare = async (workspaceId: string): Promise<Run> => {
    const times: number[] = [];
    const t0 = performance.now();
    for (const page of pages) {
      const c0 = performance.now();
      const r = await customers.bulkUpsertCustomersWithSync(pool, { workspaceId, ...page });
      times.push(performance.now() - c0);
      if (r.inserted !== page.externalIds.length) throw new Error(`bulk upsert inserted ${r.inserted}`);
    }
    return { ms: performance.now() - t0, pages: times };
  };
  const adapter = async (workspaceId: string): Promise<Run> => {
    const served = memory.calls();
    const { run, result } = await timedBackfill(pool, workspaceId, memory.stripe);
    const c = result.counts.customer;
    if (c.listed !== N || c.inserted !== N || c.refused !== 0) throw new Error(`backfill: ${JSON.stringify(c)}`);
    if (memory.calls() - served !== pages.length) throw new Error(`backfill: ${memory.calls() - served} pages listed`);
    return run;
  };
  const sides = [
    { key: 'adapter', fn: adapter },
    { key: 'bare', fn: bare },
  ] as const;
  // Warm-up (untimed): a few pages of each side into workspaces of their own (prepared statements, JIT).
  const warm = memoryStripe(objects.slice(0, WARMUP_PAGES * PAGE));
  for (const side of sides) {
    const ws = await workspaces.createWorkspace(pool, { name: `bench stripe warm-up ${side.key}` });
    if (side.key === 'adapter') await timedBackfill(pool, ws!.id, warm.stripe);
    else
      for (const page of pages.slice(0, WARMUP_PAGES))
        await customers.bulkUpsertCustomersWithSync(pool, { workspaceId: ws!.id, ...page });
  }
  const runs: Record<(typeof sides)[number]['key'], Run[]> = { adapter: [], bare: [] };
  let tag = 0;
  for (let r = 0; r < perSide; r++) {
    for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
      const ws = await workspaces.createWorkspace(pool, { name: `bench stripe ${side.key} ${tag++}` });
      // The same starting point for every run: just checkpointed (as inbox.ts's runs).
      await pool.query('CHECKPOINT').catch(() => undefined);
      const run = await side.fn(ws!.id);
      const n = await customersIn(pool, ws!.id);
      if (n !== N) throw new Error(`${side.key}: ${n} of ${N} customers written`);
      runs[side.key].push(run);
      ctx.log(`  ${side.key}: ${fmt.int((N / run.ms) * 1000)} rows/s (${fmt.ms(run.ms)})`);
    }
  }
  // All rows / all time per side.
  const rate = (key: keyof typeof runs) => (runs[key].length * N * 1000) / runs[key].reduce((sum, x) => sum + x.ms, 0);
  const ratio = rate('adapter') / rate('bare');
  const pass = ratio >= BACKFILL_LIMIT;

  // Where the adapter's time goes: mapping alone (median of 3 passes over the N objects), the pages, head and tail.
  const mapMs = median(
    [0, 1, 2].map(() => {
      const m0 = performance.now();
      for (const o of objects) mapStripeObject(uuidOf('w', 2), o, listedAt);
      return performance.now() - m0;
    }),
  );
  const adapterPage = median(runs.adapter.flatMap((x) => x.pages));
  const barePage = median(runs.bare.flatMap((x) => x.pages));
  const head = median(runs.adapter.map((x) => x.head!));
  const tail = median(runs.adapter.map((x) => x.tail!));
  // The adapter's extra time per run over the bare side (medians): the pages after the first, what comes
  // before the first page is committed (beyond one bare page), and what comes after the last.
  const extra = {
    run: median(runs.adapter.map((x) => x.ms)) - median(runs.bare.map((x) => x.ms)),
    pages: (adapterPage - barePage) * (pages.length - 1),
    head: head - barePage,
    tail,
  };
  const extraLine =
    `the adapter's extra time per run, ${signed(extra.run)} (medians): ${pages.length - 1} more pages at ` +
    `${signed(adapterPage - barePage)} each ${signed(extra.pages)}, before the first page (beyond one bare page) ` +
    `${signed(extra.head)}, after the last page ${signed(extra.tail)} (the scan for objects no longer listed, ` +
    `${((extra.tail / extra.run) * 100).toFixed(0)}% of the extra)`;

  // End to end: stripe-stateful-mock over HTTP with the official SDK (one run, information only).
  const e2e = await endToEnd(ctx, E2E);
  ctx.log(
    `  end to end (stripe-stateful-mock): ${fmt.int((E2E / e2e.run.ms) * 1000)} rows/s (${fmt.ms(e2e.run.ms)}; ` +
      `listing alone ${fmt.ms(e2e.listMs)})`,
  );
  const list = (xs: Run[]) => xs.map((x) => fmt.ms(x.ms)).join(', ');

  return {
    title: `Stripe backfill of ${fmt.int(N)} customers: backfillStripe vs the bare bulk upsert`,
    about:
      `${fmt.int(N)} Stripe customers (${fmt.int(bytes)} bytes of JSON each, as the API serves them) into a fresh ` +
      `workspace per run, in pages of ${PAGE}; each page commits durably. backfillStripe (objects: customer) gets an ` +
      'SDK-shaped client whose customers.list serves the pre-built objects from memory with `starting_after` ' +
      'paging (a stand-in for the network, so that what is timed is the adapter: its sync session, listing, ' +
      'mapping every object with mapStripeObject, per page ONE transaction with the bulk upsert and the ' +
      "session's cursor, the scan for objects no longer listed, completing the session). The bare side: the same " +
      'objects mapped beforehand with stripeCustomerParams (untimed), written with ' +
      `customers.bulkUpsertCustomersWithSync, ${PAGE} per call, one call per page, autocommit. ${perSide} runs per ` +
      'side in alternating order (AB BA ...), each after a CHECKPOINT (untimed); rows/s = all rows / all time per side. The end-to-end row is one ' +
      'backfill through stripe-stateful-mock (a third-party Stripe-compatible server, a local child process) with ' +
      'the official SDK over HTTP: information, to show where the time goes, not a target.',
    headers: ['method', 'rows/s', 'time per run', 'vs bare bulk upsert', 'target'],
    rows: [
      [
        `backfillStripe, in-memory SDK stand-in (${fmt.int(N)} customers, pages of ${PAGE})`,
        fmt.int(rate('adapter')),
        list(runs.adapter),
        shown(ratio, BACKFILL_LIMIT),
        pass ? 'PASS' : 'MISS',
      ],
      [
        `bare customers.bulkUpsertCustomersWithSync, pre-mapped (${PAGE} per call, autocommit)`,
        fmt.int(rate('bare')),
        list(runs.bare),
        '1.00x',
        '',
      ],
      [
        `backfillStripe end to end: stripe-stateful-mock, SDK over HTTP (${fmt.int(E2E)} customers, 1 run)`,
        fmt.int((E2E / e2e.run.ms) * 1000),
        fmt.ms(e2e.run.ms),
        fmt.ratio(((E2E / e2e.run.ms) * 1000) / rate('bare')),
        '',
      ],
      [
        `  of which: the SDK's customers.list alone over HTTP, no database (${fmt.int(E2E)} customers)`,
        fmt.int((E2E / e2e.listMs) * 1000),
        fmt.ms(e2e.listMs),
        '',
        '',
      ],
    ],
    notes: [
      ...(s.quick
        ? [`--quick: ${fmt.int(N)} customers per run (the full run: 20,000), ${fmt.int(E2E)} end to end`]
        : []),
      `per page: backfillStripe ${fmt.ms(adapterPage)} median (list + map + BEGIN, bulk upsert, session progress ` +
        `update, COMMIT; between two onProgress calls) vs the bare call ${fmt.ms(barePage)} median; ` +
        `mapping alone (mapStripeObject) ${fmt.ms(mapMs / N)} per object, ${fmt.ms((mapMs / N) * PAGE)} per page; ` +
        `before the first page is committed ${fmt.ms(head)} (provider config read, active and latest session ` +
        `look-ups, session created, the first page); after the last ${fmt.ms(tail)} (the scan for objects no longer ` +
        `listed: the workspace's ${fmt.int(N)} customers read back, their external ids only, through ` +
        'listExternalIDsByProvider in pages of 1,000, and completing the session)',
      extraLine,
      `end to end (stripe-stateful-mock ${e2e.version}): ${fmt.int(E2E)} customers created through the SDK first ` +
        `(untimed, ${fmt.ms(e2e.createMs)}), ~${fmt.int(e2e.bytes)} bytes of JSON each; per page ` +
        `${fmt.ms(median(e2e.run.pages))} median, before the first page ${fmt.ms(e2e.run.head!)}, after the last ` +
        `${fmt.ms(e2e.run.tail!)}; listing alone is ${fmt.ms(e2e.listMs)} of the run's ${fmt.ms(e2e.run.ms)} ` +
        `(${((e2e.listMs / e2e.run.ms) * 100).toFixed(0)}%): the rest is the database`,
      'the server, the benchmark and the mock server share the 2 cores (with whatever else runs): the figures are noisy; ' +
        `before the timed runs, ${WARMUP_PAGES} pages of each side (untimed)`,
    ],
    targets: [
      {
        name: `backfillStripe (in-memory listing, ${fmt.int(N)} customers, pages of ${PAGE}) vs bare bulk upsert, rows/s`,
        figure: `${shown(ratio, BACKFILL_LIMIT)} (${fmt.int(rate('adapter'))} vs ${fmt.int(rate('bare'))} rows/s)`,
        limit: `>= ${BACKFILL_LIMIT.toFixed(2)}x`,
        pass,
        why: pass
          ? undefined
          : `per page ${fmt.ms(adapterPage)} vs ${fmt.ms(barePage)} (3 more round trips: BEGIN, the session's ` +
            `progress update, COMMIT); after the last page ${fmt.ms(tail)} (the scan for objects no longer listed ` +
            `reads the ${fmt.int(N)} rows back, provider_data included); ${extraLine}`,
      },
    ],
  };
}

/** One backfill through stripe-stateful-mock: `n` customers created (untimed), the listing alone, then the backfill. */
async function endToEnd(ctx: Context, n: number) {
  const mock = await startStripeMock();
  try {
    const sdk = mock.client();
    const c0 = performance.now();
    for (let k = 0; k < n; k++) {
      await sdk.customers.create({
        email: `customer.${k}@example.com`,
        name: `Customer ${k}`,
        description: `Customer ${k} of the bench`,
        phone: `+49 30 ${String(1000000 + k).slice(-7)}`,
        metadata: { plan: k % 2 ? 'pro' : 'team', seats: String(1 + (k % 40)), source: 'bench' },
        address: { city: 'Berlin', country: 'DE', line1: `Hauptstraße ${1 + (k % 200)}`, postal_code: '10115' },
        preferred_locales: ['de', 'en'],
      });
    }
    const createMs = performance.now() - c0;
    // The listing alone, as the adapter pages it (also warms the server's and the SDK's paths).
    const l0 = performance.now();
    let after: string | undefined;
    let listed = 0;
    let size = 0;
    for (;;) {
      const page = await sdk.customers.list({ limit: PAGE, ...(after ? { starting_after: after } : {}) });
      listed += page.data.length;
      if (after === undefined) size = JSON.stringify(page.data[0]).length;
      if (!page.has_more || page.data.length === 0) break;
      after = page.data[page.data.length - 1].id;
    }
    const listMs = performance.now() - l0;
    if (listed !== n) throw new Error(`stripe-stateful-mock listed ${listed} of ${n} customers`);
    const ws = await workspaces.createWorkspace(ctx.pool, { name: 'bench stripe end to end' });
    const { run, result } = await timedBackfill(ctx.pool, ws!.id, sdk);
    const c = result.counts.customer;
    if (c.inserted !== n || c.refused !== 0) throw new Error(`end-to-end backfill: ${JSON.stringify(c)}`);
    const version = (createRequire(import.meta.url)('stripe-stateful-mock/package.json') as { version: string })
      .version;
    return { run, listMs, createMs, bytes: size, version };
  } finally {
    await mock.stop();
  }
}

// ---- Webhook intake.

/** A Stripe customer.updated event (~1.6 kB of JSON): the customer, its previous attributes, the request. */
function customerUpdated(eventId: string, customerId: string, k: number) {
  const customer = stripeCustomer(customerId, k);
  return {
    id: eventId,
    object: 'event',
    api_version: '2024-06-20',
    created: Math.floor(Date.now() / 1000),
    data: {
      object: customer,
      previous_attributes: { email: `old.${k}@example.com`, metadata: { plan: 'starter' }, name: `Old name ${k}` },
    },
    livemode: false,
    pending_webhooks: 2,
    request: { id: `req_${String(k).padStart(14, '0')}`, idempotency_key: `idem-${k}-${eventId}` },
    type: 'customer.updated',
  };
}

/** One delivery as the endpoint receives it: the body's bytes, the Stripe-Signature header, the event parsed. */
interface Delivery {
  workspaceId: string;
  body: Buffer;
  header: string;
  event: Stripe.Event;
}

/** recordWebhookEvent's params for a verified event, as receiveStripeWebhook passes them (workspace given). */
const recordParams = (workspaceId: string, event: Stripe.Event) => ({
  workspaceId,
  providerName: 'stripe',
  providerEventId: event.id,
  eventType: event.type,
  entityType: 'customer' as const,
  externalId: (event.data.object as { id: string }).id,
  occurredAt: new Date(event.created * 1000),
  payload: event,
});

async function webhookLatency(ctx: Context): Promise<SectionResult> {
  const { counts: c, settings: s } = ctx;
  const info = webhookEvents.recordWebhookEvent.info;
  const expected = ['workspaceId', 'providerName', 'providerEventId', 'eventType', 'entityType', 'externalId'];
  if (info.params.map((p) => p.name).join() !== [...expected, 'occurredAt', 'payload'].join()) {
    throw new Error(`recordWebhookEvent's params changed: ${info.params.map((p) => p.name).join(', ')}`);
  }
  // A pool of one connection, as receiveStripeWebhook takes a pool: every variant checks it out per call.
  const pool = createPool({ connectionString: ctx.url, max: 1, onIdleError: () => undefined });
  try {
    await pool.query('SELECT 1');
    const keys = ['receive', 'handWritten', 'raw', 'verify'] as const;
    const total = s.warmup + s.iterations;
    // Every call gets a new event, signed beforehand (untimed), the signatures' timestamps now (the SDK's
    // tolerance, 300 s, is far more than a class takes).
    const deliveries = Object.fromEntries(
      keys.map((key, v) => [
        key,
        Array.from({ length: total }, (_, i): Delivery => {
          const k = keys.length * i + v;
          const event = customerUpdated(`evt_bench_${key}_${i}`, `cus_bench_wh_${key}_${i}`, k);
          const body = JSON.stringify(event);
          return {
            workspaceId: uuidOf('w', 2 + (k % (c.workspaces - 1))),
            body: Buffer.from(body),
            header: Stripe.webhooks.generateTestHeaderString({ payload: body, secret: SECRET }),
            event: JSON.parse(body) as Stripe.Event,
          };
        }),
      ]),
    ) as Record<(typeof keys)[number], Delivery[]>;
    const bytes = deliveries.receive[0].body.length;
    const raw = (name: string, d: Delivery, event: Stripe.Event) =>
      pool.query({ name, text: RAW_RECORD_SQL, values: bind(info, recordParams(d.workspaceId, event)) });
    const result = await interleaved(
      {
        receive: async (i) => {
          const d = deliveries.receive[i];
          const r = await receiveStripeWebhook(pool, {
            rawBody: d.body,
            signature: d.header,
            secrets: SECRET,
            workspaceId: d.workspaceId,
          });
          if (r.duplicate) throw new Error('receiveStripeWebhook: a new event recorded as a duplicate');
        },
        handWritten: async (i) => {
          const d = deliveries.handWritten[i];
          const event = Stripe.webhooks.constructEvent(d.body, d.header, SECRET);
          const r = await raw('bench_stripe_raw_record_after_verify', d, event);
          if (r.rowCount !== 1) throw new Error('constructEvent + raw insert: not recorded');
        },
        raw: async (i) => {
          const d = deliveries.raw[i];
          const r = await raw('bench_stripe_raw_record', d, d.event);
          if (r.rowCount !== 1) throw new Error('raw insert: not recorded');
        },
        verify: async (i) => {
          const d = deliveries.verify[i];
          Stripe.webhooks.constructEvent(d.body, d.header, SECRET);
        },
      },
      { warmup: s.warmup, iterations: s.iterations, budgetMs: s.classBudgetMs },
    );
    const row = (label: string, r: Sample, vsHand: boolean) => [
      label,
      r.n,
      fmt.ms(r.median),
      fmt.ms(r.p95),
      fmt.ratio(r.median / result.raw.median),
      vsHand ? fmt.ratio(r.median / result.handWritten.median) : '',
    ];
    const { receive, handWritten, raw: rawSample, verify } = result;
    return {
      title: 'Stripe webhook intake: receiveStripeWebhook vs raw INSERT ... ON CONFLICT DO NOTHING RETURNING',
      about:
        `A pool of one connection, autocommit (each record commits durably); every call a new Stripe ` +
        `customer.updated event (${fmt.int(bytes)} bytes of JSON, a different event id per call and variant, ` +
        'spread over the workspaces), signed beforehand with Stripe.webhooks.generateTestHeaderString (untimed). ' +
        'Each iteration runs, cycling through every order: receiveStripeWebhook (the SDK verifies the signature ' +
        'and parses the body, then recordWebhookEvent, the workspace given); Stripe.webhooks.constructEvent ' +
        'followed by the raw statement (a hand-written endpoint); the raw statement alone on the event parsed ' +
        "beforehand (inbox.ts's baseline of recordWebhookEvent: the plain INSERT ... ON CONFLICT DO NOTHING, " +
        'returning the same 19 columns, a named prepared statement, the same bound values); and ' +
        'Stripe.webhooks.constructEvent alone (HMAC-SHA256 of the body, JSON.parse). Ratios are of medians.',
      headers: ['call', 'n', 'p50', 'p95', 'vs raw INSERT (p50)', 'vs constructEvent + raw INSERT (p50)'],
      rows: [
        row('receiveStripeWebhook (verify + record)', receive, true),
        row('Stripe.webhooks.constructEvent + raw INSERT (hand-written endpoint)', handWritten, true),
        row('raw INSERT ... ON CONFLICT DO NOTHING RETURNING (record only)', rawSample, false),
        row('Stripe.webhooks.constructEvent alone (verify only)', verify, false),
      ],
      notes: [
        `the split, p50: receiveStripeWebhook ${fmt.ms(receive.median)} = verification ~${fmt.ms(verify.median)} ` +
          `(constructEvent alone) + recording ~${fmt.ms(rawSample.median)} (the raw INSERT) ` +
          `and the remaining ${signed(receive.median - verify.median - rawSample.median)}, recordWebhookEvent's own ` +
          `work over the raw statement (its checks of the params and the payload, its plain insert, row mapping) ` +
          `and receiveStripeWebhook's (the header and event checks); the ` +
          `hand-written endpoint ${fmt.ms(handWritten.median)}`,
        ...(s.quick ? [`--quick: ${s.iterations} iterations (${s.warmup} warm-up), ${s.classBudgetMs} ms cap`] : []),
      ],
      targets: [],
    };
  } finally {
    await pool.end().catch(() => undefined);
  }
}
