// A small Stripe sync service to copy: one HTTP endpoint that verifies Stripe
// webhook deliveries and records them in the inbox (answering Stripe at once),
// and a worker that applies the recorded events to the database, each exactly
// once, in the background.
//
//   POST /webhooks/stripe  -> 200 {"received":true,"duplicate":false|true}
//                             400 when the signature does not verify (Stripe retries nothing useful)
//                             500 on any other failure (Stripe redelivers later)
//
// Run it (Node 20, with `payment-sync-db`, `pg` and `stripe` installed; the
// database migrated with `npx payment-sync-db migrate up`):
//
//   DATABASE_URL=postgres://user:password@127.0.0.1:5432/app \
//   STRIPE_SECRET_KEY=sk_test_... \
//   STRIPE_WEBHOOK_SECRETS=whsec_current,whsec_previous \
//   PORT=3000 \
//   node --import tsx stripe-service.ts
//
//   DATABASE_URL            the PostgreSQL database (required)
//   STRIPE_SECRET_KEY       the API key, to refetch an object when two events share a second (required)
//   STRIPE_WEBHOOK_SECRETS  the endpoint's signing secrets, comma-separated: several while rotating (required)
//   PORT                    the port to listen on (default 3000)
//
// Stripe Connect: one endpoint receives the events of every connected account;
// each event is recorded in the workspace whose Stripe configuration names its
// `event.account` (workspaces.updateWorkspaceProviderConfig(pool, { workspaceId,
// providerName: 'stripe', config: { accountId: 'acct_...' } })). For one
// endpoint per workspace, pass `workspaceId` to receiveStripeWebhook instead.
// To test locally: `stripe listen --forward-to localhost:3000/webhooks/stripe`.
//
// From a checkout of this repository: `npm run build` first (the package's own
// names resolve to dist/ through package.json "exports"), then
// `node --import tsx examples/stripe-service.ts`; `npx tsc -p examples`
// type-checks it against src/ (examples/tsconfig.json), no build needed.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Stripe from 'stripe';
import { createPool, startWebhookWorker, WebhookVerificationError } from 'payment-sync-db';
import { applyStripeEvent, receiveStripeWebhook } from 'payment-sync-db/stripe';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`stripe-service: set ${name}`);
    process.exit(2);
  }
  return value;
}

const databaseUrl = required('DATABASE_URL');
const stripe = new Stripe(required('STRIPE_SECRET_KEY'), { maxNetworkRetries: 2 });
const secrets = required('STRIPE_WEBHOOK_SECRETS')
  .split(',')
  .map((secret) => secret.trim())
  .filter(Boolean);
const port = Number(process.env.PORT ?? 3000);

// createPool attaches the `error` listener an idle connection's death needs.
const pool = createPool({ connectionString: databaseUrl, max: 10 });

/** Stripe's payloads are small; anything much bigger is not Stripe. */
const MAX_BODY = 1024 * 1024;

/** The request body as the exact bytes received: the signature covers these bytes, not a re-serialized JSON. */
async function rawBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path !== '/webhooks/stripe') return reply(res, 404, { error: 'not found' });
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return reply(res, 405, { error: 'method not allowed' });
  }
  const body = await rawBody(req);
  if (body === null) return reply(res, 413, { error: 'payload too large' });
  try {
    const { duplicate } = await receiveStripeWebhook(pool, {
      rawBody: body,
      signature: req.headers['stripe-signature'],
      secrets,
      // Connect: no workspaceId, so the workspace is the one configuring event.account.
    });
    reply(res, 200, { received: true, duplicate });
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      // The reason is safe to log; the body is not trusted.
      console.warn(`stripe-service: ${error.message}`);
      return reply(res, 400, { error: 'webhook verification failed' });
    }
    // UnknownProviderAccountError (no workspace configures the account), a database failure...:
    // a 500 makes Stripe redeliver later, when it may succeed.
    console.error('stripe-service: webhook not recorded:', error);
    reply(res, 500, { error: 'internal error' });
  }
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error('stripe-service:', error);
    if (!res.headersSent) reply(res, 500, { error: 'internal error' });
    else res.destroy();
  });
});

const worker = startWebhookWorker(pool, {
  concurrency: 2,
  providerName: 'stripe',
  // With a client, an event whose second ties with the stored state is applied from Stripe's current object.
  handler: (event, tx) => applyStripeEvent(tx, event, { stripe }),
});
worker.events.on('error', (error: unknown) => console.error('stripe-service: worker batch failed (retried):', error));

server.listen(port, () => console.log(`stripe-service: listening on :${port}, POST /webhooks/stripe`));

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`stripe-service: ${signal}, shutting down`);
  // Stop accepting requests and let the ones in flight finish, then let the worker finish its batches:
  // an event it does not finish is claimed again after its lease.
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await worker.stop();
  await pool.end();
  console.log('stripe-service: stopped');
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    shutdown(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('stripe-service: shutdown failed:', error);
        process.exit(1);
      },
    );
  });
}
