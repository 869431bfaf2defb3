#!/usr/bin/env node
// payment-sync-db migrate up|down|status: the packaged migrations, from a deploy script.
// payment-sync-db stripe backfill: a full, resumable sync of one workspace from Stripe (backfillStripe).
// The Stripe adapter and the `stripe` SDK (an optional peer dependency) are loaded only by the stripe
// commands, at run time: `migrate` works without `stripe` installed.
// Exit codes: 0 success, 1 failure (one line on stderr: "payment-sync-db: <ErrorClass> (<code>): <message>"),
// 2 usage error (one line on stderr).
import { parseArgs } from 'node:util';
import { InvalidParameterError, PaymentSyncDbError, mapError } from './errors.js';
import { migrate, migrationStatus } from './migrate.js';
import { createPool } from './pool.js';
import { ENTITY_TYPES, type EntityType } from './vocabulary.js';
import { getWorkspace } from './workspaces.js';
import type { BackfillProgress, BackfillResult } from './providers/adapter.js';

const USAGE = `Usage: payment-sync-db migrate <up|down|status> [options]
       payment-sync-db stripe backfill --workspace-id ID [options]

migrate:
  up       apply pending migrations (all, or --count N)
  down     undo the last migration (or --count N, or --all)
  status   list applied and pending migrations

stripe backfill:
  lists products, prices, customers and subscriptions from Stripe into the workspace (resumable: a run
  after a failed or interrupted one continues from its cursor); needs the \`stripe\` package installed.
  Progress on stderr; per entity type on stdout: listed, inserted, updated, unchanged, stale, refused
  and gone (rows Stripe no longer lists, reported, not deleted; up to 10 ids shown), then the session.

Options:
  --database-url URL    PostgreSQL connection string (default: $DATABASE_URL)
  --count N             migrate: how many migrations to apply (up) or undo (down)
  --all                 migrate down: undo every applied migration
  --workspace-id ID     stripe: the workspace (a uuid) to sync into
  --account acct_...    stripe: the connected account to list (Stripe Connect; default: the
                        workspace's Stripe configuration's accountId, else the key's own account)
  --page-size N         stripe: objects per page, 1 to 1000 (default 100)
  --objects LIST        stripe: a comma list of customer, product, price, subscription (default all)
  -h, --help            show this help

Environment (stripe):
  STRIPE_SECRET_KEY     the API key (required; never printed)
  STRIPE_API_BASE       another Stripe-compatible server, e.g. http://127.0.0.1:12111 (its protocol,
                        host and port become the SDK's protocol, host and port options)

Exit codes: 0 success, 1 failure, 2 usage error.`;

class UsageError extends Error {}

interface MigrateCommand {
  kind: 'migrate';
  action: 'up' | 'down' | 'status';
  databaseUrl: string;
  count?: number;
}

interface StripeBackfillCommand {
  kind: 'stripe backfill';
  databaseUrl: string;
  workspaceId: string;
  account?: string;
  pageSize?: number;
  objects?: EntityType[];
  apiKey: string;
  /** The SDK's protocol, host and port, from STRIPE_API_BASE. */
  api?: { protocol: 'http' | 'https'; host: string; port: number };
}

type Command = MigrateCommand | StripeBackfillCommand;

