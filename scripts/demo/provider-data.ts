// A generated provider dataset for the demo, shaped like what Stripe and
// Chargebee send: prefixed ids, unix-second timestamps, nested objects,
// nulls, prices that point at products by id. Deterministic (seeded), so
// every run syncs the same objects, including the awkward ones: invalid
// objects that fail, objects changed on both sides (conflicts), and stale
// versions delivered after newer ones (replays out of order).

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
  const base = 1_735_689_600; // 2025-01-01
  const objects: ProviderObject[] = [];
  const replays: ProviderObject[] = [];

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
    // 3%: an older version of the same customer arrives after the newer one (stale);
    // 5%: a newer version arrives later in the run (an update).
    if (rnd() < 0.03)
      replays.push({ type: 'customer', data: { ...data, name: `${data.name} (old)` }, updated: updated - 86_400 });
    if (rnd() < 0.05)
      replays.push({ type: 'customer', data: { ...data, email: `new.${data.email ?? i}` }, updated: updated + 86_400 });
    return data;
  });

  const prices: Record<string, unknown>[] = [];
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
        // 1%: a currency no ISO 4217 code looks like: the library refuses it.
        currency:
          rnd() < 0.01 ? 'usdollars' : provider === 'stripe' ? pick(['usd', 'eur', 'gbp']) : pick(['USD', 'EUR']),
        unit_amount: Math.floor(rnd() * 50_000) + 100,
        type: recurring ? 'recurring' : 'one_time',
        recurring: recurring ? { interval: pick(['month', 'month', 'year', 'week']), interval_count: 1 } : null,
        active: true,
        created: updated,
        metadata: {},
      };
      prices.push(price);
      objects.push({ type: 'price', data: price, updated: updated + k });
    }
  }

  for (let s = 0; s < sizes.subscriptions; s++) {
    const customer = pick(customers);
    const price = pick(prices);
    const start = base + Math.floor(rnd() * 300) * 86_400;
    const status = pick(['active', 'active', 'active', 'trialing', 'past_due', 'canceled', 'incomplete']);
    objects.push({
      type: 'subscription',
      updated: start + 60,
      data: {
        id: prefix('sub'),
        object: 'subscription',
        // 1%: a subscription of a customer the provider never sent: it cannot be linked and fails.
        customer: rnd() < 0.01 ? prefix('cus') : customer.id,
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
  return { provider, objects: [...objects, ...replays] };
}
