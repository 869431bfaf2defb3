// backfillChargebee (src/providers/chargebee/client.ts, on runBackfill of src/providers/adapter.ts)
// through the official `chargebee` SDK against a stand-in for Chargebee's list endpoints
// (scripts/chargebee-server.ts: no Chargebee-compatible server exists on npm) and real
// PostgreSQL: two sites kept apart per workspace, `limit`/`offset` paging by Chargebee's opaque
// `next_offset`, the mapping of every kind of resource (items of the three types as products,
// item prices of each shape, the six subscription statuses), a re-run (Chargebee resources carry
// resource_version, the provider time: nothing is written), a crash of the process mid-run and
// an error mid-run (both resumed from the session's cursors), `gone` and `refused`, bad options.
//
// The data is this project's own, in the shapes Chargebee documents (apidocs.chargebee.com:
// customer, item, item_price, subscription of product catalog 2.0).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackfillProgress, BackfillResult } from '../src/providers/adapter.js';
import { backfillChargebee } from '../src/providers/chargebee/client.js';
import {
  customers,
  InvalidParameterError,
  prices,
  syncSessions,
  workspaces,
  type EntityType,
  type SyncSession,
} from '../src/index.js';
import {
  startChargebeeServer,
  type ChargebeeServer,
  type Resource,
  type SiteData,
} from '../scripts/chargebee-server.js';
import { useDatabase } from './support/database.js';
import { insertWorkspace } from './support/factories.js';

const db = useDatabase();
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ORDER: EntityType[] = ['product', 'price', 'customer', 'subscription'];
const TABLES: Record<EntityType, string> = {
  product: 'products',
  price: 'prices',
  customer: 'customers',
  subscription: 'subscriptions',
};
const ENDPOINT = {
  product: 'items',
  price: 'item_prices',
  customer: 'customers',
  subscription: 'subscriptions',
} as const;
const PAGE = 2;
const T0 = 1_790_000_000; // unix seconds
const DAY = 86_400;

// ---------------------------------------------------------------------------
// Example resources, in Chargebee's documented shapes
// ---------------------------------------------------------------------------

let tick = 0;
/** A fresh resource_version (epoch milliseconds, as Chargebee's) and its updated_at (seconds). */
function versioned(): { resource_version: number; updated_at: number } {
  tick += 1;
  const ms = (T0 + tick) * 1000 + ((tick * 137) % 1000);
  return { resource_version: ms, updated_at: Math.floor(ms / 1000) };
}

function item(id: string, type: 'plan' | 'addon' | 'charge', extra: Record<string, unknown> = {}): Resource {
  return {
    id,
    name: `${id} (internal)`,
    external_name: `${id} for customers`,
    status: 'active',
    ...versioned(),
    item_family_id: 'psdb-family',
    type,
    is_shippable: false,
    is_giftable: false,
    enabled_for_checkout: true,
    enabled_in_portal: true,
    item_applicability: 'all',
    metered: false,
    channel: 'web',
    object: 'item',
    deleted: false,
    ...extra,
  };
}

function itemPrice(
  id: string,
  itemId: string,
  itemType: 'plan' | 'addon' | 'charge',
  extra: Record<string, unknown> = {},
): Resource {
  return {
    id,
    name: id,
    item_family_id: 'psdb-family',
    item_id: itemId,
    item_type: itemType,
    status: 'active',
    external_name: id,
    pricing_model: 'per_unit',
    price: 1000,
    period: 1,
    period_unit: 'month',
    currency_code: 'USD',
    free_quantity: 0,
    channel: 'web',
    is_taxable: true,
    created_at: T0 - 10 * DAY,
    ...versioned(),
    object: 'item_price',
    deleted: false,
    ...extra,
  };
}

function customer(id: string, extra: Record<string, unknown> = {}): Resource {
  return {
    id,
    first_name: `First ${id}`,
    last_name: `Last ${id}`,
    email: `${id}@example.com`,
    auto_collection: 'on',
    net_term_days: 0,
    allow_direct_debit: false,
    created_at: T0 - 5 * DAY,
    taxability: 'taxable',
    ...versioned(),
    pii_cleared: 'active',
    channel: 'web',
    object: 'customer',
    card_status: 'no_card',
    promotional_credits: 0,
    refundable_credits: 0,
    excess_payments: 0,
    unbilled_charges: 0,
    preferred_currency_code: 'USD',
    mrr: 0,
    deleted: false,
    ...extra,
  };
}

type SubscriptionItem = { item_price_id: string; item_type: 'plan' | 'addon' | 'charge'; quantity?: number };

function subscription(
  id: string,
  customerId: string,
  status: string,
  items: SubscriptionItem[],
  extra: Record<string, unknown> = {},
): Resource {
  return {
    id,
    billing_period: 1,
    billing_period_unit: 'month',
    customer_id: customerId,
    status,
    current_term_start: T0,
    current_term_end: T0 + 30 * DAY,
    next_billing_at: T0 + 30 * DAY,
    created_at: T0 - DAY,
    started_at: T0,
    activated_at: T0,
    ...versioned(),
    has_scheduled_changes: false,
    channel: 'web',
    object: 'subscription',
    currency_code: 'USD',
    subscription_items: items.map((i) => ({
      ...i,
      ...(i.quantity !== undefined ? { amount: 1000 * i.quantity, unit_price: 1000 } : { amount: 1000 }),
      object: 'subscription_item',
      free_quantity: 0,
    })),
    due_invoices_count: 0,
    mrr: 0,
    exchange_rate: 1,
    base_currency_code: 'USD',
    deleted: false,
    ...extra,
  };
}

