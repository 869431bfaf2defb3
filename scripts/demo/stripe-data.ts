// The demo's Stripe side, through the official SDK on stripe-stateful-mock
// (scripts/stripe-mock.ts): a workspace's objects created on its own
// connected account (products, prices, customers, plan-based subscriptions),
// and later the changes made there that its webhooks report, as the Stripe
// events a Connect endpoint receives (`event.account` set), in three rounds:
// the newest version of each changed object first; then the older versions
// (out of order) and redeliveries; then late updates, older than the delete
// of their customer, and more redeliveries. Deterministic in what it creates
// and changes (seeded); the ids are the mock's.
//
// Two of the mock's gaps shape the objects: a subscription can only be created
// from a plan, and prices.list does not list plans. In Stripe every plan is
// also a price of the same id, so each recurring price gets a plan of its id
// (plans.create takes an id): the subscriptions' items name their price by
// the plan. The mock cannot update a product: a product's events carry it
// renamed, as Stripe would send it.
import Stripe from 'stripe';
import { random } from './provider-data.js';

export type StripeEntity = 'product' | 'price' | 'customer' | 'subscription';

export interface StripeSizes {
  customers: number;
  products: number;
  pricesPerProduct: number;
  subscriptions: number;
}

export interface StripeAccountData {
  account: string;
  /** The objects created on the account, per entity type: what a backfill lists. */
  created: Record<StripeEntity, number>;
  /** Plans created (one per recurring price, of its id); not listed as prices by the mock. */
  plans: number;
  products: Stripe.Product[];
  /** The prices the library can store. */
  prices: Stripe.Price[];
  /** A price of a fractional amount of minor units: listed, refused by the library (not rounded). */
  fractional: Stripe.Price;
  customers: Stripe.Customer[];
  subscriptions: Stripe.Subscription[];
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Radia', 'Leslie'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Perlman', 'Lamport'];
const PLANS = ['Starter', 'Team', 'Business', 'Enterprise', 'Add-on seats', 'Support', 'Storage', 'API calls'];

/** Runs `fn` over `items`, `width` requests at a time, in order of the items. */
async function inParallel<T, R>(items: readonly T[], width: number, fn: (item: T, i: number) => Promise<R>) {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) {
    out.push(...(await Promise.all(items.slice(i, i + width).map((item, k) => fn(item, i + k)))));
  }
  return out;
}

/** What createStripeObjects makes, for its progress. */
type Kind = 'products' | 'prices' | 'plans' | 'customers' | 'subscriptions';

const times = (n: number) => Array.from({ length: n }, (_, i) => i);
/** The k-th price of the p-th product is one-time (no plan): the first price of every third product but the first. */
const oneTime = (p: number, k: number) => k === 0 && p % 3 === 2;

/** A connected account on the mock: `{ stripeAccount }` keeps its objects apart from every other account's. */
export async function createConnectedAccount(stripe: Stripe, email: string): Promise<string> {
  const account = await stripe.accounts.create({
    type: 'custom',
    country: 'US',
    email,
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  });
  return account.id;
}

/**
 * Creates a workspace's Stripe objects on its connected account: products,
 * their prices (one of them fractional), a plan per recurring price, customers,
 * subscriptions from those plans. `onProgress(done, made)` after each
 * request (`requestsFor(sizes)` of them), with what is made so far.
 */
