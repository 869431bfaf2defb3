// npm run codegen must fail loudly where pgtyped alone would exit 0, and
// codegen:check must catch a stale generated/.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function queriesCopy(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'psdb-codegen-test-'));
  await cp(join(root, 'queries', 'workspaces'), join(dir, 'workspaces'), { recursive: true });
  return dir;
}

function codegenCheck(queries: string) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/codegen.ts', '--check', `--queries=${queries}`],
    {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

it('fails on a query the database rejects', async () => {
  const queries = await queriesCopy();
  await writeFile(
    join(queries, 'workspaces', 'GetWorkspace.sql'),
    '/* @name GetWorkspace */\nSELECT no_such_column FROM workspaces WHERE id = :workspaceId!;\n',
  );
  const { status, output } = codegenCheck(queries);
  expect(status).toBe(1);
  expect(output).toContain('codegen failed');
  expect(output).toContain('no_such_column');
}, 120_000);

it('fails when a file breaks the naming rule', async () => {
  const queries = await queriesCopy();
  await writeFile(join(queries, 'workspaces', 'Renamed.sql'), '/* @name Other */\nSELECT 1 AS one;\n');
  const { status, output } = codegenCheck(queries);
  expect(status).toBe(1);
  expect(output).toContain('@name Other does not match the file name');
}, 120_000);

it('reports a stale generated/ and names the fix', async () => {
  const queries = await queriesCopy();
  const { status, output } = codegenCheck(queries);
  expect(status).toBe(1);
  expect(output).toContain('generated/ is stale');
  expect(output).toContain('npm run codegen');
}, 120_000);