/** Site A: every kind of item, of price and of subscription status. */
function fillSiteA(site: SiteData) {
  site.items.push(
    item('psdb-basic', 'plan', { description: 'The basic plan', metadata: { tier: 'basic' } }),
    // Archived: sold no more (inactive), its prices still listed.
    item('psdb-pro', 'plan', { status: 'archived', archived_at: T0 - DAY }),
    // No external name: the internal one is the product's name.
    item('psdb-enterprise', 'plan', { external_name: undefined }),
    item('psdb-seats', 'addon', { unit: 'seat' }),
    item('psdb-setup', 'charge'),
  );
  site.item_prices.push(
    itemPrice('psdb-basic-USD-monthly', 'psdb-basic', 'plan', { price: 1000 }),
    itemPrice('psdb-basic-USD-yearly', 'psdb-basic', 'plan', {
      pricing_model: 'flat_fee',
      price: 10000,
      period_unit: 'year',
    }),
    // Multi-decimal pricing: price_in_decimal in major units, no `price`; every third month.
    itemPrice('psdb-pro-EUR-quarterly', 'psdb-pro', 'plan', {
      pricing_model: 'flat_fee',
      price: undefined,
      price_in_decimal: '25.50',
      currency_code: 'EUR',
      period: 3,
    }),
    // Yen have no minor unit: 3000 is 3000 yen.
    itemPrice('psdb-pro-JPY-monthly', 'psdb-pro', 'plan', {
      pricing_model: 'flat_fee',
      price: 3000,
      currency_code: 'JPY',
    }),
    // Tiered: no single unit amount, refused.
    itemPrice('psdb-enterprise-USD-tiered', 'psdb-enterprise', 'plan', {
      pricing_model: 'tiered',
      price: undefined,
      tiers: [
        { starting_unit: 1, ending_unit: 10, price: 900 },
        { starting_unit: 11, price: 700 },
      ],
    }),
    itemPrice('psdb-seats-USD-monthly', 'psdb-seats', 'addon', { price: 500 }),
    // A charge: billed once, whatever period.
    itemPrice('psdb-setup-USD', 'psdb-setup', 'charge', {
      pricing_model: 'flat_fee',
      price: 2500,
      period: undefined,
      period_unit: undefined,
    }),
  );
  site.customers.push(
    customer('a-cust-1', { meta_data: { crm: 'A-1' } }),
    customer('a-cust-2'),
    // A company without a person's name.
    customer('a-cust-3', { first_name: undefined, last_name: undefined, company: 'Acme Widgets' }),
    customer('a-cust-4', { last_name: undefined }),
    // Neither name nor email.
    customer('a-cust-5', { first_name: undefined, last_name: undefined, email: undefined }),
    customer('a-cust-6'),
    customer('cust_shared', { email: 'shared-on-a@example.com' }),
  );
  site.subscriptions.push(
    // Starts in a month: no current term yet.
    subscription(
      'a-sub-future',
      'a-cust-1',
      'future',
      [{ item_price_id: 'psdb-basic-USD-monthly', item_type: 'plan', quantity: 2 }],
      {
        current_term_start: undefined,
        current_term_end: undefined,
        next_billing_at: undefined,
        started_at: undefined,
        activated_at: undefined,
        start_date: T0 + 30 * DAY,
      },
    ),
    subscription(
      'a-sub-trial',
      'a-cust-2',
      'in_trial',
      [{ item_price_id: 'psdb-basic-USD-yearly', item_type: 'plan', quantity: 1 }],
      {
        trial_start: T0,
        trial_end: T0 + 14 * DAY,
        current_term_end: T0 + 14 * DAY,
      },
    ),
    // The addon and the charge first: the plan item is the one stored.
    subscription(
      'a-sub-active',
      'a-cust-3',
      'active',
      [
        { item_price_id: 'psdb-seats-USD-monthly', item_type: 'addon', quantity: 5 },
        { item_price_id: 'psdb-setup-USD', item_type: 'charge', quantity: 1 },
        { item_price_id: 'psdb-pro-EUR-quarterly', item_type: 'plan', quantity: 1 },
      ],
      { currency_code: 'EUR' },
    ),
    // Ends at its term end: active until then.
    subscription(
      'a-sub-nonrenewing',
      'a-cust-4',
      'non_renewing',
      [{ item_price_id: 'psdb-basic-USD-monthly', item_type: 'plan', quantity: 3 }],
      {
        cancelled_at: T0 + 30 * DAY,
        next_billing_at: undefined,
      },
    ),
    subscription(
      'a-sub-paused',
      'a-cust-6',
      'paused',
      [{ item_price_id: 'psdb-pro-JPY-monthly', item_type: 'plan', quantity: 1 }],
      {
        pause_date: T0 + DAY,
        resume_date: T0 + 60 * DAY,
        currency_code: 'JPY',
      },
    ),
    subscription(
      'a-sub-cancelled',
      'cust_shared',
      'cancelled',
      [{ item_price_id: 'psdb-basic-USD-monthly', item_type: 'plan', quantity: 1 }],
      {
        current_term_start: undefined,
        current_term_end: undefined,
        next_billing_at: undefined,
        cancelled_at: T0 + 2 * DAY,
        cancel_reason: 'not_paid',
      },
    ),
  );
}

