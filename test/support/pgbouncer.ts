// A real PgBouncer in transaction pooling mode in front of the suite's test
// server, started per test file on a free 127.0.0.1 port with a config of its
// own in a temp folder (no unix socket, no pid file, no log file: it logs to
// our pipe), and stopped, folder removed, at the end.
//
// PgBouncer refuses to run as root ("PgBouncer should not run as root"); as
// root it is started with `-u nobody`, which makes it drop to that user after
// reading its config and auth file. Client logins are trusted (auth_type=trust;
// the user must still be listed in auth_file); PgBouncer logs in to the server
// with the user and password of the suite's server URL, so it works with the
// embedded server (password auth) and with a trust-configured local one alike.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { freePort } from '../../scripts/embedded-postgres.js';

/** The pgbouncer binary: $PSDB_PGBOUNCER when set (only that), else /usr/sbin/pgbouncer (Debian), else `pgbouncer` on PATH. */
export function findPgBouncer(): string | undefined {
  const override = process.env.PSDB_PGBOUNCER;
  const candidates = override
    ? [override]
    : ['/usr/sbin/pgbouncer', ...(process.env.PATH ?? '').split(delimiter).map((dir) => dir && join(dir, 'pgbouncer'))];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not there
    }
  }
  return undefined;
}

/** Why the PgBouncer tests cannot run here, or undefined when a pgbouncer binary is found. */
export function pgBouncerMissing(): string | undefined {
  if (findPgBouncer()) return undefined;
  if (process.env.PSDB_PGBOUNCER) return `PSDB_PGBOUNCER=${process.env.PSDB_PGBOUNCER} is not an executable`;
  return 'pgbouncer not installed: apt-get install pgbouncer (.ci/run installs it), or set PSDB_PGBOUNCER to its path';
}

