// payment-sync-db citus distribute, run from source through tsx like test/cli.test.ts: it prints
// scale-out/citus-distribute.sql as shipped; --apply, against the test database (no Citus here),
// refuses with one line and exit 1 and changes nothing; the script run by itself (pg, psql)
// refuses just the same; the help lists the command; the packed package ships the script.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { freePort } from '../scripts/embedded-postgres.js';
import { useDatabase } from './support/database.js';
import { insertWorkspace } from './support/factories.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT_PATH = join(root, 'scale-out', 'citus-distribute.sql');
const script = readFileSync(SCRIPT_PATH, 'utf8');
const db = useDatabase();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('DATABASE_URL' in env)) delete childEnv.DATABASE_URL;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

const lines = (text: string) => text.split('\n').filter(Boolean);

/** What Citus would change: every relation, schema, extension, function and Citus catalog of the database. */
async function catalog(pool: pg.Pool) {
  const { rows } = await pool.query<{ what: string }>(`
    SELECT 'relation ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text AS what
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    UNION ALL SELECT 'schema ' || nspname FROM pg_namespace
    UNION ALL SELECT 'extension ' || extname FROM pg_extension
    UNION ALL SELECT 'function ' || p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    UNION ALL SELECT 'citus catalog ' || relname FROM pg_class WHERE relname LIKE 'pg_dist%' OR relname LIKE 'citus%'
    ORDER BY 1`);
  return rows.map((r) => r.what);
}

/** Runs `fn`; the catalog and every tenant table's rows are as before, and no Citus catalog exists. */
async function changesNothing<T>(fn: () => Promise<T>): Promise<T> {
  await insertWorkspace(db.pool);
  const before = await catalog(db.pool);
  expect(before.filter((w) => w.startsWith('citus catalog') || w === 'extension citus')).toEqual([]);
  const result = await db.withoutWrites(fn);
  expect(await catalog(db.pool)).toEqual(before);
  return result;
}

const NOT_INSTALLED =
  'payment-sync-db: the citus extension is not installed in this database: "citus distribute --apply" runs only on a ' +
  'Citus coordinator (CREATE EXTENSION citus first; docs/SCALE-OUT.md); nothing was changed';

