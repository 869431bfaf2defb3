// Bulk ingest of new provider customers, rows/s: the library's
// bulkUpsertCustomersWithSync vs COPY into a staging table + INSERT ... SELECT
// ON CONFLICT (the fastest way in), vs multi-row VALUES in batches within the
// 65,535-parameter limit, vs a per-row loop of createCustomerWithSync (timed on
// a sample, extrapolated). Each run writes into a fresh workspace; the runs of
// each repetition go in a rotating order.
// Re-sync, on the same runs: the library's first load of a batch is followed
// by the unchanged replay of the very same batch (target: <= 0.30x the time
// of the first load, 0 tuples written), and a changed batch (every object
// newer, other content: all updated) is timed against the statement the
// library ran before migration 0007 (raw pg, an equal batch), alternating.
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { customers, withTransaction, workspaces } from '../../src/index.js';
import { asFn, bind, type Context, type SectionResult } from './context.js';
import { fmt, median, time } from './measure.js';

export const INGEST_LIMIT = 0.5;
/** Unchanged replay of a batch vs its first load (time), and no tuple written. */
export const REPLAY_LIMIT = 0.3;
/** Changed batch (all updated): the library vs the statement it ran before migration 0007. */
export const CHANGED_LIMIT = 1.05;
/** Objects per bulkUpsertCustomersWithSync call. */
export const BULK_BATCH = 10_000;
/** Rows per multi-row VALUES statement: 6 parameters per row + 2 shared = 60,002 <= 65,535. */
export const VALUES_BATCH = 10_000;

interface Obj {
  externalId: string;
  email: string;
  name: string;
  metadata: { [key: string]: string | number };
  providerUpdatedAt: Date;
  providerData: { [key: string]: string };
}

/** Tags of equal length (`ing000`...), so that equal batches hold rows of equal size. */
const tagOf = (run: number) => `ing${String(run).padStart(3, '0')}`;

function objects(count: number, tag: string): Obj[] {
  const at = new Date('2026-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, k) => ({
    externalId: `cus_${tag}_${k}`,
    email: `${tag}${k}@example.com`,
    name: `Ingested ${k}`,
    metadata: { source: 'bench', k },
    providerUpdatedAt: new Date(at.getTime() + k),
    providerData: { id: `cus_${tag}_${k}`, object: 'customer', email: `${tag}${k}@example.com` },
  }));
}

/** The same objects, each newer and with other content: a re-sync in which every object changed. */
function changedObjects(rows: Obj[]): Obj[] {
  return rows.map((o, k) => ({
    externalId: o.externalId,
    email: `changed.${o.email}`,
    name: `Changed ${k}`,
    metadata: { source: 'bench', k, changed: 1 },
    providerUpdatedAt: new Date(o.providerUpdatedAt.getTime() + 3_600_000),
    providerData: { ...o.providerData, email: `changed.${o.email}` },
  }));
}

/**
 * The statement bulkUpsertCustomersWithSync ran before migration 0007
 * (queries/customers/BulkUpsertCustomersWithSync.sql at git HEAD), verbatim
 * but for one line: its ON CONFLICT target predicate is that of the unique
 * index since 0007 (`WHERE deleted_at IS NULL OR provider_deleted`), without
 * which it no longer runs. It rewrites every row it finds (version + 1), an
 * unchanged replay too. The baseline of the changed batch, run with raw pg.
 */
