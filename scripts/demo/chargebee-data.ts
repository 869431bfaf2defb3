// The demo's Chargebee side: a workspace's site, generated as the Chargebee
// API returns it (product catalog 2.0, the official SDK's types), served by
// the stand-in server (scripts/chargebee-server.ts) to backfillChargebee:
// items of each type (plan, addon, charge), their item prices (recurring for
// plans and addons, one-time for charges; one priced in price_in_decimal,
// which the library converts, and one tiered, which it refuses), customers,
// subscriptions on plan prices in every status Chargebee has (future without
// a term, in_trial, active, non_renewing, paused, cancelled), each with its
// resource_version (the time of its last change, in milliseconds).
//
// Then the changes its webhooks report, as Chargebee events delivered in
// three rounds: the newest version of each changed resource first; then the
// older ones, among them a customer's first of two changes made in the same
// second (told apart by resource_version only), and redeliveries; then late
// changes of deleted customers, older than their delete, and more
// redeliveries. An event type the adapter ignores (invoice_generated) too.
// Deterministic (seeded).
import type { Customer, Item, ItemPrice, Subscription } from 'chargebee';
import type { SiteLists } from '../chargebee-server.js';
import { random, type Sizes } from './provider-data.js';
import { shuffle } from './stripe-data.js';

/** A site's resources in the SDK's types, by list endpoint, in list order: what the stand-in serves. */
export interface ChargebeeSiteData extends SiteLists {
  items: Item[];
  item_prices: ItemPrice[];
  customers: Customer[];
  subscriptions: Subscription[];
}

/** A generated site: what its list endpoints serve, and the two prices that test the mapping. */
export interface ChargebeeSite extends ChargebeeSiteData {
  /** Its name: the workspace's Chargebee configuration names it (`config.accountId`). */
  site: string;
  /** Its API key on the stand-in server. */
  apiKey: string;
  /** An item price with price_in_decimal only (no `price`): stored as `unitAmount` in minor units. */
  decimal: { id: string; unitAmount: number };
  /** A tiered item price: listed, refused (no single unit amount). */
  tiered: ItemPrice;
  /** The items per type. */
  itemTypes: Record<Item['type'], number>;
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Radia', 'Leslie'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Perlman', 'Lamport'];
const PLANS = ['Starter', 'Team', 'Business', 'Enterprise', 'Seats', 'Support', 'Storage', 'Onboarding'];
const ITEM_TYPES = ['plan', 'addon', 'charge'] as const;
export const CHARGEBEE_STATUSES = ['future', 'in_trial', 'active', 'non_renewing', 'paused', 'cancelled'] as const;
const DAY = 86_400;

/** Chargebee sends a resource with many more fields than the demo fills: the rest is absent, as on the wire. */
const as = <T>(fields: Record<string, unknown>) => fields as T;

/**
 * A workspace's site: at least one item of each type (the first a plan), `pricesPerProduct` item
 * prices each, plus the tiered one; customers; subscriptions, the first six in each status once.
 * Every resource_version is before `now` (ms), so that the webhooks' changes are newer.
 */
