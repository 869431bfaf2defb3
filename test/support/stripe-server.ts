// stripe-stateful-mock (a third-party Stripe-compatible server nobody here
// wrote) for the tests, through the project's one starter (scripts/stripe-mock.ts),
// and the SDK's own helpers the tests use. Measured gaps (see the README's
// Stripe adapter notes): a subscription can only be created from a plan
// (`items: [{ plan }]`; its items then carry the plan, no price), and plans
// are not listed by `prices.list`; no customer or product DELETE; no
// /v1/events.
import Stripe from 'stripe';
import { startStripeMock, type StripeMock } from '../../scripts/stripe-mock.js';

export type StripeServer = StripeMock;

/** Starts the server and resolves once it answers the SDK. */
export const startStripeServer = (): Promise<StripeServer> => startStripeMock();

/** A connected account on the server: `{ stripeAccount }` keeps its objects apart. */
export async function connectedAccount(stripe: Stripe): Promise<string> {
  const account = await stripe.accounts.create({
    type: 'custom',
    country: 'US',
    email: 'owner@example.com',
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  });
  return account.id;
}

/** Stripe's own test helper: the `Stripe-Signature` header of `payload` under `secret`. */
export function signature(payload: string, secret: string, timestamp?: number): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
}
