// A generated provider dataset for the demo, shaped like what Stripe and
// Chargebee send: prefixed ids, unix-second timestamps, nested objects,
// nulls, children that point at their parents by the provider's ids (a
// price at its product, a subscription at its customer and price), and
// deletes (`{ id, object, deleted: true }`). Delivered the way webhooks
// arrive: some subscriptions before their customer and price, some objects
// twice (a redelivery: the same time and content), some older versions after
// newer ones (out of order), some deletes, some with a late, older update
// after them. Deterministic (seeded), so every run syncs the same objects,
// including the awkward ones: invalid objects the library refuses, objects
// changed on both sides (conflicts), pushes the provider rejects. Each
// awkward case is a share of its entity with a minimum of one, so a small
// (--quick) dataset still has every case.

export type EntityType = 'customer' | 'product' | 'price' | 'subscription';

export interface ProviderObject {
  type: EntityType;
  /** The provider's object, as received (a deleted one: `{ id, object, deleted: true }`). */
  data: Record<string, unknown> & { id: string };
  /** When the provider last changed it, or deleted it (seconds since the epoch). */
  updated: number;
  /** A delete: the provider deleted the object at `updated`. */
  deleted?: true;
}

export interface Dataset {
  provider: 'stripe' | 'chargebee';
  /**
   * In delivery order: first `childrenFirst` subscriptions, ahead of their
   * customers and prices; then customers, products each followed by its
   * prices, the other subscriptions; then the redeliveries, the versions out
   * of order, the deletes and what arrives after them.
   */
  objects: ProviderObject[];
  /** How many of `objects`, at the start, are subscriptions delivered before their customer and price. */
  childrenFirst: number;
  /**
   * Customers (external ids) edited locally during the sync while the
   * provider changed them too: pushing the local edit loses (a conflict).
   */
  conflicts: string[];
  /** Customers (external ids) whose push the provider rejects (failed). None of them is in `conflicts`. */
  rejected: string[];
}

export interface Sizes {
  customers: number;
  products: number;
  pricesPerProduct: number;
  subscriptions: number;
}

/** mulberry32: a small seeded PRNG (the Stripe side's data uses it too). */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Radia', 'Leslie'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Perlman', 'Lamport'];
const PLANS = ['Starter', 'Team', 'Business', 'Enterprise', 'Add-on seats', 'Support', 'Storage', 'API calls'];