const MIGRATE_OPTIONS = ['count', 'all'] as const;
const STRIPE_OPTIONS = ['workspace-id', 'account', 'page-size', 'objects'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parse(argv: string[]): Command | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'database-url': { type: 'string' },
        count: { type: 'string' },
        all: { type: 'boolean' },
        'workspace-id': { type: 'string' },
        account: { type: 'string' },
        'page-size': { type: 'string' },
        objects: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs explains at length; its first sentence is the usage error.
    throw new UsageError((error as Error).message.split('. ')[0] ?? String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [group, action, ...rest] = positionals;
  if (group === 'stripe') {
    if (action !== 'backfill') {
      throw new UsageError(action ? `unknown stripe subcommand "${action}"` : 'missing stripe subcommand');
    }
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const misplaced = MIGRATE_OPTIONS.find((name) => values[name] !== undefined);
    if (misplaced) throw new UsageError(`--${misplaced} does not apply to "stripe backfill"`);
    return parseStripeBackfill(values);
  }
  if (group !== 'migrate') throw new UsageError(group ? `unknown command "${group}"` : 'missing command');
  if (action !== 'up' && action !== 'down' && action !== 'status') {
    throw new UsageError(action ? `unknown migrate subcommand "${action}"` : 'missing migrate subcommand');
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const misplaced = STRIPE_OPTIONS.find((name) => values[name] !== undefined);
  if (misplaced) throw new UsageError(`--${misplaced} does not apply to "migrate ${action}"`);
  let count: number | undefined;
  if (values.count !== undefined) {
    if (!/^[1-9][0-9]*$/.test(values.count)) throw new UsageError('--count must be a positive integer');
    count = Number(values.count);
  }
  if (values.all) {
    if (action !== 'down') throw new UsageError('--all applies to "migrate down" only');
    if (count !== undefined) throw new UsageError('--all and --count exclude each other');
    count = Infinity;
  }
  if (action === 'status' && count !== undefined) throw new UsageError('--count does not apply to "migrate status"');
  return { kind: 'migrate', action, databaseUrl: databaseUrlOf(values['database-url']), count };
}

function parseStripeBackfill(values: {
  'database-url'?: string;
  'workspace-id'?: string;
  account?: string;
  'page-size'?: string;
  objects?: string;
}): StripeBackfillCommand {
  const workspaceId = values['workspace-id'];
  if (workspaceId === undefined) throw new UsageError('--workspace-id is required');
  if (!UUID.test(workspaceId)) throw new UsageError('--workspace-id must be a uuid');
  const account = values.account;
  if (account !== undefined && !/^acct_[A-Za-z0-9]+$/.test(account)) {
    throw new UsageError('--account must be a Stripe account id (acct_...)');
  }
  let pageSize: number | undefined;
  if (values['page-size'] !== undefined) {
    pageSize = /^[1-9][0-9]{0,3}$/.test(values['page-size']) ? Number(values['page-size']) : NaN;
    if (!(pageSize <= 1000)) throw new UsageError('--page-size must be an integer from 1 to 1000');
  }
  let objects: EntityType[] | undefined;
  if (values.objects !== undefined) {
    const names = values.objects.split(',').map((name) => name.trim());
    for (const name of names) {
      if (!(ENTITY_TYPES as readonly string[]).includes(name)) {
        throw new UsageError(
          name ? `unknown object "${name}" in --objects (expected ${ENTITY_TYPES.join(', ')})` : '--objects is empty',
        );
      }
    }
    objects = [...new Set(names as EntityType[])];
  }
  const databaseUrl = databaseUrlOf(values['database-url']);
  const apiKey = process.env.STRIPE_SECRET_KEY;
  if (!apiKey) throw new UsageError('no Stripe API key: set STRIPE_SECRET_KEY');
  const base = process.env.STRIPE_API_BASE;
  return {
    kind: 'stripe backfill',
    databaseUrl,
    workspaceId: workspaceId.toLowerCase(),
    account,
    pageSize,
    objects,
    apiKey,
    api: base ? apiBase(base) : undefined,
  };
}

function databaseUrlOf(option: string | undefined): string {
  const databaseUrl = option ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new UsageError('no database: set DATABASE_URL or pass --database-url');
  checkDatabaseUrl(databaseUrl, option !== undefined ? '--database-url' : 'DATABASE_URL');
  return databaseUrl;
}

/**
 * A PostgreSQL URL (postgres:// or postgresql://) with a host, or a socket directory path: pg would read
 * anything else as a relative URL and report a DNS failure for a host named "base".
 */
function checkDatabaseUrl(value: string, where: string): void {
  if (value.startsWith('/')) return;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['postgres:', 'postgresql:', 'socket:'].includes(url.protocol)) {
    throw new UsageError(`${where} is not a PostgreSQL URL (expected postgres://user@host:port/database)`);
  }
}

/** STRIPE_API_BASE (`http://127.0.0.1:12111`) as the SDK's protocol, host and port: an origin, nothing more. */
function apiBase(value: string): NonNullable<StripeBackfillCommand['api']> {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    !url ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    !url.hostname ||
    url.username ||
    url.password ||
    url.pathname !== '/' ||
    url.search ||
    url.hash
  ) {
    throw new UsageError('STRIPE_API_BASE is not an http(s) origin (expected e.g. http://127.0.0.1:12111)');
  }
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return {
    protocol,
    // An IPv6 address without its URL brackets, as http.request takes it.
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443,
  };
}

