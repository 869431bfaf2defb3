// Throughput of single-row queries with a few concurrent callers sharing a
// pool: the facade vs raw pg unnamed queries (pg's default) vs raw pg named
// (prepared) queries, same SQL and values. Rounds rotate the order.
import { customers } from '../../src/index.js';
import { createPool } from '../../src/pool.js';
import { asFn, bind, type Context, type SectionResult } from './context.js';
import { fmt, random, throughput } from './measure.js';
import { customer } from './seed.js';

export async function throughputSection(ctx: Context): Promise<SectionResult> {
  const { counts: c, settings: s } = ctx;
  const rnd = random(11);
  const sample = Array.from({ length: 100_000 }, () => customer(1 + Math.floor(rnd() * c.customers), c));
  const pool = createPool({ connectionString: ctx.url, max: s.workers });
  const rows: unknown[][] = [];
  const targets = [];
  try {
    for (const [label, fn, params] of [
      [
        'get by id',
        asFn(customers.getCustomer),
        (i: number) => ({ workspaceId: sample[i % sample.length].workspaceId, id: sample[i % sample.length].id }),
      ],
      [
        'get by external id',
        asFn(customers.getCustomerByExternalID),
        (i: number) => {
          const row = sample[i % sample.length];
          return { workspaceId: row.workspaceId, paymentProvider: row.paymentProvider, externalId: row.externalId };
        },
      ],
    ] as const) {
      const info = fn.info;
      const result = await throughput(
        {
          facade: (i) => fn(pool, params(i)),
          unnamed: (i) => pool.query({ text: info.text, values: bind(info, params(i)) }),
          prepared: (i) =>
            pool.query({ name: `bench_${info.statement}`, text: info.text, values: bind(info, params(i)) }),
        },
        { workers: s.workers, rounds: s.rounds, roundMs: s.roundMs, warmupMs: Math.min(1000, s.roundMs) },
      );
      const ratio = result.facade.opsPerSec / result.unnamed.opsPerSec;
      rows.push([
        `${label} (${s.workers} callers)`,
        fmt.int(result.facade.opsPerSec),
        fmt.int(result.unnamed.opsPerSec),
        fmt.int(result.prepared.opsPerSec),
        fmt.ratio(ratio),
        fmt.ratio(result.facade.opsPerSec / result.prepared.opsPerSec),
        ratio >= 1 ? 'PASS' : 'MISS',
      ]);
      ctx.log(
        `  ${label}: facade ${fmt.int(result.facade.opsPerSec)}/s, unnamed ${fmt.int(result.unnamed.opsPerSec)}/s, prepared ${fmt.int(result.prepared.opsPerSec)}/s`,
      );
      targets.push({
        name: `facade throughput, ${label}, vs raw pg unnamed`,
        figure: `${fmt.ratio(ratio)} (${fmt.int(result.facade.opsPerSec)} vs ${fmt.int(result.unnamed.opsPerSec)} ops/s)`,
        limit: '>= 1.00x',
        pass: ratio >= 1,
        why:
          ratio >= 1
            ? undefined
            : `the facade's per-call work outweighs the parse/plan it saves by preparing (prepared raw: ${fmt.int(result.prepared.opsPerSec)} ops/s)`,
      });
    }
  } finally {
    await pool.end();
  }
  return {
    title: 'Throughput of single-row queries',
    about:
      `A pool of ${s.workers} connections and ${s.workers} concurrent callers; ${s.rounds} rounds of ${fmt.seconds(s.roundMs)} ` +
      'per variant in a rotating order, after a warm-up. Random customers of all workspaces. The server and the ' +
      'benchmark share the same cores.',
    headers: [
      'query',
      'facade ops/s',
      'raw unnamed ops/s',
      'raw prepared ops/s',
      'facade/unnamed',
      'facade/prepared',
      'target',
    ],
    rows,
    targets,
  };
}
