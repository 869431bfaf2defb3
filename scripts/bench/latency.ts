// Per query class: latency through the facade vs raw pg with the SAME SQL
// (fn.info.text) and the same bound values, interleaved on one connection.
// Raw pg runs twice: as a named prepared statement (what the facade sends:
// the strict baseline, the difference is the library's own work) and as
// pg's default unnamed query (parse and plan on every call).
import pg from 'pg';
import { analytics, customers, prices, syncEvents, syncSessions } from '../../src/index.js';
import { asFn, bind, type Context, type LibraryFn, type SectionResult, type Target } from './context.js';
import { fmt, interleaved, random } from './measure.js';
import { customer, session, uuidOf, workspaceOf } from './seed.js';

export const LATENCY_LIMIT = 1.05;

interface QueryClass {
  label: string;
  fn: LibraryFn;
  /** Facade params of iteration i for variant v (0 facade, 1 raw prepared, 2 raw unnamed, 3 control): reads ignore v. */
  params: (i: number, v: number) => Record<string, unknown>;
  /** The same, keyed by the SQL's parameter names (default: params). */
  bound?: (i: number, v: number) => Record<string, unknown>;
  /** Fraction of the iterations (slow classes run fewer). */
  weight?: number;
}

export async function latency(ctx: Context): Promise<SectionResult> {
  const { counts: c, settings: s } = ctx;
  const rnd = random(7);
  const pick = (from: number, to: number) => from + Math.floor(rnd() * (to - from + 1));
  // Rows sampled up front (same for every variant at iteration i).
  const n = s.warmup + s.iterations;
  const anyCustomer = Array.from({ length: n }, () => customer(pick(1, c.customers), c));
  const bigCustomer = Array.from({ length: n }, () => customer(pick(1, c.bigCustomers - 100), c));
  const smallWorkspace = Array.from({ length: n }, () => uuidOf('w', pick(2, c.workspaces)));
  const smallSession = Array.from({ length: n }, () => session(pick(c.bigSessions + 1, c.sessions), c));
  const anyPrice = Array.from({ length: n }, () => pick(1, c.prices));
  const small = c.bigCustomers + 1;
  const writeWorkspace = uuidOf('w', 2);
  const stamp = new Date('2026-01-01T00:00:00Z');

  const classes: QueryClass[] = [
    {
      label: 'get by id (customers.getCustomer)',
      fn: asFn(customers.getCustomer),
      params: (i) => ({ workspaceId: anyCustomer[i].workspaceId, id: anyCustomer[i].id }),
    },
    {
      label: 'get by external id (getCustomerByExternalID)',
      fn: asFn(customers.getCustomerByExternalID),
      params: (i) => ({
        workspaceId: anyCustomer[i].workspaceId,
        paymentProvider: anyCustomer[i].paymentProvider,
        externalId: anyCustomer[i].externalId,
      }),
    },
    {
      label: 'get with join (prices.getPriceWithProduct)',
      fn: asFn(prices.getPriceWithProduct),
      params: (i) => ({
        workspaceId: uuidOf('w', workspaceOf(Math.floor((anyPrice[i] + 1) / 2), c.bigProducts, c)),
        id: uuidOf('pr', anyPrice[i]),
      }),
    },
    {
      label: 'keyset list page of 100 (listCustomers)',
      fn: asFn(customers.listCustomers),
      params: (i) => ({
        workspaceId: bigCustomer[i].workspaceId,
        limit: 100,
        after: { createdAt: bigCustomer[i].createdAt, id: bigCustomer[i].id },
      }),
      bound: (i) => ({
        workspaceId: bigCustomer[i].workspaceId,
        limit: 100,
        afterCreatedAt: bigCustomer[i].createdAt,
        afterId: bigCustomer[i].id,
      }),
      weight: 0.5,
    },
    {
      // Each variant updates its own rows (small workspaces), each row once: expectedVersion is 0.
      label: 'versioned update (updateCustomerPaymentSyncStatus)',
      fn: asFn(customers.updateCustomerPaymentSyncStatus),
      params: (i, v) => {
        const row = customer(small + 4 * i + v, c);
        return { workspaceId: row.workspaceId, id: row.id, expectedVersion: 0, paymentSyncStatus: 'synced' };
      },
    },
    {
      label: 'create with sync (createCustomerWithSync)',
      fn: asFn(customers.createCustomerWithSync),
      params: (i, v) => ({
        workspaceId: writeWorkspace,
        paymentProvider: 'stripe',
        externalId: `cus_bench_${v}_${i}`,
        email: `bench${v}_${i}@example.com`,
        name: `Bench ${i}`,
        metadata: { source: 'bench' },
        providerUpdatedAt: stamp,
        providerData: { id: `cus_bench_${v}_${i}`, object: 'customer' },
      }),
    },
    {
      label: 'count, small (countSyncSessions)',
      fn: asFn(syncSessions.countSyncSessions),
      params: (i) => ({ workspaceId: smallWorkspace[i] }),
    },
    {
      label: `count, ${fmt.int(Math.round((c.events - c.bigEvents) / (c.sessions - c.bigSessions)))} rows (countSyncEventsBySession)`,
      fn: asFn(syncEvents.countSyncEventsBySession),
      params: (i) => ({ workspaceId: smallSession[i].workspaceId, sessionId: smallSession[i].id }),
      weight: 0.5,
    },
    {
      label: 'analytics summary (getWorkspaceSyncSummary)',
      fn: asFn(analytics.getWorkspaceSyncSummary),
      params: (i) => ({ workspaceId: smallWorkspace[i] }),
      weight: 0.5,
    },
    {
      label: 'provider status (getProviderSyncStatusByWorkspace)',
      fn: asFn(analytics.getProviderSyncStatusByWorkspace),
      params: (i) => ({ workspaceId: smallWorkspace[i], paymentProvider: 'stripe' }),
      weight: 0.5,
    },
  ];

  const client = new pg.Client(ctx.url);
  client.on('error', () => {});
  await client.connect();
  const rows: unknown[][] = [];
  const targets: Target[] = [];
  const ratios: { label: string; ratio: number; noise: number; facade: number; raw: number }[] = [];
  try {
    for (const q of classes) {
      const info = q.fn.info;
      const bound = q.bound ?? q.params;
      const iterations = Math.max(20, Math.round(s.iterations * (q.weight ?? 1)));
      const result = await interleaved(
        {
          facade: (i) => q.fn(client, q.params(i, 0)),
          prepared: (i) =>
            client.query({ name: `bench_${info.statement}`, text: info.text, values: bind(info, bound(i, 1)) }),
          unnamed: (i) => client.query({ text: info.text, values: bind(info, bound(i, 2)) }),
          // The noise floor: raw prepared again, under another statement name.
          control: (i) =>
            client.query({ name: `bench_control_${info.statement}`, text: info.text, values: bind(info, bound(i, 3)) }),
        },
        { warmup: Math.round(s.warmup * (q.weight ?? 1)), iterations, budgetMs: s.classBudgetMs },
      );
      const ratio = result.facade.median / result.prepared.median;
      const noise = result.control.median / result.prepared.median;
      const pass = ratio <= LATENCY_LIMIT;
      ratios.push({ label: q.label, ratio, noise, facade: result.facade.median, raw: result.prepared.median });
      rows.push([
        q.label,
        result.facade.n,
        fmt.ms(result.facade.median),
        fmt.ms(result.facade.p95),
        fmt.ms(result.prepared.median),
        fmt.ms(result.prepared.p95),
        fmt.ratio(ratio),
        fmt.ms(result.unnamed.median),
        fmt.ratio(result.facade.median / result.unnamed.median),
        fmt.ratio(noise),
        pass ? 'PASS' : 'MISS',
      ]);
      ctx.log(
        `  ${q.label}: facade ${fmt.ms(result.facade.median)}, raw prepared ${fmt.ms(result.prepared.median)} (${fmt.ratio(ratio)})`,
      );
    }
  } finally {
    await client.end().catch(() => {});
  }
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const sorted = ratios.map((r) => r.ratio).sort((a, b) => a - b);
  const mid = sorted[Math.floor(sorted.length / 2)];
  const misses = ratios.filter((r) => r.ratio > LATENCY_LIMIT);
  targets.push({
    name: 'facade latency vs raw pg, same SQL (prepared)',
    figure: `median class ${fmt.ratio(mid)}, worst ${fmt.ratio(worst.ratio)} (${worst.label.replace(/ \(.*/, '')})`,
    limit: `<= ${LATENCY_LIMIT.toFixed(2)}x every class`,
    pass: misses.length === 0,
    why: misses.length
      ? misses
          .map(
            (m) =>
              `${m.label.replace(/ \(.*/, '')} +${fmt.ms(m.facade - m.raw)} on ${fmt.ms(m.raw)}` +
              (Math.abs(m.noise - 1) >= m.ratio - 1
                ? ` (within this run's noise: raw vs raw ${fmt.ratio(m.noise)})`
                : ` (raw vs raw ${fmt.ratio(m.noise)})`),
          )
          .join('; ')
      : undefined,
  });
  return {
    title: 'Latency per query class: facade vs raw pg with the same SQL',
    about:
      'One connection; each iteration runs the facade function, the same SQL text and bound values as a named ' +
      "prepared statement (what the facade sends), as pg's default unnamed query, and as a second prepared statement " +
      '(the control: raw vs raw shows the noise floor of the run), cycling through every order of the four. ' +
      `Rows are sampled across all workspaces (the list pages from the ${fmt.int(c.bigCustomers)}-customer workspace); writes touch a ` +
      'different row per variant. Ratio = facade median / raw prepared median.',
    headers: [
      'query class',
      'n',
      'facade p50',
      'facade p95',
      'raw p50',
      'raw p95',
      'ratio',
      'unnamed p50',
      'vs unnamed',
      'raw vs raw',
      'target',
    ],
    rows,
    targets,
  };
}