/** Site B: one plan of the same id as A's with other content, three customers, one subscription. */
function fillSiteB(site: SiteData) {
  site.items.push(item('psdb-basic', 'plan', { external_name: 'Globex Basic' }));
  site.item_prices.push(itemPrice('psdb-basic-USD-monthly', 'psdb-basic', 'plan', { price: 2000 }));
  site.customers.push(
    customer('cust_shared', { email: 'shared-on-b@example.com' }),
    customer('b-cust-2'),
    customer('b-cust-3'),
  );
  site.subscriptions.push(
    subscription('b-sub-1', 'cust_shared', 'active', [
      { item_price_id: 'psdb-basic-USD-monthly', item_type: 'plan', quantity: 4 },
    ]),
  );
}

/** A site of `n` plain customers and one plan (for the crash and the error). */
function fillSiteC(site: SiteData, n: number) {
  site.items.push(item('psdb-c-plan', 'plan'));
  site.item_prices.push(itemPrice('psdb-c-plan-USD-monthly', 'psdb-c-plan', 'plan'));
  for (let c = 1; c <= n; c++) site.customers.push(customer(`c-cust-${String(c).padStart(2, '0')}`));
  for (let s = 0; s < 3; s++) {
    site.subscriptions.push(
      subscription(`c-sub-${s}`, site.customers[s * 3].id, 'active', [
        { item_price_id: 'psdb-c-plan-USD-monthly', item_type: 'plan', quantity: 1 },
      ]),
    );
  }
}

let server: ChargebeeServer;
let A: SiteData;
let B: SiteData;
let C: SiteData;
let E: SiteData;

beforeAll(async () => {
  server = await startChargebeeServer();
  A = server.addSite('acme-test');
  B = server.addSite('globex-test');
  C = server.addSite('initech-test');
  E = server.addSite('umbrella-test');
  fillSiteA(A);
  fillSiteB(B);
  fillSiteC(C, 10);
  E.items.push(item('psdb-e-plan', 'plan'));
  E.customers.push(customer('e-cust-1'), customer('e-cust-2'));
});
afterAll(async () => {
  await server?.stop();
});

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** A workspace whose Chargebee configuration names `site` (config.accountId), as the webhook routing reads it. */
async function workspaceOn(site: string): Promise<string> {
  const { id } = await insertWorkspace(db.pool);
  await workspaces.updateWorkspaceProviderConfig(db.pool, {
    workspaceId: id,
    providerName: 'chargebee',
    config: { accountId: site },
  });
  return id;
}

/** The workspace's rows of one table, by external id, with the columns to compare. */
async function rowsOf(workspaceId: string, entityType: EntityType) {
  const sql = {
    customer: `SELECT c.external_id, c.email, c.name, c.metadata, c.provider_data, c.provider_updated_at,
                      c.payment_sync_status
               FROM customers c WHERE c.workspace_id = $1 AND c.payment_provider = 'chargebee'`,
    product: `SELECT p.external_id, p.name, p.description, p.active, p.metadata, p.provider_data, p.provider_updated_at
              FROM products p WHERE p.workspace_id = $1 AND p.payment_provider = 'chargebee'`,
    price: `SELECT pr.external_id, pr.currency, pr.unit_amount::int, pr.type, pr.recurring_interval,
                   pr.recurring_interval_count, pr.active, pr.provider_data, pr.provider_updated_at,
                   pr.payment_sync_status, p.external_id AS product_external_id
            FROM prices pr LEFT JOIN products p ON p.id = pr.product_id
            WHERE pr.workspace_id = $1 AND pr.payment_provider = 'chargebee'`,
    subscription: `SELECT s.external_id, s.status, s.quantity, s.current_period_start, s.current_period_end,
                          s.cancel_at_period_end, s.canceled_at, s.trial_end, s.provider_data, s.provider_updated_at,
                          c.external_id AS customer_external_id, c.workspace_id AS customer_workspace_id,
                          pr.external_id AS price_external_id, pr.workspace_id AS price_workspace_id
                   FROM subscriptions s JOIN customers c ON c.id = s.customer_id JOIN prices pr ON pr.id = s.price_id
                   WHERE s.workspace_id = $1 AND s.payment_provider = 'chargebee'`,
  }[entityType];
  const { rows } = await db.pool.query<Record<string, unknown> & { external_id: string }>(
    `SELECT * FROM (${sql}) t ORDER BY t.external_id COLLATE "C"`,
    [workspaceId],
  );
  return rows;
}

const byId = <T extends { external_id: string }>(rows: T[]) => new Map(rows.map((r) => [r.external_id, r]));

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
const seconds = (s: unknown) => (typeof s === 'number' ? new Date(s * 1000) : null);
const ids = (resources: { id: string }[]) => resources.map((r) => r.id).sort();
const versionOf = (resource: Resource) => new Date(resource.resource_version as number);

function counts(
  listed: number,
  written: Partial<Record<'inserted' | 'updated' | 'unchanged' | 'stale' | 'refused', number>>,
) {
  return { listed, inserted: 0, updated: 0, unchanged: 0, stale: 0, refused: 0, ...written };
}

