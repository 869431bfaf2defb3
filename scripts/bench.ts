// npm run bench: the performance suite of issue 7. Starts the embedded
// PostgreSQL (fsync on) or uses a scratch database on DATABASE_URL, migrates
// it with migrate(), loads the scale dataset (1,000 workspaces, 2,000,000
// customers, one workspace holding 1,000,000 of them), runs every section and
// prints the tables; writes docs/BENCHMARKS.md (a full run, or --quick with --write).
//   npm run bench                  full run (under 10 minutes on 2 cores)
//   npm run bench -- --quick       CI mode: small dataset, few iterations, every section (under 1 minute)
//   npm run bench -- --quick --write   ...and write docs/BENCHMARKS.md anyway
//   npm run bench -- --only=latency,scale   run some sections only (never writes)
import { writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import * as prettier from 'prettier';
import { createPool, migrate } from '../src/index.js';
import { bulkStatus } from './bench/bulk-status.js';
import { FULL_SETTINGS, QUICK_SETTINGS, type Context, type SectionResult } from './bench/context.js';
import { inbox } from './bench/inbox.js';
import { ingest } from './bench/ingest.js';
import { latency } from './bench/latency.js';
import { partitions } from './bench/partitions.js';
import { fmt } from './bench/measure.js';
import { consoleReport, machineLine, markdownReport, type Machine } from './bench/report.js';
import { rls } from './bench/rls.js';
import { scale } from './bench/scale.js';
import { counts, FULL, QUICK, seed } from './bench/seed.js';
import { stripeSection } from './bench/stripe.js';
import { throughputSection } from './bench/throughput.js';
import { tracing } from './bench/tracing.js';
import { writePath } from './bench/write-path.js';
import { progressBar } from './demo/terminal.js';
import { redact, startPostgres } from './embedded-postgres.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const write = (!quick || args.includes('--write')) && !only;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// In the order they run: reads first, while the dataset is as loaded; the big writes last.
const SECTIONS: [string, (ctx: Context) => Promise<SectionResult | SectionResult[]>][] = [
  ['latency', latency],
  ['tracing', tracing],
  ['throughput', throughputSection],
  ['scale', scale],
  ['rls', rls],
  ['bulk-status', bulkStatus],
  ['ingest', ingest],
  ['inbox', inbox],
  ['stripe', stripeSection],
  ['partitions', partitions],
  ['write-path', writePath],
];

/** Sections that load data of their own (run alone, the scale dataset is not loaded). */
const OWN_DATA = new Set(['write-path']);

async function main(): Promise<number> {
  const started = Date.now();
  const sizes = quick ? QUICK : FULL;
  const settings = quick ? QUICK_SETTINGS : FULL_SETTINGS;
  const c = counts(sizes);
  if (only) {
    const unknown = only.filter((name) => !SECTIONS.some(([n]) => n === name));
    if (unknown.length)
      throw new Error(`unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.map(([n]) => n).join(', ')}`);
  }
  const server = await startPostgres({ durable: true });
  const scratch = `psdb_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client(server.url);
  admin.on('error', () => {});
  let pool: pg.Pool | undefined;
  let closing = false;
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${scratch}`);
    const url = new URL(server.url);
    url.pathname = `/${scratch}`;
    const { rows: v } = await admin.query<{ server_version: string }>('SHOW server_version');
    const setting = async (name: string) => (await admin.query(`SHOW ${name}`)).rows[0][name] as string;
    const machine: Machine = {
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
      cores: os.cpus().length,
      ramGiB: os.totalmem() / 2 ** 30,
      node: process.version,
      os: `${os.type()} ${os.release()}`,
      server: `PostgreSQL ${v[0].server_version}, ${server.description === 'embedded PostgreSQL' ? 'embedded' : server.description}`,
      settings: `fsync ${await setting('fsync')}, synchronous_commit ${await setting('synchronous_commit')}, shared_buffers ${await setting('shared_buffers')}`,
    };
    console.log(`payment-sync-db benchmark${quick ? ' (--quick)' : ''}`);
    console.log(`machine: ${machineLine(machine)}`);
    console.log(`database: scratch ${scratch} (${redact(url.toString())})\n`);

    pool = createPool({
      connectionString: url.toString(),
      max: 8,
      onIdleError: (error) => closing || console.warn('idle connection lost:', error),
    });
    await migrate({ pool });
    const dataset =
      `${fmt.int(c.workspaces)} workspaces; ${fmt.int(c.customers)} customers (${fmt.int(c.bigCustomers)} in one workspace), ` +
      `${fmt.int(c.products)} products, ${fmt.int(c.prices)} prices, ${fmt.int(c.subscriptions)} subscriptions, ` +
      `${fmt.int(c.sessions)} sync sessions, ${fmt.int(c.events)} sync events; the big workspace holds half of every table.`;
    console.log(`dataset: ${dataset}`);
    // Progress in loading steps (rows loaded, then one step per index rebuilt); the total is known once seeding starts.
    // The write-path section loads databases of its own: run alone, it needs no scale dataset.
    let bar: ReturnType<typeof progressBar> | undefined;
    const seedStarted = Date.now();
    const loaded = only?.every((name) => OWN_DATA.has(name))
      ? { ms: 0, rows: {}, notes: [] }
      : await seed(pool, c, (_label, done, total) => {
          bar ??= progressBar('loading', total);
          bar.update(done, { s: Math.round((Date.now() - seedStarted) / 1000) });
        });
    bar?.done({ s: Math.round(loaded.ms / 1000) });
    console.log(
      `loaded in ${fmt.seconds(loaded.ms)}: ${Object.entries(loaded.rows)
        .map(([t, n]) => `${t} ${fmt.int(n)}`)
        .join(', ')}`,
    );

    const ctx: Context = { pool, url: url.toString(), counts: c, settings, log: (line) => console.log(line) };
    const sections: SectionResult[] = [];
    for (const [name, run] of SECTIONS) {
      if (only && !only.includes(name)) continue;
      const t0 = Date.now();
      console.log(`\n[${name}]`);
      // A section may report more than one table (ingest: the bulk ingest, then the re-sync).
      for (const result of [await run(ctx)].flat()) {
        result.notes = [...(result.notes ?? [])];
        sections.push(result);
      }
      console.log(`  (${fmt.seconds(Date.now() - t0)})`);
    }
    const targets = sections.flatMap((s) => s.targets);
    console.log(consoleReport(sections, targets));
    if (quick)
      console.log(
        '\n(--quick: a small dataset and few iterations; the targets are indicative, the full run is the reference)',
      );
    const durationMs = Date.now() - started;
    console.log(`\nwhole run: ${fmt.seconds(durationMs)}`);
    if (write) {
      const file = join(root, 'docs', 'BENCHMARKS.md');
      await mkdir(dirname(file), { recursive: true });
      // Written as prettier would format it, so `npm run format:check` stays green.
      const options = (await prettier.resolveConfig(file)) ?? {};
      await writeFile(
        file,
        await prettier.format(
          markdownReport({
            machine,
            dataset,
            command: `npm run bench${quick ? ' -- --quick --write' : ''}`,
            durationMs,
            seedMs: loaded.ms,
            seedNotes: loaded.notes,
            sections,
            targets,
            generatedAt: new Date(),
            quick,
          }),
          { ...options, filepath: file },
        ),
      );
      console.log(`wrote ${file}`);
    }
    return 0;
  } finally {
    closing = true;
    await pool?.end().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
