#!/usr/bin/env node
// payment-sync-db migrate up|down|status: the packaged migrations, from a deploy script.
// Exit codes: 0 success, 1 failure (one line on stderr: "payment-sync-db: <ErrorClass>: <message>"),
// 2 usage error (one line on stderr).
import { parseArgs } from 'node:util';
import { PaymentSyncDbError, mapError } from './errors.js';
import { migrate, migrationStatus } from './migrate.js';

const USAGE = `Usage: payment-sync-db migrate <up|down|status> [options]

  up       apply pending migrations (all, or --count N)
  down     undo the last migration (or --count N, or --all)
  status   list applied and pending migrations

Options:
  --database-url URL   PostgreSQL connection string (default: $DATABASE_URL)
  --count N            how many migrations to apply (up) or undo (down)
  --all                down: undo every applied migration
  -h, --help           show this help

Exit codes: 0 success, 1 failure, 2 usage error.`;

class UsageError extends Error {}

interface Command {
  action: 'up' | 'down' | 'status';
  databaseUrl: string;
  count?: number;
}

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
  if (group !== 'migrate') throw new UsageError(group ? `unknown command "${group}"` : 'missing command');
  if (action !== 'up' && action !== 'down' && action !== 'status') {
    throw new UsageError(action ? `unknown migrate subcommand "${action}"` : 'missing migrate subcommand');
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
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
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new UsageError('no database: set DATABASE_URL or pass --database-url');
  checkDatabaseUrl(databaseUrl, values['database-url'] !== undefined ? '--database-url' : 'DATABASE_URL');
  return { action, databaseUrl, count };
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

async function run(command: Command): Promise<void> {
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

/** One line, whatever the error: `<ErrorClass> (<code>): <first line of its message>`. */
function oneLine(error: unknown): string {
  const typed = mapError(error);
  if (!(typed instanceof Error)) return `MigrationError: ${String(typed)}`;
  // Typed errors by class (ConnectionError, LockTimeoutError...); pg's DatabaseError as such; anything else
  // (node-pg-migrate's own checks, a broken migration file) as MigrationError.
  const ctor = typed.constructor.name;
  const name = typed instanceof PaymentSyncDbError ? typed.name : ctor && ctor !== 'Error' ? ctor : 'MigrationError';
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
  return message.split('\n')[0]?.trim() || error.name;
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
    await run(command);
    return 0;
  } catch (error) {
    process.stderr.write(`payment-sync-db: ${oneLine(error)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`payment-sync-db: ${oneLine(error)}\n`);
    process.exitCode = 1;
  },
);