/** `[major, minor]` of `pgbouncer -V` ("PgBouncer 1.18.0"), or undefined. */
export function pgBouncerVersion(binary: string): [number, number] | undefined {
  const out = spawnSync(binary, ['-V'], { encoding: 'utf8', timeout: 10_000 });
  const match = /PgBouncer (\d+)\.(\d+)/.exec(`${out.stdout}${out.stderr}`);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

export interface PgBouncerOptions {
  /** Server connections per (database, user): few, so that client connections must share them. Default 2. */
  poolSize?: number;
  /** Client connections PgBouncer accepts. Default 100. */
  maxClientConn?: number;
}

export interface PgBouncer {
  readonly port: number;
  /** "PgBouncer 1.18" */
  readonly version: string;
  /** The URL of `database` through PgBouncer (no password: client logins are trusted). */
  url(database: string): string;
  /** Runs `sql` on PgBouncer's admin console (`SHOW SERVERS`, `RECONNECT`, ...) and resolves to its rows. */
  admin(sql: string): Promise<Record<string, unknown>[]>;
  /**
   * Closes every server connection PgBouncer holds for `database` (RECONNECT) and waits until none is
   * left: the next client request gets a fresh server connection, without the statements prepared
   * on the old ones.
   */
  closeServerConnections(database: string): Promise<void>;
  /** PgBouncer's log so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/** pgbouncer.ini quoting: single quotes, a quote doubled. */
const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

export async function startPgBouncer(serverUrl: string, options: PgBouncerOptions = {}): Promise<PgBouncer> {
  const binary = findPgBouncer();
  if (!binary) throw new Error(pgBouncerMissing());
  const version = pgBouncerVersion(binary);
  const server = new URL(serverUrl);
  const user = decodeURIComponent(server.username || 'postgres');
  const password = decodeURIComponent(server.password);
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'payment-sync-db-pgbouncer-'));
  // As root PgBouncer drops to `nobody`, which must be able to enter the folder.
  await chmod(dir, 0o755);
  const target = [
    `host=${quote(server.hostname)}`,
    `port=${server.port || '5432'}`,
    `user=${quote(user)}`,
    ...(password ? [`password=${quote(password)}`] : []),
  ].join(' ');
  const ini = [
    '[databases]',
    // Any database name the client asks for, on the suite's server.
    `* = ${target}`,
    '',
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    'unix_socket_dir =',
    'auth_type = trust',
    // The admin console (database `pgbouncer`): SHOW SERVERS, RECONNECT.
    `admin_users = ${user}`,
    `auth_file = ${join(dir, 'users.txt')}`,
    'pool_mode = transaction',
    `default_pool_size = ${options.poolSize ?? 2}`,
    'min_pool_size = 0',
    'reserve_pool_size = 0',
    `max_client_conn = ${options.maxClientConn ?? 100}`,
    'ignore_startup_parameters = extra_float_digits',
    // 1.21+ can track named statements itself; the tests are about the versions that cannot.
    ...(version && (version[0] > 1 || version[1] >= 21) ? ['max_prepared_statements = 0'] : []),
    '',
  ].join('\n');
  await writeFile(join(dir, 'pgbouncer.ini'), ini, { mode: 0o644 });
  // auth_file: "user" "password", a quote doubled; trust ignores the password.
  await writeFile(join(dir, 'users.txt'), `"${user.replace(/"/g, '""')}" ""\n`, { mode: 0o644 });

  const args = [...(process.getuid?.() === 0 ? ['-u', 'nobody'] : []), join(dir, 'pgbouncer.ini')];
  const child: ChildProcess = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const remember = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > 400) lines.splice(0, lines.length - 400);
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);
  let exited: string | undefined;
  const exit = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = `exited with ${signal ?? `code ${code}`}`;
      resolve();
    });
    child.on('error', (error) => {
      exited = `failed to start: ${error.message}`;
      resolve();
    });
  });
  // Should the worker exit without afterAll (a crash, process.exit), PgBouncer goes with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const log = () => lines.join('\n');
  const cleanUp = async () => {
    process.off('exit', killOnExit);
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exit;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  const url = (database: string) => `postgres://${encodeURIComponent(user)}@127.0.0.1:${port}/${database}`;

  // Ready when a query through it reaches the server (proves the server login works too).
  const deadline = Date.now() + 15_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url(server.pathname.slice(1) || 'postgres') });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => {});
      if (exited || Date.now() > deadline) {
        await cleanUp();
        throw new Error(
          `pgbouncer (${binary} ${args.join(' ')}) did not accept connections on 127.0.0.1:${port}` +
            `${exited ? ` (${exited})` : ''}: ${String(error)}\n--- pgbouncer log ---\n${log()}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url('pgbouncer') });
    client.on('error', () => {});
    await client.connect();
    try {
      return (await client.query<Record<string, unknown>>(sql)).rows;
    } finally {
      await client.end();
    }
  };
  let stopped = false;
  return {
    port,
    version: version ? `PgBouncer ${version.join('.')}` : 'PgBouncer',
    url,
    admin,
    async closeServerConnections(database) {
      await admin(`RECONNECT ${database}`);
      const deadline = Date.now() + 10_000;
      for (;;) {
        const servers = (await admin('SHOW SERVERS')).filter((s) => s.database === database);
        if (servers.length === 0) return;
        if (Date.now() > deadline) {
          throw new Error(`pgbouncer still holds ${servers.length} server connection(s) to ${database}\n${log()}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    log,
    async stop() {
      if (stopped) return;
      stopped = true;
      await cleanUp();
    },
  };
}

/**
 * A PgBouncer for this test file in front of the suite's server, started in beforeAll and stopped
 * in afterAll. Register it after useDatabase(): after-hooks run in reverse order, so PgBouncer
 * stops before the file's database is dropped.
 */
export function usePgBouncer(options: PgBouncerOptions = {}): { readonly bouncer: PgBouncer } {
  let bouncer: PgBouncer | undefined;
  beforeAll(async () => {
    bouncer = await startPgBouncer(inject('serverUrl'), options);
  });
  afterAll(async () => {
    await bouncer?.stop();
  });
  return {
    get bouncer() {
      if (!bouncer) throw new Error('usePgBouncer(): PgBouncer runs only inside tests and hooks');
      return bouncer;
    },
  };
}
