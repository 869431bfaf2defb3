#!/usr/bin/env node
// payment-sync-db migrate up|down|status: the packaged migrations, from a deploy script.
// payment-sync-db partitions create|drop: the monthly partitions of the two logs (migration 0012), from a scheduler.
// payment-sync-db <provider> backfill: a full, resumable sync of one workspace from a payment provider,
// `stripe` (backfillStripe) or `chargebee` (backfillChargebee).
// What the backfill commands share lives once here (the options --workspace-id, --page-size, --objects
// and --database-url, the workspace check, loading the adapter, the progress bar, the summary, the
// error line and the key's redaction); a provider is an entry of PROVIDERS: its SDK package, how its
// client is built from the environment, its extra options, and the adapter function it calls.
// An adapter (./<provider>.js beside this module) and its SDK (an optional peer dependency) are loaded
// only by that provider's command, at run time: `migrate` works without any SDK installed.
// Exit codes: 0 success, 1 failure (one line on stderr: "payment-sync-db: <ErrorClass> (<code>): <message>"),
// 2 usage error (one line on stderr).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { InvalidParameterError, PaymentSyncDbError, mapError } from './errors.js';
import { migrate, migrationStatus } from './migrate.js';
import { createPool } from './pool.js';
import { ENTITY_TYPES, type EntityType } from './vocabulary.js';
import { getWorkspace } from './workspaces.js';
import { createLogPartitions, dropLogPartitions } from './sync-events.js';
import type { BackfillOptions, BackfillProgress, BackfillResult } from './providers/adapter.js';

type Pool = ReturnType<typeof createPool>;

class UsageError extends Error {}

/** A string option of the command line, by name (undefined when not given). */
type OptionOf = (name: string) => string | undefined;

/** The provider half of a backfill: the adapter's function with the client built, ready to run. */
type Backfill = (pool: Pool, options: BackfillOptions) => Promise<BackfillResult>;

/**
 * A provider of `<name> backfill`. `extras` checks its extra options (before the shared ones),
 * `settings` reads its environment (after the shared options and the database, so that a usage
 * error names the first thing missing in the same order for every provider).
 */
interface ProviderSpec<Sdk, Adapter, Extras, Settings, Client> {
  /** The command, and the adapter module beside the CLI (./<name>.js). */
  name: string;
  /** The provider as messages name it. */
  title: string;
  /** The SDK package (an optional peer dependency). */
  sdk: string;
  /** Imports the SDK (a literal specifier: the bundler keeps it external). */
  importSdk: () => Promise<Sdk>;
  /** The environment variable that holds the API key (never printed: redacted from any error line). */
  keyVariable: string;
  /** Its extra string options (`--account`), read by `extras`. */
  options: readonly string[];
  /** Its part of the help: the command's description, its option lines, its environment lines. */
  help: { about: string; options: string; environment: string };
  extras(option: OptionOf): Extras;
  settings(extras: Extras): Settings;
  /** Its SDK client from the settings. */
  client(sdk: Sdk, settings: Settings): Client;
  /** The adapter's backfill function, with the client and the extras. */
  backfill(
    adapter: Adapter,
    pool: Pool,
    options: BackfillOptions,
    client: Client,
    extras: Extras,
  ): Promise<BackfillResult>;
  /** Its SDK's errors as one line (`<Class> (<code>): <message>`) where the shared rendering would not do. */
  errorLine?(error: unknown): string | undefined;
}

/** A provider with its types closed over: what the skeleton works with. */
interface Provider {
  name: string;
  title: string;
  sdk: string;
  keyVariable: string;
  options: readonly string[];
  help: ProviderSpec<unknown, unknown, unknown, unknown, unknown>['help'];
  /** Checks the extra options; `configure` then reads the environment; `load` loads the SDK and the adapter. */
  parse(option: OptionOf): { configure(): { load(): Promise<Backfill> } };
  errorLine?(error: unknown): string | undefined;
}

