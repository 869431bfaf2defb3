// The cost of row-level security: the same queries in a transaction under
// withWorkspace(..., { role: 'payment_sync_app' }) vs in a transaction of the
// same shape (BEGIN, set_config, SET LOCAL ROLE NONE, query, COMMIT) without
// the role. Each side has its own connection, so a prepared statement is
// always planned for the role it runs under (a plan made for one role is
// replanned under another).
import { customers, withTransaction, withWorkspace } from '../../src/index.js';
import { createPool } from '../../src/pool.js';
import type pg from 'pg';
import type { Context, SectionResult } from './context.js';
import { fmt, random, stats } from './measure.js';
import { performance } from 'node:perf_hooks';
import { customer } from './seed.js';

export async function rls(ctx: Context): Promise<SectionResult> {
  const { counts: c, settings: s } = ctx;
  const base = {
    title: 'Row-level security: withWorkspace(role payment_sync_app) vs the same transaction without RLS',
    about:
      'Transactions of identical shape (BEGIN, set_config of the workspace, SET LOCAL ROLE, the query, COMMIT), ' +
      'one connection per side, interleaved. "txn" is the whole transaction as the caller sees it; "query" is the ' +
      'statement alone, timed inside it.',
    headers: ['query', 'RLS txn p50', 'plain txn p50', 'txn ratio', 'RLS query p50', 'plain query p50', 'query ratio'],
    targets: [],
  };
  const { rows: can } = await ctx.pool.query<{ ok: boolean }>(
    `SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) OR pg_has_role(current_user, 'payment_sync_app', 'MEMBER') AS ok`,
  );
  if (!can[0].ok) return { ...base, rows: [], notes: ['skipped: the login role may not SET ROLE payment_sync_app'] };

  const rlsPool = createPool({ connectionString: ctx.url, max: 1 });
  const plainPool = createPool({ connectionString: ctx.url, max: 1 });
  const rnd = random(13);
  const n = s.warmup + s.iterations;
  const sample = Array.from({ length: n }, () => customer(1 + Math.floor(rnd() * c.customers), c));
  const big = Array.from({ length: n }, () => customer(1 + Math.floor(rnd() * (c.bigCustomers - 100)), c));
  const rows: unknown[][] = [];
  try {
    for (const [label, query, workspaceOf] of [
      [
        'get by id (getCustomer)',
        (db: pg.PoolClient, i: number) =>
          customers.getCustomer(db, { workspaceId: sample[i].workspaceId, id: sample[i].id }),
        (i: number) => sample[i].workspaceId,
      ],
      [
        'keyset page of 100 (listCustomers, big workspace)',
        (db: pg.PoolClient, i: number) =>
          customers.listCustomers(db, {
            workspaceId: big[i].workspaceId,
            limit: 100,
            after: { createdAt: big[i].createdAt, id: big[i].id },
          }),
        (i: number) => big[i].workspaceId,
      ],
    ] as const) {
      const times = {
        rlsTxn: [] as number[],
        plainTxn: [] as number[],
        rlsQuery: [] as number[],
        plainQuery: [] as number[],
      };
      const timed = async (into: number[], i: number, db: pg.PoolClient) => {
        const t0 = performance.now();
        const result = await query(db, i);
        if (i >= s.warmup) into.push(performance.now() - t0);
        return result;
      };
      const variants = [
        async (i: number) => {
          const t0 = performance.now();
          const result = await withWorkspace(rlsPool, workspaceOf(i), (db) => timed(times.rlsQuery, i, db), {
            role: 'payment_sync_app',
          });
          if (i >= s.warmup) times.rlsTxn.push(performance.now() - t0);
          return result;
        },
        async (i: number) => {
          const t0 = performance.now();
          const result = await withTransaction(plainPool, (db) => timed(times.plainQuery, i, db), {
            setUp: async (db) => {
              await db.query(`SELECT set_config('payment_sync.workspace_id', $1, true)`, [workspaceOf(i)]);
              await db.query('SET LOCAL ROLE NONE');
            },
          });
          if (i >= s.warmup) times.plainTxn.push(performance.now() - t0);
          return result;
        },
      ];
      const iterations = label.startsWith('keyset') ? Math.round(s.iterations / 2) : s.iterations;
      const started = performance.now();
      for (let i = 0; i < s.warmup + iterations; i++) {
        const a = await variants[i % 2](i);
        const b = await variants[(i + 1) % 2](i);
        // Same rows, same result: RLS must not hide the workspace's own rows.
        if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${label}: RLS and plain results differ at ${i}`);
        if (i > s.warmup + iterations / 5 && performance.now() - started > s.classBudgetMs) break;
      }
      const [rt, pt, rq, pq] = [times.rlsTxn, times.plainTxn, times.rlsQuery, times.plainQuery].map(
        (t) => stats(t).median,
      );
      rows.push([label, fmt.ms(rt), fmt.ms(pt), fmt.ratio(rt / pt), fmt.ms(rq), fmt.ms(pq), fmt.ratio(rq / pq)]);
      ctx.log(
        `  ${label}: RLS txn ${fmt.ms(rt)} vs ${fmt.ms(pt)} (${fmt.ratio(rt / pt)}), query ${fmt.ratio(rq / pq)}`,
      );
    }
  } finally {
    await rlsPool.end();
    await plainPool.end();
  }
  return { ...base, rows, notes: ['no target: reported for information'] };
}