export async function createStripeObjects(
  stripe: Stripe,
  account: string,
  sizes: StripeSizes,
  seed: number,
  onProgress: (done: number, made: Record<Kind, number>) => void,
): Promise<StripeAccountData> {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const on = { stripeAccount: account };
  let done = 0;
  const made: Record<Kind, number> = { products: 0, prices: 0, plans: 0, customers: 0, subscriptions: 0 };
  const step =
    (kind: Kind) =>
    <R>(r: R) => {
      made[kind]++;
      onProgress(++done, made);
      return r;
    };

  const products = await inParallel(times(sizes.products), 10, (p) =>
    stripe.products
      .create(
        {
          name: `${pick(PLANS)} ${p + 1}`,
          description: rnd() < 0.3 ? undefined : 'Billed through Stripe (the mock)',
          metadata: { line: pick(['core', 'add-on']) },
        },
        on,
      )
      .then(step('products')),
  );
  // The first product's prices are all recurring: some plan exists however small the run.
  const specs = products.flatMap((product, p) =>
    times(sizes.pricesPerProduct).map((k) => ({
      product: product.id,
      currency: pick(['usd', 'eur', 'gbp']),
      unit_amount: (Math.floor(rnd() * 500) + 1) * 100,
      interval: oneTime(p, k) ? null : pick(['month', 'month', 'year', 'week'] as const),
    })),
  );
  const prices = await inParallel(specs, 10, (s) =>
    stripe.prices
      .create(
        {
          product: s.product,
          currency: s.currency,
          unit_amount: s.unit_amount,
          ...(s.interval && { recurring: { interval: s.interval } }),
        },
        on,
      )
      .then(step('prices')),
  );
  const fractional = step('prices')(
    await stripe.prices.create(
      {
        product: products[0].id,
        currency: 'usd',
        unit_amount_decimal: Stripe.Decimal.from('1250.5'),
        recurring: { interval: 'month' },
      },
      on,
    ),
  );
  const recurring = prices.filter((price) => price.type === 'recurring');
  await inParallel(recurring, 10, (price) =>
    stripe.plans
      .create(
        {
          id: price.id,
          product: price.product as string,
          currency: price.currency,
          amount: price.unit_amount!,
          interval: price.recurring!.interval,
        },
        on,
      )
      .then(step('plans')),
  );
  const customers = await inParallel(times(sizes.customers), 10, (i) => {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    return stripe.customers
      .create(
        {
          email: `${name.replace(' ', '.')}.${i}@example.com`.toLowerCase(),
          metadata: { tier: pick(['free', 'pro', 'enterprise']) },
        },
        on,
      )
      .then(step('customers'));
  });
  const subscriptions = await inParallel(times(sizes.subscriptions), 10, () =>
    stripe.subscriptions
      .create(
        {
          customer: pick(customers).id,
          items: [{ plan: pick(recurring).id, quantity: 1 + Math.floor(rnd() * 5) }],
          metadata: { seats: 'licensed' },
        },
        on,
      )
      .then(step('subscriptions')),
  );
  return {
    account,
    created: {
      product: products.length,
      price: prices.length + 1,
      customer: customers.length,
      subscription: subscriptions.length,
    },
    plans: recurring.length,
    products,
    prices,
    fractional,
    customers,
    subscriptions,
  };
}

/** The requests createStripeObjects makes (its progress bar's total): one per object and plan. */
export function requestsFor(s: StripeSizes): number {
  const prices = s.products * s.pricesPerProduct;
  const recurring = prices - times(s.products).filter((p) => s.pricesPerProduct > 0 && oneTime(p, 0)).length;
  return s.products + prices + 1 + recurring + s.customers + s.subscriptions;
}

/** A Stripe event as a Connect endpoint receives it: `data.object` the object when the event happened. */
export interface StripeEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: Record<string, unknown> & { id: string; object: string } };
  livemode: false;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  type: string;
  account: string;
}

/** The newest state of what a workspace's webhooks changed: what the database must show once they are applied. */
export interface NewestState {
  /** Customer id -> its last email. */
  customers: Map<string, string>;
  /** Customers deleted at Stripe (their late update, older than the delete, must not bring them back). */
  deleted: string[];
  /** Price id -> its last `active` and `metadata.revision`. */
  prices: Map<string, { active: boolean; revision: string }>;
  /** Product id -> its last name. */
  products: Map<string, string>;
  /** Subscription id -> its last quantity. */
  subscriptions: Map<string, number>;
}

export interface WebhookPlan {
  /** Three rounds of deliveries, each in delivery order; redeliveries included (the same event again). */
  rounds: StripeEvent[][];
  /** Distinct events: those applyStripeEvent handles, and those it ignores (invoice.paid). */
  handled: number;
  ignored: number;
  /** Deliveries of an event delivered before (redeliveries). */
  duplicates: number;
  /** Events older than an event of the same object delivered before them. */
  outOfOrder: number;
  /** Updates of a deleted customer older than the delete, delivered after it. */
  late: number;
  newest: NewestState;
}

/** `share` of `xs` (at least one, when there is any), drawn without repeats. */
function some<T>(rnd: () => number, xs: readonly T[], share: number): T[] {
  const pool = [...xs];
  const count = Math.min(pool.length, Math.max(1, Math.round(xs.length * share)));
  for (let k = 0; k < count; k++) {
    const j = k + Math.floor(rnd() * (pool.length - k));
    [pool[k], pool[j]] = [pool[j], pool[k]];
  }
  return pool.slice(0, count);
}

