// Bulk status update of many external ids in the big workspace:
// syncStatus.bulkUpdateCustomerSyncStatus vs one raw UPDATE with the same SQL
// and values vs a per-row loop of syncStatus.updateCustomerSyncStatus (on a
// sample, extrapolated). Every run updates ids no other run touched.
import { syncStatus } from '../../src/index.js';
import { asFn, bind, type Context, type SectionResult } from './context.js';
import { fmt, median, random, time } from './measure.js';
import { customer, uuidOf } from './seed.js';

export const STATUS_LIMIT = 1.1;

export async function bulkStatus(ctx: Context): Promise<SectionResult> {
  const { counts: c, settings: s } = ctx;
  const workspaceId = uuidOf('w', 1);
  // Stripe customers of the big workspace (n % 3 != 0), in a random order.
  const stripe: number[] = [];
  for (let n = 1; n <= c.bigCustomers; n++) if (n % 3 !== 0) stripe.push(n);
  const rnd = random(17);
  for (let i = stripe.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [stripe[i], stripe[j]] = [stripe[j], stripe[i]];
  }
  const size = s.statusRows;
  if (stripe.length < size * 2 * s.bulkReps + s.loopSample)
    throw new Error('too few stripe customers for the bulk status runs');
  let next = 0;
  const take = (k: number) => stripe.slice(next, (next += k));
  const bulk = asFn(syncStatus.bulkUpdateCustomerSyncStatus);
  const paramsOf = (ns: number[]) => ({
    workspaceId,
    paymentProvider: 'stripe',
    externalIds: ns.map((n) => `cus_${n}`),
    paymentSyncStatus: 'synced',
  });
  const facadeMs: number[] = [];
  const rawMs: number[] = [];
  for (let r = 0; r < s.bulkReps; r++) {
    const runs = [
      async () => {
        const params = paramsOf(take(size));
        const { ms, value } = await time(() => bulk(ctx.pool, params));
        if (value !== size) throw new Error(`facade bulk update changed ${String(value)} rows, expected ${size}`);
        facadeMs.push(ms);
      },
      async () => {
        const params = paramsOf(take(size));
        const { ms, value } = await time(() => ctx.pool.query(bulk.info.text, bind(bulk.info, params)));
        if (value.rowCount !== size) throw new Error(`raw update changed ${value.rowCount} rows, expected ${size}`);
        rawMs.push(ms);
      },
    ];
    // ABBA: facade, raw, raw, facade, facade, raw...: both sides get the same average position in a
    // series of runs that each slow the next a little (dead tuples), so neither is favoured.
    if (r % 2) runs.reverse();
    for (const run of runs) await run();
  }
  // Per-row loop, sampled.
  const loopRows = take(s.loopSample).map((n) => customer(n, c));
  const { ms: loopTotal } = await time(async () => {
    for (const row of loopRows) {
      await syncStatus.updateCustomerSyncStatus(ctx.pool, { workspaceId, id: row.id, paymentSyncStatus: 'synced' });
    }
  });
  const loopMs = (loopTotal / loopRows.length) * size;
  const f = median(facadeMs);
  const raw = median(rawMs);
  const ratio = f / raw;
  ctx.log(
    `  bulk status: facade ${fmt.ms(f)}, raw ${fmt.ms(raw)} (${fmt.ratio(ratio)}), per-row loop ~${fmt.ms(loopMs)}`,
  );
  const per = (ms: number) => fmt.int((size / ms) * 1000);
  return {
    title: `Bulk status update of ${fmt.int(size)} external ids (big workspace)`,
    about:
      `bulkUpdateCustomerSyncStatus (one statement, the ids as ONE array parameter) vs the same SQL and values as one ` +
      `raw pg query, ${s.bulkReps} run(s) each, alternating, each on ids no other run touched; vs a loop of ` +
      `updateCustomerSyncStatus by id, timed on ${fmt.int(s.loopSample)} rows and extrapolated (labelled).`,
    headers: ['method', 'time (median)', 'rows/s', 'vs raw UPDATE', 'target'],
    rows: [
      [
        'syncStatus.bulkUpdateCustomerSyncStatus',
        fmt.ms(f),
        per(f),
        fmt.ratio(ratio),
        ratio <= STATUS_LIMIT ? 'PASS' : 'MISS',
      ],
      ['raw UPDATE, same SQL and values', fmt.ms(raw), per(raw), '1.00x', ''],
      [
        `per-row loop (extrapolated from ${fmt.int(loopRows.length)} rows)`,
        `~${fmt.ms(loopMs)}`,
        `~${per(loopMs)}`,
        fmt.ratio(loopMs / raw),
        '',
      ],
    ],
    targets: [
      {
        name: `bulk status update (${fmt.int(size)} ids) vs raw UPDATE`,
        figure: `${fmt.ratio(ratio)} (${fmt.ms(f)} vs ${fmt.ms(raw)}; per-row loop ~${fmt.ratio(loopMs / raw)})`,
        limit: `<= ${STATUS_LIMIT.toFixed(2)}x`,
        pass: ratio <= STATUS_LIMIT,
        why:
          ratio <= STATUS_LIMIT
            ? undefined
            : `few long runs (facade ${facadeMs.map((ms) => fmt.ms(ms)).join(', ')}; raw ${rawMs.map((ms) => fmt.ms(ms)).join(', ')}): ` +
              'the per-run spread exceeds the gap; no per-call work of the facade grows with the array but one pass of checks',
      },
    ],
  };
}