async function runMigrate(command: MigrateCommand): Promise<void> {
  const { action, databaseUrl, count } = command;
  if (action === 'status') {
    const { applied, pending } = await migrationStatus({ databaseUrl });
    for (const m of applied) console.log(`applied  ${m.name}  (${m.runOn.toISOString()})`);
    for (const name of pending) console.log(`pending  ${name}`);
    console.log(`${applied.length} applied, ${pending.length} pending`);
    return;
  }
  const names = await migrate({ databaseUrl, direction: action, count });
  const verb = action === 'up' ? 'applied' : 'undone';
  for (const name of names) console.log(`${verb}  ${name}`);
  console.log(names.length === 0 ? `nothing to ${action === 'up' ? 'apply' : 'undo'}` : `${names.length} ${verb}`);
}

/** `stripe` is not installed: the one thing to say. */
class MissingStripeError extends Error {}

/**
 * The module `name` beside this one, by a specifier computed at run time so that the bundler leaves
 * the import alone: dist/<name>.js next to dist/cli.js when built, src/<name>.ts when run from source.
 */
function beside(name: string): string {
  return new URL(import.meta.url.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`, import.meta.url).href;
}

/** The SDK and the adapter (payment-sync-db/stripe), loaded only now. */
async function loadStripe(): Promise<{
  Stripe: typeof import('stripe').default;
  adapter: typeof import('./stripe.js');
}> {
  try {
    const sdk: typeof import('stripe') = await import('stripe');
    const adapter: typeof import('./stripe.js') = await import(beside('stripe'));
    return { Stripe: sdk.default, adapter };
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (code === 'ERR_MODULE_NOT_FOUND' && typeof message === 'string' && message.includes("package 'stripe'")) {
      throw new MissingStripeError(
        'the stripe commands need the `stripe` package (an optional peer dependency): install it (npm install stripe)',
      );
    }
    throw error;
  }
}

async function runStripeBackfill(command: StripeBackfillCommand): Promise<void> {
  const { Stripe, adapter } = await loadStripe();
  const stripe = new Stripe(command.apiKey, {
    maxNetworkRetries: 2,
    appInfo: { name: 'payment-sync-db' },
    ...command.api,
  });
  const pool = createPool({ connectionString: command.databaseUrl, max: 2, onIdleError: () => undefined });
  const progress = progressLine(process.stderr, command.objects ?? ['product', 'price', 'customer', 'subscription']);
  try {
    const { workspaceId } = command;
    if (!(await getWorkspace(pool, { workspaceId }))) {
      throw new InvalidParameterError('workspaceId', `no live workspace ${workspaceId}`);
    }
    const result = await adapter.backfillStripe(pool, {
      workspaceId,
      stripe,
      ...(command.account !== undefined ? { account: command.account } : {}),
      ...(command.pageSize !== undefined ? { pageSize: command.pageSize } : {}),
      ...(command.objects !== undefined ? { objects: command.objects } : {}),
      onProgress: progress.update,
    });
    progress.end();
    process.stdout.write(summary(result, command.objects));
  } finally {
    progress.end();
    await pool.end();
  }
}

/**
 * The progress on stderr: on a terminal one line redrawn in place (`\r`), otherwise one line per
 * page. A bar of the entity types done, the current type, its pages (this run) and objects listed.
 */
function progressLine(stream: NodeJS.WriteStream, objects: readonly EntityType[]) {
  const tty = stream.isTTY === true;
  const types = [...objects];
  const done = new Set<EntityType>();
  let open = false;
  return {
    update(p: BackfillProgress): void {
      if (!types.includes(p.entityType)) types.push(p.entityType);
      if (p.done) done.add(p.entityType);
      const width = 20;
      const filled = Math.round((done.size / types.length) * width);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done.size}/${types.length}`;
      const listed = p.counts[p.entityType].listed;
      const line = `${bar} ${p.entityType}: page ${p.pages}, ${listed} listed${p.done ? ', done' : ''}`;
      if (tty) {
        stream.write(`\r${line}\x1b[K`);
        open = true;
      } else {
        stream.write(`${line}\n`);
      }
    },
    /** Ends the redrawn line (before the summary or an error). */
    end(): void {
      if (open) stream.write('\n');
      open = false;
    },
  };
}

const SHOWN = 10;

