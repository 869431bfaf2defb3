// stripe-stateful-mock (a third-party, Stripe-compatible server from
// devDependencies) for the demo, the bench and the tests: started on a free
// local port as a child process, the official SDK pointed at it, stopped by
// the caller (and killed when this process exits, should the caller not get
// that far). Its gaps, which the demo and the tests work around: subscriptions only from plans (`items: [{ plan }]`;
// their items then carry the plan, `price: null`), plans not listed by
// prices.list, no product or subscription update, no customer or product
// DELETE, no /v1/events.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import Stripe from 'stripe';
import { freePort } from './embedded-postgres.js';

export interface StripeMock {
  readonly port: number;
  /** An SDK client on the mock: the platform's key (connected accounts by `{ stripeAccount }`), no retries. */
  readonly stripe: Stripe;
  /** A new SDK client on the mock, configured as `stripe`. */
  client(): Stripe;
  stop(): Promise<void>;
}

/** Starts the mock and resolves once it answers the SDK (within 20 s). */
export async function startStripeMock(): Promise<StripeMock> {
  const cli = createRequire(import.meta.url).resolve('stripe-stateful-mock/dist/cli.js');
  const port = await freePort();
  const child = spawn(process.execPath, [cli], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
  const killOnExit = () => child.kill();
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const client = () =>
    new Stripe('sk_test_payment_sync_db', { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });
  const stripe = client();
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await stripe.customers.list({ limit: 1 });
      return { port, stripe, client, stop };
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline) {
        await stop();
        throw new Error(`stripe-stateful-mock did not start on port ${port}: ${String(error)}\n${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