function defineProvider<Sdk, Adapter, Extras, Settings, Client>(
  spec: ProviderSpec<Sdk, Adapter, Extras, Settings, Client>,
): Provider {
  const { name, title, sdk, keyVariable, options, help, errorLine } = spec;
  return {
    name,
    title,
    sdk,
    keyVariable,
    options,
    help,
    errorLine,
    parse(option) {
      const extras = spec.extras(option);
      return {
        configure() {
          const settings = spec.settings(extras);
          return {
            async load() {
              const { sdk: loaded, adapter } = await loadProvider<Sdk, Adapter>(spec);
              const client = spec.client(loaded, settings);
              return (pool, backfillOptions) => spec.backfill(adapter, pool, backfillOptions, client, extras);
            },
          };
        },
      };
    },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A non-empty environment variable, else the usage error `missing`. */
function required(variable: string, missing: string): string {
  const value = process.env[variable];
  if (!value) throw new UsageError(missing);
  return value;
}

const stripe = defineProvider({
  name: 'stripe',
  title: 'Stripe',
  sdk: 'stripe',
  importSdk: (): Promise<typeof import('stripe')> => import('stripe'),
  keyVariable: 'STRIPE_SECRET_KEY',
  options: ['account'],
  help: {
    about: `  lists products, prices, customers and subscriptions from Stripe into the workspace; needs the
  \`stripe\` package installed.`,
    options: `  --account acct_...    stripe: the connected account to list (Stripe Connect; default: the
                        workspace's Stripe configuration's accountId, else the key's own account)`,
    environment: `Environment (stripe):
  STRIPE_SECRET_KEY     the API key (required; never printed)
  STRIPE_API_BASE       another Stripe-compatible server, e.g. http://127.0.0.1:12111 (its protocol,
                        host and port become the SDK's protocol, host and port options)`,
  },
  extras(option) {
    const account = option('account');
    if (account !== undefined && !/^acct_[A-Za-z0-9]+$/.test(account)) {
      throw new UsageError('--account must be a Stripe account id (acct_...)');
    }
    return { account };
  },
  settings() {
    const apiKey = required('STRIPE_SECRET_KEY', 'no Stripe API key: set STRIPE_SECRET_KEY');
    const base = process.env.STRIPE_API_BASE;
    const api = base ? apiBase(base, 'STRIPE_API_BASE', 'http://127.0.0.1:12111') : undefined;
    // An IPv6 address without its URL brackets, as http.request takes it.
    return { apiKey, api: api && { ...api, host: api.host.replace(/^\[(.*)\]$/, '$1') } };
  },
  client(sdk, { apiKey, api }) {
    return new sdk.default(apiKey, { maxNetworkRetries: 2, appInfo: { name: 'payment-sync-db' }, ...api });
  },
  backfill(adapter: typeof import('./stripe.js'), pool, options, client, { account }) {
    return adapter.backfillStripe(pool, { ...options, stripe: client, ...(account !== undefined ? { account } : {}) });
  },
});

/** A Chargebee site name: the `acme` of acme.chargebee.com (acme-test for its test site). */
const SITE = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/i;

const chargebee = defineProvider({
  name: 'chargebee',
  title: 'Chargebee',
  sdk: 'chargebee',
  importSdk: (): Promise<typeof import('chargebee')> => import('chargebee'),
  keyVariable: 'CHARGEBEE_API_KEY',
  options: ['site'],
  help: {
    about: `  the same from Chargebee: items (as products), item prices (as prices), customers and
  subscriptions; needs the \`chargebee\` package installed.`,
    options: `  --site SITE           chargebee: the site, acme for acme.chargebee.com (default: $CHARGEBEE_SITE)`,
    environment: `Environment (chargebee):
  CHARGEBEE_API_KEY     the API key (required; never printed)
  CHARGEBEE_SITE        the site, when --site is not given (one of the two is required)
  CHARGEBEE_API_BASE    another Chargebee-compatible server, e.g. http://127.0.0.1:12345 (its protocol,
                        host and port replace https://SITE.chargebee.com; the paths stay /api/v2/...)`,
  },
  extras(option) {
    const site = option('site');
    if (site !== undefined && !SITE.test(site)) {
      throw new UsageError('--site must be a Chargebee site name (acme for acme.chargebee.com)');
    }
    return { site };
  },
  settings(extras) {
    const apiKey = required('CHARGEBEE_API_KEY', 'no Chargebee API key: set CHARGEBEE_API_KEY');
    let site = extras.site;
    if (site === undefined) {
      site = required('CHARGEBEE_SITE', 'no Chargebee site: pass --site or set CHARGEBEE_SITE');
      if (!SITE.test(site)) {
        throw new UsageError('CHARGEBEE_SITE is not a Chargebee site name (acme for acme.chargebee.com)');
      }
    }
    const base = process.env.CHARGEBEE_API_BASE;
    return { apiKey, site, api: base ? apiBase(base, 'CHARGEBEE_API_BASE', 'http://127.0.0.1:12345') : undefined };
  },
  client(sdk, { apiKey, site, api }) {
    return new sdk.default({
      apiKey,
      site,
      // The SDK's host is site + hostSuffix: another server's host (an IPv6 address in its brackets,
      // as the SDK writes it into a URL) is the whole of it.
      ...(api ? { site: api.host, hostSuffix: '', protocol: api.protocol, port: api.port } : {}),
      retryConfig: { enabled: true, maxRetries: 2 },
      userAgentSuffix: 'payment-sync-db',
    });
  },
  backfill(adapter: typeof import('./chargebee.js'), pool, options, client) {
    return adapter.backfillChargebee(pool, { ...options, chargebee: client });
  },
  errorLine: chargebeeErrorLine,
});

/**
 * The SDK rejects with the API's error body (a plain object: message, type, api_error_code,
 * http_status_code; backfillChargebee wraps it in a ChargebeeApiError), or a ChargebeeError of the same fields (a timeout, a body that is no JSON),
 * or fetch's TypeError ("fetch failed") with the socket error as its cause.
 */
function chargebeeErrorLine(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || error instanceof PaymentSyncDbError) return undefined;
  // backfillChargebee's ChargebeeApiError carries the API's error body as its cause: the line is the body's.
  const body = error instanceof Error && error.name === 'ChargebeeApiError' && error.cause ? error.cause : error;
  const e = body as { message?: unknown; type?: unknown; api_error_code?: unknown; http_status_code?: unknown };
  if (
    typeof e.message === 'string' &&
    (typeof e.api_error_code === 'string' || typeof e.http_status_code === 'number')
  ) {
    const timeout = e.type === 'timeout';
    const code = timeout ? 'timeout' : typeof e.api_error_code === 'string' ? e.api_error_code : e.type;
    const message = (timeout ? String(e.api_error_code) : e.message).split('\n')[0]?.trim() || 'request failed';
    const status = typeof e.http_status_code === 'number' && !timeout ? ` (HTTP ${e.http_status_code})` : '';
    return `ChargebeeError${typeof code === 'string' && code ? ` (${code})` : ''}: ${message}${status}`;
  }
  const cause = (error as { cause?: unknown }).cause;
  if (error instanceof TypeError && error.message === 'fetch failed' && cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    const inner = cause instanceof AggregateError && !cause.message ? cause.errors[0] : cause;
    const detail = inner instanceof Error ? inner.message : String(inner);
    return `TypeError${typeof code === 'string' && code ? ` (${code})` : ''}: fetch failed (${detail.split('\n')[0]})`;
  }
  return undefined;
}

/** The providers, by command. */
const PROVIDERS: readonly Provider[] = [stripe, chargebee];

// ---- partitions create|drop: the monthly partitions of the sync event log and the webhook inbox ----
// (migration 0012; syncEvents.createLogPartitions and syncEvents.dropLogPartitions). Its own options,
// parsed apart from the other commands'; run as the owner of the tables.

const PARTITIONS_HELP = {
  usage: `       payment-sync-db partitions create [--months-ahead N]
       payment-sync-db partitions drop --older-than DATE`,
  about: `partitions (the sync event log and the webhook inbox, in monthly partitions; as the tables' owner):
  create   create the missing monthly partitions, this month to N months ahead (--months-ahead,
           0 to 120, default 3), moving their rows out of the DEFAULT partition; idempotent
  drop     drop the monthly partitions that end at or before DATE (--older-than: 2026-01-01, or a
           timestamp with an offset; not in the future), for every workspace; an inbox partition
           still holding an unfinished event is kept and listed; the DEFAULT partitions are never
           dropped. One line per partition on stdout, then the count.`,
};

interface PartitionsCommand {
  kind: 'partitions';
  action: 'create' | 'drop';
  databaseUrl: string;
  monthsAhead?: number;
  olderThan?: string;
}

function parsePartitions(argv: string[]): PartitionsCommand | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'database-url': { type: 'string' },
        'months-ahead': { type: 'string' },
        'older-than': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('. ')[0] ?? String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [action, ...rest] = positionals;
  if (action !== 'create' && action !== 'drop') {
    throw new UsageError(action ? `unknown partitions subcommand "${action}"` : 'missing partitions subcommand');
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const misplaced = action === 'create' ? 'older-than' : 'months-ahead';
  if (values[misplaced] !== undefined) throw new UsageError(`--${misplaced} does not apply to "partitions ${action}"`);
  let monthsAhead: number | undefined;
  if (values['months-ahead'] !== undefined) {
    monthsAhead = /^(0|[1-9][0-9]{0,2})$/.test(values['months-ahead']) ? Number(values['months-ahead']) : NaN;
    if (!(monthsAhead <= 120)) throw new UsageError('--months-ahead must be an integer from 0 to 120');
  }
  let olderThan: string | undefined;
  if (action === 'drop') {
    const value = values['older-than'];
    if (value === undefined) throw new UsageError('--older-than is required');
    // A date is its UTC midnight; a timestamp must say its offset.
    olderThan = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
    if (!/(?:z|[+-]\d{2}(?::?\d{2})?)$/i.test(olderThan) || Number.isNaN(Date.parse(olderThan))) {
      throw new UsageError(
        '--older-than must be a date (2026-01-01) or a timestamp with an offset (2026-01-01T00:00:00Z)',
      );
    }
  }
  return { kind: 'partitions', action, databaseUrl: databaseUrlOf(values['database-url']), monthsAhead, olderThan };
}

async function runPartitions(command: PartitionsCommand): Promise<void> {
  const pool = createPool({ connectionString: command.databaseUrl, max: 1, onIdleError: () => undefined });
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  try {
    if (command.action === 'create') {
      const created = await createLogPartitions(pool, { monthsAhead: command.monthsAhead });
      for (const p of created) {
        const moved = p.movedRows > 0 ? `  (${plural(p.movedRows, 'row')} moved from the DEFAULT partition)` : '';
        console.log(`created  ${p.partitionName}  ${day(p.rangeStart)} .. ${day(p.rangeEnd)}${moved}`);
      }
      console.log(created.length === 0 ? 'nothing to create' : `${created.length} created`);
      return;
    }
    const done = await dropLogPartitions(pool, { olderThan: command.olderThan! });
    for (const p of done) {
      const why = p.dropped ? '' : `  (${plural(p.unfinishedEvents, 'unfinished event')})`;
      console.log(
        `${p.dropped ? 'dropped' : 'kept   '}  ${p.partitionName}  ${day(p.rangeStart)} .. ${day(p.rangeEnd)}${why}`,
      );
    }
    const dropped = done.filter((p) => p.dropped).length;
    console.log(done.length === 0 ? 'nothing to drop' : `${dropped} dropped, ${done.length - dropped} kept`);
  } finally {
    await pool.end();
  }
}
// ---- end of partitions ----

const USAGE = `Usage: payment-sync-db migrate <up|down|status> [options]
${PROVIDERS.map((p) => `       payment-sync-db ${p.name} backfill --workspace-id ID [options]`).join('\n')}
${PARTITIONS_HELP.usage}
       payment-sync-db citus distribute [--print | --apply] [options]

migrate:
  up       apply pending migrations (all, or --count N)
  down     undo the last migration (or --count N, or --all)
  status   list applied and pending migrations

${PROVIDERS.map((p) => `${p.name} backfill:\n${p.help.about}`).join('\n\n')}

every backfill:
  resumable: a run after a failed or interrupted one continues from its cursor.
  Progress on stderr; per entity type on stdout: listed, inserted, updated, unchanged, stale, refused
  and gone (rows the provider no longer lists, reported, not deleted; up to 10 ids shown), then the
  session.

citus distribute:
  prints scale-out/citus-distribute.sql, the script that distributes every tenant table over a
  Citus cluster by workspace_id, colocated with workspaces (docs/SCALE-OUT.md); --apply runs it
  against the database, and refuses (exit 1, nothing changed) where the citus extension is absent.

Options:
  --database-url URL    PostgreSQL connection string (default: $DATABASE_URL)
  --count N             migrate: how many migrations to apply (up) or undo (down)
  --all                 migrate down: undo every applied migration
  --workspace-id ID     backfill: the workspace (a uuid) to sync into
  --page-size N         backfill: objects per page, 1 to 1000 (default 100)
  --objects LIST        backfill: a comma list of customer, product, price, subscription (default all)
${PROVIDERS.map((p) => p.help.options).join('\n')}
  --print               citus distribute: write the script to stdout (the default)
  --apply               citus distribute: run the script against the database
  -h, --help            show this help

${PROVIDERS.map((p) => p.help.environment).join('\n\n')}

${PARTITIONS_HELP.about}

Exit codes: 0 success, 1 failure, 2 usage error.`;

interface MigrateCommand {
  kind: 'migrate';
  action: 'up' | 'down' | 'status';
  databaseUrl: string;
  count?: number;
}

interface BackfillCommand {
  kind: 'backfill';
  provider: Provider;
  databaseUrl: string;
  workspaceId: string;
  pageSize?: number;
  objects?: EntityType[];
  /** Loads the SDK and the adapter and builds the client: the provider's backfill. */
  load(): Promise<Backfill>;
}

type Command = MigrateCommand | BackfillCommand | PartitionsCommand;

const MIGRATE_OPTIONS = ['count', 'all'] as const;
/** The options of every backfill command. */
const BACKFILL_OPTIONS = ['workspace-id', 'page-size', 'objects'] as const;
/** The options of some backfill command: the shared ones, then each provider's (each declared once). */
const PROVIDER_OPTIONS = [...new Set([...BACKFILL_OPTIONS, ...PROVIDERS.flatMap((p) => p.options)])];

function parse(argv: string[]): Command | 'help' {
  if (argv[0] === 'partitions') return parsePartitions(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(PROVIDER_OPTIONS.map((name) => [name, { type: 'string' as const }])),
        'database-url': { type: 'string' },
        count: { type: 'string' },
        all: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs explains at length; its first sentence is the usage error.
    throw new UsageError((error as Error).message.split('. ')[0] ?? String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const option: OptionOf = (name) => {
    const value = (values as Record<string, string | boolean | undefined>)[name];
    return typeof value === 'string' ? value : undefined;
  };
  const [group, action, ...rest] = positionals;
  const provider = PROVIDERS.find((p) => p.name === group);
  if (provider) {
    if (action !== 'backfill') {
      throw new UsageError(
        action ? `unknown ${provider.name} subcommand "${action}"` : `missing ${provider.name} subcommand`,
      );
    }
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const command = `${provider.name} backfill`;
    const misplaced =
      MIGRATE_OPTIONS.find((name) => values[name] !== undefined) ??
      PROVIDER_OPTIONS.find(
        (name) =>
          option(name) !== undefined &&
          !(BACKFILL_OPTIONS as readonly string[]).includes(name) &&
          !provider.options.includes(name),
      );
    if (misplaced) throw new UsageError(`--${misplaced} does not apply to "${command}"`);
    return parseBackfill(provider, option, values['database-url']);
  }
  if (group !== 'migrate') throw new UsageError(group ? `unknown command "${group}"` : 'missing command');
  if (action !== 'up' && action !== 'down' && action !== 'status') {
    throw new UsageError(action ? `unknown migrate subcommand "${action}"` : 'missing migrate subcommand');
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const misplaced = PROVIDER_OPTIONS.find((name) => option(name) !== undefined);
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

/**
 * `<provider> backfill`, checked in this order: --workspace-id, the provider's own options,
 * --page-size, --objects, the database, the provider's environment (its API key first).
 */
function parseBackfill(provider: Provider, option: OptionOf, databaseUrlOption: string | undefined): BackfillCommand {
  const workspaceId = option('workspace-id');
  if (workspaceId === undefined) throw new UsageError('--workspace-id is required');
  if (!UUID.test(workspaceId)) throw new UsageError('--workspace-id must be a uuid');
  const parsed = provider.parse(option);
  let pageSize: number | undefined;
  const pageSizeOption = option('page-size');
  if (pageSizeOption !== undefined) {
    pageSize = /^[1-9][0-9]{0,3}$/.test(pageSizeOption) ? Number(pageSizeOption) : NaN;
    if (!(pageSize <= 1000)) throw new UsageError('--page-size must be an integer from 1 to 1000');
  }
  let objects: EntityType[] | undefined;
  const objectsOption = option('objects');
  if (objectsOption !== undefined) {
    const names = objectsOption.split(',').map((name) => name.trim());
    for (const name of names) {
      if (!(ENTITY_TYPES as readonly string[]).includes(name)) {
        throw new UsageError(
          name ? `unknown object "${name}" in --objects (expected ${ENTITY_TYPES.join(', ')})` : '--objects is empty',
        );
      }
    }
    objects = [...new Set(names as EntityType[])];
  }
  const databaseUrl = databaseUrlOf(databaseUrlOption);
  const { load } = parsed.configure();
  return { kind: 'backfill', provider, databaseUrl, workspaceId: workspaceId.toLowerCase(), pageSize, objects, load };
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

/**
 * A provider's API base (`http://127.0.0.1:12111`, from `variable`) as protocol, host and port: an
 * origin, nothing more. The host as the URL writes it (an IPv6 address in brackets).
 */
function apiBase(
  value: string,
  variable: string,
  example: string,
): { protocol: 'http' | 'https'; host: string; port: number } {
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
    throw new UsageError(`${variable} is not an http(s) origin (expected e.g. ${example})`);
  }
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { protocol, host: url.hostname, port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443 };
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

/** A provider's SDK is not installed: the one thing to say. */
class MissingSdkError extends Error {}

/**
 * The module `name` beside this one, by a specifier computed at run time so that the bundler leaves
 * the import alone: dist/<name>.js next to dist/cli.js when built, src/<name>.ts when run from source.
 */
function beside(name: string): string {
  return new URL(import.meta.url.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`, import.meta.url).href;
}

/** The SDK and the adapter (payment-sync-db/<name>), loaded only now. */
async function loadProvider<Sdk, Adapter>(spec: {
  name: string;
  sdk: string;
  importSdk: () => Promise<Sdk>;
}): Promise<{ sdk: Sdk; adapter: Adapter }> {
  try {
    const sdk = await spec.importSdk();
    const adapter = (await import(beside(spec.name))) as Adapter;
    return { sdk, adapter };
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (code === 'ERR_MODULE_NOT_FOUND' && typeof message === 'string' && message.includes(`package '${spec.sdk}'`)) {
      throw new MissingSdkError(
        `the ${spec.name} commands need the \`${spec.sdk}\` package (an optional peer dependency): install it (npm install ${spec.sdk})`,
      );
    }
    throw error;
  }
}

async function runBackfill(command: BackfillCommand): Promise<void> {
  const backfill = await command.load();
  const pool = createPool({ connectionString: command.databaseUrl, max: 2, onIdleError: () => undefined });
  const progress = progressLine(process.stderr, command.objects ?? ['product', 'price', 'customer', 'subscription']);
  try {
    const { workspaceId } = command;
    if (!(await getWorkspace(pool, { workspaceId }))) {
      throw new InvalidParameterError('workspaceId', `no live workspace ${workspaceId}`);
    }
    const result = await backfill(pool, {
      workspaceId,
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

/**
 * A line with an API key, should anything echo it, blanked out: every provider's key variable,
 * as set, and as the basic-auth credentials an SDK sends it in (base64 of `key:`).
 */
function redact(line: string): string {
  let out = line;
  for (const { keyVariable } of PROVIDERS) {
    const secret = process.env[keyVariable];
    if (!secret) continue;
    for (const form of [secret, Buffer.from(`${secret}:`).toString('base64')]) out = out.split(form).join('[redacted]');
  }
  return out;
}

// --- citus distribute -------------------------------------------------------------------------
// payment-sync-db citus distribute [--print | --apply] [--database-url URL]: the script that
// distributes the schema over a Citus cluster (scale-out/citus-distribute.sql, shipped with the
// package and found from this module as migrate.ts finds migrations/; docs/SCALE-OUT.md). --print
// (the default) writes it to stdout unchanged; --apply runs it against the database (--database-url
// or DATABASE_URL, as every command), after refusing where the citus extension is absent (exit 1,
// nothing changed; the script's own first statement refuses as well, e.g. under psql).
// Self-contained: main() hands a `citus ...` command line to runCitus before parse().

/** The distribution script shipped with the package: scale-out/ beside dist/ (built) or src/ (source). */
const CITUS_SCRIPT = new URL('../scale-out/citus-distribute.sql', import.meta.url);

/** The citus extension is not installed: the one thing to say. */
class CitusMissingError extends Error {}

interface CitusCommand {
  apply: boolean;
  databaseUrl?: string;
}

/** A `citus ...` command line: its first positional (the value of --database-url skipped) is `citus`. */
function isCitusCommand(argv: string[]): boolean {
  try {
    const { positionals } = parseArgs({
      args: argv,
      strict: false,
      allowPositionals: true,
      options: { 'database-url': { type: 'string' } },
    });
    return positionals[0] === 'citus';
  } catch {
    return false;
  }
}

function parseCitus(argv: string[]): CitusCommand | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        print: { type: 'boolean' },
        apply: { type: 'boolean' },
        'database-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('. ')[0] ?? String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [, action, ...rest] = positionals;
  if (action !== 'distribute') {
    throw new UsageError(action ? `unknown citus subcommand "${action}"` : 'missing citus subcommand');
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (values.print && values.apply) throw new UsageError('--print and --apply exclude each other');
  if (!values.apply) {
    if (values['database-url'] !== undefined) {
      throw new UsageError('--database-url applies to "citus distribute --apply" only');
    }
    return { apply: false };
  }
  return { apply: true, databaseUrl: databaseUrlOf(values['database-url']) };
}

async function runCitus(argv: string[]): Promise<number> {
  let command: CitusCommand | 'help';
  try {
    command = parseCitus(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`payment-sync-db: ${redact(error.message)} (see payment-sync-db --help)\n`);
    return 2;
  }
  if (command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const script = await readFile(CITUS_SCRIPT, 'utf8');
    if (command.apply) await applyCitus(command.databaseUrl!, script);
    else process.stdout.write(script);
    return 0;
  } catch (error) {
    const line = error instanceof CitusMissingError ? error.message : oneLine(error, 'Error');
    process.stderr.write(`payment-sync-db: ${redact(line)}\n`);
    return 1;
  }
}

/** Runs the script (its own BEGIN ... COMMIT, one simple-protocol query) where the citus extension is installed. */
async function applyCitus(databaseUrl: string, script: string): Promise<void> {
  const pool = createPool({ connectionString: databaseUrl, max: 1, onIdleError: () => undefined });
  try {
    const client = await pool.connect();
    try {
      const { rows } = await client.query<{ version: string }>(
        `SELECT extversion AS version FROM pg_extension WHERE extname = 'citus'`,
      );
      if (rows.length === 0) {
        throw new CitusMissingError(
          'the citus extension is not installed in this database: "citus distribute --apply" runs only on a ' +
            'Citus coordinator (CREATE EXTENSION citus first; docs/SCALE-OUT.md); nothing was changed',
        );
      }
      try {
        await client.query(script);
      } catch (error) {
        // A statement that fails inside the script's transaction leaves it open (aborted): end it.
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      const tables = [...script.matchAll(/create_distributed_table\('([^']+)'/g)].map((m) => m[1]);
      console.log(`distributed ${tables.length} tables (citus ${rows[0].version}): ${tables.join(', ')}`);
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}

async function main(argv: string[]): Promise<number> {
  if (isCitusCommand(argv)) return runCitus(argv);
  let command: Command | 'help';
  try {
    command = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`payment-sync-db: ${redact(error.message)} (see payment-sync-db --help)\n`);
    return 2;
  }
  if (command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    if (command.kind === 'migrate') await runMigrate(command);
    else if (command.kind === 'partitions') await runPartitions(command);
    else await runBackfill(command);
    return 0;
  } catch (error) {
    const line =
      error instanceof MissingSdkError
        ? error.message
        : command.kind === 'migrate'
          ? oneLine(error, 'MigrationError')
          : command.kind === 'partitions'
            ? oneLine(error, 'Error')
            : (command.provider.errorLine?.(error) ?? oneLine(error, 'Error'));
    process.stderr.write(`payment-sync-db: ${redact(line)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`payment-sync-db: ${redact(oneLine(error))}\n`);
    process.exitCode = 1;
  },
);
