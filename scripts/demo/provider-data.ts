// What the demo's generated provider data shares (scripts/demo/stripe-data.ts,
// scripts/demo/chargebee-data.ts): the sizes of a workspace's data, and a
// seeded PRNG, so that every run creates and changes the same objects.

/** How much a workspace holds at a provider: products (Chargebee: items), prices of each, customers, subscriptions. */
export interface Sizes {
  customers: number;
  products: number;
  pricesPerProduct: number;
  subscriptions: number;
}

/** mulberry32: a small seeded PRNG. */
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