/** What stdout gets: one line per entity type, the gone and refused ids (up to 10 per type), the session. */
function summary(result: BackfillResult, requested: readonly EntityType[] | undefined): string {
  const order: readonly EntityType[] = ['product', 'price', 'customer', 'subscription'];
  const types = order.filter(
    (e) => (requested ?? order).includes(e) || e in result.gone || result.counts[e].listed > 0,
  );
  const out: string[] = [];
  for (const e of types) {
    const c = result.counts[e];
    const gone = result.gone[e];
    out.push(
      `${e.padEnd(12)}  listed ${c.listed}  inserted ${c.inserted}  updated ${c.updated}  unchanged ${c.unchanged}` +
        `  stale ${c.stale}  refused ${c.refused}  gone ${gone ? gone.length : gone === null ? 'unknown (resumed)' : 0}`,
    );
  }
  for (const e of types) {
    const gone = result.gone[e];
    if (gone && gone.length > 0) out.push(`gone ${e}: ${shown(gone)}`);
    const refused = result.refused.filter((r) => r.entityType === e);
    for (const r of refused.slice(0, SHOWN)) out.push(`refused ${e} ${r.objectId}: ${r.reason.split('\n')[0]}`);
    if (refused.length > SHOWN) out.push(`refused ${e}: ... and ${refused.length - SHOWN} more`);
  }
  out.push(`session ${result.sessionId}  resumed ${result.resumed ? 'yes' : 'no'}`);
  return `${out.join('\n')}\n`;
}

function shown(ids: readonly string[]): string {
  const head = ids.slice(0, SHOWN).join(' ');
  return ids.length > SHOWN ? `${head} ... and ${ids.length - SHOWN} more` : head;
}

/** One line, whatever the error: `<ErrorClass> (<code>): <first line of its message>`. */
function oneLine(error: unknown, fallback = 'MigrationError'): string {
  const typed = mapError(error);
  if (!(typed instanceof Error)) return `${fallback}: ${String(typed)}`;
  // Typed errors by class (ConnectionError, LockTimeoutError...); pg's DatabaseError as such, the SDK's
  // by theirs (StripeAuthenticationError...); anything else (for migrate: node-pg-migrate's own checks,
  // a broken migration file) as the fallback.
  const ctor = typed.constructor.name;
  const name = typed instanceof PaymentSyncDbError ? typed.name : ctor && ctor !== 'Error' ? ctor : fallback;
  const code = (typed as { code?: unknown }).code;
  return `${name}${typeof code === 'string' && code ? ` (${code})` : ''}: ${messageOf(typed)}`;
}

function messageOf(error: Error): string {
  let message = error.message;
  // A refused connection to a name with several addresses is an AggregateError without a message.
  const inner =
    error instanceof AggregateError ? error : error.cause instanceof AggregateError ? error.cause : undefined;
  if (!message.trim() && inner)
    message = inner.errors.map((e: unknown) => (e instanceof Error ? e.message : String(e))).join('; ');
  message = message.split('\n')[0]?.trim() || error.name;
  // The SDK's connection error says only that the connection failed: its `detail` says how.
  const detail = (error as { type?: unknown; detail?: unknown }).detail;
  if ((error as { type?: unknown }).type === 'StripeConnectionError' && detail instanceof Error && detail.message) {
    message = `${message} (${detail.message.split('\n')[0]})`;
  }
  return message;
}

/** A line with the API key, should anything echo it, blanked out. */
function redact(line: string, secret: string | undefined): string {
  return secret ? line.split(secret).join('[redacted]') : line;
}

async function main(argv: string[]): Promise<number> {
  let command: Command | 'help';
  try {
    command = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`payment-sync-db: ${error.message} (see payment-sync-db --help)\n`);
    return 2;
  }
  if (command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    if (command.kind === 'migrate') await runMigrate(command);
    else await runStripeBackfill(command);
    return 0;
  } catch (error) {
    const line =
      error instanceof MissingStripeError
        ? error.message
        : oneLine(error, command.kind === 'migrate' ? 'MigrationError' : 'Error');
    process.stderr.write(`payment-sync-db: ${redact(line, process.env.STRIPE_SECRET_KEY)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`payment-sync-db: ${redact(oneLine(error), process.env.STRIPE_SECRET_KEY)}\n`);
    process.exitCode = 1;
  },
);