export function generateChargebeeSite(site: string, sizes: Sizes, seed: number, now: number): ChargebeeSite {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const alphabet = [...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'];
  const token = () => Array.from({ length: 12 }, () => pick(alphabet)).join('');
  // Resource versions: a day back, one change a second (plus a few ms), never two alike.
  let clock = now - DAY * 1000;
  const version = () => (clock += 1000 + Math.floor(rnd() * 900));
  const stamps = () => {
    const resource_version = version();
    return { resource_version, updated_at: Math.floor(resource_version / 1000) };
  };

  const items = Array.from({ length: Math.max(3, sizes.products) }, (_, p) => {
    const type = ITEM_TYPES[p % 3];
    const name = `${pick(PLANS)} ${p + 1}`;
    return as<Item>({
      id: `${type}-${name.toLowerCase().replace(/\W+/g, '-')}-${token()}`,
      name,
      type,
      description: rnd() < 0.3 ? undefined : `A ${type}, billed through Chargebee`,
      status: 'active',
      item_family_id: 'demo',
      enabled_for_checkout: true,
      enabled_in_portal: true,
      is_giftable: false,
      metered: false,
      metadata: { line: type === 'plan' ? 'core' : 'extra' },
      deleted: false,
      object: 'item',
      ...stamps(),
    });
  });
  const itemPrices = items.flatMap((item) =>
    Array.from({ length: sizes.pricesPerProduct }, (_, k) => {
      const currency = pick(['USD', 'EUR']);
      const recurring = item.type !== 'charge';
      return as<ItemPrice>({
        id: `${item.id}-${currency}-${recurring ? pick(['monthly', 'yearly']) : 'once'}-${k}`,
        name: `${item.name} ${currency} ${k}`,
        item_id: item.id,
        item_type: item.type,
        item_family_id: 'demo',
        status: 'active',
        pricing_model: pick(['per_unit', 'flat_fee'] as const),
        price: (Math.floor(rnd() * 500) + 1) * 100,
        currency_code: currency,
        ...(recurring && { period: 1, period_unit: pick(['month', 'month', 'year', 'week'] as const) }),
        free_quantity: 0,
        created_at: Math.floor(clock / 1000),
        metadata: {},
        deleted: false,
        object: 'item_price',
        ...stamps(),
      });
    }),
  );
  // The first plan's first price in major units, as a multi-decimal site sends it.
  const decimalPrice = itemPrices[0];
  delete decimalPrice.price;
  decimalPrice.price_in_decimal = '49.50';
  const tiered = as<ItemPrice>({
    ...itemPrices[0],
    id: `${items[0].id}-tiered`,
    name: `${items[0].name} tiered`,
    pricing_model: 'tiered',
    price_in_decimal: undefined,
    tiers: [
      { starting_unit: 1, ending_unit: 10, price: 1000 },
      { starting_unit: 11, price: 800 },
    ],
    ...stamps(),
  });
  itemPrices.push(tiered);
  const planPrices = itemPrices.filter((p) => p.item_type === 'plan' && p !== tiered);

  const customers = Array.from({ length: sizes.customers }, (_, i) => {
    const [first, last] = [pick(FIRST), pick(LAST)];
    return as<Customer>({
      id: `cust-${token()}`,
      first_name: first,
      last_name: last,
      email: `${first}.${last}.${i}@example.com`.toLowerCase(),
      company: rnd() < 0.3 ? `${last} Ltd` : undefined,
      auto_collection: 'on',
      net_term_days: 0,
      allow_direct_debit: false,
      taxability: 'taxable',
      pii_cleared: 'active',
      preferred_currency_code: pick(['USD', 'EUR']),
      meta_data: { tier: pick(['free', 'pro', 'enterprise']) },
      deleted: false,
      object: 'customer',
      created_at: Math.floor(clock / 1000),
      ...stamps(),
    });
  });

  const subscriptions = Array.from({ length: sizes.subscriptions }, (_, s) => {
    const status = s < CHARGEBEE_STATUSES.length ? CHARGEBEE_STATUSES[s] : pick(CHARGEBEE_STATUSES);
    const price = pick(planPrices);
    const start = Math.floor(now / 1000) - Math.floor(rnd() * 300) * DAY;
    const term = status !== 'future' && { current_term_start: start, current_term_end: start + 30 * DAY };
    return as<Subscription>({
      id: `sub-${token()}`,
      customer_id: pick(customers).id,
      currency_code: price.currency_code,
      status,
      subscription_items: [
        { item_price_id: price.id, item_type: 'plan', quantity: 1 + Math.floor(rnd() * 5), unit_price: price.price },
      ],
      billing_period: 1,
      billing_period_unit: price.period_unit,
      ...term,
      ...(status === 'future' && { start_date: Math.floor(now / 1000) + 14 * DAY }),
      ...(status === 'in_trial' && { trial_start: start, trial_end: start + 14 * DAY }),
      ...(status === 'cancelled' && { cancelled_at: start + DAY }),
      ...(status === 'non_renewing' && { cancel_schedule_created_at: start + DAY }),
      ...(status === 'paused' && { pause_date: start + DAY }),
      has_scheduled_changes: false,
      has_scheduled_advance_invoices: false,
      meta_data: { seats: 'licensed' },
      deleted: false,
      object: 'subscription',
      created_at: start,
      ...stamps(),
    });
  });

  const itemTypes = Object.fromEntries(
    ITEM_TYPES.map((t) => [t, items.filter((i) => i.type === t).length]),
  ) as ChargebeeSite['itemTypes'];
  return {
    site,
    apiKey: `test_${site}_${token()}`,
    items,
    item_prices: itemPrices,
    customers,
    subscriptions,
    decimal: { id: decimalPrice.id, unitAmount: 4950 },
    tiered,
    itemTypes,
  };
}

/** A Chargebee webhook event as delivered: the resources it is about under `content`. */
export interface ChargebeeWebhook {
  id: string;
  occurred_at: number;
  source: string;
  object: 'event';
  api_version: 'v2';
  event_type: string;
  webhook_status: 'scheduled';
  content: Record<string, Record<string, unknown>>;
}

/** The newest state of what a site's webhooks changed: what the database must show once they are applied. */
export interface ChargebeeNewest {
  /** Customer id -> its last email. */
  customers: Map<string, string>;
  /** Customers deleted (their late change, older than the delete, must not bring them back). */
  deleted: string[];
  /** Item price id -> its last `active` and `metadata.revision`. */
  prices: Map<string, { active: boolean; revision: string }>;
  /** Item id -> its last name. */
  items: Map<string, string>;
  /** Subscription id -> its last quantity. */
  subscriptions: Map<string, number>;
}

export interface ChargebeePlan {
  /** Three rounds of deliveries, each in delivery order; redeliveries included. */
  rounds: ChargebeeWebhook[][];
  /** Distinct events: those applyChargebeeEvent handles, and those it ignores. */
  handled: number;
  ignored: number;
  duplicates: number;
  /** Events older than one of the same resource delivered before them. */
  outOfOrder: number;
  /** Of those: the first of two changes of a customer within one second (the same occurred_at). */
  sameSecond: number;
  /** Changes of a deleted customer older than its delete, delivered after it. */
  late: number;
  newest: ChargebeeNewest;
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

/**
 * The changes at the site after its backfill, from `base` (ms, after every listed
 * resource_version), as the events that report them: 10% of the customers change twice within
 * one second (new emails; the same occurred_at, the resource_version a few hundred ms apart),
 * 2% of those without a subscription change and are then deleted, 20% of the item prices get two
 * revisions (the last archives it), 20% of the items two names, 10% of the subscriptions two new
 * quantities; 5% of the subscriptions an invoice_generated (ignored by the adapter).
 */
export function changeAtChargebee(data: ChargebeeSite, base: number, seed: number): ChargebeePlan {
  const rnd = random(seed);
  let serial = 0;
  const event = (type: string, kind: string, resource: object, version: number): ChargebeeWebhook => ({
    id: `ev_${data.site}_${String(++serial).padStart(5, '0')}`,
    occurred_at: Math.floor(version / 1000),
    source: 'admin_console',
    object: 'event',
    api_version: 'v2',
    event_type: type,
    webhook_status: 'scheduled',
    content: { [kind]: { ...resource } as Record<string, unknown> },
  });
  // Each resource's changes: second by second from base (version(n, ms): the n-th second, plus ms).
  const at = (second: number, ms = 0) => base + second * 1000 + ms;
  const stamped = <T extends object>(resource: T, version: number, changes: Partial<T>): T => ({
    ...resource,
    ...changes,
    resource_version: version,
    updated_at: Math.floor(version / 1000),
  });
  const newestFirst: ChargebeeWebhook[] = [];
  const older: ChargebeeWebhook[] = [];
  const late: ChargebeeWebhook[] = [];
  const newest: ChargebeeNewest = {
    customers: new Map(),
    deleted: [],
    prices: new Map(),
    items: new Map(),
    subscriptions: new Map(),
  };

  const subscribed = new Set(data.subscriptions.map((s) => s.customer_id));
  const changed = some(rnd, data.customers, 0.1);
  for (const customer of changed) {
    // Two changes within one second: resource_version alone orders them.
    const first = stamped(customer, at(1, 100), { email: `v1.${customer.email}` });
    const second = stamped(customer, at(1, 700), { email: `v2.${customer.email}` });
    older.push(event('customer_changed', 'customer', first, first.resource_version!));
    newestFirst.push(event('customer_changed', 'customer', second, second.resource_version!));
    newest.customers.set(customer.id, second.email!);
  }
  const deletable = data.customers.filter((c) => !subscribed.has(c.id) && !changed.includes(c));
  for (const customer of deletable.length > 0 ? some(rnd, deletable, 0.02) : []) {
    const before = stamped(customer, at(2), { email: `late.${customer.email}` });
    const gone = stamped(customer, at(4), { deleted: true });
    late.push(event('customer_changed', 'customer', before, before.resource_version!));
    newestFirst.push(event('customer_deleted', 'customer', gone, gone.resource_version!));
    newest.deleted.push(customer.id);
  }
  const storable = data.item_prices.filter((p) => p !== data.tiered);
  for (const price of some(rnd, storable, 0.2)) {
    for (let v = 1; v <= 2; v++) {
      const now = stamped(price, at(v), {
        metadata: { revision: String(v) },
        ...(v === 2 && { status: 'archived' as const }),
      });
      (v === 2 ? newestFirst : older).push(event('item_price_updated', 'item_price', now, now.resource_version!));
      if (v === 2) newest.prices.set(price.id, { active: false, revision: '2' });
    }
  }
  for (const item of some(rnd, data.items, 0.2)) {
    for (let v = 1; v <= 2; v++) {
      const name = `${item.name} (${v === 1 ? 'renamed' : 'renamed again'})`;
      const now = stamped(item, at(v), { name });
      (v === 2 ? newestFirst : older).push(event('item_updated', 'item', now, now.resource_version!));
      if (v === 2) newest.items.set(item.id, name);
    }
  }
  for (const subscription of some(rnd, data.subscriptions, 0.1)) {
    const [item] = subscription.subscription_items!;
    for (let v = 1; v <= 2; v++) {
      const quantity = (item.quantity ?? 1) + v;
      const now = stamped(subscription, at(v), { subscription_items: [{ ...item, quantity }] });
      (v === 2 ? newestFirst : older).push(event('subscription_changed', 'subscription', now, now.resource_version!));
      if (v === 2) newest.subscriptions.set(subscription.id, quantity);
    }
  }
  const invoices = some(rnd, data.subscriptions, 0.05).map((s) =>
    event(
      'invoice_generated',
      'invoice',
      { id: `inv-${s.id.slice(4)}`, customer_id: s.customer_id, subscription_id: s.id, status: 'payment_due' },
      at(3),
    ),
  );
  newestFirst.push(...invoices);

  const again = (events: ChargebeeWebhook[]) => events.filter((_, i) => i % 3 === 0);
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
    sameSecond: changed.length,
    late: late.length,
    newest,
  };
}
