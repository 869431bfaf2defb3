// backfillStripe (src/providers/stripe/client.ts, on runBackfill of src/providers/adapter.ts)
// against a real Stripe-compatible server (stripe-stateful-mock, a third-party package, started
// by test/support/stripe-server.ts) and real PostgreSQL: Connect accounts kept apart per
// workspace, pages, a re-run (a newer observation: every row re-stamped), a crash of the process mid-run and an error
// mid-run (both resumed from the session's cursors), `gone` and `refused`, bad options.
//
// What the mock cannot do, measured (so the data below is shaped around it):
// - a subscription can only be created from a plan (`items: [{ plan }]`): its items then carry
//   `plan` and `price: null`, and the mapping takes the plan's id as the price's external id;
// - plans are NOT listed by `prices.list` (real Stripe lists them as prices), so a subscription
//   on a plan stays on a placeholder price row, unless a price of that same id exists. The plans
//   here are mostly created with the id of an existing price (`plans.create({ id: price.id })`, which
//   the mock accepts), so most subscriptions point at real, listed prices; one plan of account A
//   has its own id and its subscription keeps a placeholder price;
// - no subscription update or cancel (no POST or DELETE /v1/subscriptions/:id): every subscription
//   is `active`, none is canceled; `status: 'all'` lists them all the same;
// - no customer or product DELETE, and no /v1/events: an object "gone" from Stripe is simulated by
//   a local row the mock never had.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackfillProgress, BackfillResult } from '../src/providers/adapter.js';
import { backfillStripe } from '../src/providers/stripe/client.js';
import {
  customers,
  InvalidParameterError,
  prices,
  syncSessions,
  workspaces,
  type EntityType,
  type SyncSession,
} from '../src/index.js';
import { useDatabase } from './support/database.js';
import { insertWorkspace } from './support/factories.js';
import { connectedAccount, startStripeServer, type StripeServer } from './support/stripe-server.js';

const db = useDatabase();
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ORDER: EntityType[] = ['product', 'price', 'customer', 'subscription'];
const TABLES: Record<EntityType, string> = {
  product: 'products',
  price: 'prices',
  customer: 'customers',
  subscription: 'subscriptions',
};

let server: StripeServer;
let stripe: Stripe;

// ---------------------------------------------------------------------------
// The accounts on the mock
// ---------------------------------------------------------------------------

interface Seeded {
  account: string;
  /** What the SDK lists of the account, in list order. */
  customers: Stripe.Customer[];
  products: Stripe.Product[];
  prices: Stripe.Price[];
  subscriptions: Stripe.Subscription[];
}

interface Shape {
  tag: string;
  customers: number;
  products: number;
  /** Per product: a monthly price (also created as a plan of the same id); the first product also a one-time one. */
  oneTime?: boolean;
  subscriptions: number;
  /** A plan with an id of its own (no price of that id): its subscription's price stays a placeholder. */
  legacyPlan?: string;
}

/** Creates a connected account holding `shape`, and reads it back through the SDK's list endpoints. */
async function seedAccount(shape: Shape): Promise<Seeded> {
  const account = await connectedAccount(stripe);
  const on = { stripeAccount: account };
  const planIds: string[] = [];
  for (let p = 1; p <= shape.products; p++) {
    const product = await stripe.products.create(
      {
        name: `${shape.tag} Product ${p}`,
        // The first product without a description (stored as null).
        ...(p === 1 ? {} : { description: `${shape.tag} product number ${p}` }),
        metadata: { tag: shape.tag, n: String(p) },
      },
      on,
    );
    const monthly = await stripe.prices.create(
      {
        product: product.id,
        currency: 'usd',
        unit_amount: 1000 * p + 99,
        recurring: { interval: 'month' },
        metadata: { tag: shape.tag },
      },
      on,
    );
    // The plan a subscription can be created from, under the price's own id.
    await stripe.plans.create(
      { id: monthly.id, product: product.id, currency: 'usd', amount: 1000 * p + 99, interval: 'month' },
      on,
    );
    planIds.push(monthly.id);
    if (p === 1 && shape.oneTime) {
      await stripe.prices.create({ product: product.id, currency: 'eur', unit_amount: 4500 }, on);
    }
  }
  if (shape.legacyPlan) {
    await stripe.plans.create(
      {
        id: shape.legacyPlan,
        product: (await list('product', account))[0].id,
        currency: 'usd',
        amount: 500,
        interval: 'year',
      },
      on,
    );
  }
  const created: Stripe.Customer[] = [];
  for (let c = 1; c <= shape.customers; c++) {
    const n = String(c).padStart(4, '0');
    created.push(
      await stripe.customers.create(
        {
          email: `${shape.tag.toLowerCase()}-${n}@example.com`,
          name: c % 10 === 0 ? undefined : `${shape.tag} Customer ${n}`,
          metadata: { n },
        },
        on,
      ),
    );
  }
  for (let s = 0; s < shape.subscriptions; s++) {
    // Spread over the customers (every third one), so their customers are on different pages.
    const customer = created[(s * 3) % created.length];
    const legacy = shape.legacyPlan !== undefined && s === shape.subscriptions - 1;
    await stripe.subscriptions.create(
      {
        customer: customer.id,
        items: [{ plan: legacy ? shape.legacyPlan : planIds[s % planIds.length], quantity: 1 + (s % 3) }],
        metadata: { s: String(s) },
      } as unknown as Stripe.SubscriptionCreateParams,
      on,
    );
  }
  return {
    account,
    customers: await list('customer', account),
    products: await list('product', account),
    prices: await list('price', account),
    subscriptions: await list('subscription', account),
  };
}

