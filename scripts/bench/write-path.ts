// The write path (issue 16, migration 0013): the index set and write SQL as
// of migration 0012 ("old") against those of 0013 ("new"), in one run. Two
// scratch databases on the same server, one migrated to 0012 and one to the
// end (migration 0013's down and up are what make both available), get the
// same customers (one workspace); every measurement runs the same work on
// both, alternating. The old side runs the statements the library sent
// before 0013 (scripts/bench/baseline-0012/, verbatim copies), the new side
// the library's own SQL (fn.info.text); both as raw pg on their own
// connection, so the only differences are the schema and the SQL.
//
// HOT updates are counted with PostgreSQL's own counters of the writing
// transaction (pg_stat_xact_user_tables, read before its COMMIT): exact, not
// subject to the statistics collector's flush delay.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { analytics, customers, migrate, syncStatus } from '../../src/index.js';
import { asFn, bind, type Context, type LibraryFn, type SectionResult, type Target } from './context.js';
import { libraryFunctions, paramsFor, planValues, subjectTable } from '../../test/support/library-functions.js';
import { positional, tuplesNow } from './ingest.js';
import { fmt, interleaved, median, random, time } from './measure.js';
import { uuidOf } from './seed.js';

export const WRITE_PATH_TARGETS = { bulkStatus: 2, refresh: 1.5, hotRatio: 0.9, ingest: 1.3, read: 1.1 };

interface Sizes {
  customers: number;
  statusRows: number;
  refreshRows: number;
  refreshPerTransaction: number;
  ingestRows: number;
  ingestBatch: number;
  indexCostRows: number;
  readIterations: number;
}
const FULL: Sizes = {
  customers: 600_000,
  statusRows: 100_000,
  refreshRows: 20_000,
  refreshPerTransaction: 100,
  ingestRows: 100_000,
  ingestBatch: 10_000,
  indexCostRows: 20_000,
  readIterations: 400,
};
const QUICK: Sizes = {
  customers: 15_000,
  statusRows: 2_000,
  refreshRows: 600,
  refreshPerTransaction: 100,
  ingestRows: 4_000,
  ingestBatch: 2_000,
  indexCostRows: 1_000,
  readIterations: 40,
};

const WORKSPACE = '7e57da7a-0000-4000-8000-000000000016';
const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
const BASE = Date.UTC(2025, 0, 1);

interface Side {
  name: 'old' | 'new';
  pool: pg.Pool;
  client: pg.PoolClient;
}
interface Statement {
  text: string;
  names: string[];
}

async function baseline(name: string): Promise<Statement> {
  return positional(await readFile(join(import.meta.dirname, 'baseline-0012', `${name}.sql`), 'utf8'));
}
/** The queries this change rewrote: their text as of 0012 is the baseline-0012 file of the same name. */
const REWRITTEN = new Set([
  'CreateCustomerWithSync',
  'BulkUpsertCustomersWithSync',
  'BulkUpdateCustomerSyncStatus',
  'GetCustomersNeedingSync',
]);

/** The library's statement of `fn`, in the same form. */
const current = (fn: LibraryFn): Statement => ({ text: fn.info.text, names: fn.info.params.map((p) => p.name) });
const values = (s: Statement, params: Record<string, unknown>) =>
  bind({ params: s.names.map((name) => ({ name })) } as unknown as LibraryFn['info'], params);

