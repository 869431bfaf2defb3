// The main job must keep working: npm run demo, in its quick size, on the
// test server (it makes and drops a scratch database of its own).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';

it('runs a full sync of two workspaces and proves their isolation', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--quick'], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, DATABASE_URL: inject('serverUrl') },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status, output).toBe(0);
  expect(output).toMatch(/Acme Corp: 2 sync sessions \(2 completed\)/);
  expect(output).toMatch(/Globex: 2 sync sessions \(2 completed\)/);
  expect(output).toMatch(/entity type\s+total\s+synced\s+pending\s+failed\s+conflict/);
  expect(output).toMatch(/found 0; its own list holds 0 rows of other workspaces/);
}, 150_000);