/** The requests of a site to one list endpoint since `from` (an index into server.requests). */
const requestsSince = (from: number, site: string, endpoint?: (typeof ENDPOINT)[EntityType]) =>
  server.requests.slice(from).filter((r) => r.site === site && (endpoint === undefined || r.endpoint === endpoint));

/** Runs the crash script (test/support/chargebee-backfill-crash.ts) in a process of its own. */
function crashingBackfill(workspaceId: string, apiKey: string, pageSize: number) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/support/chargebee-backfill-crash.ts',
        db.url,
        String(server.port),
        apiKey,
        workspaceId,
        String(pageSize),
      ],
      { cwd: ROOT, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error.code as number | null) ?? null) : 0, stdout, stderr }),
    );
  });
}

// ---------------------------------------------------------------------------
// Two workspaces, two sites; a re-run
// ---------------------------------------------------------------------------

describe('backfillChargebee of two workspaces, each on its own site', () => {
  let a: string;
  let b: string;
  let first: BackfillResult;
  const progress: BackfillProgress[] = [];
  let from = 0;

  beforeAll(async () => {
    a = await workspaceOn(A.name);
    b = await workspaceOn(B.name);
  });

  it('lists every resource of the site page by page (limit, then next_offset), and completes the session', async () => {
    from = server.requests.length;
    first = await backfillChargebee(db.pool, {
      workspaceId: a,
      chargebee: server.client(A.name),
      pageSize: PAGE,
      onProgress: (p) => progress.push(p),
    });

    expect(first.resumed).toBe(false);
    expect(first.refused).toEqual([
      {
        entityType: 'price',
        objectId: 'psdb-enterprise-USD-tiered',
        reason: expect.stringMatching(/pricing_model "tiered" has no single unit amount/),
      },
    ]);
    expect(first.counts).toEqual({
      product: counts(5, { inserted: 5 }),
      price: counts(7, { inserted: 6, refused: 1 }),
      customer: counts(7, { inserted: 7 }),
      subscription: counts(6, { inserted: 6 }),
    });
    expect(first.gone).toEqual({ product: [], price: [], customer: [], subscription: [] });

    // Only site A's key was used, on the four list endpoints, parents first, `limit` of the page size.
    const seen = server.requests.slice(from);
    expect(seen.every((r) => r.site === A.name && r.status === 200 && r.query.limit === String(PAGE))).toBe(true);
    expect([...new Set(seen.map((r) => r.endpoint))]).toEqual(['items', 'item_prices', 'customers', 'subscriptions']);
    // Each endpoint paged by Chargebee's opaque offset: the first page without one, every next page
    // with the `next_offset` the previous page answered, until a page answered none.
    for (const [entityType, total] of [
      ['product', 5],
      ['price', 7],
      ['customer', 7],
      ['subscription', 6],
    ] as const) {
      const calls = requestsSince(from, A.name, ENDPOINT[entityType]);
      expect(calls, entityType).toHaveLength(Math.ceil(total / PAGE));
      expect(calls[0].query.offset).toBeUndefined();
      for (let i = 1; i < calls.length; i++) expect(calls[i].query.offset).toBe(calls[i - 1].nextOffset);
      expect(calls.at(-1)!.nextOffset).toBeNull();
      expect(calls.slice(0, -1).every((c) => typeof c.nextOffset === 'string')).toBe(true);
    }

    // One report after each page, parents first; the counts grow page by page.
    expect(progress.map((p) => `${p.entityType}:${p.pages}${p.done ? ' done' : ''}`)).toEqual([
      'product:1',
      'product:2',
      'product:3 done',
      'price:1',
      'price:2',
      'price:3',
      'price:4 done',
      'customer:1',
      'customer:2',
      'customer:3',
      'customer:4 done',
      'subscription:1',
      'subscription:2',
      'subscription:3 done',
    ]);
    expect(progress.every((p) => p.sessionId === first.sessionId)).toBe(true);
    expect(progress.filter((p) => p.entityType === 'price').map((p) => p.counts.price)).toEqual([
      counts(2, { inserted: 2 }),
      counts(4, { inserted: 4 }),
      // The tiered price is the fifth: refused, not written.
      counts(6, { inserted: 5, refused: 1 }),
      counts(7, { inserted: 6, refused: 1 }),
    ]);
    expect(progress.at(-1)!.counts).toEqual(first.counts);

    const done = await session(a, first.sessionId);
    expect(done).toMatchObject({
      status: 'completed',
      sessionType: 'full',
      providerName: 'chargebee',
      errorMessage: null,
    });
    // The cursor of each type: the next_offset of its last page but one.
    const cursor = (endpoint: (typeof ENDPOINT)[EntityType]) =>
      requestsSince(from, A.name, endpoint).at(-2)!.nextOffset;
    expect(done.progress).toEqual({
      backfill: {
        objects: ORDER,
        done: ORDER,
        cursors: {
          product: cursor('items'),
          price: cursor('item_prices'),
          customer: cursor('customers'),
          subscription: cursor('subscriptions'),
        },
        counts: first.counts,
      },
    });
  });

  it('stores items of every type as products and each price shape, with resource_version as the provider time', async () => {
    const products = byId(await rowsOf(a, 'product'));
    expect([...products.keys()]).toEqual(ids(A.items));
    for (const resource of A.items) {
      expect(products.get(resource.id), resource.id).toEqual({
        external_id: resource.id,
        name: resource.external_name ?? resource.name,
        description: resource.description ?? null,
        active: resource.status === 'active',
        metadata: resource.metadata ?? {},
        provider_data: json(resource),
        provider_updated_at: versionOf(resource),
      });
    }
    // The item's type is kept in the snapshot: plan, addon and charge are all products.
    expect([...products.values()].map((p) => (p.provider_data as { type: string }).type).sort()).toEqual([
      'addon',
      'charge',
      'plan',
      'plan',
      'plan',
    ]);
    expect(products.get('psdb-enterprise')!.name).toBe('psdb-enterprise (internal)');
    expect(products.get('psdb-pro')!.active).toBe(false);

    const stored = byId(await rowsOf(a, 'price'));
    // All but the refused tiered one; no placeholder (every referenced price is listed).
    expect([...stored.keys()]).toEqual(ids(A.item_prices.filter((p) => p.pricing_model !== 'tiered')));
    const expected: Record<string, [string, number, string, string | null, number | null]> = {
      'psdb-basic-USD-monthly': ['usd', 1000, 'recurring', 'month', 1],
      'psdb-basic-USD-yearly': ['usd', 10000, 'recurring', 'year', 1],
      'psdb-pro-EUR-quarterly': ['eur', 2550, 'recurring', 'month', 3],
      'psdb-pro-JPY-monthly': ['jpy', 3000, 'recurring', 'month', 1],
      'psdb-seats-USD-monthly': ['usd', 500, 'recurring', 'month', 1],
      'psdb-setup-USD': ['usd', 2500, 'one_time', null, null],
    };
    for (const resource of A.item_prices.filter((p) => p.pricing_model !== 'tiered')) {
      const [currency, unitAmount, type, interval, count] = expected[resource.id];
      expect(stored.get(resource.id), resource.id).toEqual({
        external_id: resource.id,
        currency,
        unit_amount: unitAmount,
        type,
        recurring_interval: interval,
        recurring_interval_count: count,
        active: true,
        provider_data: json(resource),
        provider_updated_at: versionOf(resource),
        payment_sync_status: 'synced',
        product_external_id: resource.item_id,
      });
    }
    expect(
      await prices.getPriceByExternalID(db.pool, {
        workspaceId: a,
        paymentProvider: 'chargebee',
        externalId: 'psdb-enterprise-USD-tiered',
      }),
    ).toBeNull();
  });

  it('stores customers (name from first and last name, else company) and subscriptions of each status', async () => {
    const stored = byId(await rowsOf(a, 'customer'));
    expect([...stored.keys()]).toEqual(ids(A.customers));
    const names: Record<string, string | null> = {
      'a-cust-3': 'Acme Widgets',
      'a-cust-4': 'First a-cust-4',
      'a-cust-5': null,
      cust_shared: 'First cust_shared Last cust_shared',
    };
    for (const resource of A.customers) {
      expect(stored.get(resource.id), resource.id).toEqual({
        external_id: resource.id,
        email: resource.email ?? null,
        name: resource.id in names ? names[resource.id] : `First ${resource.id} Last ${resource.id}`,
        metadata: resource.meta_data ?? {},
        provider_data: json(resource),
        provider_updated_at: versionOf(resource),
        payment_sync_status: 'synced',
      });
    }

    const subs = byId(await rowsOf(a, 'subscription'));
    expect([...subs.keys()]).toEqual(ids(A.subscriptions));
    const expected: Record<string, { status: string; cancelAtPeriodEnd: boolean; price: string; quantity: number }> = {
      'a-sub-future': { status: 'future', cancelAtPeriodEnd: false, price: 'psdb-basic-USD-monthly', quantity: 2 },
      'a-sub-trial': { status: 'trialing', cancelAtPeriodEnd: false, price: 'psdb-basic-USD-yearly', quantity: 1 },
      // The plan item, not the addon listed first.
      'a-sub-active': { status: 'active', cancelAtPeriodEnd: false, price: 'psdb-pro-EUR-quarterly', quantity: 1 },
      'a-sub-nonrenewing': { status: 'active', cancelAtPeriodEnd: true, price: 'psdb-basic-USD-monthly', quantity: 3 },
      'a-sub-paused': { status: 'paused', cancelAtPeriodEnd: false, price: 'psdb-pro-JPY-monthly', quantity: 1 },
      'a-sub-cancelled': { status: 'canceled', cancelAtPeriodEnd: false, price: 'psdb-basic-USD-monthly', quantity: 1 },
    };
    for (const resource of A.subscriptions) {
      const want = expected[resource.id];
      expect(subs.get(resource.id), resource.id).toEqual({
        external_id: resource.id,
        status: want.status,
        quantity: want.quantity,
        current_period_start: seconds(resource.current_term_start),
        current_period_end: seconds(resource.current_term_end),
        cancel_at_period_end: want.cancelAtPeriodEnd,
        canceled_at: seconds(resource.cancelled_at),
        trial_end: seconds(resource.trial_end),
        // Every item and the raw status are kept in the snapshot.
        provider_data: json(resource),
        provider_updated_at: versionOf(resource),
        customer_external_id: resource.customer_id,
        customer_workspace_id: a,
        price_external_id: want.price,
        price_workspace_id: a,
      });
    }
    expect(subs.get('a-sub-future')).toMatchObject({ current_period_start: null, current_period_end: null });
    expect((subs.get('a-sub-nonrenewing')!.provider_data as { status: string }).status).toBe('non_renewing');
  });

  it("leaves the other workspace alone, whose backfill then writes only its own site's resources", async () => {
    expect(await countRows(b)).toEqual({ product: 0, price: 0, customer: 0, subscription: 0 });
    const before = await versions(a);
    const start = server.requests.length;

    const result = await backfillChargebee(db.pool, {
      workspaceId: b,
      chargebee: server.client(B.name),
      pageSize: PAGE,
    });
    expect(result.sessionId).not.toBe(first.sessionId);
    expect(result.counts).toEqual({
      product: counts(1, { inserted: 1 }),
      price: counts(1, { inserted: 1 }),
      customer: counts(3, { inserted: 3 }),
      subscription: counts(1, { inserted: 1 }),
    });
    expect(server.requests.slice(start).every((r) => r.site === B.name)).toBe(true);
    expect(await versions(a)).toEqual(before);
    // The same ids as site A's, with site B's content, in B's rows.
    expect((await rowsOf(b, 'product')).map((r) => [r.external_id, r.name])).toEqual([['psdb-basic', 'Globex Basic']]);
    expect((await rowsOf(b, 'price')).map((r) => [r.external_id, r.unit_amount])).toEqual([
      ['psdb-basic-USD-monthly', 2000],
    ]);
    const shared = byId(await rowsOf(b, 'customer')).get('cust_shared');
    expect(shared?.email).toBe('shared-on-b@example.com');
    expect(byId(await rowsOf(a, 'customer')).get('cust_shared')?.email).toBe('shared-on-a@example.com');
    expect(await rowsOf(b, 'subscription')).toEqual([
      expect.objectContaining({
        external_id: 'b-sub-1',
        quantity: 4,
        customer_external_id: 'cust_shared',
        customer_workspace_id: b,
        price_external_id: 'psdb-basic-USD-monthly',
        price_workspace_id: b,
      }),
    ]);
    for (const [workspaceId, id] of [
      [a, first.sessionId],
      [b, result.sessionId],
    ]) {
      const sessions = await syncSessions.listSyncSessions(db.pool, { workspaceId, limit: 10 });
      expect(sessions.map((s) => [s.id, s.status])).toEqual([[id, 'completed']]);
    }
  });

  it('a re-run of unchanged resources writes nothing (same resource_version: unchanged, the same row versions)', async () => {
    const before = await versions(a);
    const ofB = await versions(b);
    const again = await backfillChargebee(db.pool, {
      workspaceId: a,
      chargebee: server.client(A.name),
      pageSize: PAGE,
    });
    expect(again.sessionId).not.toBe(first.sessionId);
    expect(again.resumed).toBe(false);
    expect(again.counts).toEqual({
      product: counts(5, { unchanged: 5 }),
      price: counts(7, { unchanged: 6, refused: 1 }),
      customer: counts(7, { unchanged: 7 }),
      subscription: counts(6, { unchanged: 6 }),
    });
    expect(again.refused.map((r) => r.objectId)).toEqual(['psdb-enterprise-USD-tiered']);
    expect(again.gone).toEqual({ product: [], price: [], customer: [], subscription: [] });
    // Not one row touched: the same xmin and ctid (no new row version), sync version and times.
    expect(await versions(a)).toEqual(before);
    expect(await versions(b)).toEqual(ofB);
    expect(await session(a, again.sessionId)).toMatchObject({ status: 'completed' });
  });

  it('a change on the site (a newer resource_version) is the one row a re-run writes', async () => {
    const changed = A.customers[1];
    Object.assign(changed, { email: 'renamed@example.com', ...versioned() });
    const before = await versions(a);
    const again = await backfillChargebee(db.pool, {
      workspaceId: a,
      chargebee: server.client(A.name),
      pageSize: PAGE,
    });
    expect(again.counts.customer).toEqual(counts(7, { updated: 1, unchanged: 6 }));
    expect(again.counts.subscription).toEqual(counts(6, { unchanged: 6 }));
    const after = await versions(a);
    type Version = { external_id: string; payment_sync_version: number; provider_updated_at: Date };
    const differs = (after.customers as Version[]).filter(
      (row, i) => JSON.stringify(row) !== JSON.stringify(before.customers[i]),
    );
    expect(differs.map((r) => [r.external_id, r.payment_sync_version, r.provider_updated_at])).toEqual([
      [changed.id, 1, versionOf(changed)],
    ]);
    for (const table of ['products', 'prices', 'subscriptions']) expect(after[table]).toEqual(before[table]);
    expect(byId(await rowsOf(a, 'customer')).get(changed.id)?.email).toBe('renamed@example.com');
  });
});