/** Everything the SDK lists of one kind on `account`, in list order (its own auto-pagination). */
async function list<E extends EntityType>(
  entityType: E,
  account: string,
): Promise<
  {
    customer: Stripe.Customer[];
    product: Stripe.Product[];
    price: Stripe.Price[];
    subscription: Stripe.Subscription[];
  }[E]
> {
  const on = { stripeAccount: account };
  const all = { limit: 1000 };
  const listed =
    entityType === 'customer'
      ? await stripe.customers.list({ limit: 100 }, on).autoPagingToArray(all)
      : entityType === 'product'
        ? await stripe.products.list({ limit: 100 }, on).autoPagingToArray(all)
        : entityType === 'price'
          ? await stripe.prices.list({ limit: 100 }, on).autoPagingToArray(all)
          : await stripe.subscriptions.list({ limit: 100, status: 'all' }, on).autoPagingToArray(all);
  return listed as never;
}

let A: Seeded;
let B: Seeded;
let C: Seeded;
let E: Seeded;

beforeAll(async () => {
  server = await startStripeServer();
  stripe = server.client();
  A = await seedAccount({
    tag: 'A',
    customers: 130,
    products: 3,
    oneTime: true,
    subscriptions: 30,
    legacyPlan: 'plan_psdb_legacy_a',
  });
  B = await seedAccount({ tag: 'B', customers: 40, products: 1, subscriptions: 10 });
  C = await seedAccount({ tag: 'C', customers: 90, products: 1, subscriptions: 5 });
  E = await seedAccount({ tag: 'E', customers: 3, products: 1, subscriptions: 0 });
});
afterAll(async () => {
  await server?.stop();
});

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** A workspace whose Stripe configuration names `account` (config.accountId), or none when null. */
async function workspaceOn(account: string | null): Promise<string> {
  const { id } = await insertWorkspace(db.pool);
  if (account !== null) {
    await workspaces.updateWorkspaceProviderConfig(db.pool, {
      workspaceId: id,
      providerName: 'stripe',
      config: { accountId: account },
    });
  }
  return id;
}

type StripeCall = { method: string; params: Record<string, unknown>; account: string | undefined };

/**
 * The SDK client with its four list endpoints observed: every call is recorded, and waits for
 * `before` (when given), which may also reject it instead of sending it. Everything else is the
 * real client.
 */
function observed(before?: (call: StripeCall, nth: number) => Promise<unknown> | void): {
  stripe: Stripe;
  calls: StripeCall[];
} {
  const calls: StripeCall[] = [];
  const resources = ['customers', 'products', 'prices', 'subscriptions'] as const;
  const wrapped = new Map<string | symbol, unknown>();
  for (const name of resources) {
    const resource = stripe[name];
    wrapped.set(
      name,
      new Proxy(resource, {
        get(target, key, receiver) {
          if (key !== 'list') return Reflect.get(target, key, receiver) as unknown;
          return async (params: Record<string, unknown>, options?: { stripeAccount?: string }) => {
            const call = { method: `${name}.list`, params, account: options?.stripeAccount };
            calls.push(call);
            await before?.(call, calls.filter((c) => c.method === call.method).length);
            return Reflect.apply(target.list, target, [params, options]) as unknown;
          };
        },
      }),
    );
  }
  const client = new Proxy(stripe, {
    get: (target, key, receiver) => (wrapped.has(key) ? wrapped.get(key) : Reflect.get(target, key, receiver)),
  });
  return { stripe: client, calls };
}