describe('payment-sync-db citus distribute', () => {
  it('prints the shipped script, unchanged, by default and with --print, without touching a database', async () => {
    for (const args of [
      ['citus', 'distribute'],
      ['citus', 'distribute', '--print'],
      ['--print', 'citus', 'distribute'],
    ]) {
      const run = await cli(args, { DATABASE_URL: 'postgres://nowhere.invalid/x' });
      expect(run).toEqual({ code: 0, stdout: script, stderr: '' });
    }
  });

  it('--apply refuses where the citus extension is absent: exit 1, one line, nothing changed', async () => {
    await changesNothing(async () => {
      for (const [args, env] of [
        [['citus', 'distribute', '--apply'], { DATABASE_URL: db.url }],
        [
          ['citus', 'distribute', '--apply', '--database-url', db.url],
          { DATABASE_URL: 'postgres://nowhere.invalid/x' },
        ],
        [['--database-url', db.url, 'citus', 'distribute', '--apply'], {}],
      ] as [string[], NodeJS.ProcessEnv][]) {
        const run = await cli(args, env);
        expect(run.code, run.stderr).toBe(1);
        expect(run.stdout).toBe('');
        expect(lines(run.stderr)).toEqual([NOT_INSTALLED]);
      }
    });
  }, 60_000);

  it('the script refuses by itself: its first statement raises where citus is absent, before any change', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await changesNothing(async () => {
        // One simple-protocol query, as the CLI sends it: the guard fails, nothing after it runs.
        const error = await client.query(script).then(
          () => new Error('the script ran'),
          (e: unknown) => e as pg.DatabaseError,
        );
        expect(error).toMatchObject({ code: '55000' });
        expect((error as Error).message).toMatch(
          /^payment-sync-db: the citus extension is not installed in database "psdb_test_[0-9a-f]+": .*nothing was changed$/,
        );
        // The guard runs before BEGIN: no transaction is left open.
        expect((await client.query<{ s: string }>(`SELECT 'still usable' AS s`)).rows).toEqual([{ s: 'still usable' }]);
      });
    } finally {
      await client.end();
    }
  });

  const psql = spawnSync('psql', ['--version']).status === 0;
  it.skipIf(!psql)(
    'the script refuses under psql too, with ON_ERROR_STOP and without it',
    async () => {
      await changesNothing(async () => {
        const run = promisify(execFile);
        const stopped = await run('psql', [db.url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', SCRIPT_PATH]).then(
          () => ({ code: 0, stderr: '' }),
          (e: { code: number; stderr: string }) => e,
        );
        expect(stopped.code).toBe(3);
        expect(stopped.stderr).toMatch(/the citus extension is not installed in database/);
        expect(stopped.stderr).not.toMatch(/create_distributed_table/);
        // Without ON_ERROR_STOP psql goes on: every statement of the transaction fails, COMMIT rolls back.
        const going = await run('psql', [db.url, '-X', '-q', '-f', SCRIPT_PATH]);
        expect(going.stderr).toMatch(/the citus extension is not installed in database/);
        expect(going.stderr).toMatch(/function create_distributed_table\(unknown, unknown\) does not exist/);
        expect(going.stderr).toMatch(/current transaction is aborted/);
      });
    },
    60_000,
  );

  it('exits 1 with one typed line when the database cannot be reached', async () => {
    const port = await freePort();
    const run = await cli([
      'citus',
      'distribute',
      '--apply',
      '--database-url',
      `postgres://postgres@127.0.0.1:${port}/postgres`,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([
      `payment-sync-db: ConnectionError (ECONNREFUSED): connect ECONNREFUSED 127.0.0.1:${port}`,
    ]);
  });

  it.each([
    [['citus'], /missing citus subcommand/],
    [['citus', 'undistribute'], /unknown citus subcommand "undistribute"/],
    [['citus', 'distribute', 'now'], /unexpected argument "now"/],
    [['citus', 'distribute', '--print', '--apply'], /--print and --apply exclude each other/],
    [['citus', 'distribute', '--apply'], /no database: set DATABASE_URL or pass --database-url/],
    [['citus', 'distribute', '--apply', '--database-url', 'not-a-url'], /--database-url is not a PostgreSQL URL/],
    [
      ['citus', 'distribute', '--database-url', 'postgres://127.0.0.1/x'],
      /--database-url applies to "citus distribute --apply" only/,
    ],
    [['citus', 'distribute', '--count', '1'], /Unknown option '--count'/],
  ])('exits 2 with one line on a usage error: %j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^payment-sync-db: .* \(see payment-sync-db --help\)$/m);
    expect(run.stderr).toMatch(message);
  });

  it('is listed in the help, which `citus --help` prints as well', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: payment-sync-db migrate <up\|down\|status>/);
    expect(help.stdout).toMatch(/^ +payment-sync-db citus distribute \[--print \| --apply\] \[options\]$/m);
    expect(help.stdout).toMatch(/^citus distribute:$/m);
    expect(help.stdout).toMatch(/^ +--print +citus distribute: write the script to stdout/m);
    expect(help.stdout).toMatch(/^ +--apply +citus distribute: run the script against the database/m);
    for (const args of [
      ['citus', '--help'],
      ['citus', 'distribute', '-h'],
    ]) {
      expect(await cli(args)).toEqual({ code: 0, stdout: help.stdout, stderr: '' });
    }
  });

  it('ships with the package: scale-out/ is in package.json "files" and in the packed tarball', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('scale-out');
    const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    const [packed] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    expect(packed.files.map((f) => f.path)).toContain('scale-out/citus-distribute.sql');
  }, 60_000);
});
