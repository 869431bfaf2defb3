import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('a failing test makes the run exit non-zero, even with embedded PostgreSQL loaded', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, PSDB_TEST_SERVER: 'embedded' };
  delete env.DATABASE_URL;
  const run = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/fixtures/red/vitest.config.ts'],
    { env, encoding: 'utf8', timeout: 120_000 },
  );
  const output = `${run.stdout}${run.stderr}`;
  expect(output).toContain('tests run on embedded PostgreSQL');
  expect(output).toMatch(/1 failed/);
  expect(output).toMatch(/1 passed/);
  expect(run.status).toBe(1);
}, 180_000);