/** The workspace's rows of one table, by external id, with the columns to compare. */
async function rowsOf(workspaceId: string, entityType: EntityType) {
  const sql = {
    customer: `SELECT c.external_id, c.email, c.name, c.metadata, c.provider_data, c.payment_sync_status
               FROM customers c WHERE c.workspace_id = $1 AND c.payment_provider = 'stripe'`,
    product: `SELECT p.external_id, p.name, p.description, p.active, p.metadata, p.provider_data
              FROM products p WHERE p.workspace_id = $1 AND p.payment_provider = 'stripe'`,
    price: `SELECT pr.external_id, pr.currency, pr.unit_amount::int, pr.type, pr.recurring_interval,
                   pr.recurring_interval_count, pr.active, pr.provider_data, pr.payment_sync_status,
                   p.external_id AS product_external_id
            FROM prices pr LEFT JOIN products p ON p.id = pr.product_id
            WHERE pr.workspace_id = $1 AND pr.payment_provider = 'stripe'`,
    subscription: `SELECT s.external_id, s.status, s.quantity, s.current_period_start, s.current_period_end,
                          s.cancel_at_period_end, s.canceled_at, s.provider_data,
                          c.external_id AS customer_external_id, c.workspace_id AS customer_workspace_id,
                          pr.external_id AS price_external_id, pr.workspace_id AS price_workspace_id
                   FROM subscriptions s JOIN customers c ON c.id = s.customer_id JOIN prices pr ON pr.id = s.price_id
                   WHERE s.workspace_id = $1 AND s.payment_provider = 'stripe'`,
  }[entityType];
  // In code point order (COLLATE "C"), as JavaScript sorts the SDK's ids.
  const { rows } = await db.pool.query<Record<string, unknown> & { external_id: string }>(
    `SELECT * FROM (${sql}) t ORDER BY t.external_id COLLATE "C"`,
    [workspaceId],
  );
  return rows;
}

/** Every row of the workspace in the four tables: the row version's identity (xmin, ctid) and sync version. */
async function versions(workspaceId: string) {
  const out: Record<string, unknown[]> = {};
  for (const table of Object.values(TABLES)) {
    const { rows } = await db.pool.query(
      `SELECT external_id, xmin::text AS xmin, ctid::text AS ctid, payment_sync_version, updated_at, provider_updated_at
       FROM ${table} WHERE workspace_id = $1 ORDER BY external_id`,
      [workspaceId],
    );
    out[table] = rows;
  }
  return out;
}