const PREVIOUS_BULK_UPSERT = `WITH batch AS (
  SELECT DISTINCT ON (b.external_id) b.external_id, b.email, b.name, b.metadata, b.provider_updated_at,
         b.provider_data, b.position
  FROM unnest(
    :externalIds!::text[], :emails::text[], :names::text[], :metadatas::jsonb[],
    :providerUpdatedAts!::timestamptz[], :providerDatas::jsonb[]
  ) WITH ORDINALITY AS b (external_id, email, name, metadata, provider_updated_at, provider_data, position)
  ORDER BY b.external_id, b.provider_updated_at DESC, b.position DESC
),
written AS (
  INSERT INTO customers AS c (
    workspace_id, email, name, metadata, payment_provider, external_id,
    payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
  SELECT
    :workspaceId!::uuid, b.email, b.name, COALESCE(b.metadata, '{}'), :paymentProvider!::text, b.external_id,
    COALESCE(:paymentSyncStatus::text, 'synced'),
    CASE WHEN COALESCE(:paymentSyncStatus::text, 'synced') = 'synced' THEN now() END,
    b.provider_updated_at, b.provider_data
  FROM batch b
  ORDER BY b.external_id
  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
  DO UPDATE SET
    email = excluded.email,
    name = excluded.name,
    metadata = excluded.metadata,
    payment_sync_status = excluded.payment_sync_status,
    payment_synced_at = COALESCE(excluded.payment_synced_at, c.payment_synced_at),
    payment_sync_error = NULL,
    payment_sync_version = c.payment_sync_version + 1,
    provider_updated_at = excluded.provider_updated_at,
    provider_data = excluded.provider_data
  WHERE c.provider_updated_at IS NULL OR c.provider_updated_at <= excluded.provider_updated_at
  RETURNING (c.xmax = 0) AS inserted
)
SELECT
  count(*) FILTER (WHERE w.inserted) AS "inserted!",
  count(*) FILTER (WHERE NOT w.inserted) AS "updated!",
  cardinality(:externalIds!::text[]) - count(*) AS "stale!"
FROM written w;`;