/** Shuffles in place (seeded), and returns the array. */
export function shuffle<T>(rnd: () => number, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/** A snapshot of an SDK object as the JSON Stripe sends (decimals as strings, no lastResponse). */
const asJson = (object: object) => JSON.parse(JSON.stringify(object)) as StripeEvent['data']['object'];

/**
 * Changes a workspace's objects at Stripe (the mock) and builds the events
 * that report them, at `base + n` seconds (`base` after its backfill, so that
 * every event is newer than the listed state, and no two events of an object
 * share a second): 10% of the customers get three new emails, 2% of those
 * without a subscription are updated and then deleted (the mock cannot delete
 * a customer: it still serves it; the event is the truth), 20% of the prices
 * two revisions (the last deactivates it), 20% of the products two names, 10%
 * of the subscriptions two new quantities; 5% of the subscriptions' invoices
 * are paid (invoice.paid: an event type the adapter ignores).
 */
export async function changeAtStripe(
  stripe: Stripe,
  data: StripeAccountData,
  base: number,
  seed: number,
): Promise<WebhookPlan> {
  const rnd = random(seed);
  const on = { stripeAccount: data.account };
  let serial = 0;
  const event = (type: string, object: object, at: number): StripeEvent => ({
    id: `evt_${data.account.slice(-8)}_${String(++serial).padStart(5, '0')}`,
    object: 'event',
    api_version: '2020-08-27',
    created: base + at,
    data: { object: asJson(object) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    account: data.account,
  });
  const newestFirst: StripeEvent[] = [];
  const older: StripeEvent[] = [];
  const late: StripeEvent[] = [];
  const newest: NewestState = {
    customers: new Map(),
    deleted: [],
    prices: new Map(),
    products: new Map(),
    subscriptions: new Map(),
  };

  const subscribed = new Set(data.subscriptions.map((s) => s.customer as string));
  const updated = some(rnd, data.customers, 0.1);
  const deletable = data.customers.filter((c) => !subscribed.has(c.id) && !updated.includes(c));
  const deleted = deletable.length > 0 ? some(rnd, deletable, 0.02) : [];
  for (const customer of updated) {
    for (let v = 1; v <= 3; v++) {
      const now = await stripe.customers.update(customer.id, { email: `v${v}.${customer.email}` }, on);
      (v === 3 ? newestFirst : older).push(event('customer.updated', now, v));
      if (v === 3) newest.customers.set(now.id, now.email!);
    }
  }
  for (const customer of deleted) {
    const before = await stripe.customers.update(customer.id, { email: `late.${customer.email}` }, on);
    late.push(event('customer.updated', before, 2));
    newestFirst.push(event('customer.deleted', before, 4));
    newest.deleted.push(customer.id);
  }
  for (const price of some(rnd, data.prices, 0.2)) {
    for (let v = 1; v <= 2; v++) {
      const now = await stripe.prices.update(
        price.id,
        { nickname: `Revision ${v}`, metadata: { revision: String(v) }, ...(v === 2 && { active: false }) },
        on,
      );
      (v === 2 ? newestFirst : older).push(event('price.updated', now, v));
      if (v === 2) newest.prices.set(now.id, { active: now.active, revision: now.metadata.revision });
    }
  }
  for (const product of some(rnd, data.products, 0.2)) {
    for (let v = 1; v <= 2; v++) {
      const name = `${product.name} (${v === 1 ? 'renamed' : 'renamed again'})`;
      (v === 2 ? newestFirst : older).push(event('product.updated', { ...product, name }, v));
      if (v === 2) newest.products.set(product.id, name);
    }
  }
  for (const subscription of some(rnd, data.subscriptions, 0.1)) {
    const item = subscription.items.data[0];
    for (let v = 1; v <= 2; v++) {
      await stripe.subscriptionItems.update(item.id, { quantity: (item.quantity ?? 1) + v }, on);
      const now = await stripe.subscriptions.retrieve(subscription.id, {}, on);
      (v === 2 ? newestFirst : older).push(event('customer.subscription.updated', now, v));
      if (v === 2) newest.subscriptions.set(now.id, now.items.data[0].quantity!);
    }
  }
  const invoices = some(rnd, data.subscriptions, 0.05).map((s) =>
    event(
      'invoice.paid',
      {
        id: typeof s.latest_invoice === 'string' ? s.latest_invoice : `in_${s.id.slice(4)}`,
        object: 'invoice',
        customer: s.customer,
        subscription: s.id,
        status: 'paid',
      },
      3,
    ),
  );
  newestFirst.push(...invoices);

  // Redeliveries: a third of each round's events again in the next round.
  const again = (events: StripeEvent[]) => events.filter((_, i) => i % 3 === 0);
  const rounds = [
    shuffle(rnd, [...newestFirst]),
    shuffle(rnd, [...older, ...again(newestFirst)]),
    shuffle(rnd, [...late, ...again(older)]),
  ];
  const distinct = newestFirst.length + older.length + late.length;
  return {
    rounds,
    handled: distinct - invoices.length,
    ignored: invoices.length,
    duplicates: rounds.flat().length - distinct,
    outOfOrder: older.length + late.length,
    late: late.length,
    newest,
  };
}