/** The same customers in either database: one workspace, 70% synced, 15% pending, 10% failed, 5% conflict; a third Chargebee. */
function seedSql(n: number, side: 'old' | 'new') {
  const at = `(timestamptz '2025-01-01 00:00:00+00' + g * interval '10 milliseconds')`;
  const status = `(CASE WHEN g % 20 < 14 THEN 'synced' WHEN g % 20 < 17 THEN 'pending' WHEN g % 20 < 19 THEN 'failed' ELSE 'conflict' END)`;
  const provider = `(CASE WHEN g % 3 = 0 THEN 'chargebee' ELSE 'stripe' END)`;
  const external = `(CASE WHEN g % 3 = 0 THEN 'cb_' ELSE 'cus_' END || g)`;
  // A Stripe customer object of ordinary size (~600 bytes as jsonb).
  const data = `jsonb_build_object('id', ${external}, 'object', 'customer', 'address', NULL, 'balance', 0,
    'created', 1735689600 + g, 'currency', 'usd', 'default_source', NULL, 'delinquent', false,
    'description', 'Customer ' || g, 'email', 'customer' || g || '@example.com',
    'invoice_prefix', upper(substr(md5(g::text), 1, 8)),
    'invoice_settings', jsonb_build_object('custom_fields', NULL, 'default_payment_method', NULL, 'footer', NULL),
    'livemode', false, 'metadata', jsonb_build_object('plan', 'basic'), 'name', 'Customer ' || g, 'phone', NULL,
    'preferred_locales', '[]'::jsonb, 'shipping', NULL, 'tax_exempt', 'none', 'test_clock', NULL)`;
  // The new schema's queue time starts from updated_at, as migration 0013 sets it for existing rows.
  const queued = side === 'new' ? ', payment_sync_status_changed_at' : '';
  return `INSERT INTO customers (workspace_id, id, email, name, metadata, external_id, payment_provider,
      payment_sync_status, payment_synced_at, provider_updated_at, provider_data, created_at, updated_at${queued})
    SELECT '${WORKSPACE}', md5('wp' || g)::uuid, 'customer' || g || '@example.com', 'Customer ' || g,
      '{"plan": "basic"}', ${external}, ${provider}, ${status},
      CASE WHEN ${status} = 'synced' THEN ${at} END, ${at}, ${data}, ${at}, ${at}${side === 'new' ? `, ${at}` : ''}
    FROM generate_series(1, ${n}) g`;
}

/**
 * A CHECKPOINT before a timed write run, so that no run pays for the dirty pages of the one before
 * it (the other side's, or another measurement's): each starts from a clean buffer pool, and each
 * first write of a page after it logs a full-page image, as after any checkpoint. Needs a superuser
 * or pg_checkpoint (PostgreSQL 15+); without that right, the runs go on without it (noted).
 */
async function checkpoint(side: Side, note: (line: string) => void) {
  try {
    await side.client.query('CHECKPOINT');
  } catch (error) {
    note(
      `no CHECKPOINT before the write runs (${(error as Error).message}): runs may pay for each other's dirty pages`,
    );
  }
}

/** Runs `fn` in one transaction on `side`'s client; its time and its tuple counters. */
async function transaction(side: Side, fn: (tx: pg.PoolClient) => Promise<unknown>) {
  const t0 = performance.now();
  await side.client.query('BEGIN');
  try {
    // The counters hold what this backend has not yet reported (earlier transactions too): a difference.
    const before = await tuplesNow(side.client);
    await fn(side.client);
    const after = await tuplesNow(side.client);
    await side.client.query('COMMIT');
    return {
      ms: performance.now() - t0,
      upd: after.upd - before.upd,
      hot: after.hot - before.hot,
      ins: after.ins - before.ins,
    };
  } catch (error) {
    await side.client.query('ROLLBACK');
    throw error;
  }
}