async function countRows(workspaceId: string): Promise<Record<EntityType, number>> {
  const out = {} as Record<EntityType, number>;
  for (const entityType of ORDER) {
    const { rows } = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${TABLES[entityType]} WHERE workspace_id = $1`,
      [workspaceId],
    );
    out[entityType] = rows[0].n;
  }
  return out;
}

async function session(workspaceId: string, id: string): Promise<SyncSession> {
  const found = await syncSessions.getSyncSession(db.pool, { workspaceId, id });
  expect(found).not.toBeNull();
  return found!;
}

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const seconds = (s: number) => new Date(s * 1000);
const sorted = <T>(values: T[]) => [...values].sort();
const ids = (objects: { id: string }[]) => objects.map((o) => o.id);
/** Waits into the next wall-clock second: Stripe's (and the backfill's) times are whole seconds. */
const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));

function counts(
  listed: number,
  written: Partial<Record<'inserted' | 'updated' | 'unchanged' | 'stale' | 'refused', number>>,
) {
  return { listed, inserted: 0, updated: 0, unchanged: 0, stale: 0, refused: 0, ...written };
}

/** Runs the crash script (test/support/stripe-backfill-crash.ts) in a process of its own. */
function crashingBackfill(workspaceId: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'test/support/stripe-backfill-crash.ts', db.url, String(server.port), workspaceId],
      { cwd: ROOT, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error.code as number | null) ?? null) : 0, stdout, stderr }),
    );
  });
}

// ---------------------------------------------------------------------------
// 1 and 2: two workspaces, two accounts; a re-run
// ---------------------------------------------------------------------------

describe('backfillStripe of two workspaces, each on its own connected account', () => {
  let a: string;
  let b: string;
  let first: BackfillResult;
  const progress: BackfillProgress[] = [];

  beforeAll(async () => {
    a = await workspaceOn(A.account);
    b = await workspaceOn(B.account);
  });

  it('writes every object of the workspace account, page by page, and completes the session', async () => {
    const { stripe: client, calls } = observed();
    // The progress objects are kept as received (not copied): each report must be a snapshot.
    first = await backfillStripe(db.pool, {
      workspaceId: a,
      stripe: client,
      pageSize: 25,
      onProgress: (p) => progress.push(p),
    });

    expect(A.customers).toHaveLength(130);
    expect(A.products).toHaveLength(3);
    expect(A.prices).toHaveLength(4);
    expect(A.subscriptions).toHaveLength(30);
    expect(first.resumed).toBe(false);
    expect(first.refused).toEqual([]);
    expect(first.counts).toEqual({
      product: counts(3, { inserted: 3 }),
      price: counts(4, { inserted: 4 }),
      customer: counts(130, { inserted: 130 }),
      subscription: counts(30, { inserted: 30 }),
    });
    expect(first.gone).toEqual({ product: [], price: [], customer: [], subscription: [] });

    // Every call on the workspace's account (config.accountId), 25 a page, from the previous page's last id.
    expect(calls.every((c) => c.account === A.account && c.params.limit === 25)).toBe(true);
    const customerCalls = calls.filter((c) => c.method === 'customers.list');
    expect(customerCalls.map((c) => c.params.starting_after)).toEqual([
      undefined,
      ...[25, 50, 75, 100, 125].map((n) => A.customers[n - 1].id),
    ]);
    expect(calls.find((c) => c.method === 'subscriptions.list')?.params.status).toBe('all');

    // One report after each page, parents first; within a type the page number and counts increase.
    expect(progress.map((p) => `${p.entityType}:${p.pages}${p.done ? ' done' : ''}`)).toEqual([
      'product:1 done',
      'price:1 done',
      'customer:1',
      'customer:2',
      'customer:3',
      'customer:4',
      'customer:5',
      'customer:6 done',
      'subscription:1',
      'subscription:2 done',
    ]);
    expect(progress.every((p) => p.sessionId === first.sessionId)).toBe(true);
    const customerReports = progress.filter((p) => p.entityType === 'customer');
    expect(customerReports.map((p) => [p.counts.customer.listed, p.counts.customer.inserted])).toEqual([
      [25, 25],
      [50, 50],
      [75, 75],
      [100, 100],
      [125, 125],
      [130, 130],
    ]);
    expect(customerReports[0].counts.subscription.listed).toBe(0);
    expect(progress.at(-1)!.counts).toEqual(first.counts);

    const done = await session(a, first.sessionId);
    expect(done).toMatchObject({
      status: 'completed',
      sessionType: 'full',
      providerName: 'stripe',
      errorMessage: null,
    });
    expect(done.completedAt).toBeInstanceOf(Date);
    expect(done.progress).toEqual({
      backfill: {
        objects: ORDER,
        done: ORDER,
        // Only the types of more than one page had a cursor: the last id of their last full page.
        cursors: { customer: A.customers[124].id, subscription: A.subscriptions[24].id },
        counts: first.counts,
      },
    });
  });

  it('stores the rows as the SDK lists them', async () => {
    const stored = await rowsOf(a, 'customer');
    expect(stored.map((r) => r.external_id)).toEqual(sorted(ids(A.customers)));
    const byId = new Map(stored.map((r) => [r.external_id, r]));
    for (const customer of A.customers) {
      expect(byId.get(customer.id)).toEqual({
        external_id: customer.id,
        email: customer.email,
        name: customer.name ?? null,
        metadata: customer.metadata,
        provider_data: json(customer),
        payment_sync_status: 'synced',
      });
    }
    expect(byId.get(A.customers[9].id)!.name).toBeNull();

    const products = new Map((await rowsOf(a, 'product')).map((r) => [r.external_id, r]));
    expect(sorted([...products.keys()])).toEqual(sorted(ids(A.products)));
    for (const product of A.products) {
      expect(products.get(product.id)).toEqual({
        external_id: product.id,
        name: product.name,
        description: product.description ?? null,
        active: true,
        metadata: product.metadata,
        provider_data: json(product),
      });
    }

    // The listed prices, and the one placeholder: the legacy plan of a subscription (the mock lists no plan as a price).
    const storedPrices = new Map((await rowsOf(a, 'price')).map((r) => [r.external_id, r]));
    expect(sorted([...storedPrices.keys()])).toEqual(sorted([...ids(A.prices), 'plan_psdb_legacy_a']));
    for (const price of A.prices) {
      expect(storedPrices.get(price.id)).toEqual({
        external_id: price.id,
        currency: price.currency,
        unit_amount: price.unit_amount,
        type: price.type,
        recurring_interval: price.recurring?.interval ?? null,
        recurring_interval_count: price.recurring?.interval_count ?? null,
        active: price.active,
        provider_data: json(price),
        payment_sync_status: 'synced',
        product_external_id: price.product,
      });
    }
    expect(A.prices.map((p) => [p.currency, p.unit_amount])).toEqual(
      expect.arrayContaining([
        ['usd', 1099],
        ['usd', 2099],
        ['usd', 3099],
        ['eur', 4500],
      ]),
    );
    expect(storedPrices.get('plan_psdb_legacy_a')).toMatchObject({
      payment_sync_status: 'pending',
      provider_data: null,
    });

    const subscriptions = new Map((await rowsOf(a, 'subscription')).map((r) => [r.external_id, r]));
    expect(sorted([...subscriptions.keys()])).toEqual(sorted(ids(A.subscriptions)));
    for (const subscription of A.subscriptions) {
      const item = subscription.items.data[0] as Stripe.SubscriptionItem & { plan: { id: string } };
      expect(item.price).toBeNull();
      expect(subscriptions.get(subscription.id)).toEqual({
        external_id: subscription.id,
        status: 'active',
        quantity: item.quantity,
        current_period_start: seconds(
          (subscription as unknown as { current_period_start: number }).current_period_start,
        ),
        current_period_end: seconds((subscription as unknown as { current_period_end: number }).current_period_end),
        cancel_at_period_end: false,
        canceled_at: null,
        provider_data: json(subscription),
        // Its customer's row, of this workspace: the one whose external id the SDK names.
        customer_external_id: subscription.customer,
        customer_workspace_id: a,
        // Its price's row: the plan's id, which is a listed price's id (but for the legacy plan's placeholder).
        price_external_id: item.plan.id,
        price_workspace_id: a,
      });
    }
    expect(new Set([...subscriptions.values()].map((s) => s.quantity))).toEqual(new Set([1, 2, 3]));
  });

  it("leaves the other workspace alone, whose backfill then writes only its own account's objects", async () => {
    expect(await countRows(b)).toEqual({ product: 0, price: 0, customer: 0, subscription: 0 });
    const before = await versions(a);

    const result = await backfillStripe(db.pool, { workspaceId: b, stripe, pageSize: 25 });
    expect(result.sessionId).not.toBe(first.sessionId);
    expect(result.counts).toEqual({
      product: counts(1, { inserted: 1 }),
      price: counts(1, { inserted: 1 }),
      customer: counts(40, { inserted: 40 }),
      subscription: counts(10, { inserted: 10 }),
    });
    expect(await versions(a)).toEqual(before);
    expect((await rowsOf(b, 'customer')).map((r) => r.external_id)).toEqual(sorted(ids(B.customers)));
    expect((await rowsOf(b, 'customer')).every((r) => (r.email as string).startsWith('b-'))).toBe(true);
    expect((await rowsOf(b, 'product')).map((r) => r.name)).toEqual(['B Product 1']);
    const subscriptions = await rowsOf(b, 'subscription');
    expect(subscriptions.map((r) => r.external_id)).toEqual(sorted(ids(B.subscriptions)));
    expect(subscriptions.every((s) => s.customer_workspace_id === b && s.price_workspace_id === b)).toBe(true);
    // No object of one account in the other workspace.
    for (const entityType of ORDER) {
      const ofA = new Set((await rowsOf(a, entityType)).map((r) => r.external_id));
      expect((await rowsOf(b, entityType)).filter((r) => ofA.has(r.external_id))).toEqual([]);
    }
    // Each workspace has one completed session of its own.
    for (const [workspaceId, id] of [
      [a, first.sessionId],
      [b, result.sessionId],
    ]) {
      const sessions = await syncSessions.listSyncSessions(db.pool, { workspaceId, limit: 10 });
      expect(sessions.map((s) => [s.id, s.status])).toEqual([[id, 'completed']]);
    }
  });

  it('a re-run is a new session that re-observes every object: content as listed, each row stamped with the newer listing time', async () => {
    // A later second than every stored provider time: the re-listing is a newer observation of what
    // Stripe still lists (one customer renamed on Stripe in between).
    const renamed = A.customers[42];
    await stripe.customers.update(renamed.id, { name: 'Renamed on Stripe' }, { stripeAccount: A.account });
    await nextSecond();
    const before = await versions(a);
    const contentBefore = await rowsOf(a, 'customer');
    const ofB = await versions(b);

    const startedAt = Date.now();
    const again = await backfillStripe(db.pool, { workspaceId: a, stripe, pageSize: 25 });
    expect(again.sessionId).not.toBe(first.sessionId);
    expect(again.resumed).toBe(false);
    // Newer than the stored time: every listed object is applied (the library keeps the latest time a
    // state was seen, so an event older than this listing stays stale).
    expect(again.counts).toEqual({
      product: counts(3, { updated: 3 }),
      price: counts(4, { updated: 4 }),
      customer: counts(130, { updated: 130 }),
      subscription: counts(30, { updated: 30 }),
    });
    // The placeholder price of the legacy plan is reported: the mock's prices.list does not list plans.
    expect(again.gone).toEqual({ product: [], price: ['plan_psdb_legacy_a'], customer: [], subscription: [] });

    const after = await versions(a);
    type Version = { external_id: string; payment_sync_version: number; provider_updated_at: Date | null };
    for (const table of ['products', 'prices', 'customers', 'subscriptions']) {
      const listed = (after[table] as Version[]).filter((r) => r.provider_updated_at !== null);
      for (const row of listed) {
        const old = (before[table] as Version[]).find((r) => r.external_id === row.external_id)!;
        expect(row.payment_sync_version, `${table} ${row.external_id}`).toBe(old.payment_sync_version + 1);
        expect(row.provider_updated_at!.getTime()).toBeGreaterThan(old.provider_updated_at!.getTime());
        expect(row.provider_updated_at!.getTime()).toBeLessThanOrEqual(startedAt);
      }
    }
    // The content is what Stripe lists: unchanged but for the renamed customer.
    const contentAfter = await rowsOf(a, 'customer');
    const differs = contentAfter
      .filter((row) => {
        const old = contentBefore.find((r) => r.external_id === row.external_id)!;
        return row.name !== old.name || row.email !== old.email;
      })
      .map((row) => row.external_id);
    expect(differs).toEqual([renamed.id]);
    expect(contentAfter.find((r) => r.external_id === renamed.id)!.name).toBe('Renamed on Stripe');
    expect(await versions(b)).toEqual(ofB);
    expect(await session(a, again.sessionId)).toMatchObject({ status: 'completed' });
    expect((await session(a, first.sessionId)).status).toBe('completed');
  });
});

// ---------------------------------------------------------------------------
// 3: the process dies mid-backfill
// ---------------------------------------------------------------------------

describe('a backfill whose process dies after three pages of customers', () => {
  it('leaves the session running; the next backfill resumes it from its cursor and writes each object once', async () => {
    const c = await workspaceOn(C.account);
    // A local customer the account does not have: not reported below, since customers are resumed midway.
    await customers.createCustomerWithSync(db.pool, {
      workspaceId: c,
      paymentProvider: 'stripe',
      externalId: 'cus_psdb_local_only_c',
      email: 'local@example.com',
      providerUpdatedAt: new Date('2026-01-01T00:00:00Z'),
    });

    const crash = await crashingBackfill(c);
    expect(crash.code, crash.stderr).toBe(1);
    const reports = crash.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as BackfillProgress);
    expect(reports.map((p) => `${p.entityType}:${p.pages}`)).toEqual([
      'product:1',
      'price:1',
      'customer:1',
      'customer:2',
      'customer:3',
    ]);

    // The dead process's session: still running, its progress that of the third page.
    const active = await syncSessions.getActiveSyncSessionsByProvider(db.pool, {
      workspaceId: c,
      providerName: 'stripe',
    });
    expect(active).toHaveLength(1);
    const crashed = active[0];
    expect(crashed).toMatchObject({ id: reports[0].sessionId, status: 'running', sessionType: 'full' });
    expect(crashed.progress).toMatchObject({
      backfill: {
        objects: ORDER,
        done: ['product', 'price'],
        cursors: { customer: C.customers[74].id },
        counts: { customer: counts(75, { inserted: 75 }), subscription: counts(0, {}) },
      },
    });
    const written = (await rowsOf(c, 'customer'))
      .map((r) => r.external_id)
      .filter((id) => id !== 'cus_psdb_local_only_c');
    expect(written).toEqual(sorted(ids(C.customers.slice(0, 75))));

    const { stripe: client, calls } = observed();
    const resumed = await backfillStripe(db.pool, { workspaceId: c, stripe: client, pageSize: 25 });
    expect(resumed.resumed).toBe(true);
    expect(resumed.sessionId).toBe(crashed.id);
    // Listed from the cursor: products and prices were done, customers continue after the 75th.
    expect(calls.map((call) => [call.method, call.params.starting_after])).toEqual([
      ['customers.list', C.customers[74].id],
      ['subscriptions.list', undefined],
    ]);
    // The counts are the session's (both processes): every object listed and inserted once, none twice.
    expect(resumed.counts).toEqual({
      product: counts(1, { inserted: 1 }),
      price: counts(1, { inserted: 1 }),
      customer: counts(90, { inserted: 90 }),
      subscription: counts(5, { inserted: 5 }),
    });
    // Customers were resumed midway: whether one is gone is not known (null), not "none" ([]).
    expect(resumed.gone).toEqual({ customer: null, subscription: [] });

    const stored = await db.pool.query<{ external_id: string; n: number; versions: number[] }>(
      `SELECT external_id, count(*)::int AS n, array_agg(payment_sync_version) AS versions
       FROM customers WHERE workspace_id = $1 AND external_id <> 'cus_psdb_local_only_c'
       GROUP BY external_id ORDER BY external_id COLLATE "C"`,
      [c],
    );
    expect(stored.rows).toHaveLength(C.customers.length);
    expect(stored.rows.map((r) => r.external_id)).toEqual(sorted(ids(C.customers)));
    // One row each, written once (version 0, the first: no page was written twice).
    expect(stored.rows.filter((r) => r.n !== 1 || r.versions.length !== 1 || r.versions[0] !== 0)).toEqual([]);
    expect((await rowsOf(c, 'subscription')).map((r) => r.external_id)).toEqual(sorted(ids(C.subscriptions)));
    expect(await session(c, crashed.id)).toMatchObject({ status: 'completed', errorMessage: null });
    expect(
      await syncSessions.getActiveSyncSessionsByProvider(db.pool, { workspaceId: c, providerName: 'stripe' }),
    ).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// 4: an error mid-backfill
// ---------------------------------------------------------------------------

describe('a backfill whose third page of customers fails', () => {
  it("rejects with that error and fails the session; the next run continues from the failed session's cursors", async () => {
    // This workspace names no account in its configuration: the account is given with each call.
    const d = await workspaceOn(null);
    const failure = new Stripe.errors.StripeConnectionError({ message: 'socket hang up (injected)' });
    const failing = observed((call, nth) => {
      if (call.method === 'customers.list' && nth === 3) throw failure;
    });

    const error = await backfillStripe(db.pool, {
      workspaceId: d,
      stripe: failing.stripe,
      account: C.account,
      pageSize: 25,
    }).then(
      () => new Error('expected the backfill to reject'),
      (e: unknown) => e,
    );
    expect(error).toBe(failure);
    expect(failing.calls.every((call) => call.account === C.account)).toBe(true);

    const failed = await syncSessions.getLatestSyncSessionByProvider(db.pool, {
      workspaceId: d,
      providerName: 'stripe',
    });
    expect(failed).toMatchObject({ status: 'failed', sessionType: 'full' });
    expect(failed!.errorMessage).toMatch(/socket hang up \(injected\)/);
    expect(failed!.completedAt).toBeInstanceOf(Date);
    // The two pages before the error were committed with their cursor.
    expect(failed!.progress).toMatchObject({
      backfill: {
        done: ['product', 'price'],
        cursors: { customer: C.customers[49].id },
        counts: { customer: counts(50, { inserted: 50 }) },
      },
    });
    expect((await countRows(d)).customer).toBe(50);

    const again = observed();
    const next = await backfillStripe(db.pool, {
      workspaceId: d,
      stripe: again.stripe,
      account: C.account,
      pageSize: 25,
    });
    expect(next.sessionId).not.toBe(failed!.id);
    expect(next.resumed).toBe(true);
    expect(again.calls.map((call) => [call.method, call.params.starting_after])).toEqual([
      ['customers.list', C.customers[49].id],
      ['customers.list', C.customers[74].id],
      ['subscriptions.list', undefined],
    ]);
    expect(next.counts).toEqual({
      product: counts(1, { inserted: 1 }),
      price: counts(1, { inserted: 1 }),
      customer: counts(90, { inserted: 90 }),
      subscription: counts(5, { inserted: 5 }),
    });
    expect(next.gone).toEqual({ customer: null, subscription: [] });
    expect((await rowsOf(d, 'customer')).map((r) => r.external_id)).toEqual(sorted(ids(C.customers)));
    const { rows } = await db.pool.query<{ v: number }>(
      'SELECT DISTINCT payment_sync_version AS v FROM customers WHERE workspace_id = $1',
      [d],
    );
    expect(rows).toEqual([{ v: 0 }]);
    expect(await session(d, next.sessionId)).toMatchObject({ status: 'completed' });
    expect((await session(d, failed!.id)).status).toBe('failed');
  });
});

// ---------------------------------------------------------------------------
// 5: gone and refused
// ---------------------------------------------------------------------------

describe('gone and refused', () => {
  it('reports local rows Stripe no longer lists, never deletes them, and does not take a refused object for gone', async () => {
    const fractional = await stripe.prices.create(
      { product: E.products[0].id, currency: 'usd', unit_amount_decimal: Stripe.Decimal.from('1050.5') },
      { stripeAccount: E.account },
    );
    const e = await workspaceOn(E.account);
    const at = new Date('2026-01-01T00:00:00Z');
    // A Stripe customer the account does not have (deleted on Stripe, say).
    await customers.createCustomerWithSync(db.pool, {
      workspaceId: e,
      paymentProvider: 'stripe',
      externalId: 'cus_psdb_gone_e',
      email: 'gone@example.com',
      providerUpdatedAt: at,
    });
    // Another provider's customer: not Stripe's to report.
    await customers.createCustomerWithSync(db.pool, {
      workspaceId: e,
      paymentProvider: 'chargebee',
      externalId: 'cb_psdb_e',
      providerUpdatedAt: at,
    });
    // The fractional price as stored when it was still whole: Stripe lists it, the mapping refuses it.
    await prices.createPriceWithSync(db.pool, {
      workspaceId: e,
      paymentProvider: 'stripe',
      externalId: fractional.id,
      productExternalId: E.products[0].id,
      currency: 'usd',
      unitAmount: 1050,
      type: 'one_time',
      providerUpdatedAt: at,
    });
    const before = await versions(e);
    let during: Promise<unknown> | undefined;
    // Customers are listed once that insert is committed.
    const { stripe: client } = observed((call) => (call.method === 'customers.list' ? during : undefined));
    const result = await backfillStripe(db.pool, {
      workspaceId: e,
      stripe: client,
      pageSize: 25,
      onProgress() {
        // Created while the backfill runs: not "no longer listed", whatever the listing says.
        during ??= customers.createCustomerWithSync(db.pool, {
          workspaceId: e,
          paymentProvider: 'stripe',
          externalId: 'cus_psdb_during_e',
          providerUpdatedAt: at,
        });
      },
    });
    await during;

    expect(result.refused).toEqual([
      {
        entityType: 'price',
        objectId: fractional.id,
        reason: expect.stringMatching(/unit_amount 1050\.5 is not an integer/),
      },
    ]);
    expect(result.counts.price).toEqual(counts(2, { inserted: 1, refused: 1 }));
    // The product existed as the placeholder of the local price: filled in by the listing.
    expect(result.counts.product).toEqual(counts(1, { updated: 1 }));
    expect(result.gone).toEqual({ product: [], price: [], customer: ['cus_psdb_gone_e'], subscription: [] });

    // Reported, not deleted: still live, as it was (the same row version); the refused price too.
    const gone = await customers.getCustomerByExternalID(db.pool, {
      workspaceId: e,
      paymentProvider: 'stripe',
      externalId: 'cus_psdb_gone_e',
    });
    expect(gone).toMatchObject({ deletedAt: null, email: 'gone@example.com' });
    const kept = await prices.getPriceByExternalID(db.pool, {
      workspaceId: e,
      paymentProvider: 'stripe',
      externalId: fractional.id,
    });
    expect(kept).toMatchObject({ deletedAt: null, unitAmount: 1050 });
    const after = await versions(e);
    for (const [table, externalId] of [
      ['customers', 'cus_psdb_gone_e'],
      ['customers', 'cb_psdb_e'],
      ['prices', fractional.id],
    ]) {
      const row = (rows: unknown[]) => rows.find((r) => (r as { external_id: string }).external_id === externalId);
      expect(row(after[table])).toEqual(row(before[table]));
      expect(row(after[table])).toBeDefined();
    }
    expect(await countRows(e)).toEqual({ product: 1, price: 2, customer: 3 + 3, subscription: 0 });
  });
});

// ---------------------------------------------------------------------------
// 6: bad options
// ---------------------------------------------------------------------------

describe('bad options', () => {
  /** A client any use of which fails the test: a refused call never reaches Stripe. */
  const untouchable = new Proxy({} as Stripe, {
    get(_target, key) {
      throw new Error(`Stripe client used (${String(key)}) by a refused call`);
    },
  });

  it.each([
    [{ pageSize: 0 }, 'pageSize'],
    [{ pageSize: 1001 }, 'pageSize'],
    [{ pageSize: 2.5 }, 'pageSize'],
    [{ objects: ['customer', 'invoice'] as EntityType[] }, 'objects'],
  ])('%j is an InvalidParameterError, before the database or Stripe is touched', async (options, parameter) => {
    const workspaceId = await workspaceOn(A.account);
    const error = await db.refusedWithoutWrites(
      () => backfillStripe(db.pool, { workspaceId, stripe: untouchable, ...options }),
      InvalidParameterError,
    );
    expect(error.parameter).toBe(parameter);
    // On a pool that was already ended: refused the same, so no query was sent.
    const closed = await db.closedPool();
    await expect(backfillStripe(closed, { workspaceId, stripe: untouchable, ...options })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
    expect(await syncSessions.listSyncSessions(db.pool, { workspaceId, limit: 10 })).toEqual([]);
  });
});
