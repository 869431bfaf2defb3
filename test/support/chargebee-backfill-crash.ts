// A backfill that dies mid-run, in a process of its own (test/chargebee-backfill.test.ts):
//   node --import tsx test/support/chargebee-backfill-crash.ts <databaseUrl> <port> <apiKey> <workspaceId> <pageSize> [pages]
// backfillChargebee of the workspace from the site of <apiKey> on the test's stand-in Chargebee
// server (scripts/chargebee-server.ts, running in the test's process) on <port>, through the
// official SDK, <pageSize> resources a page; right after the <pages>th page of customers (default 2)
// is committed and reported, the process exits with code 1: no catch, no finally, no session
// update runs, as when a worker is killed. Every progress report is printed as one JSON line.
import pg from 'pg';
import { backfillChargebee } from '../../src/providers/chargebee/client.js';
import { chargebeeClient } from '../../scripts/chargebee-server.js';

const [databaseUrl, port, apiKey, workspaceId, pageSize, pages = '2'] = process.argv.slice(2);
if (!databaseUrl || !port || !apiKey || !workspaceId || !pageSize) {
  process.stderr.write(
    'usage: chargebee-backfill-crash.ts <databaseUrl> <port> <apiKey> <workspaceId> <pageSize> [pages]\n',
  );
  process.exit(2);
}

const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });

await backfillChargebee(pool, {
  workspaceId,
  chargebee: chargebeeClient(Number(port), apiKey),
  pageSize: Number(pageSize),
  onProgress(progress) {
    process.stdout.write(`${JSON.stringify(progress)}\n`);
    if (progress.entityType === 'customer' && progress.pages === Number(pages)) process.exit(1);
  },
});
// Reached only if the backfill ended before the crash point: the test sees exit code 0 and fails.
process.stdout.write('completed without crashing\n');
await pool.end();
