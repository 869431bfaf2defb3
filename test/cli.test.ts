// The payment-sync-db command, run from source through tsx (test/package.test.ts
// runs the built and installed one): migrate against a fresh empty database,
// stripe backfill against a migrated one and stripe-stateful-mock (through
// STRIPE_API_BASE), chargebee backfill against a migrated one and the project's
// stand-in for Chargebee's list endpoints (scripts/chargebee-server.ts, through
// CHARGEBEE_API_BASE).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChargebeeServer, type ChargebeeServer } from '../scripts/chargebee-server.js';
import { freePort } from '../scripts/embedded-postgres.js';
import { useDatabase } from './support/database.js';
import { insertCustomer, insertWorkspace } from './support/factories.js';
import { connectedAccount, startStripeServer, type StripeServer } from './support/stripe-server.js';

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
  for (const name of [
    'DATABASE_URL',
    'STRIPE_SECRET_KEY',
    'STRIPE_API_BASE',
    'CHARGEBEE_API_KEY',
    'CHARGEBEE_SITE',
    'CHARGEBEE_API_BASE',
  ]) {
    if (!(name in env)) delete childEnv[name];
  }
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

describe('payment-sync-db stripe backfill', () => {
  const migrated = useDatabase({ poolSize: 2 });
  const KEY = 'sk_test_payment_sync_db_cli';
  const WS = '7f3c2a1e-5b4d-4c6e-8f90-1a2b3c4d5e6f';
  const nowhere = 'postgres://postgres@127.0.0.1:1/postgres';
  let server: StripeServer;
  let stripe: Stripe;

  beforeAll(async () => {
    server = await startStripeServer();
    stripe = server.client();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  const backfill = (...args: string[]) => ['stripe', 'backfill', ...args];
  const ok = { STRIPE_SECRET_KEY: KEY, DATABASE_URL: nowhere };

  it.each([
    [['stripe'], ok, /missing stripe subcommand/],
    [['stripe', 'sync'], ok, /unknown stripe subcommand "sync"/],
    [backfill(), ok, /--workspace-id is required/],
    [backfill('--workspace-id', 'workspace-1'), ok, /--workspace-id must be a uuid/],
    [backfill('--workspace-id', `${WS}0`), ok, /--workspace-id must be a uuid/],
    [backfill('--workspace-id', WS), { DATABASE_URL: nowhere }, /no Stripe API key: set STRIPE_SECRET_KEY/],
    [backfill('--workspace-id', WS), { DATABASE_URL: nowhere, STRIPE_SECRET_KEY: '' }, /no Stripe API key/],
    [backfill('--workspace-id', WS), { STRIPE_SECRET_KEY: KEY }, /no database: set DATABASE_URL/],
    [backfill('--workspace-id', WS, '--page-size', '0'), ok, /--page-size must be an integer from 1 to 1000/],
    [backfill('--workspace-id', WS, '--page-size', '1001'), ok, /--page-size must be an integer from 1 to 1000/],
    [backfill('--workspace-id', WS, '--page-size', '2.5'), ok, /--page-size must be an integer from 1 to 1000/],
    [backfill('--workspace-id', WS, '--page-size', 'ten'), ok, /--page-size must be an integer from 1 to 1000/],
    [backfill('--workspace-id', WS, '--objects', 'customer,invoice'), ok, /unknown object "invoice" in --objects/],
    [backfill('--workspace-id', WS, '--objects', 'customer,'), ok, /--objects is empty/],
    [backfill('--workspace-id', WS, '--account', 'cus_123'), ok, /--account must be a Stripe account id/],
    [backfill('--workspace-id', WS, '--count', '1'), ok, /--count does not apply to "stripe backfill"/],
    [backfill('--workspace-id', WS, 'extra'), ok, /unexpected argument "extra"/],
    [['migrate', 'status', '--workspace-id', WS], ok, /--workspace-id does not apply to "migrate status"/],
    [
      backfill('--workspace-id', WS),
      { ...ok, STRIPE_API_BASE: 'ftp://127.0.0.1:12111' },
      /STRIPE_API_BASE is not an http\(s\) origin/,
    ],
    [
      backfill('--workspace-id', WS),
      { ...ok, STRIPE_API_BASE: 'http://127.0.0.1:12111/v1' },
      /STRIPE_API_BASE is not an http\(s\) origin/,
    ],
  ] as [string[], NodeJS.ProcessEnv, RegExp][])(
    'exits 2 with one line on a usage error: %j',
    async (args, env, message) => {
      const run = await cli(args, env);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/^payment-sync-db: /);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toContain(KEY);
    },
  );

  it('backfills a connected account into the workspace: summary on stdout, progress on stderr', async () => {
    const account = await connectedAccount(stripe);
    const on = { stripeAccount: account };
    const shirt = await stripe.products.create({ name: 'T-shirt' }, on);
    const mug = await stripe.products.create({ name: 'Mug' }, on);
    const price = await stripe.prices.create({ product: shirt.id, currency: 'usd', unit_amount: 2000 }, on);
    const created: string[] = [];
    for (const n of [1, 2, 3]) {
      created.push((await stripe.customers.create({ email: `cli${n}@example.com`, name: `CLI ${n}` }, on)).id);
    }
    // The platform's own objects are not the connected account's: --account keeps them out.
    const platform = await stripe.customers.create({ email: 'platform@example.com' });

    const { id: workspaceId } = await insertWorkspace(migrated.pool);
    // A live row the listing does not return: reported as gone, not deleted.
    await insertCustomer(migrated.pool, workspaceId, { externalId: 'cus_cli_gone_1' });

    const env = {
      DATABASE_URL: migrated.url,
      STRIPE_SECRET_KEY: KEY,
      STRIPE_API_BASE: `http://127.0.0.1:${server.port}`,
    };
    const args = backfill('--workspace-id', workspaceId, '--account', account, '--page-size', '2');
    const run = await cli(['--objects', 'customer,product,price', ...args], env);
    expect(run.stderr).not.toContain(KEY);
    expect(run.code, run.stderr).toBe(0);

    const out = lines(run.stdout);
    expect(out).toEqual([
      expect.stringMatching(/^product +listed 2 +inserted 2 +updated 0 +unchanged 0 +stale 0 +refused 0 +gone 0$/),
      expect.stringMatching(/^price +listed 1 +inserted 1 +updated 0 +unchanged 0 +stale 0 +refused 0 +gone 0$/),
      expect.stringMatching(/^customer +listed 3 +inserted 3 +updated 0 +unchanged 0 +stale 0 +refused 0 +gone 1$/),
      'gone customer: cus_cli_gone_1',
      expect.stringMatching(/^session [0-9a-f-]{36} +resumed no$/),
    ]);
    const sessionId = /^session (\S+)/.exec(out.at(-1)!)![1];

    // Not a TTY: one plain line per page, parents first; customers in two pages of at most 2.
    const progress = lines(run.stderr);
    for (const line of progress) {
      expect(line).toMatch(/^\[[#-]{20}\] [0-3]\/3 (product|price|customer): page \d+, \d+ listed(, done)?$/);
    }
    expect(progress.map((l) => / (\w+): (page \d+)/.exec(l)!.slice(1).join(' '))).toEqual([
      'product page 1',
      'price page 1',
      'customer page 1',
      'customer page 2',
    ]);
    expect(progress.at(-1)).toMatch(/^\[#{20}\] 3\/3 customer: page 2, 3 listed, done$/);

    const rows = async (table: string) =>
      (
        await migrated.pool.query<{ external_id: string }>(
          `SELECT external_id FROM ${table} WHERE workspace_id = $1 AND payment_provider = 'stripe' AND deleted_at IS NULL ORDER BY external_id`,
          [workspaceId],
        )
      ).rows.map((r) => r.external_id);
    expect(await rows('customers')).toEqual([...created, 'cus_cli_gone_1'].sort());
    expect(await rows('customers')).not.toContain(platform.id);
    expect(await rows('products')).toEqual([shirt.id, mug.id].sort());
    expect(await rows('prices')).toEqual([price.id]);
    const session = await migrated.pool.query<{ status: string; session_type: string }>(
      'SELECT status, session_type FROM payment_sync_sessions WHERE workspace_id = $1 AND id = $2',
      [workspaceId, sessionId],
    );
    expect(session.rows).toEqual([{ status: 'completed', session_type: 'full' }]);

    // Again: a new session, nothing new to insert.
    const again = await cli(args, env);
    expect(again.code, again.stderr).toBe(0);
    const againOut = lines(again.stdout);
    expect(againOut).toEqual([
      expect.stringMatching(/^product +listed 2 +inserted 0 .* gone 0$/),
      expect.stringMatching(/^price +listed 1 +inserted 0 .* gone 0$/),
      expect.stringMatching(/^customer +listed 3 +inserted 0 .* gone 1$/),
      expect.stringMatching(/^subscription +listed 0 +inserted 0 .* gone 0$/),
      'gone customer: cus_cli_gone_1',
      expect.stringMatching(/^session [0-9a-f-]{36} +resumed no$/),
    ]);
    expect(againOut.at(-1)).not.toContain(sessionId);
  }, 120_000);

  it('exits 1 with one typed line when the workspace does not exist or Stripe cannot be reached', async () => {
    const env = {
      DATABASE_URL: migrated.url,
      STRIPE_SECRET_KEY: KEY,
      STRIPE_API_BASE: `http://127.0.0.1:${server.port}`,
    };
    const missing = await cli(backfill('--workspace-id', WS), env);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(lines(missing.stderr)).toEqual([
      `payment-sync-db: InvalidParameterError (INVALID_PARAMETER): invalid parameter "workspaceId": no live workspace ${WS}`,
    ]);

    const { id: workspaceId } = await insertWorkspace(migrated.pool);
    const port = await freePort();
    const unreachable = await cli(backfill('--workspace-id', workspaceId), {
      ...env,
      STRIPE_API_BASE: `http://127.0.0.1:${port}`,
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stdout).toBe('');
    expect(lines(unreachable.stderr)).toHaveLength(1);
    expect(unreachable.stderr).toMatch(/^payment-sync-db: StripeConnectionError: .*ECONNREFUSED/);
    expect(unreachable.stderr).not.toContain(KEY);

    const noDatabase = await cli(backfill('--workspace-id', workspaceId, '--database-url', nowhere), env);
    expect(noDatabase.code).toBe(1);
    expect(lines(noDatabase.stderr)).toEqual([
      'payment-sync-db: ConnectionError (ECONNREFUSED): connect ECONNREFUSED 127.0.0.1:1',
    ]);
  }, 60_000);

  it('documents the stripe command and its environment in the help', async () => {
    const run = await cli(['stripe', 'backfill', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: payment-sync-db migrate <up\|down\|status>/);
    expect(run.stdout).toMatch(/payment-sync-db stripe backfill --workspace-id ID/);
    expect(run.stdout).toMatch(/STRIPE_SECRET_KEY/);
    expect(run.stdout).toMatch(/STRIPE_API_BASE/);
  });
});

describe('payment-sync-db chargebee backfill', () => {
  const migrated = useDatabase({ poolSize: 2 });
  const KEY = 'test_payment_sync_db_cli_chargebee';
  const WS = '7f3c2a1e-5b4d-4c6e-8f90-1a2b3c4d5e6f';
  const nowhere = 'postgres://postgres@127.0.0.1:1/postgres';
  const basic = Buffer.from(`${KEY}:`).toString('base64');
  const at = 1_767_225_600; // 2026-01-01T00:00:00Z, in Chargebee's seconds
  const version = (n: number) => (at + n) * 1000;
  const customers = [1, 2, 3].map((n) => ({
    id: `cb_cust_${n}`,
    first_name: 'CLI',
    last_name: `${n}`,
    email: `cb${n}@example.com`,
    deleted: false,
    updated_at: at + n,
    resource_version: version(n),
  }));
  const items = [
    { id: 'cb-plan-basic', name: 'Basic', external_name: 'Basic plan', type: 'plan', status: 'active' },
    { id: 'cb-addon-seats', name: 'Seats', type: 'addon', status: 'archived' },
  ].map((item, n) => ({ ...item, item_family_id: 'cb-family', updated_at: at, resource_version: version(n) }));
  const itemPrices = [
    {
      id: 'cb-plan-basic-USD-monthly',
      item_id: 'cb-plan-basic',
      name: 'Basic USD monthly',
      item_type: 'plan',
      pricing_model: 'per_unit',
      price: 1500,
      currency_code: 'USD',
      period: 1,
      period_unit: 'month',
      status: 'active',
      updated_at: at,
      resource_version: version(0),
    },
  ];
  let server: ChargebeeServer;

  beforeAll(async () => {
    server = await startChargebeeServer();
    server.addSite('acme-test', {
      apiKey: KEY,
      lists: { items, item_prices: itemPrices, customers, subscriptions: [] },
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const backfill = (...args: string[]) => ['chargebee', 'backfill', ...args];
  const ok = { CHARGEBEE_API_KEY: KEY, CHARGEBEE_SITE: 'acme-test', DATABASE_URL: nowhere };

  it.each([
    [['chargebee'], ok, /missing chargebee subcommand/],
    [['chargebee', 'sync'], ok, /unknown chargebee subcommand "sync"/],
    [backfill(), ok, /--workspace-id is required/],
    [backfill('--workspace-id', 'workspace-1'), ok, /--workspace-id must be a uuid/],
    [
      backfill('--workspace-id', WS),
      { ...ok, CHARGEBEE_API_KEY: undefined },
      /no Chargebee API key: set CHARGEBEE_API_KEY/,
    ],
    [backfill('--workspace-id', WS), { ...ok, CHARGEBEE_API_KEY: '' }, /no Chargebee API key/],
    [
      backfill('--workspace-id', WS),
      { ...ok, CHARGEBEE_SITE: undefined },
      /no Chargebee site: pass --site or set CHARGEBEE_SITE/,
    ],
    [backfill('--workspace-id', WS, '--site', 'acme.chargebee.com'), ok, /--site must be a Chargebee site name/],
    [
      backfill('--workspace-id', WS),
      { ...ok, CHARGEBEE_SITE: 'https://acme.chargebee.com' },
      /CHARGEBEE_SITE is not a Chargebee site name/,
    ],
    [backfill('--workspace-id', WS), { ...ok, DATABASE_URL: undefined }, /no database: set DATABASE_URL/],
    [backfill('--workspace-id', WS, '--page-size', '0'), ok, /--page-size must be an integer from 1 to 1000/],
    [backfill('--workspace-id', WS, '--page-size', '1001'), ok, /--page-size must be an integer from 1 to 1000/],
    [backfill('--workspace-id', WS, '--page-size', 'ten'), ok, /--page-size must be an integer from 1 to 1000/],
    [backfill('--workspace-id', WS, '--objects', 'customer,item'), ok, /unknown object "item" in --objects/],
    [backfill('--workspace-id', WS, '--objects', ','), ok, /--objects is empty/],
    [backfill('--workspace-id', WS, '--account', 'acct_123'), ok, /--account does not apply to "chargebee backfill"/],
    [backfill('--workspace-id', WS, '--count', '1'), ok, /--count does not apply to "chargebee backfill"/],
    [backfill('--workspace-id', WS, 'extra'), ok, /unexpected argument "extra"/],
    [
      ['stripe', 'backfill', '--workspace-id', WS, '--site', 'acme'],
      { ...ok, STRIPE_SECRET_KEY: 'sk_test_x' },
      /--site does not apply to "stripe backfill"/,
    ],
    [['migrate', 'up', '--site', 'acme'], ok, /--site does not apply to "migrate up"/],
    [
      backfill('--workspace-id', WS),
      { ...ok, CHARGEBEE_API_BASE: 'http://127.0.0.1:12345/api/v2' },
      /CHARGEBEE_API_BASE is not an http\(s\) origin/,
    ],
  ] as [string[], NodeJS.ProcessEnv, RegExp][])(
    'exits 2 with one line on a usage error: %j',
    async (args, env, message) => {
      const run = await cli(
        args,
        Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)) as NodeJS.ProcessEnv,
      );
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/^payment-sync-db: /);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toContain(KEY);
    },
  );

  it('backfills a site into the workspace: summary on stdout, progress on stderr, rows in the database', async () => {
    const { id: workspaceId } = await insertWorkspace(migrated.pool);
    // A live Chargebee row the listing does not return: reported as gone, not deleted.
    await insertCustomer(migrated.pool, workspaceId, { externalId: 'cb_cust_gone', paymentProvider: 'chargebee' });
    const env = { DATABASE_URL: migrated.url, CHARGEBEE_API_KEY: KEY, CHARGEBEE_API_BASE: server.url };
    const first = server.requests.length;
    const run = await cli(
      backfill(
        '--workspace-id',
        workspaceId,
        '--site',
        'acme-test',
        '--page-size',
        '2',
        '--objects',
        'customer,product,price',
      ),
      env,
    );
    expect(run.stderr).not.toContain(KEY);
    expect(run.code, run.stderr).toBe(0);

    const out = lines(run.stdout);
    expect(out).toEqual([
      expect.stringMatching(/^product +listed 2 +inserted 2 +updated 0 +unchanged 0 +stale 0 +refused 0 +gone 0$/),
      expect.stringMatching(/^price +listed 1 +inserted 1 +updated 0 +unchanged 0 +stale 0 +refused 0 +gone 0$/),
      expect.stringMatching(/^customer +listed 3 +inserted 3 +updated 0 +unchanged 0 +stale 0 +refused 0 +gone 1$/),
      'gone customer: cb_cust_gone',
      expect.stringMatching(/^session [0-9a-f-]{36} +resumed no$/),
    ]);
    const sessionId = /^session (\S+)/.exec(out.at(-1)!)![1];

    // Not a TTY: one plain line per page, parents first; customers in two pages of at most 2.
    const progress = lines(run.stderr);
    for (const line of progress) {
      expect(line).toMatch(/^\[[#-]{20}\] [0-3]\/3 (product|price|customer): page \d+, \d+ listed(, done)?$/);
    }
    expect(progress.map((l) => / (\w+): (page \d+)/.exec(l)!.slice(1).join(' '))).toEqual([
      'product page 1',
      'price page 1',
      'customer page 1',
      'customer page 2',
    ]);
    expect(progress.at(-1)).toMatch(/^\[#{20}\] 3\/3 customer: page 2, 3 listed, done$/);

    // The SDK's own requests: the list endpoints, the page size, the offset, the key as the username.
    const requests = server.requests.slice(first);
    expect(requests.map((r) => [r.path, r.query])).toEqual([
      ['/api/v2/items', { limit: '2' }],
      ['/api/v2/item_prices', { limit: '2' }],
      ['/api/v2/customers', { limit: '2' }],
      ['/api/v2/customers', { limit: '2', offset: requests[2].nextOffset }],
    ]);
    expect(requests[2].nextOffset).toEqual(expect.any(String));
    expect(requests.every((r) => r.apiKey === KEY && r.status === 200)).toBe(true);

    const rows = async (table: string, columns: string) =>
      (
        await migrated.pool.query(
          `SELECT ${columns} FROM ${table} WHERE workspace_id = $1 AND payment_provider = 'chargebee' AND deleted_at IS NULL ORDER BY external_id`,
          [workspaceId],
        )
      ).rows;
    expect(await rows('customers', 'external_id, email, name')).toEqual([
      { external_id: 'cb_cust_1', email: 'cb1@example.com', name: 'CLI 1' },
      { external_id: 'cb_cust_2', email: 'cb2@example.com', name: 'CLI 2' },
      { external_id: 'cb_cust_3', email: 'cb3@example.com', name: 'CLI 3' },
      expect.objectContaining({ external_id: 'cb_cust_gone' }),
    ]);
    expect(await rows('products', 'external_id, name, active')).toEqual([
      { external_id: 'cb-addon-seats', name: 'Seats', active: false },
      { external_id: 'cb-plan-basic', name: 'Basic plan', active: true },
    ]);
    expect(await rows('prices', 'external_id, currency, unit_amount, recurring_interval')).toEqual([
      { external_id: 'cb-plan-basic-USD-monthly', currency: 'usd', unit_amount: '1500', recurring_interval: 'month' },
    ]);
    const session = await migrated.pool.query<{ status: string; session_type: string; provider_name: string }>(
      'SELECT status, session_type, provider_name FROM payment_sync_sessions WHERE workspace_id = $1 AND id = $2',
      [workspaceId, sessionId],
    );
    expect(session.rows).toEqual([{ status: 'completed', session_type: 'full', provider_name: 'chargebee' }]);

    // Again, every type, the site from CHARGEBEE_SITE: a new session, nothing new to write.
    const again = await cli(backfill('--workspace-id', workspaceId), { ...env, CHARGEBEE_SITE: 'acme-test' });
    expect(again.code, again.stderr).toBe(0);
    const againOut = lines(again.stdout);
    expect(againOut).toEqual([
      expect.stringMatching(/^product +listed 2 +inserted 0 .* gone 0$/),
      expect.stringMatching(/^price +listed 1 +inserted 0 .* gone 0$/),
      expect.stringMatching(/^customer +listed 3 +inserted 0 .* gone 1$/),
      expect.stringMatching(/^subscription +listed 0 +inserted 0 .* gone 0$/),
      'gone customer: cb_cust_gone',
      expect.stringMatching(/^session [0-9a-f-]{36} +resumed no$/),
    ]);
    expect(againOut.at(-1)).not.toContain(sessionId);
    expect(server.requests.at(-1)).toMatchObject({ path: '/api/v2/subscriptions', query: { limit: '100' } });
  }, 120_000);

  it('exits 1 with one line, the key redacted, when the workspace is missing, the key is refused or Chargebee is unreachable', async () => {
    const env = { DATABASE_URL: migrated.url, CHARGEBEE_API_KEY: KEY, CHARGEBEE_SITE: 'acme-test' };
    const missing = await cli(backfill('--workspace-id', WS), { ...env, CHARGEBEE_API_BASE: server.url });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(lines(missing.stderr)).toEqual([
      `payment-sync-db: InvalidParameterError (INVALID_PARAMETER): invalid parameter "workspaceId": no live workspace ${WS}`,
    ]);

    const { id: workspaceId } = await insertWorkspace(migrated.pool);
    const refused = await cli(backfill('--workspace-id', workspaceId), {
      ...env,
      CHARGEBEE_API_KEY: 'test_not_the_key',
      CHARGEBEE_API_BASE: server.url,
    });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(lines(refused.stderr)).toEqual([
      'payment-sync-db: ChargebeeError (api_authentication_failed): Sorry, authentication failed. Invalid api key (HTTP 401)',
    ]);

    const port = await freePort();
    const unreachable = await cli(backfill('--workspace-id', workspaceId), {
      ...env,
      CHARGEBEE_API_BASE: `http://127.0.0.1:${port}`,
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stdout).toBe('');
    expect(lines(unreachable.stderr)).toEqual([
      `payment-sync-db: TypeError (ECONNREFUSED): fetch failed (connect ECONNREFUSED 127.0.0.1:${port})`,
    ]);

    const noDatabase = await cli(backfill('--workspace-id', workspaceId, '--database-url', nowhere), {
      ...env,
      CHARGEBEE_API_BASE: server.url,
    });
    expect(noDatabase.code).toBe(1);
    expect(lines(noDatabase.stderr)).toEqual([
      'payment-sync-db: ConnectionError (ECONNREFUSED): connect ECONNREFUSED 127.0.0.1:1',
    ]);
    for (const run of [missing, refused, unreachable, noDatabase]) {
      expect(run.stderr).not.toContain(KEY);
      expect(run.stderr).not.toContain(basic);
    }
  }, 60_000);

  it('documents the chargebee command and its environment in the help', async () => {
    const run = await cli(['chargebee', 'backfill', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: payment-sync-db migrate <up\|down\|status>/);
    expect(run.stdout).toMatch(/payment-sync-db chargebee backfill --workspace-id ID/);
    expect(run.stdout).toMatch(/--site SITE/);
    for (const name of ['CHARGEBEE_API_KEY', 'CHARGEBEE_SITE', 'CHARGEBEE_API_BASE'])
      expect(run.stdout).toContain(name);
  });
});
