// A backfill that dies mid-run, in a process of its own (test/stripe-backfill.test.ts):
//   node --import tsx test/support/stripe-backfill-crash.ts <databaseUrl> <port> <workspaceId> [pages]
// backfillStripe of the workspace (its Stripe account from its provider configuration) from the
// stripe-stateful-mock on <port>, 25 objects a page; right after the <pages>th page of customers
// (default 3) is committed and reported, the process exits with code 1: no catch, no finally, no
// session update runs, as when a worker is killed. Every progress report is printed as one JSON line.
import pg from 'pg';
import Stripe from 'stripe';
import { backfillStripe } from '../../src/providers/stripe/client.js';

const [databaseUrl, port, workspaceId, pages = '3'] = process.argv.slice(2);
if (!databaseUrl || !port || !workspaceId) {
  process.stderr.write('usage: stripe-backfill-crash.ts <databaseUrl> <port> <workspaceId> [pages]\n');
  process.exit(2);
}

const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
const stripe = new Stripe('sk_test_payment_sync_db', {
  host: '127.0.0.1',
  port: Number(port),
  protocol: 'http',
  maxNetworkRetries: 0,
});

await backfillStripe(pool, {
  workspaceId,
  stripe,
  pageSize: 25,
  onProgress(progress) {
    process.stdout.write(`${JSON.stringify(progress)}\n`);
    if (progress.entityType === 'customer' && progress.pages === Number(pages)) process.exit(1);
  },
});
// Reached only if the backfill ended before the crash point: the test sees exit code 0 and fails.
process.stdout.write('completed without crashing\n');
await pool.end();