/** pgtyped's `:name` / `:name!` parameters as $1..$n, numbered in order of first appearance (as pgtyped does). */
export function positional(sql: string): { text: string; names: string[] } {
  const names: string[] = [];
  const text = sql.replace(/(?<![:\w]):([A-Za-z]\w*)!?/g, (_, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return { text, names };
}
const PREVIOUS = positional(PREVIOUS_BULK_UPSERT);

/** Tuples of customers written by the current transaction so far (its own counters; HOT updates are among upd). */
export interface Tuples {
  ins: number;
  upd: number;
  hot: number;
  del: number;
}
const TUPLES_SQL = `SELECT n_tup_ins AS ins, n_tup_upd AS upd, n_tup_hot_upd AS hot, n_tup_del AS del
  FROM pg_stat_xact_user_tables WHERE relid = 'customers'::regclass`;
const noTuples = (): Tuples => ({ ins: 0, upd: 0, hot: 0, del: 0 });
export async function tuplesNow(client: pg.ClientBase): Promise<Tuples> {
  const { rows } = await client.query<Record<keyof Tuples, string>>(TUPLES_SQL);
  const r = rows[0] ?? { ins: '0', upd: '0', hot: '0', del: '0' };
  return { ins: Number(r.ins), upd: Number(r.upd), hot: Number(r.hot), del: Number(r.del) };
}
/** ins + upd + del (a HOT update is one of upd); the sum with n_tup_hot_upd added as well is in the notes. */
const written = (t: Tuples) => t.ins + t.upd + t.del;
const tuplesLabel = (t: Tuples) =>
  written(t) === 0
    ? '0'
    : [
        t.ins && `${fmt.int(t.ins)} ins`,
        t.upd && `${fmt.int(t.upd)} upd (${fmt.int(t.hot)} HOT)`,
        t.del && `${fmt.int(t.del)} del`,
      ]
        .filter(Boolean)
        .join(', ');

interface Tally {
  inserted: number;
  updated: number;
  unchanged: number;
  stale: number;
}
type Call = (client: pg.PoolClient) => Promise<Tally>;

interface Counted {
  ms: number;
  tuples: Tuples;
  tally: Tally;
}
const newCounted = (): Counted => ({
  ms: 0,
  tuples: noTuples(),
  tally: { inserted: 0, updated: 0, unchanged: 0, stale: 0 },
});

/**
 * Runs one call in its own transaction (one commit per call, as autocommit
 * would), reading that transaction's tuple counters of customers before and
 * after the call, and adds it to `into`. Times the call and its COMMIT only
 * (not the BEGIN nor the counter reads).
 */
async function countedCall(client: pg.PoolClient, call: Call, into: Counted): Promise<void> {
  await client.query('BEGIN');
  try {
    const before = await tuplesNow(client);
    const t0 = performance.now();
    const r = await call(client);
    into.ms += performance.now() - t0;
    const after = await tuplesNow(client);
    for (const k of Object.keys(into.tuples) as (keyof Tuples)[]) into.tuples[k] += after[k] - before[k];
    for (const k of Object.keys(into.tally) as (keyof Tally)[]) into.tally[k] += Number(r[k] ?? 0);
    const t1 = performance.now();
    await client.query('COMMIT');
    into.ms += performance.now() - t1;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** The calls one after the other on one connection, each counted (see `countedCall`). */
async function counted(client: pg.PoolClient, calls: Call[]): Promise<Counted> {
  const result = newCounted();
  for (const call of calls) await countedCall(client, call, result);
  return result;
}

/**
 * Two series of calls interleaved call by call, alternating which goes first
 * (a1 b1 b2 a2 a3 b3 ...), so that checkpoints, autovacuum and the table's
 * growth hit both alike.
 */
async function countedPair(client: pg.PoolClient, a: Call[], b: Call[]): Promise<[Counted, Counted]> {
  const ra = newCounted();
  const rb = newCounted();
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const pair: [Call | undefined, Counted][] = [
      [a[i], ra],
      [b[i], rb],
    ];
    if (i % 2) pair.reverse();
    for (const [call, into] of pair) if (call) await countedCall(client, call, into);
  }
  return [ra, rb];
}

/** Where each row of a workspace is and who last wrote or locked it: unchanged by a replay that touches no row. */
const FOOTPRINT_SQL = `SELECT count(*)::int AS n, count(*) FILTER (WHERE xmax::text <> '0')::int AS locked,
    sum(hashtext(ctid::text || '/' || xmin::text))::text AS digest
  FROM customers WHERE workspace_id = $1`;
async function footprint(client: pg.ClientBase, workspaceId: string) {
  const { rows } = await client.query<{ n: number; locked: number; digest: string }>(FOOTPRINT_SQL, [workspaceId]);
  return rows[0];
}

const UPSERT_SET = `ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
DO UPDATE SET
  email = excluded.email, name = excluded.name, metadata = excluded.metadata,
  payment_sync_status = excluded.payment_sync_status,
  payment_synced_at = COALESCE(excluded.payment_synced_at, c.payment_synced_at),
  payment_sync_error = NULL, payment_sync_version = c.payment_sync_version + 1,
  provider_updated_at = excluded.provider_updated_at, provider_data = excluded.provider_data
WHERE c.provider_updated_at IS NULL OR c.provider_updated_at <= excluded.provider_updated_at`;

/** COPY text format: tab-separated, \N for null, backslash escapes. */
const copyField = (v: string | null) =>
  v === null ? '\\N' : v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** Rows written; or rows written and the ms to count (when the method times part of its work only). */
type Method = (workspaceId: string, rows: Obj[]) => Promise<number | { written: number; ms: number }>;

const chunks = (rows: Obj[]) =>
  Array.from({ length: Math.ceil(rows.length / BULK_BATCH) }, (_, i) =>
    rows.slice(i * BULK_BATCH, (i + 1) * BULK_BATCH),
  );

/** The parameters of one call of bulkUpsertCustomersWithSync (and of the previous statement) for a batch. */
const batchParams = (workspaceId: string, batch: Obj[]) => ({
  workspaceId,
  paymentProvider: 'stripe',
  externalIds: batch.map((o) => o.externalId),
  providerUpdatedAts: batch.map((o) => o.providerUpdatedAt),
  emails: batch.map((o) => o.email),
  names: batch.map((o) => o.name),
  metadatas: batch.map((o) => o.metadata),
  providerDatas: batch.map((o) => o.providerData),
});

/** The library: bulkUpsertCustomersWithSync, BULK_BATCH objects per call. */
const libraryCalls = (workspaceId: string, rows: Obj[]): Call[] =>
  chunks(rows).map((batch) => (db) => customers.bulkUpsertCustomersWithSync(db, batchParams(workspaceId, batch)));

/** The previous statement, raw pg, as a named prepared statement (as the library sends its own), same batches. */
const previousCalls = (workspaceId: string, rows: Obj[]): Call[] =>
  chunks(rows).map((batch) => async (db) => {
    const params: Record<string, unknown> = batchParams(workspaceId, batch);
    const { rows: r } = await db.query<Record<'inserted!' | 'updated!' | 'stale!', string>>({
      name: 'bench_previous_bulk_upsert',
      text: PREVIOUS.text,
      values: PREVIOUS.names.map((name) => params[name] ?? null),
    });
    return {
      inserted: Number(r[0]['inserted!']),
      updated: Number(r[0]['updated!']),
      unchanged: 0,
      stale: Number(r[0]['stale!']),
    };
  });

interface PlanNode {
  'Node Type': string;
  'Join Type'?: string;
  'Subplan Name'?: string;
  'Index Name'?: string;
  'Actual Total Time'?: number;
  'Actual Loops'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

/** EXPLAIN (ANALYZE, BUFFERS) of one call: execution time, each CTE's time and shape, and the buffers. */
async function explainCall(client: pg.ClientBase, text: string, values: unknown[]) {
  type Explained = { 'QUERY PLAN': [{ 'Execution Time': number; Plan: PlanNode }] };
  // Execution time without the per-node clock reads (which slow a plan of 10,000 loops), then the timed plan.
  const untimed = await client.query<Explained>(`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${text}`, values);
  const ms = untimed.rows[0]['QUERY PLAN'][0]['Execution Time'];
  const { rows } = await client.query<Explained>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values);
  const { 'Execution Time': timedMs, Plan: root } = rows[0]['QUERY PLAN'][0];
  const shape = (node: PlanNode): string[] => {
    const type = node['Node Type'];
    const join = node['Join Type'] && node['Join Type'] !== 'Inner' ? node['Join Type'] : undefined;
    // As EXPLAIN's text format names them: "Merge Anti Join", "Nested Loop Left Join".
    const own = /Join|Nested Loop/.test(type)
      ? [join ? (type.endsWith(' Join') ? type.replace(/ Join$/, ` ${join} Join`) : `${type} ${join} Join`) : type]
      : node['Index Name']
        ? [`${type} ${node['Index Name']} x${fmt.int(node['Actual Loops'] ?? 1)}`]
        : [];
    return [...own, ...(node.Plans ?? []).filter((c) => !c['Subplan Name']).flatMap(shape)];
  };
  const ctes = (root.Plans ?? [])
    .filter((n) => n['Subplan Name']?.startsWith('CTE '))
    .map((n) => {
      const parts = shape(n);
      return `${n['Subplan Name']}${parts.length ? ` (${parts.join(', ')})` : ''} ${fmt.ms(n['Actual Total Time'] ?? 0)}`;
    });
  const buffers = `${fmt.int(root['Shared Hit Blocks'] ?? 0)} buffers hit, ${fmt.int(root['Shared Read Blocks'] ?? 0)} read`;
  return { ms, timedMs, summary: `${ctes.join('; ')}; ${buffers}` };
}

/** A ratio as the tables show it, with one more digit when rounding would hide which side of the limit it is. */
const shown = (v: number, limit: number) =>
  fmt.ratio(v) === fmt.ratio(limit) && v !== limit ? `${v.toFixed(3)}x` : fmt.ratio(v);

/** The array parameters of the statement and their types, for the probe of `replayBreakdown`. */
const ARRAY_TYPES = {
  externalIds: 'text[]',
  emails: 'text[]',
  names: 'text[]',
  metadatas: 'jsonb[]',
  providerUpdatedAts: 'timestamptz[]',
  providerDatas: 'jsonb[]',
} as const;

/**
 * What one unchanged replay call spends its time on (`rows` is what the workspace stores): the call
 * through the library (median of 5), the statement's execution on the server (EXPLAIN ANALYZE of one
 * call, in a transaction rolled back; unnamed, so a custom plan), and a probe that sends the same six
 * arrays, encoded by pg as the call's are, and has the server parse them and nothing else.
 */
async function replayBreakdown(client: pg.PoolClient, workspaceId: string, rows: Obj[]) {
  const fn = asFn(customers.bulkUpsertCustomersWithSync);
  const params = batchParams(workspaceId, rows);
  const entries = Object.entries(ARRAY_TYPES) as [keyof typeof ARRAY_TYPES, string][];
  const probe = `SELECT ${entries.map(([, type], i) => `cardinality($${i + 1}::${type})`).join(', ')}`;
  const callMs: number[] = [];
  const probeMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const call = await time(() => fn(client, params));
    expect('replay (breakdown)', call.value as Tally, { unchanged: rows.length });
    callMs.push(call.ms);
    probeMs.push(
      (
        await time(() =>
          client.query(
            probe,
            entries.map(([name]) => params[name]),
          ),
        )
      ).ms,
    );
  }
  await client.query('BEGIN');
  try {
    const plan = await explainCall(client, fn.info.text, bind(fn.info, params));
    return { objects: rows.length, callMs: median(callMs), probeMs: median(probeMs), plan };
  } finally {
    await client.query('ROLLBACK');
  }
}

function expect(what: string, got: Tally, want: Partial<Tally>) {
  const full: Tally = { inserted: 0, updated: 0, unchanged: 0, stale: 0, ...want };
  if ((Object.keys(full) as (keyof Tally)[]).some((k) => Number(got[k]) !== full[k]))
    throw new Error(`${what}: got ${JSON.stringify(got)}, expected ${JSON.stringify(full)}`);
}

export async function ingest(ctx: Context): Promise<SectionResult[]> {
  // The library's batches (and the previous statement's) run on one connection, in counted transactions.
  const client = await ctx.pool.connect();
  try {
    return await measure(ctx, client, ctx.settings.ingestRows);
  } finally {
    client.release();
  }
}

async function measure(ctx: Context, client: pg.PoolClient, N: number): Promise<SectionResult[]> {
  const { settings: s } = ctx;
  const pool = ctx.pool;
  const loads: Counted[] = [];
  const replays: Counted[] = [];
  const changed: Record<'library' | 'previous', Counted[]> = { library: [], previous: [] };
  let locked = 0;
  let moved = 0;
  /** A workspace the library last wrote and the objects it stores: where the replay breakdown runs. */
  let stored: { workspaceId: string; rows: Obj[] } | undefined;

  /** The library's first load of `rows` into the empty workspace, then the unchanged replay of the same batch. */
  const loadAndReplay = async (workspaceId: string, rows: Obj[]) => {
    const load = await counted(client, libraryCalls(workspaceId, rows));
    expect('first load', load.tally, { inserted: rows.length });
    loads.push(load);
    const before = await footprint(client, workspaceId);
    const replay = await counted(client, libraryCalls(workspaceId, rows));
    expect('unchanged replay', replay.tally, { unchanged: rows.length });
    const after = await footprint(client, workspaceId);
    locked = Math.max(locked, after.locked);
    if (after.digest !== before.digest || after.n !== before.n) moved++;
    replays.push(replay);
    return load;
  };

  const bulk = async (workspaceId: string, rows: Obj[]) => {
    const load = await loadAndReplay(workspaceId, rows);
    return { written: load.tally.inserted + load.tally.updated, ms: load.ms };
  };

  const copy: Method = (workspaceId, rows) =>
    withTransaction(pool, async (client) => {
      await client.query(`CREATE TEMP TABLE bench_ingest_staging (
        external_id text, email text, name text, metadata jsonb, provider_updated_at timestamptz, provider_data jsonb
      ) ON COMMIT DROP`);
      const stream = client.query(copyStreams.from('COPY bench_ingest_staging FROM STDIN'));
      const CHUNK = 2000;
      function* chunks() {
        for (let i = 0; i < rows.length; i += CHUNK) {
          let text = '';
          for (const o of rows.slice(i, i + CHUNK)) {
            text +=
              [
                o.externalId,
                o.email,
                o.name,
                JSON.stringify(o.metadata),
                o.providerUpdatedAt.toISOString(),
                JSON.stringify(o.providerData),
              ]
                .map(copyField)
                .join('\t') + '\n';
          }
          yield text;
        }
      }
      await pipeline(Readable.from(chunks()), stream);
      const r = await client.query(
        `INSERT INTO customers AS c (workspace_id, email, name, metadata, payment_provider, external_id,
           payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
         SELECT $1::uuid, s.email, s.name, COALESCE(s.metadata, '{}'), $2::text, s.external_id, 'synced', now(),
           s.provider_updated_at, s.provider_data
         FROM bench_ingest_staging s
         ${UPSERT_SET}`,
        [workspaceId, 'stripe'],
      );
      return r.rowCount ?? 0;
    });

  const values: Method = async (workspaceId, rows) => {
    let written = 0;
    for (let i = 0; i < rows.length; i += VALUES_BATCH) {
      const batch = rows.slice(i, i + VALUES_BATCH);
      const params: unknown[] = [workspaceId, 'stripe'];
      const tuples: string[] = [];
      for (const o of batch) {
        const p = params.length;
        tuples.push(`($1, $${p + 1}, $${p + 2}, $${p + 3}, $2, $${p + 4}, 'synced', now(), $${p + 5}, $${p + 6})`);
        params.push(
          o.email,
          o.name,
          JSON.stringify(o.metadata),
          o.externalId,
          o.providerUpdatedAt,
          JSON.stringify(o.providerData),
        );
      }
      const r = await pool.query(
        `INSERT INTO customers AS c (workspace_id, email, name, metadata, payment_provider, external_id,
           payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
         VALUES ${tuples.join(',\n')}
         ${UPSERT_SET}`,
        params,
      );
      written += r.rowCount ?? 0;
    }
    return written;
  };

  const loop: Method = async (workspaceId, rows) => {
    for (const o of rows) {
      await customers.createCustomerWithSync(pool, { workspaceId, paymentProvider: 'stripe', ...o });
    }
    return rows.length;
  };

  const methods: { key: string; label: string; fn: Method; rows: number }[] = [
    {
      key: 'bulk',
      label: `customers.bulkUpsertCustomersWithSync (${fmt.int(BULK_BATCH)} per call)`,
      fn: bulk,
      rows: N,
    },
    { key: 'copy', label: 'COPY into staging + INSERT ... SELECT ON CONFLICT', fn: copy, rows: N },
    {
      key: 'values',
      label: `multi-row VALUES ON CONFLICT (${fmt.int(VALUES_BATCH)} rows, ${fmt.int(VALUES_BATCH * 6 + 2)} params per statement)`,
      fn: values,
      rows: N,
    },
    {
      key: 'loop',
      label: `per-row createCustomerWithSync (extrapolated from ${fmt.int(s.loopSample)} rows)`,
      fn: loop,
      rows: s.loopSample,
    },
  ];
  const rates: Record<string, number[]> = Object.fromEntries(methods.map((m) => [m.key, []]));
  let run = 0;
  for (let r = 0; r < s.bulkReps; r++) {
    const order = methods.map((_, j) => methods[(r + j) % methods.length]);
    let first: { workspaceId: string; rows: Obj[] } | undefined;
    for (const m of order) {
      const ws = await workspaces.createWorkspace(pool, { name: `bench ingest ${m.key} ${r}` });
      const rows = objects(m.rows, tagOf(run++));
      const { ms: elapsed, value } = await time(() => m.fn(ws!.id, rows));
      const { written, ms } = typeof value === 'number' ? { written: value, ms: elapsed } : value;
      if (written !== m.rows) throw new Error(`${m.key} wrote ${written} rows, expected ${m.rows}`);
      rates[m.key].push((m.rows / ms) * 1000);
      if (m.key === 'bulk') first = { workspaceId: ws!.id, rows };
    }
    // A second workspace loaded (and replayed) the same way, so that the changed batch runs on two equal
    // workspaces: the library on one, the previous statement on the other.
    const ws = await workspaces.createWorkspace(pool, { name: `bench re-sync ${r}` });
    const second = { workspaceId: ws!.id, rows: objects(N, tagOf(run++)) };
    await loadAndReplay(second.workspaceId, second.rows);
    // The changed batch: the library on one workspace and the previous statement on the other, call by call
    // interleaved; which workspace each gets alternates per repetition.
    const [onLibrary, onPrevious] = r % 2 === 0 ? [first!, second] : [second, first!];
    const [lib, prev] = await countedPair(
      client,
      libraryCalls(onLibrary.workspaceId, changedObjects(onLibrary.rows)),
      previousCalls(onPrevious.workspaceId, changedObjects(onPrevious.rows)),
    );
    expect('changed batch (library)', lib.tally, { updated: N });
    expect('changed batch (previous statement)', prev.tally, { updated: N });
    changed.library.push(lib);
    changed.previous.push(prev);
    stored = { workspaceId: onLibrary.workspaceId, rows: changedObjects(onLibrary.rows) };
  }
  const rate = Object.fromEntries(methods.map((m) => [m.key, median(rates[m.key])]));
  const ratio = rate.bulk / rate.copy;
  ctx.log(
    `  ingest: bulk ${fmt.int(rate.bulk)} rows/s, COPY ${fmt.int(rate.copy)}, VALUES ${fmt.int(rate.values)}, loop ${fmt.int(rate.loop)}`,
  );

  const breakdown = await replayBreakdown(client, stored!.workspaceId, stored!.rows.slice(0, BULK_BATCH));
  const rest = breakdown.callMs - breakdown.probeMs - breakdown.plan.ms;

  // Re-sync figures: medians over the runs; the replay's tuples are the most any replay wrote.
  const med = (runs: Counted[]) => median(runs.map((x) => x.ms));
  const loadMs = med(loads);
  const replayMs = med(replays);
  const libMs = med(changed.library);
  const prevMs = med(changed.previous);
  const replayRatio = replayMs / loadMs;
  const changedRatio = libMs / prevMs;
  const replayTuples = replays.reduce((most, x) => (written(x.tuples) > written(most) ? x.tuples : most), noTuples());
  const replayWritten = written(replayTuples) + replayTuples.hot;
  const replayPass = replayRatio <= REPLAY_LIMIT && replayWritten === 0 && locked === 0 && moved === 0;
  const changedPass = changedRatio <= CHANGED_LIMIT;
  /** The tuples of each run, e.g. "100,000 upd (0 HOT)", or "a / b" when runs differ. */
  const tuplesOf = (runs: Counted[]) => [...new Set(runs.map((x) => tuplesLabel(x.tuples)))].join(' / ');
  const per = (ms: number) => fmt.int((N / ms) * 1000);
  const list = (runs: Counted[]) => runs.map((x) => fmt.ms(x.ms)).join(', ');
  ctx.log(
    `  re-sync: first load ${fmt.ms(loadMs)}, unchanged replay ${fmt.ms(replayMs)} (${shown(replayRatio, REPLAY_LIMIT)}, ` +
      `${tuplesLabel(replayTuples)} tuples), changed ${fmt.ms(libMs)} vs previous statement ${fmt.ms(prevMs)} (${shown(changedRatio, CHANGED_LIMIT)})`,
  );

  return [
    {
      title: `Bulk ingest of ${fmt.int(N)} new customers`,
      about:
        `${fmt.int(N)} new provider customers into a fresh workspace per run (the table already holds the dataset), ` +
        `${s.bulkReps} repetition(s), rotating order; each run commits durably. Rows/s is the median over repetitions. ` +
        'The COPY path skips the in-batch de-duplication the library does (DISTINCT ON), so it is the cheaper baseline.',
      headers: ['method', 'rows/s', 'time for the batch', 'vs COPY', 'target'],
      rows: methods.map((m) => [
        m.label,
        `${m.key === 'loop' ? '~' : ''}${fmt.int(rate[m.key])}`,
        `${m.key === 'loop' ? '~' : ''}${fmt.ms((N / rate[m.key]) * 1000)}`,
        fmt.ratio(rate[m.key] / rate.copy),
        m.key === 'bulk' ? (ratio >= INGEST_LIMIT ? 'PASS' : 'MISS') : '',
      ]),
      targets: [
        {
          name: 'bulk ingest (bulkUpsertCustomersWithSync) vs COPY, rows/s',
          figure: `${fmt.ratio(ratio)} (${fmt.int(rate.bulk)} vs ${fmt.int(rate.copy)} rows/s)`,
          limit: `>= ${INGEST_LIMIT.toFixed(2)}x`,
          pass: ratio >= INGEST_LIMIT,
          why: ratio >= INGEST_LIMIT ? undefined : 'arrays are sent as text literals and unnested; COPY streams rows',
        },
      ],
    },
    {
      title: `Re-sync of ${fmt.int(N)} customers: unchanged replay and changed batch`,
      about:
        `The bulk ingest's runs of bulkUpsertCustomersWithSync (${fmt.int(BULK_BATCH)} objects per call), plus one more ` +
        `workspace per repetition loaded the same way: the first load of ${fmt.int(N)} customers into an empty ` +
        'workspace, then at once the unchanged replay of the very same batch into it (same providerUpdatedAt, same ' +
        'content: every object "unchanged"). Then the changed batch: every object of a loaded workspace newer, with ' +
        'other content (every object "updated"), through the library on one workspace and through the previous ' +
        'statement (the SQL of bulkUpsertCustomersWithSync before migration 0007, only its ON CONFLICT predicate updated ' +
        'to the unique index of 0007; raw pg, a named prepared statement, the same batches) on the other, interleaved ' +
        'call by call (each side first in turn); which workspace each side gets alternates per repetition; ' +
        `${s.bulkReps} repetition(s). All on one connection; each call is its own ` +
        'transaction, which reads its tuple counters of customers (pg_stat_xact_user_tables) before and after the call; ' +
        'time is that of the calls and their COMMITs, median over runs. Tuples written: n_tup_ins + n_tup_upd + ' +
        'n_tup_del per run (HOT updates are among them).',
      headers: ['run', 'time (median)', 'rows/s', 'tuples written per run', 'ratio', 'target'],
      rows: [
        [
          `first load into an empty workspace (library; ${loads.length} run(s))`,
          fmt.ms(loadMs),
          per(loadMs),
          tuplesOf(loads),
          '1.00x',
          '',
        ],
        [
          `unchanged replay of the same batch (library; ${replays.length} run(s)), vs first load`,
          fmt.ms(replayMs),
          per(replayMs),
          tuplesOf(replays),
          shown(replayRatio, REPLAY_LIMIT),
          replayPass ? 'PASS' : 'MISS',
        ],
        [
          `changed batch, all updated (library; ${changed.library.length} run(s)), vs previous statement`,
          fmt.ms(libMs),
          per(libMs),
          tuplesOf(changed.library),
          shown(changedRatio, CHANGED_LIMIT),
          changedPass ? 'PASS' : 'MISS',
        ],
        [
          `changed batch, all updated (previous statement, raw pg; ${changed.previous.length} run(s))`,
          fmt.ms(prevMs),
          per(prevMs),
          tuplesOf(changed.previous),
          '1.00x',
          '',
        ],
      ],
      notes: [
        ...(s.quick ? [`--quick: a batch of ${fmt.int(N)} (the full run: 100,000)`] : []),
        `runs: first load ${list(loads)}; replay ${list(replays)}; changed, library ${list(changed.library)}; ` +
          `changed, previous statement ${list(changed.previous)} (library / previous per repetition: ` +
          `${changed.library.map((x, i) => fmt.ratio(x.ms / changed.previous[i].ms)).join(', ')})`,
        `after every replay: n_tup_ins + n_tup_upd + n_tup_del + n_tup_hot_upd ${fmt.int(replayWritten)} at most; ` +
          `rows of the workspace locked or written since the load (xmax set) ${fmt.int(locked)} at most; ` +
          `workspaces whose rows' (ctid, xmin) changed ${moved} of ${replays.length}`,
        `where a replay call's time goes (one call of ${fmt.int(breakdown.objects)} unchanged objects through the ` +
          `library, ${fmt.ms(breakdown.callMs)}, median of 5): the statement executes in ${fmt.ms(breakdown.plan.ms)} ` +
          `(EXPLAIN ANALYZE, TIMING OFF; custom plan). Timed per node (${fmt.ms(breakdown.plan.timedMs)}; a CTE's time ` +
          `includes the CTEs it reads): ${breakdown.plan.summary}. Sending the same six arrays (pg encoding them, ` +
          `JSON included) for the server to parse and nothing else takes ${fmt.ms(breakdown.probeMs)}; the rest, ` +
          `${fmt.ms(rest)}, is the library's checks of every element and the statement's bind and planning`,
      ],
      targets: [
        {
          name: `unchanged replay (${fmt.int(N)} customers) vs first load, time; tuples written`,
          figure: `${shown(replayRatio, REPLAY_LIMIT)} (${fmt.ms(replayMs)} vs ${fmt.ms(loadMs)}), ${fmt.int(replayWritten)} tuples`,
          limit: `<= ${REPLAY_LIMIT.toFixed(2)}x, 0 tuples`,
          pass: replayPass,
          why: replayPass
            ? undefined
            : replayWritten || locked || moved
              ? `the replay wrote or locked rows (${tuplesLabel(replayTuples)}; ${locked} locked)`
              : `a replay call of ${fmt.int(breakdown.objects)} takes ${fmt.ms(breakdown.callMs)}, of which the statement ` +
                `executes ${fmt.ms(breakdown.plan.ms)} and sending and parsing its arrays ${fmt.ms(breakdown.probeMs)} (notes)`,
        },
        {
          name: `changed batch (${fmt.int(N)} customers, all updated) vs previous statement`,
          figure: `${shown(changedRatio, CHANGED_LIMIT)} (${fmt.ms(libMs)} vs ${fmt.ms(prevMs)})`,
          limit: `<= ${CHANGED_LIMIT.toFixed(2)}x`,
          pass: changedPass,
          why: changedPass
            ? undefined
            : `the library's statement also joins every object to its stored row (the existing CTE) before the upsert; ` +
              `runs: library ${list(changed.library)}, previous ${list(changed.previous)}`,
        },
      ],
    },
  ];
}