export function generateDataset(provider: Dataset['provider'], sizes: Sizes, seed: number): Dataset {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const alphabet = [...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789'];
  const token = (n = 14) => Array.from({ length: n }, () => pick(alphabet)).join('');
  const prefix = (kind: string) =>
    provider === 'stripe' ? `${kind}_${token()}` : `${kind.toUpperCase()}-${token(10)}`;
  /**
   * `share` of the indexes 0..n-1 (at least one, at most `n - keep`), drawn
   * without repeats; `taken` are not drawn, and the drawn are added to it.
   */
  const some = (n: number, share: number, keep = 0, taken = new Set<number>()) => {
    const free = Array.from({ length: n }, (_, i) => i).filter((i) => !taken.has(i));
    const count = Math.min(Math.max(1, Math.round(n * share)), free.length - keep);
    const drawn = new Set<number>();
    for (let k = 0; k < count; k++) {
      const j = k + Math.floor(rnd() * (free.length - k));
      [free[k], free[j]] = [free[j], free[k]];
      drawn.add(free[k]);
      taken.add(free[k]);
    }
    return drawn;
  };
  /** `share` of the members of `set` (at least one), drawn without repeats. */
  const someOf = (set: Set<number>, share: number) => {
    const members = [...set];
    return new Set([...some(members.length, share)].map((k) => members[k]));
  };
  const base = 1_735_689_600; // 2025-01-01
  const DAY = 86_400;

  const customerUpdated = (i: number) => base + i * 60;
  const customers = Array.from({ length: sizes.customers }, (_, i) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const updated = customerUpdated(i);
    return {
      id: prefix('cus'),
      object: 'customer',
      email: rnd() < 0.02 ? null : `${first}.${last}.${i}@example.com`.toLowerCase(),
      name: `${first} ${last}`,
      created: updated - 3600,
      currency: provider === 'stripe' ? 'usd' : 'EUR',
      delinquent: rnd() < 0.05,
      address: { city: null, country: pick(['US', 'DE', 'FR', 'GB']), line1: null, postal_code: null },
      metadata: { tier: pick(['free', 'pro', 'enterprise']) },
      livemode: false,
    };
  });

  // Products, each followed by its prices. 1% of the prices: a currency no ISO
  // 4217 code looks like: the library refuses it (one price at least stays
  // valid, for the subscriptions).
  const catalog: ProviderObject[] = [];
  const prices: ProviderObject[] = [];
  const invalidPrices = some(sizes.products * sizes.pricesPerProduct, 0.01, 1);
  for (let p = 0; p < sizes.products; p++) {
    const updated = base + p * 120;
    const product = {
      id: prefix('prod'),
      object: 'product',
      name: `${pick(PLANS)} ${p + 1}`,
      description: rnd() < 0.3 ? null : 'Billed through the demo provider',
      active: rnd() > 0.1,
      created: updated - 7200,
      metadata: {},
    };
    catalog.push({ type: 'product', data: product, updated });
    for (let k = 0; k < sizes.pricesPerProduct; k++) {
      const recurring = k > 0 || rnd() < 0.7;
      const price = {
        id: prefix('price'),
        object: 'price',
        product: product.id,
        currency: invalidPrices.has(prices.length)
          ? 'usdollars'
          : provider === 'stripe'
            ? pick(['usd', 'eur', 'gbp'])
            : pick(['USD', 'EUR']),
        unit_amount: Math.floor(rnd() * 50_000) + 100,
        type: recurring ? 'recurring' : 'one_time',
        recurring: recurring ? { interval: pick(['month', 'month', 'year', 'week']), interval_count: 1 } : null,
        active: true,
        created: updated,
        metadata: {},
      };
      const obj: ProviderObject = { type: 'price', data: price, updated: updated + k };
      prices.push(obj);
      catalog.push(obj);
    }
  }
  const validPrices = prices.filter((_, i) => !invalidPrices.has(i));

  // 1% of the subscriptions: a period that ends before it starts: the
  // database refuses it (a check constraint) and nothing is stored.
  const takenSubscriptions = new Set<number>();
  const invalidSubscriptions = some(sizes.subscriptions, 0.01, 0, takenSubscriptions);
  const subscriptions = Array.from({ length: sizes.subscriptions }, (_, s) => {
    const customer = pick(customers);
    const price = pick(validPrices);
    const start = base + Math.floor(rnd() * 300) * DAY;
    const status = pick(['active', 'active', 'active', 'trialing', 'past_due', 'canceled', 'incomplete']);
    const obj: ProviderObject = {
      type: 'subscription',
      updated: start + 60,
      data: {
        id: prefix('sub'),
        object: 'subscription',
        customer: customer.id,
        items: { object: 'list', data: [{ price: { id: price.data.id }, quantity: 1 + Math.floor(rnd() * 5) }] },
        status,
        current_period_start: start,
        current_period_end: invalidSubscriptions.has(s) ? start - DAY : start + 30 * DAY,
        cancel_at_period_end: rnd() < 0.1,
        canceled_at: status === 'canceled' ? start + DAY : null,
        trial_end: status === 'trialing' ? start + 14 * DAY : null,
        metadata: {},
      },
    };
    return obj;
  });
  // 5% of the subscriptions arrive before their customer and price (the
  // subscription's webhook first): the library creates each parent as a
  // placeholder, which the parent's own snapshot fills when it comes.
  const earlySubscriptions = some(sizes.subscriptions, 0.05, 0, takenSubscriptions);
  // 3%: delivered twice (a webhook redelivery: the same time and content).
  const redeliveredSubscriptions = some(sizes.subscriptions, 0.03, 0, takenSubscriptions);
  // 3%: deleted at the provider two days after their snapshot; of those, half
  // get a late update (one day after the snapshot, older than the delete)
  // delivered after the delete, and half the delete delivered twice.
  const deletedSubscriptions = some(sizes.subscriptions, 0.03, 0, takenSubscriptions);
  const lateSubscriptions = someOf(deletedSubscriptions, 0.5);
  const redeletedSubscriptions = someOf(deletedSubscriptions, 0.5);

  // Customers: 3% get an older version after the newer one (stale); 5% a newer
  // version later in the run (an update); 3% are delivered twice (a
  // redelivery); 2% of those without subscriptions are deleted at the provider
  // two days after their snapshot, half of these with a late, older update
  // after the delete. Pushes: 2.5% are edited locally meanwhile (a
  // conflict), 2% rejected by the provider (failed). The sets are disjoint.
  const takenCustomers = new Set<number>();
  const staleCustomers = some(sizes.customers, 0.03, 0, takenCustomers);
  const updatedCustomers = some(sizes.customers, 0.05, 0, takenCustomers);
  const redeliveredCustomers = some(sizes.customers, 0.03, 0, takenCustomers);
  const conflictCustomers = some(sizes.customers, 0.025, 0, takenCustomers);
  const rejectedCustomers = some(sizes.customers, 0.02, 0, takenCustomers);
  const subscribed = new Set(subscriptions.map((s) => s.data.customer));
  customers.forEach((c, i) => subscribed.has(c.id) && takenCustomers.add(i));
  const deletedCustomers = some(sizes.customers, 0.02, 0, takenCustomers);
  const lateCustomers = someOf(deletedCustomers, 0.5);

  // 5% of the valid prices are delivered twice.
  const redeliveredPrices = new Set([...some(validPrices.length, 0.05)].map((k) => validPrices[k]));

  const objects: ProviderObject[] = [];
  const later: ProviderObject[] = [];
  const deletion = (obj: ProviderObject, at: number): ProviderObject => ({
    type: obj.type,
    data: { id: obj.data.id, object: obj.type, deleted: true },
    updated: at,
    deleted: true,
  });

  subscriptions.forEach((obj, s) => earlySubscriptions.has(s) && objects.push(obj));
  const childrenFirst = objects.length;
  customers.forEach((data, i) => {
    const updated = customerUpdated(i);
    const obj: ProviderObject = { type: 'customer', data, updated };
    objects.push(obj);
    if (staleCustomers.has(i))
      later.push({ type: 'customer', data: { ...data, name: `${data.name} (old)` }, updated: updated - DAY });
    if (updatedCustomers.has(i))
      later.push({ type: 'customer', data: { ...data, email: `new.${data.email ?? i}` }, updated: updated + DAY });
    if (redeliveredCustomers.has(i)) later.push(obj);
    if (deletedCustomers.has(i)) {
      later.push(deletion(obj, updated + 2 * DAY));
      if (lateCustomers.has(i))
        later.push({ type: 'customer', data: { ...data, name: `${data.name} (late)` }, updated: updated + DAY });
    }
  });
  for (const obj of catalog) {
    objects.push(obj);
    if (redeliveredPrices.has(obj)) later.push(obj);
  }
  subscriptions.forEach((obj, s) => {
    if (!earlySubscriptions.has(s)) objects.push(obj);
    if (redeliveredSubscriptions.has(s)) later.push(obj);
    if (deletedSubscriptions.has(s)) {
      const removed = deletion(obj, obj.updated + 2 * DAY);
      later.push(removed);
      if (lateSubscriptions.has(s))
        later.push({ type: 'subscription', data: { ...obj.data, status: 'past_due' }, updated: obj.updated + DAY });
      if (redeletedSubscriptions.has(s)) later.push(removed);
    }
  });
  return {
    provider,
    objects: [...objects, ...later],
    childrenFirst,
    conflicts: customers.filter((_, i) => conflictCustomers.has(i)).map((c) => c.id),
    rejected: customers.filter((_, i) => rejectedCustomers.has(i)).map((c) => c.id),
  };
}