export async function writePath(ctx: Context): Promise<SectionResult[]> {
  const sz = ctx.settings.quick ? QUICK : FULL;
  const admin = new pg.Client(ctx.url);
  await admin.connect();
  const base = new URL(ctx.url).pathname.slice(1);
  const sides: Side[] = [];
  try {
    for (const name of ['old', 'new'] as const) {
      const database = `${base}_${name}`;
      await admin.query(`DROP DATABASE IF EXISTS ${database}`);
      await admin.query(`CREATE DATABASE ${database}`);
      const url = new URL(ctx.url);
      url.pathname = `/${database}`;
      const pool = new pg.Pool({ connectionString: url.toString(), max: 3 });
      pool.on('error', () => {});
      // 0012 is the last migration before this change: "old" is the schema its down migration restores.
      await migrate({ pool, ...(name === 'old' ? { count: 12 } : {}) });
      await pool.query(`INSERT INTO workspaces (id, name) VALUES ('${WORKSPACE}', 'write path')`);
      const { ms } = await time(() => pool.query(seedSql(sz.customers, name)));
      await pool.query('VACUUM (ANALYZE) customers');
      ctx.log(`  write path: ${name} schema loaded with ${fmt.int(sz.customers)} customers in ${fmt.seconds(ms)}`);
      sides.push({ name, pool, client: await pool.connect() });
    }
    const [oldSide, newSide] = sides;
    const notes = new Set<string>();
    const note = (line: string) => notes.add(line);
    const both = async <T>(r: number, fn: (side: Side) => Promise<T>): Promise<[T, T]> => {
      // ABBA: old first on even runs, new first on odd ones.
      if (r % 2 === 0) {
        const a = await fn(oldSide);
        return [a, await fn(newSide)];
      }
      const b = await fn(newSide);
      return [await fn(oldSide), b];
    };

    // Stripe customers (g % 3 != 0) in a fixed random order; each measurement takes ids no other one touched.
    const stripe: number[] = [];
    for (let g = 1; g <= sz.customers; g++) if (g % 3 !== 0) stripe.push(g);
    const rnd = random(16);
    for (let i = stripe.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [stripe[i], stripe[j]] = [stripe[j], stripe[i]];
    }
    let next = 0;
    const take = (k: number) => {
      if (next + k > stripe.length) throw new Error('too few customers for the write-path runs');
      return stripe.slice(next, (next += k));
    };

    // --- Bulk status update of statusRows ids: to synced (a confirmation: most rows already are) and to failed.
    const bulkOld = await baseline('BulkUpdateCustomerSyncStatus');
    const bulkNew = current(asFn(syncStatus.bulkUpdateCustomerSyncStatus));
    const statusRuns = async (status: 'synced' | 'failed', reps: number) => {
      const out = { old: [] as number[], new: [] as number[], hot: { old: 0, new: 0 }, upd: { old: 0, new: 0 } };
      for (let r = 0; r < reps; r++) {
        const ids = take(sz.statusRows).map((g) => `cus_${g}`);
        const params = {
          workspaceId: WORKSPACE,
          paymentProvider: 'stripe',
          externalIds: ids,
          paymentSyncStatus: status,
          paymentSyncError: status === 'failed' ? 'card_declined' : null,
        };
        await both(r, async (side) => {
          await checkpoint(side, note);
          const s = side.name === 'old' ? bulkOld : bulkNew;
          const t = await transaction(side, async (tx) => {
            const { rowCount } = await tx.query(s.text, values(s, params));
            if (rowCount !== ids.length)
              throw new Error(`bulk status changed ${rowCount} rows, expected ${ids.length}`);
          });
          out[side.name].push(t.ms);
          out.hot[side.name] += t.hot;
          out.upd[side.name] += t.upd;
        });
      }
      return out;
    };
    const toSynced = await statusRuns('synced', ctx.settings.quick ? 1 : 2);
    const toFailed = await statusRuns('failed', 1);
    for (const [label, o] of [
      ['synced', toSynced],
      ['failed', toFailed],
    ] as const) {
      ctx.log(
        `  write path: bulk status to ${label}: old ${fmt.ms(median(o.old))}, new ${fmt.ms(median(o.new))} ` +
          `(${fmt.ratio(median(o.old) / median(o.new))} rows/s); HOT ${o.hot.new}/${o.upd.new} new, ${o.hot.old}/${o.upd.old} old`,
      );
    }

    // --- Provider refresh: createCustomerWithSync of existing synced objects, refreshPerTransaction calls per
    // transaction (as processWebhookEvents applies a claimed batch), transactions alternating old/new.
    const refreshOld = await baseline('CreateCustomerWithSync');
    const refreshNew = current(asFn(customers.createCustomerWithSync));
    const synced = take(sz.refreshRows * 2).filter((g) => g % 20 < 14);
    const refreshIds = synced.slice(0, sz.refreshRows - (sz.refreshRows % sz.refreshPerTransaction));
    const refresh = { old: 0, new: 0, hot: { old: 0, new: 0 }, upd: { old: 0, new: 0 } };
    for (const side of sides) await checkpoint(side, note);
    for (let b = 0; b * sz.refreshPerTransaction < refreshIds.length; b++) {
      const batch = refreshIds.slice(b * sz.refreshPerTransaction, (b + 1) * sz.refreshPerTransaction);
      await both(b, async (side) => {
        const s = side.name === 'old' ? refreshOld : refreshNew;
        const t = await transaction(side, async (tx) => {
          for (const g of batch) {
            const params = {
              workspaceId: WORKSPACE,
              paymentProvider: 'stripe',
              externalId: `cus_${g}`,
              email: `customer${g}@example.org`,
              name: `Customer ${g} (renamed)`,
              metadata: { plan: 'pro' },
              providerUpdatedAt: new Date(BASE + 86_400_000 + g),
              providerData: { id: `cus_${g}`, object: 'customer', email: `customer${g}@example.org`, plan: 'pro' },
            };
            const { rows } = await tx.query({ name: `refresh_${side.name}`, text: s.text, values: values(s, params) });
            if (rows[0]?.['outcome!'] !== 'updated')
              throw new Error(`refresh of cus_${g} (${side.name}): ${JSON.stringify(rows)}`);
          }
        });
        refresh[side.name] += t.ms;
        refresh.hot[side.name] += t.hot;
        refresh.upd[side.name] += t.upd;
      });
    }
    const refreshRate = (ms: number) => (refreshIds.length / ms) * 1000;
    ctx.log(
      `  write path: refresh ${fmt.int(refreshRate(refresh.old))}/s old, ${fmt.int(refreshRate(refresh.new))}/s new; ` +
        `HOT ${refresh.hot.new}/${refresh.upd.new} new, ${refresh.hot.old}/${refresh.upd.old} old`,
    );

    // --- Bulk ingest of new objects: bulkUpsertCustomersWithSync, ingestBatch per call, the same ids on both.
    const ingestOld = await baseline('BulkUpsertCustomersWithSync');
    const ingestNew = current(asFn(customers.bulkUpsertCustomersWithSync));
    const ingestParams = (prefix: string, from: number, count: number) => {
      const ks = Array.from({ length: count }, (_, i) => from + i);
      return {
        workspaceId: WORKSPACE,
        paymentProvider: 'stripe',
        externalIds: ks.map((k) => `${prefix}_${k}`),
        emails: ks.map((k) => `new${k}@example.com`),
        names: ks.map((k) => `New ${k}`),
        metadatas: ks.map(() => ({ plan: 'basic' })),
        providerUpdatedAts: ks.map((k) => new Date(BASE + k)),
        providerDatas: ks.map((k) => ({ id: `${prefix}_${k}`, object: 'customer', email: `new${k}@example.com` })),
      };
    };
    const ingestRun = async (side: Side, prefix: string, rows: number) => {
      const s = side.name === 'old' ? ingestOld : ingestNew;
      let ms = 0;
      for (let from = 0; from < rows; from += sz.ingestBatch) {
        const params = ingestParams(prefix, from, Math.min(sz.ingestBatch, rows - from));
        const t = await transaction(side, (tx) => tx.query(s.text, values(s, params)));
        if (t.ins !== params.externalIds.length) throw new Error(`ingest inserted ${t.ins}`);
        ms += t.ms;
      }
      return ms;
    };
    const ingest = { old: [] as number[], new: [] as number[] };
    for (let r = 0; r < (ctx.settings.quick ? 1 : 2); r++) {
      await both(r, async (side) => {
        await checkpoint(side, note);
        ingest[side.name].push(await ingestRun(side, `new${r}`, sz.ingestRows));
      });
    }
    const ingestRate = (ms: number) => (sz.ingestRows / ms) * 1000;
    ctx.log(
      `  write path: ingest ${fmt.int(ingestRate(median(ingest.old)))}/s old, ${fmt.int(ingestRate(median(ingest.new)))}/s new`,
    );

    // --- What each index adds to an ingest: the same ingest with that one index dropped (inside the
    // transaction, then rolled back: DDL is transactional) against the whole set, on each side, in
    // rounds that rotate the order; the medians of the time and of the WAL the statement wrote.
    const indexCost = async (side: Side) => {
      const { rows } = await side.client.query<{ name: string; size: string }>(
        `SELECT indexrelid::regclass::text AS name, pg_relation_size(indexrelid) AS size FROM pg_index
         WHERE indrelid = 'customers'::regclass ORDER BY 1`,
      );
      const s = side.name === 'old' ? ingestOld : ingestNew;
      let k = 0;
      const run = async (drop: string | null) => {
        const params = ingestParams(`cost_${side.name}_${k++}`, 0, sz.indexCostRows);
        // Every run from the same state: what the index costs includes the full-page images of its pages.
        await checkpoint(side, note);
        await side.client.query('BEGIN');
        try {
          if (drop) await side.client.query(`DROP INDEX ${drop}`);
          const t0 = performance.now();
          await side.client.query(s.text, values(s, params));
          return performance.now() - t0;
        } finally {
          await side.client.query('ROLLBACK');
        }
      };
      // The primary key and the upsert's arbiter cannot go: they are what the statement needs.
      const droppable = rows.filter((r) => !r.name.endsWith('_pkey') && !r.name.endsWith('_live_external_key'));
      const variants = [null, ...droppable.map((r) => r.name)];
      const runs = new Map<string | null, number[]>(variants.map((v) => [v, []]));
      for (let round = 0; round < (ctx.settings.quick ? 1 : 3); round++) {
        for (let j = 0; j < variants.length; j++) {
          const v = variants[(round + j) % variants.length];
          runs.get(v)!.push(await run(v));
        }
      }
      const all = runs.get(null)!;
      const out = rows.map((index) => {
        const without = runs.get(index.name);
        return {
          name: index.name,
          size: Number(index.size),
          addsMs: without ? median(all) - median(without) : NaN,
        };
      });
      return { indexes: out, allMs: median(all) };
    };
    const costs = { old: await indexCost(oldSide), new: await indexCost(newSide) };

    // --- Reads: the query classes on either schema, interleaved, raw prepared statements on each side's client.
    const pick = random(99);
    const anyCustomer = () => 1 + Math.floor(pick() * sz.customers);
    const at = (g: number) => new Date(BASE + g * 10);
    const same = (fn: unknown) => ({ old: current(asFn(fn)), new: current(asFn(fn)) });
    const classes: {
      label: string;
      s: { old: Statement; new: Statement };
      params: (g: number) => Record<string, unknown>;
      weight?: number;
    }[] = [
      {
        label: 'get by id (getCustomer)',
        s: same(customers.getCustomer),
        params: (g) => ({ workspaceId: WORKSPACE, id: uuidOf('wp', g) }),
      },
      {
        label: 'get by external id (getCustomerByExternalID)',
        s: same(customers.getCustomerByExternalID),
        params: (g) => ({
          workspaceId: WORKSPACE,
          paymentProvider: g % 3 === 0 ? 'chargebee' : 'stripe',
          externalId: `${g % 3 === 0 ? 'cb_' : 'cus_'}${g}`,
        }),
      },
      {
        label: 'list page of 100 (listCustomers)',
        s: same(customers.listCustomers),
        params: (g) => ({ workspaceId: WORKSPACE, afterCreatedAt: at(g), afterId: ZERO_UUID, limit: 100 }),
      },
      {
        label: 'provider page of 100 (getCustomersByPaymentProvider)',
        s: same(syncStatus.getCustomersByPaymentProvider),
        params: (g) => ({
          workspaceId: WORKSPACE,
          paymentProvider: 'chargebee',
          afterCreatedAt: at(g),
          afterId: ZERO_UUID,
          limit: 100,
        }),
      },
      {
        label: 'status page of 100 (getCustomersByPaymentSyncStatus)',
        s: same(syncStatus.getCustomersByPaymentSyncStatus),
        params: (g) => ({
          workspaceId: WORKSPACE,
          paymentSyncStatus: 'failed',
          afterCreatedAt: at(g),
          afterId: ZERO_UUID,
          limit: 100,
        }),
      },
      {
        label: 'needing-sync page of 100 (getCustomersNeedingSync)',
        s: { old: await baseline('GetCustomersNeedingSync'), new: current(asFn(customers.getCustomersNeedingSync)) },
        params: (g) => ({
          workspaceId: WORKSPACE,
          afterProviderUpdatedAtPresent: true,
          afterUpdatedAt: at(g),
          afterPaymentSyncStatusChangedAt: at(g),
          afterId: ZERO_UUID,
          limit: 100,
        }),
      },
      {
        label: 'analytics summary (getWorkspaceSyncSummary)',
        s: same(analytics.getWorkspaceSyncSummary),
        params: () => ({ workspaceId: WORKSPACE }),
        weight: 0.1,
      },
      {
        label: 'provider status (getProviderSyncStatusByWorkspace)',
        s: same(analytics.getProviderSyncStatusByWorkspace),
        params: () => ({ workspaceId: WORKSPACE, paymentProvider: 'stripe' }),
        weight: 0.1,
      },
    ];
    // The reads see the tables as the writes above left them (dead versions included) on both sides:
    // vacuum first, as autovacuum would, so that neither side reads the other's leftovers.
    for (const side of sides) await side.pool.query('VACUUM (ANALYZE) customers');
    const reads: { label: string; old: number; new: number }[] = [];
    for (const [k, q] of classes.entries()) {
      const iterations = Math.max(10, Math.round(sz.readIterations * (q.weight ?? 1)));
      const gs = Array.from({ length: iterations * 2 }, anyCustomer);
      const run = (side: Side) => (i: number) =>
        side.client.query({
          name: `read_${k}_${side.name}`,
          text: q.s[side.name].text,
          values: values(q.s[side.name], q.params(gs[i % gs.length])),
        });
      const r = await interleaved(
        { old: run(oldSide), new: run(newSide) },
        { warmup: Math.max(5, Math.round(iterations / 10)), iterations, budgetMs: ctx.settings.classBudgetMs },
      );
      reads.push({ label: q.label, old: r.old.median, new: r.new.median });
      ctx.log(
        `  write path: ${q.label}: old ${fmt.ms(r.old.median)}, new ${fmt.ms(r.new.median)} (${fmt.ratio(r.new.median / r.old.median)})`,
      );
    }

    // --- Which query reads which index of customers: every query the package exports, EXPLAINed on
    // each side (the library's SQL; on the old side, the 0012 text of the queries this change
    // rewrote), the cursors at their first-page sentinels, as the plan check does.
    const servedBy = async (side: Side) => {
      const one = await side.client.query<{ id: string; external_id: string }>(
        `SELECT id, external_id FROM customers WHERE workspace_id = $1 AND payment_provider = 'stripe' LIMIT 1`,
        [WORKSPACE],
      );
      const readers = new Map<string, Set<string>>();
      for (const { name, fn } of libraryFunctions()) {
        const params = paramsFor(
          name,
          fn.info,
          subjectTable(fn.info),
          WORKSPACE,
          { customers: one.rows[0].id },
          { customers: one.rows[0].external_id },
        );
        const rewritten = side.name === 'old' && REWRITTEN.has(fn.info.name);
        const s = rewritten ? await baseline(fn.info.name) : current(fn as unknown as LibraryFn);
        const bound = planValues(s.names, params);
        await side.client.query('SAVEPOINT plan');
        try {
          const { rows } = await side.client.query(`EXPLAIN (FORMAT JSON) ${s.text}`, bound);
          const walk = (node: { 'Index Name'?: string; Plans?: unknown[] }): void => {
            const index = node['Index Name'];
            if (index?.startsWith('customers_'))
              readers.set(index, (readers.get(index) ?? new Set()).add(fn.info.name));
            for (const child of node.Plans ?? []) walk(child as typeof node);
          };
          walk(rows[0]['QUERY PLAN'][0].Plan);
          await side.client.query('RELEASE SAVEPOINT plan');
        } catch {
          // A query of another table whose parameters this dataset cannot satisfy: it reads no index of customers.
          await side.client.query('ROLLBACK TO SAVEPOINT plan');
        }
      }
      return readers;
    };
    const served = { old: new Map<string, Set<string>>(), new: new Map<string, Set<string>>() };
    for (const side of sides) {
      await side.client.query('BEGIN');
      try {
        served[side.name] = await servedBy(side);
      } finally {
        await side.client.query('ROLLBACK');
      }
    }

    // --- Sizes after all of the above.
    const sizes = async (side: Side) => {
      const { rows } = await side.client.query<{ heap: string; indexes: string; n: string }>(
        `SELECT pg_relation_size('customers') AS heap, pg_indexes_size('customers') AS indexes,
                (SELECT count(*) FROM pg_index WHERE indrelid = 'customers'::regclass) AS n`,
      );
      return { heap: Number(rows[0].heap), indexes: Number(rows[0].indexes), n: Number(rows[0].n) };
    };
    const size = { old: await sizes(oldSide), new: await sizes(newSide) };
    const mb = (bytes: number) => `${fmt.int(bytes / 2 ** 20)} MB`;

    // --- Report.
    const statusRatio = median(toSynced.old) / median(toSynced.new);
    const failedRatio = median(toFailed.old) / median(toFailed.new);
    const refreshRatio = refresh.old / refresh.new;
    const hotRatio = refresh.hot.new / Math.max(1, refresh.upd.new);
    const ingestRatio = median(ingest.old) / median(ingest.new);
    const worstRead = reads.reduce((w, r) => (r.new / r.old > w.new / w.old ? r : w));
    const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
    const hotOf = (o: { hot: { old: number; new: number }; upd: { old: number; new: number } }, s: 'old' | 'new') =>
      pct(o.hot[s] / Math.max(1, o.upd[s]));
    const rows: unknown[][] = [
      [
        `bulk status update to synced, ${fmt.int(sz.statusRows)} ids (70% already synced)`,
        `${fmt.int((sz.statusRows / median(toSynced.old)) * 1000)} rows/s`,
        `${fmt.int((sz.statusRows / median(toSynced.new)) * 1000)} rows/s`,
        fmt.ratio(statusRatio),
        `${hotOf(toSynced, 'old')} / ${hotOf(toSynced, 'new')}`,
      ],
      [
        `bulk status update to failed, ${fmt.int(sz.statusRows)} ids (90% change status)`,
        `${fmt.int((sz.statusRows / median(toFailed.old)) * 1000)} rows/s`,
        `${fmt.int((sz.statusRows / median(toFailed.new)) * 1000)} rows/s`,
        fmt.ratio(failedRatio),
        `${hotOf(toFailed, 'old')} / ${hotOf(toFailed, 'new')}`,
      ],
      [
        `provider refresh, createCustomerWithSync (${sz.refreshPerTransaction} per transaction, ${fmt.int(refreshIds.length)} rows)`,
        `${fmt.int(refreshRate(refresh.old))} rows/s`,
        `${fmt.int(refreshRate(refresh.new))} rows/s`,
        fmt.ratio(refreshRatio),
        `${hotOf(refresh, 'old')} / ${hotOf(refresh, 'new')}`,
      ],
      [
        `bulk ingest of new rows, bulkUpsertCustomersWithSync (${fmt.int(sz.ingestBatch)} per call, ${fmt.int(sz.ingestRows)} rows)`,
        `${fmt.int(ingestRate(median(ingest.old)))} rows/s`,
        `${fmt.int(ingestRate(median(ingest.new)))} rows/s`,
        fmt.ratio(ingestRatio),
        '',
      ],
      ...reads.map((r) => [r.label, fmt.ms(r.old), fmt.ms(r.new), `${fmt.ratio(r.new / r.old)} (time)`, '']),
      [
        `customers: heap / indexes (${size.old.n} vs ${size.new.n} indexes)`,
        `${mb(size.old.heap)} / ${mb(size.old.indexes)}`,
        `${mb(size.new.heap)} / ${mb(size.new.indexes)}`,
        '',
        '',
      ],
    ];
    const targets: Target[] = [
      {
        name: `write path: bulk status update (${fmt.int(sz.statusRows)} ids to synced), new vs old rows/s`,
        figure: `${fmt.ratio(statusRatio)} (to failed: ${fmt.ratio(failedRatio)})`,
        limit: `>= ${WRITE_PATH_TARGETS.bulkStatus.toFixed(2)}x`,
        pass: statusRatio >= WRITE_PATH_TARGETS.bulkStatus,
        why: `a change of status is never HOT; to failed, ${hotOf(toFailed, 'new')} of the rows were HOT (those already failed)`,
      },
      {
        name: 'write path: provider refresh (createCustomerWithSync), new vs old throughput',
        figure: fmt.ratio(refreshRatio),
        limit: `>= ${WRITE_PATH_TARGETS.refresh.toFixed(2)}x`,
        pass: refreshRatio >= WRITE_PATH_TARGETS.refresh,
        why: 'each call is a round trip and a planned CTE statement; the index writes HOT saves are a part of it',
      },
      {
        name: 'write path: HOT ratio of the refresh (pg_stat_xact_user_tables)',
        figure: `${pct(hotRatio)} (old schema ${hotOf(refresh, 'old')})`,
        limit: `>= ${pct(WRITE_PATH_TARGETS.hotRatio)}`,
        pass: hotRatio >= WRITE_PATH_TARGETS.hotRatio,
      },
      {
        name: 'write path: bulk ingest of new rows, new vs old rows/s',
        figure: fmt.ratio(ingestRatio),
        limit: `>= ${WRITE_PATH_TARGETS.ingest.toFixed(2)}x`,
        pass: ingestRatio >= WRITE_PATH_TARGETS.ingest,
        why: 'an insert still writes the heap row and an entry in every index, and the statement resolves each object first',
      },
      {
        name: 'write path: read classes, new vs old latency',
        figure: `worst ${fmt.ratio(worstRead.new / worstRead.old)} (${worstRead.label.replace(/ \(.*/, '')})`,
        limit: `<= ${WRITE_PATH_TARGETS.read.toFixed(2)}x every class`,
        pass: reads.every((r) => r.new / r.old <= WRITE_PATH_TARGETS.read),
        why: `${worstRead.label}: ${fmt.ms(worstRead.new)} vs ${fmt.ms(worstRead.old)}`,
      },
    ];
    for (const t of targets) if (t.pass) delete t.why;

    // An index's bytes per row: what each insert and each non-HOT update adds to it, on average.
    const perRow = (bytes: number) => `${fmt.int(bytes / sz.customers)} B/row`;
    const costRows = [...new Set([...costs.old.indexes, ...costs.new.indexes].map((i) => i.name))].map((name) => {
      const cells = (side: 'old' | 'new') => {
        const x = costs[side].indexes.find((i) => i.name === name);
        if (!x) return ['(none)', ''];
        const size = `${mb(x.size)} (${perRow(x.size)})`;
        if (Number.isNaN(x.addsMs)) return [size, 'required'];
        return [size, `${fmt.ms(x.addsMs)} (${pct(x.addsMs / costs[side].allMs)})`];
      };
      return [name, ...cells('old'), ...cells('new')];
    });
    costRows.push(['the whole statement, every index', '', fmt.ms(costs.old.allMs), '', fmt.ms(costs.new.allMs)]);
    return [
      {
        title: 'Write path: the index set and write SQL of migration 0012 (old) vs 0013 (new)',
        about:
          `Two scratch databases on the same server, one migrated to 0012 and one to 0013, each loaded with the same ` +
          `${fmt.int(sz.customers)} customers in one workspace (70% synced, 15% pending, 10% failed, 5% conflict; a third ` +
          `Chargebee; a ~600-byte Stripe object as provider_data), then VACUUM ANALYZE. Each measurement does the same ` +
          `work on both, alternating (ABBA), as raw pg on each side's connection, each timed write run after a CHECKPOINT (the ` +
          `refresh: one before its batches): the old side runs the statements the ` +
          `library sent before 0013 (scripts/bench/baseline-0012/), the new side the library's own. Writes: rows per ` +
          `second of the whole transaction (ratio old time / new time, higher is better), and the share of the updates ` +
          `that were HOT, from the writing transaction's own counters (pg_stat_xact_user_tables), old / new. Reads: ` +
          `median latency on a vacuumed table (ratio new / old, lower is better); the provider-status and summary reads ` +
          `also read the (empty) products, prices and subscriptions.`,
        headers: ['measurement', 'old (0012)', 'new (0013)', 'new vs old', 'HOT old / new'],
        rows,
        notes: [...notes],
        targets,
      },
      {
        title: 'Write path: which query reads which index of customers',
        about:
          'Every query the package exports, EXPLAINed on each side (the old side with the 0012 text of the queries this ' +
          'change rewrote; the cursors at their first-page sentinels), on the loaded workspace: the queries whose plan ' +
          'reads each index of customers. The primary key also serves the composite foreign keys, and the live ' +
          'external-id key is the arbiter of every provider upsert and delete (neither shows in a plan); migration ' +
          '0013 says why each index exists.',
        headers: ['index', 'old (0012): read by', 'new (0013): read by'],
        rows: [
          ...new Set([
            ...served.old.keys(),
            ...served.new.keys(),
            ...costs.old.indexes.map((i) => i.name),
            ...costs.new.indexes.map((i) => i.name),
          ]),
        ]
          .sort()
          .map((index) => {
            const list = (side: 'old' | 'new') => {
              const exists = costs[side].indexes.some((i) => i.name === index);
              if (!exists) return '(no such index)';
              const names = [...(served[side].get(index) ?? [])].sort();
              return names.length ? names.join(', ') : '(none)';
            };
            return [index, list('old'), list('new')];
          }),
        targets: [],
      },
      {
        title: 'Write path: what each index of customers costs an insert',
        about:
          `The same bulk ingest of ${fmt.int(sz.indexCostRows)} new customers in one statement, on each schema, with all of ` +
          `its indexes and with one index dropped (inside the transaction, then rolled back), each run after a CHECKPOINT ` +
          `(so the time includes the full-page images the index's pages cost after one), in ${ctx.settings.quick ? 1 : 3} ` +
          `round(s) of rotating order: the median time that index adds, and its share of the whole statement. Index ` +
          `sizes after the runs above, and per customer. The primary key and the live external-id key are what the ` +
          `statement itself needs. A non-HOT update (a change of status) writes an entry in every index as an insert ` +
          `does; a HOT update (a refresh that keeps the status, on the new schema) writes none. Single statements on a ` +
          `shared machine: differences of a few percent are noise.`,
        headers: ['index', 'old: size', 'old: time it adds', 'new: size', 'new: time it adds'],
        rows: costRows,
        targets: [],
      },
    ];
  } finally {
    for (const side of sides) {
      side.client.release();
      await side.pool.end();
    }
    for (const side of sides) await admin.query(`DROP DATABASE IF EXISTS ${base}_${side.name}`).catch(() => {});
    await admin.end();
  }
}
