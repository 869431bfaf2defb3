// The payment-sync-db command, run from source through tsx (test/package.test.ts
// runs the built and installed one), against a fresh empty database.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../scripts/embedded-postgres.js';
import { useDatabase } from './support/database.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const db = useDatabase({ template: false, poolSize: 1 });

const migrations = readdirSync(join(root, 'migrations'))
  .filter((f) => f.endsWith('.sql'))
  .map((f) => f.replace(/\.sql$/, ''))
  .sort();
const last = migrations.at(-1)!;

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

describe('payment-sync-db migrate', () => {
  it('up, status, down, status, down --all, up --count on a fresh database', async () => {
    const before = await cli(['migrate', 'status'], { DATABASE_URL: db.url });
    expect(before).toMatchObject({ code: 0, stderr: '' });
    expect(lines(before.stdout).at(-1)).toBe(`0 applied, ${migrations.length} pending`);

    const up = await cli(['migrate', 'up'], { DATABASE_URL: db.url });
    expect(up).toMatchObject({ code: 0, stderr: '' });
    expect(lines(up.stdout)).toEqual([...migrations.map((m) => `applied  ${m}`), `${migrations.length} applied`]);

    // --database-url works too, and wins over DATABASE_URL.
    const status = await cli(['migrate', 'status', '--database-url', db.url], {
      DATABASE_URL: 'postgres://nowhere.invalid/x',
    });
    expect(status).toMatchObject({ code: 0, stderr: '' });
    const statusLines = lines(status.stdout);
    expect(statusLines.slice(0, -1).map((l) => l.split(/\s+/).slice(0, 2))).toEqual(
      migrations.map((m) => ['applied', m]),
    );
    expect(statusLines.at(-1)).toBe(`${migrations.length} applied, 0 pending`);

    const again = await cli(['migrate', 'up', '--database-url', db.url]);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(lines(again.stdout)).toEqual(['nothing to apply']);

    const down = await cli(['migrate', 'down', '--database-url', db.url]);
    expect(down).toMatchObject({ code: 0, stderr: '' });
    expect(lines(down.stdout)).toEqual([`undone  ${last}`, '1 undone']);

    const after = await cli(['migrate', 'status', '--database-url', db.url]);
    expect(after).toMatchObject({ code: 0, stderr: '' });
    expect(lines(after.stdout).slice(-2)).toEqual([`pending  ${last}`, `${migrations.length - 1} applied, 1 pending`]);

    const all = await cli(['migrate', 'down', '--all', '--database-url', db.url]);
    expect(all).toMatchObject({ code: 0, stderr: '' });
    expect(lines(all.stdout).at(-1)).toBe(`${migrations.length - 1} undone`);

    const one = await cli(['migrate', 'up', '--count', '1', '--database-url', db.url]);
    expect(one).toMatchObject({ code: 0, stderr: '' });
    expect(lines(one.stdout)).toEqual([`applied  ${migrations[0]}`, '1 applied']);

    const rest = await cli(['migrate', 'up', '--database-url', db.url]);
    expect(rest.code).toBe(0);
    expect(lines(rest.stdout).at(-1)).toBe(`${migrations.length - 1} applied`);
  }, 120_000);

  it.each([
    [['migrate', 'sideways'], /unknown migrate subcommand "sideways"/],
    [['migrate'], /missing migrate subcommand/],
    [[], /missing command/],
    [['seed', 'up'], /unknown command "seed"/],
    [['migrate', 'up', '--bogus'], /Unknown option '--bogus'/],
    [['migrate', 'down', '--count', 'two'], /--count must be a positive integer/],
    [['migrate', 'down', '--count', '2', '--all'], /exclude each other/],
    [['migrate', 'up', '--all'], /--all applies to "migrate down" only/],
    [['migrate', 'status', '--count', '1'], /--count does not apply/],
    [['migrate', 'up'], /no database: set DATABASE_URL or pass --database-url/],
    [['migrate', 'status', '--database-url', 'not-a-url'], /--database-url is not a PostgreSQL URL/],
    [['migrate', 'up', '--database-url', 'mysql://root@127.0.0.1/test'], /--database-url is not a PostgreSQL URL/],
  ])('exits 2 with one line on a usage error: %j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^payment-sync-db: /);
    expect(run.stderr).toMatch(message);
  });

  it('exits 1 with one typed line when the database is unreachable', async () => {
    const port = await freePort();
    for (const action of ['up', 'down', 'status']) {
      const run = await cli([
        'migrate',
        action,
        '--database-url',
        `postgres://postgres:secret@127.0.0.1:${port}/postgres`,
      ]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)).toEqual([
        `payment-sync-db: ConnectionError (ECONNREFUSED): connect ECONNREFUSED 127.0.0.1:${port}`,
      ]);
    }
  }, 60_000);

  it('exits 1 with a ConnectionError when the database does not exist or the host is unknown', async () => {
    const url = new URL(db.url);
    url.pathname = '/psdb_no_such_database';
    const missing = await cli(['migrate', 'status', '--database-url', url.toString()]);
    expect(missing.code).toBe(1);
    expect(lines(missing.stderr)).toEqual([
      'payment-sync-db: ConnectionError (3D000): database "psdb_no_such_database" does not exist',
    ]);
    const unknownHost = await cli(['migrate', 'up', '--database-url', 'postgres://postgres@no-such-host.invalid/db']);
    expect(unknownHost.code).toBe(1);
    expect(lines(unknownHost.stderr)).toHaveLength(1);
    expect(unknownHost.stderr).toMatch(/^payment-sync-db: ConnectionError \((ENOTFOUND|EAI_AGAIN)\): getaddrinfo/);
  });

  it('names only error classes the package exports', async () => {
    const exported = new Set(Object.keys(await import('../src/index.js')));
    const port = await freePort();
    const url = new URL(db.url);
    url.pathname = '/psdb_no_such_database';
    for (const args of [
      ['migrate', 'status', '--database-url', url.toString()],
      ['migrate', 'up', '--database-url', `postgres://postgres@127.0.0.1:${port}/postgres`],
    ]) {
      const run = await cli(args);
      const name = /^payment-sync-db: (\w+)/.exec(run.stderr)?.[1];
      expect(exported.has(name!), run.stderr).toBe(true);
    }
  }, 60_000);

  it('prints help and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: payment-sync-db migrate <up\|down\|status>/);
  });
});
