// The partitioned sync event log (migration 0012) against the plain table it
// replaced, in one run, on the same rows: four months of events (2,000,000 in
// the full run) in the partitioned `payment_sync_events` (one monthly
// partition each) and in a plain twin (`bench_plain.payment_sync_events`:
// the same columns, constraints and indexes, no partitions). The same facade
// functions read both: the twin is reached through a connection whose
// search_path puts `bench_plain` first, so the SQL text is the same.
//   1. the event queries, interleaved, partitioned vs plain (target <= 1.10x);
//   2. retention of the oldest month: a partition drop
//      (payment_sync_drop_log_partitions) vs DELETE ... WHERE created_at < $1,
//      with the time and the table's size after.
import pg from 'pg';
import { syncEvents } from '../../src/index.js';
import { asFn, type Context, type LibraryFn, type SectionResult, type Target } from './context.js';
import { fmt, interleaved, random, time } from './measure.js';

export const PARTITIONED_LIMIT = 1.1;

const MONTHS = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01'];
const MONTH_MS = 28 * 86_400_000; // rows spread over the first 28 days of each month

export async function partitions(ctx: Context): Promise<SectionResult> {
  const { settings: s } = ctx;
  const perMonth = s.quick ? 25_000 : 500_000;
  const total = perMonth * MONTHS.length;
  const setup = new pg.Client(ctx.url);
  setup.on('error', () => {});
  await setup.connect();
  const plainUrl = new URL(ctx.url);
  plainUrl.searchParams.set('options', '-c search_path=bench_plain,public');
  const part = new pg.Client(ctx.url);
  const plain = new pg.Client(plainUrl.toString());
  for (const c of [part, plain]) c.on('error', () => {});
  const rows: unknown[][] = [];
  const notes: string[] = [];
  const targets: Target[] = [];
  try {
    // ---- The data: sessions of the seeded small workspaces, their events in four monthly partitions.
    const { rows: sessions } = await setup.query<{ workspace_id: string; id: string }>(
      `SELECT workspace_id, id FROM payment_sync_sessions ORDER BY id LIMIT 40`,
    );
    for (const month of MONTHS) {
      await setup.query(`SELECT psdb_create_log_partition('payment_sync_events', $1::timestamp)`, [month]);
    }
    await setup.query(`SET session_replication_role = replica`); // a bulk load: no per-row trigger work
    const load = await time(async () => {
      for (const [m, month] of MONTHS.entries()) {
        await setup.query(
          `INSERT INTO payment_sync_events (workspace_id, id, session_id, provider_name, entity_type, external_id,
             event_type, created_at, updated_at)
           SELECT s.workspace_id, md5('pe' || g)::uuid, s.id, (ARRAY['stripe', 'chargebee'])[1 + g % 2],
                  (ARRAY['customer', 'product', 'price', 'subscription'])[1 + g % 4], 'cus_pe_' || g,
                  (ARRAY['created', 'updated', 'skipped', 'failed'])[1 + (g / 4) % 4],
                  $2::timestamptz + ((g - $3) * $4::float8 / $5) * interval '1 millisecond',
                  $2::timestamptz + ((g - $3) * $4::float8 / $5) * interval '1 millisecond'
           FROM generate_series($3::int, $3::int + $5::int - 1) g
           JOIN unnest($1::uuid[], $6::uuid[]) WITH ORDINALITY AS s(workspace_id, id, k) ON s.k = 1 + g % $7`,
          [
            sessions.map((r) => r.workspace_id),
            month,
            m * perMonth + 1,
            MONTH_MS,
            perMonth,
            sessions.map((r) => r.id),
            sessions.length,
          ],
        );
      }
    });
    await setup.query(`RESET session_replication_role`);
    await setup.query(`DROP SCHEMA IF EXISTS bench_plain CASCADE`);
    await setup.query(`CREATE SCHEMA bench_plain`);
    await setup.query(`CREATE TABLE bench_plain.payment_sync_events (LIKE public.payment_sync_events INCLUDING ALL)`);
    await setup.query(
      `INSERT INTO bench_plain.payment_sync_events
       SELECT * FROM public.payment_sync_events WHERE created_at >= $1 AND created_at < $2`,
      [MONTHS[0], '2024-05-01'],
    );
    await setup.query(`VACUUM ANALYZE public.payment_sync_events`);
    await setup.query(`VACUUM ANALYZE bench_plain.payment_sync_events`);
    const { rows: layout } = await setup.query<{ partitions: number; indexes: number }>(
      `SELECT (SELECT count(*)::int FROM pg_inherits WHERE inhparent = 'public.payment_sync_events'::regclass) AS partitions,
              (SELECT count(*)::int FROM pg_indexes WHERE schemaname = 'bench_plain') AS indexes`,
    );
    notes.push(
      `${fmt.int(total)} events loaded into ${MONTHS.length} monthly partitions in ${fmt.seconds(load.ms)} ` +
        `(the partitioned table has ${layout[0].partitions} partitions in all, the seeded events in its DEFAULT); ` +
        `the plain twin holds the same ${fmt.int(total)} rows with the same ${layout[0].indexes} indexes.`,
    );

    // ---- 1. The event queries on both.
    await part.connect();
    await plain.connect();
    const rnd = random(15);
    const n = s.warmup + s.iterations;
    const pickSession = () => sessions[Math.floor(rnd() * sessions.length)];
    const sampled = Array.from({ length: n }, pickSession);
    const { rows: someEvents } = await setup.query<{ workspace_id: string; id: string; created_at: Date }>(
      `SELECT workspace_id, id, created_at FROM bench_plain.payment_sync_events TABLESAMPLE SYSTEM (1) LIMIT $1`,
      [n],
    );
    const classes: { label: string; fn: LibraryFn; params: (i: number) => Record<string, unknown>; weight?: number }[] =
      [
        {
          label: 'get by id (getSyncEvent)',
          fn: asFn(syncEvents.getSyncEvent),
          params: (i) => ({
            workspaceId: someEvents[i % someEvents.length].workspace_id,
            id: someEvents[i % someEvents.length].id,
          }),
        },
        {
          label: 'page of 100 by session (listSyncEventsBySession)',
          fn: asFn(syncEvents.listSyncEventsBySession),
          params: (i) => ({
            workspaceId: sampled[i].workspace_id,
            sessionId: sampled[i].id,
            limit: 100,
            after: {
              createdAt: someEvents[i % someEvents.length].created_at,
              id: someEvents[i % someEvents.length].id,
            },
          }),
        },
        {
          label: 'page of 100 by provider (listSyncEventsByProvider)',
          fn: asFn(syncEvents.listSyncEventsByProvider),
          params: (i) => ({ workspaceId: sampled[i].workspace_id, providerName: 'stripe', limit: 100 }),
        },
        {
          label: 'count by session (countSyncEventsBySession)',
          fn: asFn(syncEvents.countSyncEventsBySession),
          params: (i) => ({ workspaceId: sampled[i].workspace_id, sessionId: sampled[i].id }),
          weight: 0.2,
        },
        {
          label: 'latest per entity type (getLatestSyncEventsByEntityType)',
          fn: asFn(syncEvents.getLatestSyncEventsByEntityType),
          params: (i) => ({ workspaceId: sampled[i].workspace_id }),
          weight: 0.5,
        },
      ];
    const ratios: { label: string; ratio: number }[] = [];
    for (const q of classes) {
      const iterations = Math.max(20, Math.round(s.iterations * (q.weight ?? 1)));
      const result = await interleaved(
        { partitioned: (i) => q.fn(part, q.params(i)), plain: (i) => q.fn(plain, q.params(i)) },
        { warmup: Math.round(s.warmup * (q.weight ?? 1)), iterations, budgetMs: s.classBudgetMs },
      );
      const ratio = result.partitioned.median / result.plain.median;
      ratios.push({ label: q.label, ratio });
      rows.push([
        q.label,
        result.partitioned.n,
        fmt.ms(result.partitioned.median),
        fmt.ms(result.partitioned.p95),
        fmt.ms(result.plain.median),
        fmt.ms(result.plain.p95),
        fmt.ratio(ratio),
      ]);
      ctx.log(`  ${q.label}: partitioned ${fmt.ms(result.partitioned.median)}, plain ${fmt.ms(result.plain.median)}`);
    }
    const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    targets.push({
      name: 'event queries, partitioned log vs the plain table',
      figure: `worst ${fmt.ratio(worst.ratio)} (${worst.label.replace(/ \(.*/, '')})`,
      limit: `<= ${PARTITIONED_LIMIT.toFixed(2)}x every query`,
      pass: worst.ratio <= PARTITIONED_LIMIT,
    });

    // ---- 2. Retention of the oldest month.
    const sizeOf = async (sql: string) => Number((await setup.query<{ bytes: string }>(sql)).rows[0].bytes);
    const partSize = () =>
      sizeOf(
        `SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0) AS bytes FROM pg_inherits
         WHERE inhparent = 'public.payment_sync_events'::regclass AND inhrelid::regclass::text ~ '_p2024_0[1-4]$'`,
      );
    const plainSize = () => sizeOf(`SELECT pg_total_relation_size('bench_plain.payment_sync_events') AS bytes`);
    const before = { part: await partSize(), plain: await plainSize() };
    const cutoff = MONTHS[1];
    const dropped = await time(() => setup.query(`SELECT * FROM payment_sync_drop_log_partitions($1)`, [cutoff]));
    const deleted = await time(() =>
      setup.query(`DELETE FROM bench_plain.payment_sync_events WHERE created_at < $1`, [cutoff]),
    );
    const after = { part: await partSize(), plain: await plainSize() };
    const vacuum = await time(() => setup.query(`VACUUM bench_plain.payment_sync_events`));
    const afterVacuum = await plainSize();
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
    const droppedNames = dropped.value.rows.map((r: Record<string, unknown>) => Object.values(r).join(' ')).join('; ');
    rows.push([
      `retention of ${MONTHS[0].slice(0, 7)} (${fmt.int(perMonth)} of ${fmt.int(total)} events)`,
      1,
      `drop: ${fmt.ms(dropped.ms)}`,
      `size ${mb(before.part)} -> ${mb(after.part)}`,
      `DELETE: ${fmt.ms(deleted.ms)} (${fmt.int(deleted.value.rowCount ?? 0)} rows)`,
      `size ${mb(before.plain)} -> ${mb(after.plain)}; after VACUUM (${fmt.ms(vacuum.ms)}) ${mb(afterVacuum)}`,
      fmt.ratio(dropped.ms / deleted.ms),
    ]);
    notes.push(`payment_sync_drop_log_partitions('${cutoff}') returned: ${droppedNames || 'nothing'}.`);
    targets.push({
      name: 'retention of one month: partition drop vs DELETE',
      figure: `${fmt.ratio(dropped.ms / deleted.ms)} of the time (${fmt.ms(dropped.ms)} vs ${fmt.ms(deleted.ms)}); size after ${mb(after.part)} vs ${mb(after.plain)}`,
      limit: 'measured',
      pass: true,
    });
    ctx.log(`  retention: drop ${fmt.ms(dropped.ms)}, DELETE ${fmt.ms(deleted.ms)}`);
  } finally {
    await part.end().catch(() => {});
    await plain.end().catch(() => {});
    await setup.query(`DROP SCHEMA IF EXISTS bench_plain CASCADE`).catch(() => {});
    await setup.end().catch(() => {});
  }
  return {
    title: `Partitioned sync event log vs the plain table (${fmt.int(total)} events over four months)`,
    about:
      'The same rows in the partitioned payment_sync_events (monthly partitions, migration 0012) and in a plain ' +
      'twin with the same columns, constraints and indexes; the same facade functions read both (the twin through a ' +
      'search_path), interleaved on two connections. Ratio = partitioned median / plain median. Retention: the ' +
      'oldest month removed by payment_sync_drop_log_partitions (detach + drop) and by one DELETE on the twin; size ' +
      "is pg_total_relation_size of the four months' partitions and of the twin.",
    headers: ['query', 'n', 'partitioned p50', 'partitioned p95', 'plain p50', 'plain p95', 'ratio'],
    rows,
    notes,
    targets,
  };
}
