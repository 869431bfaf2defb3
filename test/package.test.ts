// The package as a consumer gets it: build, `npm pack`, unpack the tarball
// into a temporary project, then load it with `import` and with `require`,
// migrate a fresh database and run a query from each build, type-check a
// call against the installed declarations, and run the installed bin.
//
// No registry and no npm cache: the tarball is extracted (it holds exactly
// the `files` the registry would serve) into <project>/node_modules, and only
// the dependencies and peer dependencies that the packed package.json
// declares are symlinked there from this repository's node_modules. Node
// follows the symlinks to their real paths, so their own dependencies
// resolve; an undeclared dependency of the package does not resolve and
// fails the test.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDatabase } from './support/database.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const esmDb = useDatabase({ template: false, poolSize: 1 });
const cjsDb = useDatabase({ template: false, poolSize: 1 });

interface Packed {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  bin?: Record<string, string>;
  files?: string[];
}

let work: string;
let project: string;
let installed: string;
let packed: Packed;
/** The migrations in the tarball: what both builds must find and apply. */
let migrationNames: string[];

function run(command: string, args: string[], cwd: string, timeout = 60_000) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function link(name: string) {
  const target = join(root, 'node_modules', name);
  const path = join(project, 'node_modules', name);
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(target, path, 'dir');
}

beforeAll(() => {
  run(npm, ['run', 'build'], root, 120_000);
  work = mkdtempSync(join(tmpdir(), 'psdb-package-'));
  const [{ filename }] = JSON.parse(
    run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root),
  ) as { filename: string }[];
  project = join(work, 'consumer');
  cpSync(join(root, 'test/fixtures/consumer'), project, { recursive: true });
  mkdirSync(join(project, 'node_modules'));
  execFileSync('tar', ['-xzf', join(work, filename), '-C', work]);
  installed = join(project, 'node_modules/payment-sync-db');
  renameSync(join(work, 'package'), installed);
  packed = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Packed;
  migrationNames = sqlNames(join(installed, 'migrations'));
  // What npm would install with the package (required peers included, as npm 7+ does; an optional
  // peer, a provider SDK, only when the service installs it: the stripe tests below link it)...
  const optional = (name: string) => packed.peerDependenciesMeta?.[name]?.optional === true;
  for (const name of Object.keys({ ...packed.dependencies, ...packed.peerDependencies })) {
    if (!optional(name)) link(name);
  }
  // ...and what the consumer itself brings for type-checking.
  link('@types/node');
  // npm's bin linking: a command in node_modules/.bin, executable.
  mkdirSync(join(project, 'node_modules/.bin'));
  for (const [command, file] of Object.entries(packed.bin ?? {})) {
    chmodSync(join(installed, file), 0o755);
    symlinkSync(join('..', 'payment-sync-db', file), join(project, 'node_modules/.bin', command));
  }
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const sqlNames = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => f.replace(/\.sql$/, ''))
    .sort();

