// npm run codegen        regenerate generated/ from queries/
// npm run codegen:check  fail when generated/ is not what queries/ produce
//
// Starts its own PostgreSQL (embedded, or a scratch database on DATABASE_URL),
// applies the packaged migrations, runs pgtyped into a temp folder, then
// replaces generated/ with it (or compares). pgtyped exits 0 on invalid
// queries and bad config, and can hang after an internal error: its output is
// scanned, its exit code checked, and it runs under a timeout.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import pg from 'pg';
import { migrate } from '../src/migrate.js';
import { startPostgres } from './embedded-postgres.js';
import { checkQueryFiles, listFiles } from './query-files.js';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
// --areas=products,prices regenerates only those folders (for parallel work on queries/).
const areas = option('areas')?.split(',');
// --queries=<dir> reads another queries tree (the codegen tests use it with --check).
const queriesDir = option('queries') ?? join(root, 'queries');
const PGTYPED_TIMEOUT_MS = 180_000;

async function main(): Promise<number> {
  const problems = await checkQueryFiles(queriesDir);
  if (problems.length > 0) {
    console.error(`queries/ breaks the naming rule (file name = @name = one statement):\n  ${problems.join('\n  ')}`);
    return 1;
  }
  const server = await startPostgres();
  const scratch = `psdb_codegen_${process.pid}_${Date.now()}`;
  const admin = new pg.Client(server.url);
  const out = await mkdtemp(join(tmpdir(), 'payment-sync-db-codegen-'));
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${scratch}`);
    const url = withDatabase(server.url, scratch);
    await migrate({ databaseUrl: url });
    const ok = await runPgtyped(url, out);
    if (!ok) return 1;
    const fresh = join(out, 'generated');
    if (check) return await compare(fresh, join(root, 'generated'));
    for (const area of areas ?? ['.']) {
      await rm(join(root, 'generated', area), { recursive: true, force: true });
      await cp(join(fresh, area), join(root, 'generated', area), { recursive: true });
    }
    console.log(
      `codegen: ${(await listFiles(fresh, '.ts')).length} query modules written to generated/ (${server.description})`,
    );
    return 0;
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
    await server.stop();
    await rm(out, { recursive: true, force: true });
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function runPgtyped(url: string, out: string): Promise<boolean> {
  const base = JSON.parse(await readFile(join(root, 'pgtyped.config.json'), 'utf8'));
  base.srcDir = queriesDir;
  base.transforms = base.transforms.map((t: { emitTemplate: string; include: string }) => ({
    ...t,
    include: areas ? (areas.length === 1 ? `${areas[0]}/**/*.sql` : `{${areas.join(',')}}/**/*.sql`) : t.include,
    emitTemplate: join(out, t.emitTemplate),
  }));
  const config = join(out, 'pgtyped.config.json');
  await writeFile(config, JSON.stringify(base));
  // PGHOST, PGPORT... would override --uri field by field.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PG')));
  const cli = join(root, 'node_modules', '@pgtyped', 'cli', 'lib', 'index.js');
  const child = spawn(process.execPath, [cli, '-c', config, '--uri', url], { cwd: root, env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), PGTYPED_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const errors = output
    .split('\n')
    // Progress lines name the queries, and a query may be called UpdateSyncSessionError.
    .filter((line) => !/^(Processing|Saved \d+ query types from) /.test(line))
    .filter((line) => /error|invalid|failed/i.test(line));
  const expected = (await listFiles(queriesDir, '.sql')).filter(
    (f) => !areas || areas.some((area) => relative(queriesDir, f).startsWith(`${area}/`)),
  ).length;
  const produced = (await listFiles(join(out, 'generated'), '.ts').catch(() => [])).length;
  if (code !== 0 || errors.length > 0 || produced !== expected) {
    console.error(output.trim());
    console.error(
      `\ncodegen failed: pgtyped ${code === null ? 'timed out' : `exited ${code}`}, ` +
        `${errors.length} error line(s), ${produced} of ${expected} query modules generated.`,
    );
    return false;
  }
  return true;
}

async function compare(fresh: string, committed: string): Promise<number> {
  const a = (await listFiles(fresh, '.ts')).map((f) => relative(fresh, f)).sort();
  const b = (await listFiles(committed, '.ts').catch(() => [])).map((f) => relative(committed, f)).sort();
  const stale: string[] = [];
  for (const f of new Set([...a, ...b])) {
    if (!a.includes(f)) stale.push(`${f} (no longer generated)`);
    else if (!b.includes(f)) stale.push(`${f} (missing)`);
    else if ((await readFile(join(fresh, f), 'utf8')) !== (await readFile(join(committed, f), 'utf8'))) {
      stale.push(`${f} (differs)`);
    }
  }
  if (stale.length > 0) {
    console.error(
      `generated/ is stale: ${stale.length} file(s) differ from what queries/ produce:\n  ` +
        stale.slice(0, 20).join('\n  ') +
        '\nFix: run `npm run codegen` and commit generated/.',
    );
    return 1;
  }
  console.log(`codegen:check: generated/ is up to date (${a.length} query modules).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