// ---------------------------------------------------------------------------
// The process dies mid-backfill
// ---------------------------------------------------------------------------

describe('a backfill whose process dies after two pages of customers', () => {
  it('leaves the session running; the next backfill resumes it from its cursor and writes each resource once', async () => {
    const c = await workspaceOn(C.name);
    const start = server.requests.length;
    const crash = await crashingBackfill(c, C.apiKey, 3);
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
    ]);
    const customerCalls = requestsSince(start, C.name, 'customers');
    expect(customerCalls).toHaveLength(2);

    const active = await syncSessions.getActiveSyncSessionsByProvider(db.pool, {
      workspaceId: c,
      providerName: 'chargebee',
    });
    expect(active).toHaveLength(1);
    const crashed = active[0];
    expect(crashed).toMatchObject({ id: reports[0].sessionId, status: 'running', sessionType: 'full' });
    expect(crashed.progress).toMatchObject({
      backfill: {
        objects: ORDER,
        done: ['product', 'price'],
        cursors: { customer: customerCalls[1].nextOffset },
        counts: { customer: counts(6, { inserted: 6 }), subscription: counts(0, {}) },
      },
    });
    expect((await rowsOf(c, 'customer')).map((r) => r.external_id)).toEqual(ids(C.customers.slice(0, 6)));

    const resumedFrom = server.requests.length;
    const resumed = await backfillChargebee(db.pool, { workspaceId: c, chargebee: server.client(C.name), pageSize: 3 });
    expect(resumed.resumed).toBe(true);
    expect(resumed.sessionId).toBe(crashed.id);
    // Customers continue from the stored next_offset; items and item prices were done.
    expect(requestsSince(resumedFrom, C.name).map((r) => [r.endpoint, r.query.offset])).toEqual([
      ['customers', customerCalls[1].nextOffset],
      ['customers', requestsSince(resumedFrom, C.name, 'customers')[0].nextOffset],
      ['subscriptions', undefined],
    ]);
    expect(resumed.counts).toEqual({
      product: counts(1, { inserted: 1 }),
      price: counts(1, { inserted: 1 }),
      customer: counts(10, { inserted: 10 }),
      subscription: counts(3, { inserted: 3 }),
    });
    // Customers were resumed midway: whether one is gone is not known (null).
    expect(resumed.gone).toEqual({ customer: null, subscription: [] });
    const stored = await db.pool.query<{ external_id: string; v: number }>(
      `SELECT external_id, payment_sync_version AS v FROM customers WHERE workspace_id = $1 ORDER BY external_id COLLATE "C"`,
      [c],
    );
    // One row each, written once (version 0: no page was written twice).
    expect(stored.rows).toEqual(ids(C.customers).map((id) => ({ external_id: id, v: 0 })));
    expect((await rowsOf(c, 'subscription')).map((r) => r.external_id)).toEqual(ids(C.subscriptions));
    expect(await session(c, crashed.id)).toMatchObject({ status: 'completed', errorMessage: null });
    expect(
      await syncSessions.getActiveSyncSessionsByProvider(db.pool, { workspaceId: c, providerName: 'chargebee' }),
    ).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// An error mid-backfill
// ---------------------------------------------------------------------------

describe('a backfill whose third page of customers fails (Chargebee answers 500)', () => {
  it("rejects and fails the session with Chargebee's message; the next run continues from the failed session's cursors", async () => {
    const d = await workspaceOn(C.name);
    const start = server.requests.length;
    server.failRequest(3, { site: C.name, endpoint: 'customers' });

    const error = await backfillChargebee(db.pool, {
      workspaceId: d,
      chargebee: server.client(C.name),
      pageSize: 3,
    }).then(
      () => new Error('expected the backfill to reject'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/something went wrong.*\(injected\)/);
    expect(error).toMatchObject({ http_status_code: 500, api_error_code: 'internal_error' });
    const customerCalls = requestsSince(start, C.name, 'customers');
    expect(customerCalls.map((r) => r.status)).toEqual([200, 200, 500]);

    const failed = await syncSessions.getLatestSyncSessionByProvider(db.pool, {
      workspaceId: d,
      providerName: 'chargebee',
    });
    expect(failed).toMatchObject({ status: 'failed', sessionType: 'full' });
    // The message of Chargebee's error body, not "[object Object]".
    expect(failed!.errorMessage).toMatch(/\(injected\)/);
    expect(failed!.completedAt).toBeInstanceOf(Date);
    expect(failed!.progress).toMatchObject({
      backfill: {
        done: ['product', 'price'],
        cursors: { customer: customerCalls[1].nextOffset },
        counts: { customer: counts(6, { inserted: 6 }) },
      },
    });
    expect((await countRows(d)).customer).toBe(6);

    const again = server.requests.length;
    const next = await backfillChargebee(db.pool, { workspaceId: d, chargebee: server.client(C.name), pageSize: 3 });
    expect(next.sessionId).not.toBe(failed!.id);
    expect(next.resumed).toBe(true);
    // The failed page is asked for again (the same offset), then the rest.
    expect(requestsSince(again, C.name).map((r) => [r.endpoint, r.query.offset])).toEqual([
      ['customers', customerCalls[1].nextOffset],
      ['customers', requestsSince(again, C.name, 'customers')[0].nextOffset],
      ['subscriptions', undefined],
    ]);
    expect(next.counts).toEqual({
      product: counts(1, { inserted: 1 }),
      price: counts(1, { inserted: 1 }),
      customer: counts(10, { inserted: 10 }),
      subscription: counts(3, { inserted: 3 }),
    });
    expect(next.gone).toEqual({ customer: null, subscription: [] });
    expect((await rowsOf(d, 'customer')).map((r) => r.external_id)).toEqual(ids(C.customers));
    const { rows } = await db.pool.query<{ v: number }>(
      'SELECT DISTINCT payment_sync_version AS v FROM customers WHERE workspace_id = $1',
      [d],
    );
    expect(rows).toEqual([{ v: 0 }]);
    expect(await session(d, next.sessionId)).toMatchObject({ status: 'completed' });
    expect((await session(d, failed!.id)).status).toBe('failed');
  });

  it('a refused API key (401) fails the session the same way, writing no resource', async () => {
    const d = await workspaceOn('nobody-test');
    const error = await backfillChargebee(db.pool, {
      workspaceId: d,
      chargebee: server.client(E.name, { apiKey: 'test_wrong_key' }),
    }).then(
      () => new Error('expected the backfill to reject'),
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ http_status_code: 401, api_error_code: 'api_authentication_failed' });
    const failed = await syncSessions.getLatestSyncSessionByProvider(db.pool, {
      workspaceId: d,
      providerName: 'chargebee',
    });
    expect(failed).toMatchObject({ status: 'failed' });
    expect(failed!.errorMessage).toMatch(/authentication failed/);
    expect(await countRows(d)).toEqual({ product: 0, price: 0, customer: 0, subscription: 0 });
  });
});

// ---------------------------------------------------------------------------
// gone and refused
// ---------------------------------------------------------------------------

describe('gone and refused', () => {
  it('reports local rows the site no longer lists (a deleted customer too), never deletes them; a refused resource is not gone', async () => {
    const e = await workspaceOn(E.name);
    // A first backfill stores both customers; then one is deleted on Chargebee (listed no more).
    await backfillChargebee(db.pool, { workspaceId: e, chargebee: server.client(E.name), pageSize: PAGE });
    Object.assign(E.customers[1], { deleted: true, ...versioned() });
    const at = new Date('2026-01-01T00:00:00Z');
    // A Chargebee customer the site never listed.
    await customers.createCustomerWithSync(db.pool, {
      workspaceId: e,
      paymentProvider: 'chargebee',
      externalId: 'e-cust-local',
      email: 'local@example.com',
      providerUpdatedAt: at,
    });
    // Another provider's customer: not Chargebee's to report.
    await customers.createCustomerWithSync(db.pool, {
      workspaceId: e,
      paymentProvider: 'stripe',
      externalId: 'cus_psdb_e',
      providerUpdatedAt: at,
    });
    // A price stored while it was per unit, now tiered on the site: listed, refused, not gone.
    const tiered = itemPrice('psdb-e-volume', 'psdb-e-plan', 'plan', { pricing_model: 'volume', price: undefined });
    await prices.createPriceWithSync(db.pool, {
      workspaceId: e,
      paymentProvider: 'chargebee',
      externalId: tiered.id,
      productExternalId: 'psdb-e-plan',
      currency: 'usd',
      unitAmount: 1000,
      type: 'recurring',
      recurringInterval: 'month',
      recurringIntervalCount: 1,
      providerUpdatedAt: at,
    });
    E.item_prices.push(tiered);
    const before = await versions(e);

    const result = await backfillChargebee(db.pool, {
      workspaceId: e,
      chargebee: server.client(E.name),
      pageSize: PAGE,
    });
    expect(result.refused).toEqual([
      { entityType: 'price', objectId: tiered.id, reason: expect.stringMatching(/pricing_model "volume"/) },
    ]);
    expect(result.counts.price).toEqual(counts(1, { refused: 1 }));
    expect(result.counts.customer).toEqual(counts(1, { unchanged: 1 }));
    expect(result.gone).toEqual({
      product: [],
      price: [],
      customer: expect.arrayContaining(['e-cust-2', 'e-cust-local']) as unknown,
      subscription: [],
    });
    expect(result.gone.customer).toHaveLength(2);
    // Reported, not deleted: the same row versions as before the run.
    expect(await versions(e)).toEqual(before);
    const deletedOnSite = await customers.getCustomerByExternalID(db.pool, {
      workspaceId: e,
      paymentProvider: 'chargebee',
      externalId: 'e-cust-2',
    });
    expect(deletedOnSite).toMatchObject({ deletedAt: null, email: 'e-cust-2@example.com' });
    expect(await countRows(e)).toEqual({ product: 1, price: 1, customer: 4, subscription: 0 });
  });
});

// ---------------------------------------------------------------------------
// Bad options
// ---------------------------------------------------------------------------

describe('bad options', () => {
  it.each([
    [{ pageSize: 0 }, 'pageSize'],
    [{ pageSize: 2.5 }, 'pageSize'],
    // Chargebee lists at most 100 a page: refused before a session exists, not by Chargebee midway.
    [{ pageSize: 101 }, 'pageSize'],
    [{ pageSize: 1001 }, 'pageSize'],
    [{ objects: ['customer', 'invoice'] as EntityType[] }, 'objects'],
  ])('%j is an InvalidParameterError, before the database or Chargebee is touched', async (options, parameter) => {
    const workspaceId = await workspaceOn(A.name);
    const requests = server.requests.length;
    const chargebee = server.client(A.name);
    const error = await db.refusedWithoutWrites(
      () => backfillChargebee(db.pool, { workspaceId, chargebee, ...options }),
      InvalidParameterError,
    );
    expect(error.parameter).toBe(parameter);
    // On a pool that was already ended: refused the same, so no query was sent.
    const closed = await db.closedPool();
    await expect(backfillChargebee(closed, { workspaceId, chargebee, ...options })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
    expect(server.requests.length).toBe(requests);
    expect(await syncSessions.listSyncSessions(db.pool, { workspaceId, limit: 10 })).toEqual([]);
  });
});
