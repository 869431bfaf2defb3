// A generated provider dataset for the demo, shaped like what Stripe and
// Chargebee send: prefixed ids, unix-second timestamps, nested objects,
// nulls, prices that point at products by id. Deterministic (seeded), so
// every run syncs the same objects, including the awkward ones: invalid
// objects that fail, objects changed on both sides (conflicts), pushes the
// provider rejects, and stale versions delivered after newer ones (replays
// out of order). Each awkward case is a share of its entity with a minimum
// of one, so a small (--quick) dataset still has every case.

export type EntityType = 'customer' | 'product' | 'price' | 'subscription';

export interface ProviderObject {
  type: EntityType;
  /** The provider's object, as received. */
  data: Record<string, unknown> & { id: string };
  /** When the provider last changed it (seconds since the epoch). */
  updated: number;
}

export interface Dataset {
  provider: 'stripe' | 'chargebee';
  /** In delivery order: parents before children, replays at the end. */
  objects: ProviderObject[];
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

/** mulberry32: a small seeded PRNG. */
function random(seed: number) {
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
  const base = 1_735_689_600; // 2025-01-01
  const objects: ProviderObject[] = [];
  const replays: ProviderObject[] = [];

  // 3% of the customers: an older version arrives after the newer one (stale);
  // 5%: a newer version arrives later in the run (an update);
  // 2.5%: edited locally meanwhile (a conflict); 2%: the provider rejects their push (failed).
  const staleCustomers = some(sizes.customers, 0.03);
  const updatedCustomers = some(sizes.customers, 0.05);
  const pushedCustomers = new Set<number>();
  const conflictCustomers = some(sizes.customers, 0.025, 0, pushedCustomers);
  const rejectedCustomers = some(sizes.customers, 0.02, 0, pushedCustomers);
  // 1% of the prices: a currency no ISO 4217 code looks like: the library refuses it
  // (one price at least stays valid, for the subscriptions).
  const invalidPrices = some(sizes.products * sizes.pricesPerProduct, 0.01, 1);
  // 1% of the subscriptions: of a customer the provider never sent: it cannot be linked and fails.
  const orphanSubscriptions = some(sizes.subscriptions, 0.01);

  const customers = Array.from({ length: sizes.customers }, (_, i) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const updated = base + i * 60;
    const data = {
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
    objects.push({ type: 'customer', data, updated });
    if (staleCustomers.has(i))
      replays.push({ type: 'customer', data: { ...data, name: `${data.name} (old)` }, updated: updated - 86_400 });
    if (updatedCustomers.has(i))
      replays.push({ type: 'customer', data: { ...data, email: `new.${data.email ?? i}` }, updated: updated + 86_400 });
    return data;
  });

  const prices: Record<string, unknown>[] = [];
  const validPrices: Record<string, unknown>[] = [];
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
    objects.push({ type: 'product', data: product, updated });
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
      if (!invalidPrices.has(prices.length)) validPrices.push(price);
      prices.push(price);
      objects.push({ type: 'price', data: price, updated: updated + k });
    }
  }

  for (let s = 0; s < sizes.subscriptions; s++) {
    const customer = pick(customers);
    const price = pick(validPrices);
    const start = base + Math.floor(rnd() * 300) * 86_400;
    const status = pick(['active', 'active', 'active', 'trialing', 'past_due', 'canceled', 'incomplete']);
    objects.push({
      type: 'subscription',
      updated: start + 60,
      data: {
        id: prefix('sub'),
        object: 'subscription',
        customer: orphanSubscriptions.has(s) ? prefix('cus') : customer.id,
        items: { object: 'list', data: [{ price: { id: price.id }, quantity: 1 + Math.floor(rnd() * 5) }] },
        status,
        current_period_start: start,
        current_period_end: start + 30 * 86_400,
        cancel_at_period_end: rnd() < 0.1,
        canceled_at: status === 'canceled' ? start + 86_400 : null,
        trial_end: status === 'trialing' ? start + 14 * 86_400 : null,
        metadata: {},
      },
    });
  }
  return {
    provider,
    objects: [...objects, ...replays],
    conflicts: customers.filter((_, i) => conflictCustomers.has(i)).map((c) => c.id),
    rejected: customers.filter((_, i) => rejectedCustomers.has(i)).map((c) => c.id),
  };
}