describe('the packed package', () => {
  it('ships dist/, the migrations and the SQL, and no sources or tests', () => {
    const files = readdirSync(installed, { recursive: true, encoding: 'utf8' });
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/index.d.cts',
        'dist/cli.js',
        'dist/stripe.js',
        'dist/stripe.cjs',
        'dist/stripe.d.ts',
        'dist/stripe.d.cts',
        'dist/chargebee.js',
        'dist/chargebee.cjs',
        'dist/chargebee.d.ts',
        'dist/chargebee.d.cts',
        'dist/opentelemetry.js',
        'dist/opentelemetry.cjs',
        'dist/opentelemetry.d.ts',
        'dist/opentelemetry.d.cts',
      ]),
    );
    expect(migrationNames).toEqual(sqlNames(join(root, 'migrations')));
    expect(files.some((f) => f.startsWith('queries/') && f.endsWith('.sql'))).toBe(true);
    expect(files.filter((f) => /^(src|test|generated|scripts)\b/.test(f))).toEqual([]);
  });

  for (const [format, file, db] of [
    ['esm', 'esm.mjs', esmDb],
    ['cjs', 'cjs.cjs', cjsDb],
  ] as const) {
    it(`loads with ${format === 'esm' ? 'import' : 'require'}, migrates a fresh database and runs a query`, () => {
      const out = JSON.parse(run(process.execPath, [file, db.url], project).trim()) as Record<string, unknown>;
      expect(out).toEqual({
        format,
        migrationsDir: `${join(installed, 'migrations')}/`,
        MIGRATIONS_TABLE: 'payment_sync_db_migrations',
        applied: migrationNames,
        name: `from ${format.toUpperCase()}`,
        refused: 'InvalidParameterError',
      });
    });
  }

  it('type-checks calls against the installed declarations (import and require)', () => {
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
  });

  it('installs a working payment-sync-db command', () => {
    const status = spawnSync(join(project, 'node_modules/.bin/payment-sync-db'), ['migrate', 'status'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: esmDb.url },
    });
    expect(status.stderr).toBe('');
    expect(status.status).toBe(0);
    expect(status.stdout).toContain(`${migrationNames.length} applied, 0 pending`);
  });

  it('the core never loads a provider SDK nor OpenTelemetry; an optional entry reaches the core only through its entry (one copy of it)', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      const code = readFileSync(join(installed, file), 'utf8');
      expect(code, file).not.toMatch(/(from |require\()["'](stripe|chargebee|@opentelemetry\/[^"']+)["']/);
    }
    // In the sources: nothing under src/providers/ or src/opentelemetry/ imports a core module but src/index.ts...
    for (const room of ['src/providers', 'src/opentelemetry']) {
      const sources = readdirSync(join(root, room), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(root, room, f));
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        const imports = [...readFileSync(source, 'utf8').matchAll(/from '(\.\.?\/[^']+)'/g)].map((m) => m[1]);
        const core = imports.map((i) => resolve(dirname(source), i)).filter((p) => !p.startsWith(join(root, room)));
        expect(
          core.map((p) => p.slice(root.length)),
          source,
        ).toEqual(core.map(() => '/src/index.js'));
      }
    }
    // ...so the built adapter imports the built core beside it instead of bundling a second copy.
    expect(readFileSync(join(installed, 'dist/stripe.js'), 'utf8')).toMatch(/from "\.\/index\.js"/);
    expect(readFileSync(join(installed, 'dist/stripe.cjs'), 'utf8')).toMatch(/require\("\.\/index\.cjs"\)/);
    for (const adapter of ['stripe', 'chargebee', 'opentelemetry']) {
      expect(readFileSync(join(installed, `dist/${adapter}.js`), 'utf8')).not.toMatch(/class PaymentSyncDbError/);
    }
  });

  // Each optional entry: its package an optional peer, missing -> a clear error; installed -> it loads and
  // works with the core's own classes and channel.
  for (const [entry, peer, expected] of [
    ['stripe', 'stripe', { refused: 'WebhookVerificationError', externalId: 'cus_1' }],
    ['chargebee', 'chargebee', { refused: 'WebhookVerificationError', externalId: 'cb_1' }],
    ['opentelemetry', '@opentelemetry/api', { subscribed: true, after: false }],
  ] as const) {
    it(`declares ${peer} an optional peer; without it the core runs (above) and payment-sync-db/${entry} says what is missing`, () => {
      expect(packed.peerDependencies?.[peer]).toBeDefined();
      expect(packed.peerDependenciesMeta?.[peer]?.optional).toBe(true);
      for (const file of [`${entry}.mjs`, `${entry}.cjs`]) {
        const result = spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
        expect(result.status, file).not.toBe(0);
        expect(result.stderr, file).toMatch(new RegExp(`Cannot find (module|package) '${peer}'`));
      }
    });

    it(`with ${peer} installed, payment-sync-db/${entry} loads (import and require) with the core's own classes`, () => {
      link(peer);
      for (const format of ['esm', 'cjs'] as const) {
        const out = JSON.parse(run(process.execPath, [`${entry}.${format === 'esm' ? 'mjs' : 'cjs'}`], project).trim());
        expect(out).toEqual({ format, ...expected });
      }
    });
  }
});
