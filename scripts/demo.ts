// npm run demo: a full sync, end to end, on an embedded PostgreSQL started
// here (or a scratch database on DATABASE_URL), a Stripe-compatible server
// (stripe-stateful-mock, a third-party package) and a Chargebee stand-in
// (scripts/chargebee-server.ts), each on a free local port, through the
// library's own functions and its two adapters only. Two workspaces, each
// with Stripe and Chargebee configured.
//
// Stripe, through the adapter (payment-sync-db/stripe) and the official SDK:
// one connected account per workspace (Stripe Connect; the workspace's Stripe
// configuration names it, `config.accountId`), a few hundred objects created
// on it (products, prices, plan-based subscriptions, customers; one price of a
// fractional amount, which the library refuses), then backfillStripe lists
// them page by page (100 a page, one bulk upsert each) into the workspace.
// Then webhooks: the objects change at Stripe, and their events (customer,
// price, product and subscription updates, a customer deleted, invoice.paid,
// which the adapter ignores) are signed with the SDK's test helper and
// delivered to receiveStripeWebhook with `event.account` set (the inbox routes
// each to its account's workspace), in three rounds: the newest versions
// first, then the older ones (out of order) and redeliveries, then late
// updates older than their customer's delete; a tampered delivery is refused.
// startWebhookWorker (applyStripeEvent, two at a time) applies the inbox as
// it fills, until nothing is pending.
//
// Chargebee, through the adapter (payment-sync-db/chargebee) and the official
// SDK: one site per workspace (its own API key on the stand-in; the
// workspace's Chargebee configuration names it, `config.accountId`) serving
// generated resources (scripts/demo/chargebee-data.ts): items of each type
// (plan, addon, charge), their item prices (one in price_in_decimal, stored in
// minor units; one tiered, refused), customers, subscriptions in every
// Chargebee status (future, in_trial, active, non_renewing, paused,
// cancelled), each with its resource_version in ms; backfillChargebee lists
// them (100 a page). Then webhooks, delivered to receiveChargebeeWebhook with
// the endpoint's basic auth and its site (the inbox routes each to the site's
// workspace), in three rounds like Stripe's: among the out-of-order ones a
// customer's first of two changes within one second (resource_version alone
// orders them), a delete and a late, older change after it, redeliveries, an
// event type the adapter ignores (invoice_generated); one delivery with a
// wrong password is refused. startWebhookWorker (applyChargebeeEvent) applies
// them until nothing is pending.
//
// A progress bar tracks each step. Prints what the database reports: per
// backfill the objects at the provider, listed, written and refused per type
// and the rows stored (the bar's counts and the provider's: checked); per
// Chargebee status the subscriptions stored in the status it maps to; the
// inbox's events per status per workspace and provider, and that the final
// state is the newest (the last email of each customer, the deleted one gone,
// ...), with no placeholder pending and every subscription on its customer
// and price; the sync summary and per-provider status, the totals; shows that
// the second workspace sees none of the first's data; stops the servers. Any
// disagreement, and any unexpected error, exits non-zero.
import pg from 'pg';
import Stripe from 'stripe';
import {
  analytics,
  createPool,
  customers,
  migrate,
  prices,
  products,
  startWebhookWorker,
  subscriptions,
  webhookEvents,
  WebhookVerificationError,
  workspaces,
  type EntityType,
  type WebhookWorker,
} from '../src/index.js';
import {
  applyStripeEvent,
  backfillStripe,
  receiveStripeWebhook,
  type BackfillCounts,
  type BackfillResult,
} from '../src/stripe.js';
import {
  applyChargebeeEvent,
  backfillChargebee,
  receiveChargebeeWebhook,
  type ChargebeeCredentials,
} from '../src/chargebee.js';
import { startChargebeeServer, type ChargebeeServer } from './chargebee-server.js';
import {
  CHARGEBEE_STATUSES,
  changeAtChargebee,
  generateChargebeeSite,
  type ChargebeePlan,
  type ChargebeeSite,
  type ChargebeeSiteData,
  type ChargebeeWebhook,
} from './demo/chargebee-data.js';
import { random, type Sizes } from './demo/provider-data.js';
import {
  changeAtStripe,
  createConnectedAccount,
  createStripeObjects,
  requestsFor,
  shuffle,
  type StripeAccountData,
  type StripeEvent,
  type WebhookPlan,
} from './demo/stripe-data.js';
import { startStripeMock, type StripeMock } from './stripe-mock.js';
import { progressBar, table } from './demo/terminal.js';
import { redact, startPostgres, type PostgresServer } from './embedded-postgres.js';

const QUICK = process.argv.includes('--quick');
const scale = QUICK ? 0.1 : 1;
const sized = (s: Sizes): Sizes => ({
  customers: Math.ceil(s.customers * scale),
  products: Math.ceil(s.products * scale),
  pricesPerProduct: s.pricesPerProduct,
  subscriptions: Math.ceil(s.subscriptions * scale),
});

type Db = pg.Pool;
/** A row of a *NeedingSync work queue, as far as `shells` reads it (and its cursor). */
type Queued = {
  id: string;
  paymentSyncStatusChangedAt: Date;
  providerUpdatedAt: Date | null;
  paymentProvider: string | null;
};

/**
 * The placeholders of `provider` in a *NeedingSync work queue: rows the
 * provider has never described (providerUpdatedAt null), which the queue
 * puts first; read page by page until the first described row.
 */
async function shells(page: (after: Queued | null) => Promise<Queued[]>, provider: string): Promise<number> {
  let n = 0;
  for (let after: Queued | null = null; ;) {
    const rows = await page(after);
    const first = rows.filter((r) => r.providerUpdatedAt === null);
    n += first.filter((r) => r.paymentProvider === provider).length;
    if (first.length < rows.length || rows.length === 0) return n;
    after = rows[rows.length - 1];
  }
}

/** The placeholders of `provider` pending in the workspace, over the four entity types. */
async function placeholdersPending(db: Db, workspaceId: string, provider: string): Promise<number> {
  const limit = 500;
  const counts = await Promise.all([
    shells((after) => customers.getCustomersNeedingSync(db, { workspaceId, limit, after }), provider),
    shells((after) => products.getProductsNeedingSync(db, { workspaceId, limit, after }), provider),
    shells((after) => prices.getPricesNeedingSync(db, { workspaceId, limit, after }), provider),
    shells((after) => subscriptions.getSubscriptionsNeedingSync(db, { workspaceId, limit, after }), provider),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * The customer and the price a subscription's provider object names. Stripe:
 * its customer, its first item's price, or, for a plan-based subscription
 * (`price: null`), its plan (in Stripe a plan is a price of the same id).
 * Chargebee: its customer_id, and the item price of its plan item (the one
 * the adapter stores), else of its first item.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function parentsOf(provider: string, d: Record<string, any>): { customer: string; price: string } {
  if (provider === 'chargebee') {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const items: Record<string, any>[] = d.subscription_items ?? [];
    const item = items.find((i) => i.item_type === 'plan') ?? items[0];
    return { customer: d.customer_id, price: item?.item_price_id };
  }
  return { customer: d.customer, price: d.items.data[0].price?.id ?? d.items.data[0].plan?.id };
}

/**
 * The live subscriptions of a provider in a workspace, and how many point at
 * the customer and the price their provider object names, each a described
 * row (not a placeholder): read back by the provider's ids.
 */
async function linkedSubscriptions(
  db: Db,
  sync: { workspaceId: string; provider: string },
): Promise<{ live: number; linked: number }> {
  const { workspaceId, provider: paymentProvider } = sync;
  const subs: subscriptions.Subscription[] = [];
  for (let after: subscriptions.Subscription | null = null; ;) {
    const page: subscriptions.Subscription[] = await subscriptions.listSubscriptions(db, {
      workspaceId,
      limit: 1000,
      after,
    });
    subs.push(...page.filter((s) => s.paymentProvider === paymentProvider));
    if (page.length < 1000) break;
    after = page[page.length - 1];
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const named = subs.map((s) => parentsOf(paymentProvider, s.providerData as Record<string, any>));
  const customerIds = [...new Set(named.map((n) => n.customer))];
  const priceIds = [...new Set(named.map((n) => n.price))];
  const customerRows = await customers.getCustomersByExternalIDs(db, {
    workspaceId,
    paymentProvider,
    externalIds: customerIds,
  });
  const priceRows = await Promise.all(
    priceIds.map((externalId) => prices.getPriceByExternalID(db, { workspaceId, paymentProvider, externalId })),
  );
  // Provider id -> library id, of described rows only.
  const described = (rows: ({ id: string; externalId: string | null; providerUpdatedAt: Date | null } | null)[]) =>
    new Map(rows.filter((r) => r !== null && r.providerUpdatedAt !== null).map((r) => [r!.externalId, r!.id]));
  const customerOf = described(customerRows);
  const priceOf = described(priceRows);
  const linked = subs.filter(
    (s, i) => s.customerId === customerOf.get(named[i].customer) && s.priceId === priceOf.get(named[i].price),
  ).length;
  return { live: subs.length, linked };
}

/** The Connect endpoint's signing secret (one endpoint serves every connected account). */
const SIGNING_SECRET = 'whsec_payment_sync_db_demo_endpoint';
/** The order backfillStripe writes in: parents first. */
const STRIPE_TYPES = ['product', 'price', 'customer', 'subscription'] as const satisfies readonly EntityType[];
const BACKFILL_COUNTS = ['inserted', 'updated', 'unchanged', 'stale', 'refused'] as const;

/** A workspace's Stripe side: its connected account and objects, its backfill, its webhooks. */
interface StripeSide {
  /** "Acme Corp <- stripe": the backfill's bar and its rows in the tables. */
  label: string;
  workspaceId: string;
  data: StripeAccountData;
  backfill: BackfillResult;
  /** The counts the backfill's bar ended on, summed over the entity types. */
  bar: Record<(typeof BACKFILL_COUNTS)[number], number>;
  /** The workspace's Stripe rows per entity type right after the backfill, as the database reports them. */
  rows: Record<EntityType, number>;
  plan?: WebhookPlan;
  /** Deliveries of its events: recorded new, duplicates. */
  recorded: number;
  duplicates: number;
}

const sumCounts = (counts: Record<EntityType, BackfillCounts>) =>
  Object.fromEntries(
    BACKFILL_COUNTS.map((k) => [k, STRIPE_TYPES.reduce((n, e) => n + counts[e][k], 0)]),
  ) as StripeSide['bar'];

/** The workspace's live rows of `provider`, per entity type (getProviderSyncStatusByWorkspace). */
async function rowsOf(db: Db, workspaceId: string, provider: string): Promise<Record<EntityType, number>> {
  const rows = await analytics.getProviderSyncStatusByWorkspace(db, { workspaceId, paymentProvider: provider });
  return Object.fromEntries(rows.map((r) => [r.entityType, Number(r.total)])) as Record<EntityType, number>;
}

/**
 * A workspace's Stripe objects, created on its connected account through the
 * SDK (a bar per request), then backfilled with backfillStripe: 100 objects a
 * page, the bar moved by onProgress (the objects listed so far, and what the
 * bulk upserts did with them).
 */
async function stripeSide(
  db: Db,
  stripe: Stripe,
  name: string,
  workspaceId: string,
  account: string,
  sizes: Sizes,
  seed: number,
): Promise<StripeSide> {
  const requests = requestsFor(sizes);
  const creating = progressBar(`${name} @ stripe mock`, requests);
  let made = 0;
  let last: Record<string, number> = {};
  const data = await createStripeObjects(stripe, account, sizes, seed, (done, counts) => {
    made = done;
    last = counts;
    creating.update(done, counts);
  });
  if (made !== requests) throw new Error(`${name}: ${made} requests to the Stripe mock, ${requests} expected`);
  creating.done(last);

  const label = `${name} <- stripe`;
  const listable = STRIPE_TYPES.reduce((n, e) => n + data.created[e], 0);
  const bar = progressBar(label, listable);
  const listed = (counts: Record<EntityType, BackfillCounts>) => STRIPE_TYPES.reduce((n, e) => n + counts[e].listed, 0);
  let counted: StripeSide['bar'] | undefined;
  const backfill = await backfillStripe(db, {
    workspaceId,
    stripe,
    pageSize: 100,
    onProgress: ({ counts }) => {
      counted = sumCounts(counts);
      bar.update(listed(counts), counted);
    },
  });
  bar.done(counted!);
  return {
    label,
    workspaceId,
    data,
    backfill,
    bar: counted!,
    rows: await rowsOf(db, workspaceId, 'stripe'),
    recorded: 0,
    duplicates: 0,
  };
}

/** The backfill's counts, Stripe's and the database's, checked against each other; the disagreements. */
function checkBackfill(side: StripeSide): string[] {
  const out: string[] = [];
  const { counts, refused } = side.backfill;
  for (const k of BACKFILL_COUNTS) {
    const n = STRIPE_TYPES.reduce((sum, e) => sum + counts[e][k], 0);
    if (n !== side.bar[k]) out.push(`${side.label}: bar ${k} ${side.bar[k]}, backfill ${n}`);
  }
  for (const e of STRIPE_TYPES) {
    const c = counts[e];
    if (c.listed !== side.data.created[e])
      out.push(`${side.label}: ${c.listed} ${e}s listed, ${side.data.created[e]} at Stripe`);
    if (c.inserted + c.updated + c.unchanged + c.stale + c.refused !== c.listed)
      out.push(`${side.label}: the ${e}s written and refused do not add up to the ${c.listed} listed`);
    // A fresh workspace: every stored row is one the backfill inserted.
    if (side.rows[e] !== c.inserted) out.push(`${side.label}: ${c.inserted} ${e}s inserted, ${side.rows[e]} rows`);
  }
  const refusedIds = refused.map((r) => r.objectId).join(', ');
  if (refusedIds !== side.data.fractional.id)
    out.push(
      `${side.label}: refused ${refusedIds || 'nothing'}, expected the fractional price ${side.data.fractional.id}`,
    );
  if (side.backfill.resumed) out.push(`${side.label}: the backfill resumed a session it should have started`);
  return out;
}

/** The newest state a workspace's webhooks described, read back: per kind, how many of the changed objects show it. */
async function newestState(db: Db, side: StripeSide) {
  const key = { workspaceId: side.workspaceId, paymentProvider: 'stripe' };
  const newest = side.plan!.newest;
  const agree = async <V>(map: Map<string, V>, ok: (externalId: string, v: V) => Promise<boolean>) => {
    let n = 0;
    for (const [externalId, v] of map) if (await ok(externalId, v)) n++;
    return { agree: n, of: map.size };
  };
  return {
    'customer emails': await agree(newest.customers, async (externalId, email) => {
      const row = await customers.getCustomerByExternalID(db, { ...key, externalId });
      return row?.email === email;
    }),
    'customers deleted': await agree(new Map(newest.deleted.map((id) => [id, null])), async (externalId) => {
      return (await customers.getCustomerByExternalID(db, { ...key, externalId })) === null;
    }),
    'price revisions': await agree(newest.prices, async (externalId, { active, revision }) => {
      const row = await prices.getPriceByExternalID(db, { ...key, externalId });
      return row?.active === active && (row.metadata as Record<string, unknown>).revision === revision;
    }),
    'product names': await agree(newest.products, async (externalId, name) => {
      const row = await products.getProductByExternalID(db, { ...key, externalId });
      return row?.name === name;
    }),
    'subscription quantities': await agree(newest.subscriptions, async (externalId, quantity) => {
      const row = await subscriptions.getSubscriptionByExternalID(db, { ...key, externalId });
      return row?.quantity === quantity;
    }),
  };
}

const INBOX = ['pending', 'processing', 'processed', 'failed', 'dead', 'ignored'] as const;
type InboxCounts = Record<(typeof INBOX)[number], number>;

/**
 * Where a provider's inbox disagrees with its webhook plan: every distinct event processed or
 * ignored, none left pending, failed or dead; the duplicates as redelivered; each recorded event
 * in the inbox once.
 */
function inboxDisagreements(
  side: { label: string; duplicates: number; recorded: number },
  plan: { handled: number; ignored: number; duplicates: number },
  inbox: InboxCounts,
): string[] {
  const out: string[] = [];
  const expected: InboxCounts = {
    pending: 0,
    processing: 0,
    processed: plan.handled,
    failed: 0,
    dead: 0,
    ignored: plan.ignored,
  };
  for (const k of INBOX) {
    if (inbox[k] !== expected[k]) out.push(`${side.label}: inbox ${k} ${inbox[k]}, expected ${expected[k]}`);
  }
  if (side.duplicates !== plan.duplicates)
    out.push(`${side.label}: ${side.duplicates} deliveries were duplicates, ${plan.duplicates} redelivered`);
  if (side.recorded !== inbox.processed + inbox.ignored)
    out.push(`${side.label}: ${side.recorded} events recorded, ${inbox.processed + inbox.ignored} in the inbox`);
  return out;
}

async function inboxOf(db: Db, workspaceId: string): Promise<InboxCounts> {
  const c = (await webhookEvents.countWebhookEventsByStatus(db, { workspaceId }))!;
  return Object.fromEntries(INBOX.map((k) => [k, Number(c[k])])) as InboxCounts;
}

/**
 * Until the inboxes of the workspaces have nothing pending (nor processing,
 * nor failed and due again), at most 30 s; redraws the bar meanwhile.
 */
async function settle(db: Db, workspaceIds: string[], redraw: () => void, errors: unknown[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const inboxes = await Promise.all(workspaceIds.map((workspaceId) => inboxOf(db, workspaceId)));
    if (inboxes.every((c) => c.pending + c.processing + c.failed === 0)) return;
    if (Date.now() > deadline) {
      // Why: the last errors of the failed events (and of whole batches, if any).
      const failed = (
        await Promise.all(
          workspaceIds.map((workspaceId) =>
            webhookEvents.listWebhookEventsByStatus(db, { workspaceId, status: 'failed', limit: 3 }),
          ),
        )
      ).flat();
      throw new Error(
        `the inbox still holds events to process after 30 s: ${JSON.stringify(inboxes)}` +
          failed.map((e) => `\n  ${e.eventType} ${e.providerEventId}: ${e.lastError}`).join('') +
          (errors.length > 0 ? `\n  worker errors: ${errors.map(String).join('; ')}` : ''),
      );
    }
    redraw();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The webhook deliveries of every workspace, in rounds, through
 * receiveStripeWebhook with no workspace given (Connect routing by
 * `event.account`), while startWebhookWorker applies the inbox; after each
 * round, waits until the inbox has nothing pending. One tampered delivery in
 * the last round (the body changed after signing): refused. The worker is
 * stopped at the end. Returns the tampered delivery's error (null: it was
 * accepted) and the disagreements (a delivery routed to another workspace, a
 * tampered delivery accepted or recorded).
 */
async function deliverWebhooks(
  db: pg.Pool,
  stripe: Stripe,
  sides: StripeSide[],
  setWorker: (worker: WebhookWorker) => void,
): Promise<{ refused: WebhookVerificationError | null; disagreements: string[] }> {
  const disagreements: string[] = [];
  const byAccount = new Map(sides.map((s) => [s.data.account, s]));
  const rnd = random(99);
  // Each round's deliveries of both workspaces, interleaved.
  const rounds = [0, 1, 2].map((r) =>
    shuffle(
      rnd,
      sides.flatMap((s) => s.plan!.rounds[r]),
    ),
  );
  // The tampered delivery: an event signed as sent, its body then changed (a new email) in transit.
  const victim = sides[0];
  const [customerId] = victim.plan!.newest.customers.keys();
  const genuine: StripeEvent = {
    ...victim.plan!.rounds[0].find((e) => e.data.object.id === customerId)!,
    id: `evt_${victim.data.account.slice(-8)}_tampered`,
  };
  genuine.created += 10;
  const tampered = JSON.stringify({
    ...genuine,
    data: { object: { ...genuine.data.object, email: 'attacker@example.com' } },
  });
  const distinct = sides.reduce((n, s) => n + s.plan!.handled + s.plan!.ignored, 0);
  const deliveries = rounds.reduce((n, r) => n + r.length, 0) + 1;
  const bar = progressBar('stripe webhooks', deliveries + distinct);
  let delivered = 0;
  let refusedCount = 0;
  const worker = startWebhookWorker(db, {
    providerName: 'stripe',
    concurrency: 2,
    handler: (event, tx) => applyStripeEvent(tx, event, { stripe }),
  });
  setWorker(worker);
  const errors: unknown[] = [];
  worker.events.on('error', (error) => errors.push(error));
  const stats = () => ({
    recorded: sides.reduce((n, s) => n + s.recorded, 0),
    duplicate: sides.reduce((n, s) => n + s.duplicates, 0),
    refused: refusedCount,
    processed: worker.counts.processed,
    ignored: worker.counts.ignored,
    failed: worker.counts.failed + worker.counts.dead,
  });
  const redraw = () =>
    bar.update(delivered + worker.counts.processed + worker.counts.ignored + worker.counts.dead, stats());
  worker.events.on('batch', redraw);
  const deliver = (event: StripeEvent, body = JSON.stringify(event)) =>
    receiveStripeWebhook(db, {
      rawBody: Buffer.from(body, 'utf8'),
      signature: Stripe.webhooks.generateTestHeaderString({ payload: JSON.stringify(event), secret: SIGNING_SECRET }),
      secrets: SIGNING_SECRET,
    });
  let refused: WebhookVerificationError | undefined;
  for (const [r, round] of rounds.entries()) {
    for (const [i, event] of round.entries()) {
      if (r === 2 && i === Math.floor(round.length / 2)) {
        try {
          await deliver(genuine, tampered);
          disagreements.push(`the tampered delivery ${genuine.id} was accepted`);
        } catch (error) {
          if (!(error instanceof WebhookVerificationError)) throw error;
          refused = error;
          refusedCount++;
        }
        delivered++;
      }
      const side = byAccount.get(event.account)!;
      const { duplicate, event: stored } = await deliver(event);
      if (stored.workspaceId !== side.workspaceId)
        disagreements.push(`${event.id} of ${event.account} recorded in workspace ${stored.workspaceId}`);
      if (duplicate) side.duplicates++;
      else side.recorded++;
      delivered++;
      redraw();
    }
    await settle(
      db,
      sides.map((s) => s.workspaceId),
      redraw,
      errors,
    );
  }
  await worker.stop();
  bar.done(stats());
  const kept = await webhookEvents.getWebhookEventByProviderEventID(db, {
    workspaceId: victim.workspaceId,
    providerName: 'stripe',
    providerEventId: genuine.id,
  });
  if (kept) disagreements.push(`the tampered delivery ${genuine.id} is in the inbox`);
  return { refused: refused ?? null, disagreements };
}

/** A workspace's Chargebee side: its site on the stand-in server, its backfill, its webhooks. */
interface ChargebeeSide {
  /** "Acme Corp <- chargebee": the backfill's bar and its rows in the tables. */
  label: string;
  workspaceId: string;
  data: ChargebeeSite;
  /** The basic-auth credentials of the site's webhook endpoint. */
  credentials: ChargebeeCredentials;
  backfill: BackfillResult;
  bar: StripeSide['bar'];
  rows: Record<EntityType, number>;
  plan?: ChargebeePlan;
  recorded: number;
  duplicates: number;
  /** The workspace's inbox before the Chargebee deliveries: the Stripe events. */
  inboxBefore?: InboxCounts;
}

/** What a site holds per entity type: what its backfill lists. */
const atChargebee = (d: ChargebeeSiteData): Record<EntityType, number> => ({
  product: d.items.length,
  price: d.item_prices.length,
  customer: d.customers.length,
  subscription: d.subscriptions.length,
});

/**
 * A workspace's Chargebee site, served on the stand-in server under its own
 * API key, then backfilled through the official SDK with backfillChargebee:
 * 100 resources a page, the bar moved by onProgress.
 */
async function chargebeeSide(
  db: Db,
  server: ChargebeeServer,
  name: string,
  workspaceId: string,
  data: ChargebeeSite,
): Promise<ChargebeeSide> {
  const { items, item_prices, customers, subscriptions } = data;
  server.addSite(data.site, { apiKey: data.apiKey, lists: { items, item_prices, customers, subscriptions } });
  const label = `${name} <- chargebee`;
  const listable = STRIPE_TYPES.reduce((n, e) => n + atChargebee(data)[e], 0);
  const bar = progressBar(label, listable);
  let counted: StripeSide['bar'] | undefined;
  const backfill = await backfillChargebee(db, {
    workspaceId,
    chargebee: server.client(data.site),
    pageSize: 100,
    onProgress: ({ counts }) => {
      counted = sumCounts(counts);
      bar.update(
        STRIPE_TYPES.reduce((n, e) => n + counts[e].listed, 0),
        counted,
      );
    },
  });
  bar.done(counted!);
  return {
    label,
    workspaceId,
    data,
    credentials: { username: `chargebee-${data.site}`, password: `pw-${data.apiKey.slice(-12)}` },
    backfill,
    bar: counted!,
    rows: await rowsOf(db, workspaceId, 'chargebee'),
    recorded: 0,
    duplicates: 0,
  };
}

/** The library's status (and cancelAtPeriodEnd) of each Chargebee status. */
const STORED_AS: Record<(typeof CHARGEBEE_STATUSES)[number], { status: string; cancelAtPeriodEnd: boolean }> = {
  future: { status: 'future', cancelAtPeriodEnd: false },
  in_trial: { status: 'trialing', cancelAtPeriodEnd: false },
  active: { status: 'active', cancelAtPeriodEnd: false },
  non_renewing: { status: 'active', cancelAtPeriodEnd: true },
  paused: { status: 'paused', cancelAtPeriodEnd: false },
  cancelled: { status: 'canceled', cancelAtPeriodEnd: false },
};

/**
 * The Chargebee backfill's counts, the site's and the database's, checked
 * against each other; the tiered price the only one refused, the decimal one
 * stored in minor units; every subscription stored in the status its
 * Chargebee status maps to (a future one without a period). Returns the
 * disagreements, and per Chargebee status the subscriptions that agree.
 */
async function checkChargebeeBackfill(
  db: Db,
  side: ChargebeeSide,
): Promise<{ disagreements: string[]; statuses: Map<string, { agree: number; of: number }> }> {
  const out: string[] = [];
  const { counts, refused } = side.backfill;
  const at = atChargebee(side.data);
  for (const k of BACKFILL_COUNTS) {
    const n = STRIPE_TYPES.reduce((sum, e) => sum + counts[e][k], 0);
    if (n !== side.bar[k]) out.push(`${side.label}: bar ${k} ${side.bar[k]}, backfill ${n}`);
  }
  for (const e of STRIPE_TYPES) {
    const c = counts[e];
    if (c.listed !== at[e]) out.push(`${side.label}: ${c.listed} ${e}s listed, ${at[e]} at Chargebee`);
    if (c.inserted + c.updated + c.unchanged + c.stale + c.refused !== c.listed)
      out.push(`${side.label}: the ${e}s written and refused do not add up to the ${c.listed} listed`);
    if (side.rows[e] !== c.inserted) out.push(`${side.label}: ${c.inserted} ${e}s inserted, ${side.rows[e]} rows`);
  }
  const refusedIds = refused.map((r) => r.objectId).join(', ');
  if (refusedIds !== side.data.tiered.id)
    out.push(`${side.label}: refused ${refusedIds || 'nothing'}, expected the tiered price ${side.data.tiered.id}`);
  if (side.backfill.resumed) out.push(`${side.label}: the backfill resumed a session it should have started`);
  const key = { workspaceId: side.workspaceId, paymentProvider: 'chargebee' };
  const decimal = await prices.getPriceByExternalID(db, { ...key, externalId: side.data.decimal.id });
  if (decimal?.unitAmount !== side.data.decimal.unitAmount)
    out.push(
      `${side.label}: the price_in_decimal price ${side.data.decimal.id} stored as ${decimal?.unitAmount}, ` +
        `expected ${side.data.decimal.unitAmount}`,
    );
  const statuses = new Map(CHARGEBEE_STATUSES.map((s) => [s as string, { agree: 0, of: 0 }]));
  const rows = await Promise.all(
    side.data.subscriptions.map((s) => subscriptions.getSubscriptionByExternalID(db, { ...key, externalId: s.id })),
  );
  side.data.subscriptions.forEach((s, i) => {
    const want = STORED_AS[s.status as keyof typeof STORED_AS];
    const row = rows[i];
    const tally = statuses.get(s.status)!;
    tally.of++;
    if (
      row?.status === want.status &&
      row.cancelAtPeriodEnd === want.cancelAtPeriodEnd &&
      (s.status !== 'future' || row.currentPeriodStart === null)
    )
      tally.agree++;
  });
  for (const [status, { agree, of }] of statuses) {
    if (agree !== of) out.push(`${side.label}: ${of - agree} of ${of} ${status} subscriptions stored otherwise`);
    if (of === 0) out.push(`${side.label}: no ${status} subscription`);
  }
  return { disagreements: out, statuses };
}

/** The newest state a site's webhooks described, read back: per kind, how many of the changed resources show it. */
async function chargebeeNewestState(db: Db, side: ChargebeeSide) {
  const key = { workspaceId: side.workspaceId, paymentProvider: 'chargebee' };
  const newest = side.plan!.newest;
  const agree = async <V>(map: Map<string, V>, ok: (externalId: string, v: V) => Promise<boolean>) => {
    let n = 0;
    for (const [externalId, v] of map) if (await ok(externalId, v)) n++;
    return { agree: n, of: map.size };
  };
  return {
    'customer emails': await agree(newest.customers, async (externalId, email) => {
      const row = await customers.getCustomerByExternalID(db, { ...key, externalId });
      return row?.email === email;
    }),
    'customers deleted': await agree(new Map(newest.deleted.map((id) => [id, null])), async (externalId) => {
      return (await customers.getCustomerByExternalID(db, { ...key, externalId })) === null;
    }),
    'price revisions': await agree(newest.prices, async (externalId, { active, revision }) => {
      const row = await prices.getPriceByExternalID(db, { ...key, externalId });
      return row?.active === active && (row.metadata as Record<string, unknown>).revision === revision;
    }),
    'item names': await agree(newest.items, async (externalId, name) => {
      const row = await products.getProductByExternalID(db, { ...key, externalId });
      return row?.name === name;
    }),
    'subscription quantities': await agree(newest.subscriptions, async (externalId, quantity) => {
      const row = await subscriptions.getSubscriptionByExternalID(db, { ...key, externalId });
      return row?.quantity === quantity;
    }),
  };
}

const basicAuth = ({ username, password }: ChargebeeCredentials) =>
  `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;

/**
 * The Chargebee webhook deliveries of every workspace, in rounds, through
 * receiveChargebeeWebhook with the endpoint's basic auth and its site (the
 * inbox routes each to the workspace whose Chargebee configuration names the
 * site), while startWebhookWorker (applyChargebeeEvent) applies the inbox;
 * after each round, waits until nothing is pending. One delivery in the last
 * round with a wrong password: refused. Returns its error (null: accepted)
 * and the disagreements.
 */
async function deliverChargebeeWebhooks(
  db: pg.Pool,
  sides: ChargebeeSide[],
  setWorker: (worker: WebhookWorker) => void,
): Promise<{ refused: WebhookVerificationError | null; disagreements: string[] }> {
  const disagreements: string[] = [];
  const bySite = new Map(sides.map((s) => [s.data.site, s]));
  const rnd = random(98);
  const rounds = [0, 1, 2].map((r) =>
    shuffle(
      rnd,
      sides.flatMap((s) => s.plan!.rounds[r]),
    ),
  );
  // The refused delivery: a genuine event, with the right username and a wrong password.
  const victim = sides[0];
  const forged = { ...victim.plan!.rounds[0][0], id: `ev_${victim.data.site}_wrong_password` };
  const distinct = sides.reduce((n, s) => n + s.plan!.handled + s.plan!.ignored, 0);
  const deliveries = rounds.reduce((n, r) => n + r.length, 0) + 1;
  const bar = progressBar('chargebee webhooks', deliveries + distinct);
  let delivered = 0;
  let refusedCount = 0;
  const worker = startWebhookWorker(db, {
    providerName: 'chargebee',
    concurrency: 2,
    handler: (event, tx) => applyChargebeeEvent(tx, event),
  });
  setWorker(worker);
  const errors: unknown[] = [];
  worker.events.on('error', (error) => errors.push(error));
  const stats = () => ({
    recorded: sides.reduce((n, s) => n + s.recorded, 0),
    duplicate: sides.reduce((n, s) => n + s.duplicates, 0),
    refused: refusedCount,
    processed: worker.counts.processed,
    ignored: worker.counts.ignored,
    failed: worker.counts.failed + worker.counts.dead,
  });
  const redraw = () =>
    bar.update(delivered + worker.counts.processed + worker.counts.ignored + worker.counts.dead, stats());
  worker.events.on('batch', redraw);
  const deliver = (event: ChargebeeWebhook, credentials: ChargebeeCredentials, site: string) =>
    receiveChargebeeWebhook(db, {
      rawBody: Buffer.from(JSON.stringify(event), 'utf8'),
      authorization: basicAuth(credentials),
      credentials: bySite.get(site)!.credentials,
      site,
    });
  const siteOf = (event: ChargebeeWebhook) => /^ev_(.+)_[^_]+$/.exec(event.id)![1];

  let refused: WebhookVerificationError | undefined;
  for (const [r, round] of rounds.entries()) {
    for (const [i, event] of round.entries()) {
      if (r === 2 && i === Math.floor(round.length / 2)) {
        try {
          await deliver(forged, { ...victim.credentials, password: 'not-the-password' }, victim.data.site);
          disagreements.push(`the delivery ${forged.id} with a wrong password was accepted`);
        } catch (error) {
          if (!(error instanceof WebhookVerificationError)) throw error;
          refused = error;
          refusedCount++;
        }
        delivered++;
      }
      const side = bySite.get(siteOf(event))!;
      const { duplicate, event: stored } = await deliver(event, side.credentials, side.data.site);
      if (stored.workspaceId !== side.workspaceId)
        disagreements.push(`${event.id} of ${side.data.site} recorded in workspace ${stored.workspaceId}`);
      if (duplicate) side.duplicates++;
      else side.recorded++;
      delivered++;
      redraw();
    }
    await settle(
      db,
      sides.map((s) => s.workspaceId),
      redraw,
      errors,
    );
  }
  await worker.stop();
  bar.done(stats());
  const kept = await webhookEvents.getWebhookEventByProviderEventID(db, {
    workspaceId: victim.workspaceId,
    providerName: 'chargebee',
    providerEventId: forged.id,
  });
  if (kept) disagreements.push(`the delivery ${forged.id} with a wrong password is in the inbox`);
  return { refused: refused ?? null, disagreements };
}

async function main(): Promise<void> {
  const started = Date.now();
  // Both servers at once; either failing stops the other.
  const [pgStart, mockStart] = await Promise.allSettled([startPostgres(), startStripeMock()]);
  if (pgStart.status === 'rejected' || mockStart.status === 'rejected') {
    if (pgStart.status === 'fulfilled') await pgStart.value.stop();
    if (mockStart.status === 'fulfilled') await mockStart.value.stop();
    throw pgStart.status === 'rejected' ? pgStart.reason : (mockStart as PromiseRejectedResult).reason;
  }
  const server: PostgresServer = pgStart.value;
  const mock: StripeMock = mockStart.value;
  const stripe = mock.stripe;
  let chargebee: ChargebeeServer | undefined;
  const scratch = `psdb_demo_${Date.now()}`;
  const admin = new pg.Client(server.url);
  let pool: pg.Pool | undefined;
  let worker: WebhookWorker | undefined;
  let closing = false;
  try {
    chargebee = await startChargebeeServer();
    await admin.connect();
    await admin.query(`CREATE DATABASE ${scratch}`);
    const url = new URL(server.url);
    url.pathname = `/${scratch}`;
    console.log(`PostgreSQL: ${server.description}, scratch database ${scratch} (${redact(url.toString())})`);
    console.log(
      `Stripe: stripe-stateful-mock on http://127.0.0.1:${mock.port}, the official SDK, one connected account per workspace`,
    );
    console.log(
      `Chargebee: the stand-in server (scripts/chargebee-server.ts) on ${chargebee.url}, the official SDK, one site (API key) per workspace`,
    );
    pool = createPool({
      connectionString: url.toString(),
      // The webhook worker holds up to three (two batches, its LISTEN) while the deliveries write.
      max: 6,
      // Connections closing while the scratch database is dropped are expected.
      onIdleError: (error) => closing || console.warn('idle connection lost:', error),
    });
    const applied = await migrate({ pool });
    console.log(`migrated: ${applied.join(', ')}\n`);

    const tenants = [
      {
        name: 'Acme Corp',
        seed: 1,
        stripe: { customers: 250, products: 10, pricesPerProduct: 3, subscriptions: 150 },
        chargebee: { customers: 600, products: 15, pricesPerProduct: 2, subscriptions: 400 },
      },
      {
        name: 'Globex',
        seed: 2,
        stripe: { customers: 120, products: 6, pricesPerProduct: 2, subscriptions: 80 },
        chargebee: { customers: 400, products: 10, pricesPerProduct: 2, subscriptions: 300 },
      },
    ];
    const created: { id: string; name: string }[] = [];
    const sides: StripeSide[] = [];
    const cbSides: ChargebeeSide[] = [];
    for (const tenant of tenants) {
      const ws = (await workspaces.createWorkspace(pool, { name: tenant.name }))!;
      created.push(ws);
      const slug = tenant.name.toLowerCase().replace(/\W+/g, '-');
      const accountId = await createConnectedAccount(stripe, `billing@${slug}.example.com`);
      await workspaces.updateWorkspaceProviderConfig(pool, {
        workspaceId: ws.id,
        providerName: 'stripe',
        enabled: true,
        config: { accountId },
      });
      const site = `${slug}-test`;
      await workspaces.updateWorkspaceProviderConfig(pool, {
        workspaceId: ws.id,
        providerName: 'chargebee',
        enabled: true,
        config: { accountId: site },
      });
      sides.push(
        await stripeSide(pool, stripe, tenant.name, ws.id, accountId, sized(tenant.stripe), tenant.seed * 10 + 1),
      );
      const data = generateChargebeeSite(site, sized(tenant.chargebee), tenant.seed * 10 + 2, Date.now());
      console.log(
        `${tenant.name} @ chargebee: site ${site}, ` +
          Object.entries(data.itemTypes)
            .map(([type, n]) => `${type} ${n}`)
            .join('  ') +
          `  item_price ${data.item_prices.length}  customer ${data.customers.length}  subscription ${data.subscriptions.length}`,
      );
      cbSides.push(await chargebeeSide(pool, chargebee, tenant.name, ws.id, data));
    }

    // The backfills: the bars, Stripe and the database agree.
    const disagreements: string[] = sides.flatMap(checkBackfill);
    console.log('\nStripe backfills (backfillStripe, 100 a page), and the rows the database holds after them:');
    console.log(
      table(
        ['backfill', 'entity type', 'at stripe', 'listed', ...BACKFILL_COUNTS, 'rows'],
        sides.flatMap((side) =>
          STRIPE_TYPES.map((e) => {
            const c = side.backfill.counts[e];
            return [side.label, e, side.data.created[e], c.listed, ...BACKFILL_COUNTS.map((k) => c[k]), side.rows[e]];
          }),
        ),
      ),
    );
    for (const side of sides) {
      for (const r of side.backfill.refused)
        console.log(`  ${side.label} refused ${r.entityType} ${r.objectId}: ${r.reason}`);
    }

    // Webhooks: the objects change at Stripe (every event newer than the listings), then the deliveries.
    const base = Math.floor(Date.now() / 1000) + 1;
    for (const [i, side] of sides.entries())
      side.plan = await changeAtStripe(stripe, side.data, base, tenants[i].seed * 10 + 3);
    const plans = sides.map((s) => s.plan!);
    console.log(
      `\nStripe webhooks: ${plans.reduce((n, p) => n + p.handled + p.ignored, 0)} events, ` +
        `${plans.reduce((n, p) => n + p.duplicates, 0)} redelivered, ${plans.reduce((n, p) => n + p.outOfOrder, 0)} older than one delivered before them ` +
        `(${plans.reduce((n, p) => n + p.late, 0)} of them an update older than its customer's delete), ` +
        'delivered to receiveStripeWebhook with event.account only, in three rounds, applied by startWebhookWorker (applyStripeEvent, concurrency 2):',
    );
    const webhooks = await deliverWebhooks(pool, stripe, sides, (w) => (worker = w));
    worker = undefined;
    disagreements.push(...webhooks.disagreements);
    const refusal = webhooks.refused
      ? `refused, ${webhooks.refused.name}: ${webhooks.refused.message.split('\n')[0].trim()}`
      : 'ACCEPTED';
    console.log(`  a tampered delivery (its body changed after signing): ${refusal}`);

    const inboxes = new Map<StripeSide, InboxCounts>();
    const states = new Map<StripeSide, Awaited<ReturnType<typeof newestState>>>();
    const stripeLinks = new Map<StripeSide, { pending: number; live: number; linked: number }>();
    for (const side of sides) {
      const plan = side.plan!;
      const inbox = await inboxOf(pool, side.workspaceId);
      inboxes.set(side, inbox);
      disagreements.push(...inboxDisagreements(side, plan, inbox));
      const state = await newestState(pool, side);
      states.set(side, state);
      for (const [kind, { agree, of }] of Object.entries(state)) {
        if (agree !== of) disagreements.push(`${side.label}: ${of - agree} of ${of} ${kind} are not the newest`);
        if (of === 0) disagreements.push(`${side.label}: no ${kind} changed`);
      }
      const pending = await placeholdersPending(pool, side.workspaceId, 'stripe');
      const links = await linkedSubscriptions(pool, { workspaceId: side.workspaceId, provider: 'stripe' });
      stripeLinks.set(side, { pending, ...links });
      if (pending !== 0) disagreements.push(`${side.label}: ${pending} placeholders pending`);
      if (links.linked !== links.live || links.live !== side.data.created.subscription)
        disagreements.push(`${side.label}: ${links.linked} of ${links.live} subscriptions on their customer and price`);
      // The rows now: the backfill's, less the customers deleted at Stripe.
      const now = await rowsOf(pool, side.workspaceId, 'stripe');
      for (const e of STRIPE_TYPES) {
        const want = side.rows[e] - (e === 'customer' ? plan.newest.deleted.length : 0);
        if (now[e] !== want) disagreements.push(`${side.label}: ${now[e]} ${e} rows, expected ${want}`);
      }
    }
    console.log(
      table(
        ['inbox', 'account', 'deliveries', 'duplicates', ...INBOX],
        sides.map((side) => [
          side.label,
          side.data.account,
          side.recorded + side.duplicates,
          side.duplicates,
          ...INBOX.map((k) => inboxes.get(side)![k]),
        ]),
      ),
    );
    const kinds = Object.keys(states.get(sides[0])!) as (keyof Awaited<ReturnType<typeof newestState>>)[];
    console.log(
      table(
        ['newest state', ...kinds, 'linked subscriptions', 'placeholders pending'],
        sides.map((side) => {
          const state = states.get(side)!;
          const links = stripeLinks.get(side)!;
          return [
            side.label,
            ...kinds.map((k) => `${state[k].agree}/${state[k].of}`),
            `${links.linked}/${links.live}`,
            links.pending,
          ];
        }),
      ),
    );

    // --- Chargebee: the backfills (the bars, the site and the database agree), the statuses. ---
    const checked = await Promise.all(cbSides.map((side) => checkChargebeeBackfill(pool!, side)));
    disagreements.push(...checked.flatMap((c) => c.disagreements));
    console.log('\nChargebee backfills (backfillChargebee, 100 a page), and the rows the database holds after them:');
    console.log(
      table(
        ['backfill', 'entity type', 'at chargebee', 'listed', ...BACKFILL_COUNTS, 'rows'],
        cbSides.flatMap((side) =>
          STRIPE_TYPES.map((e) => {
            const c = side.backfill.counts[e];
            return [
              side.label,
              e,
              atChargebee(side.data)[e],
              c.listed,
              ...BACKFILL_COUNTS.map((k) => c[k]),
              side.rows[e],
            ];
          }),
        ),
      ),
    );
    for (const side of cbSides) {
      for (const r of side.backfill.refused)
        console.log(`  ${side.label} refused ${r.entityType} ${r.objectId}: ${r.reason}`);
      const decimal = await prices.getPriceByExternalID(pool, {
        workspaceId: side.workspaceId,
        paymentProvider: 'chargebee',
        externalId: side.data.decimal.id,
      });
      console.log(
        `  ${side.label} price ${side.data.decimal.id}: price_in_decimal "49.50" ${decimal?.currency?.toUpperCase()} ` +
          `stored as unit amount ${decimal?.unitAmount}`,
      );
    }
    console.log(
      table(
        [
          'statuses',
          ...CHARGEBEE_STATUSES.map(
            (s) => `${s} -> ${STORED_AS[s].status}${STORED_AS[s].cancelAtPeriodEnd ? '*' : ''}`,
          ),
        ],
        cbSides.map((side, i) => [
          side.label,
          ...CHARGEBEE_STATUSES.map((s) => `${checked[i].statuses.get(s)!.agree}/${checked[i].statuses.get(s)!.of}`),
        ]),
      ),
    );

    // Chargebee webhooks: the resources change at the site (every change newer than the listings), then the deliveries.
    for (const side of cbSides) side.inboxBefore = await inboxOf(pool, side.workspaceId);
    const cbBase = Date.now() + 1000;
    for (const [i, side] of cbSides.entries())
      side.plan = changeAtChargebee(side.data, cbBase, tenants[i].seed * 10 + 4);
    const cbPlans = cbSides.map((s) => s.plan!);
    const cbSum = (k: 'handled' | 'ignored' | 'duplicates' | 'outOfOrder' | 'sameSecond' | 'late') =>
      cbPlans.reduce((n, p) => n + p[k], 0);
    console.log(
      `\nChargebee webhooks: ${cbSum('handled') + cbSum('ignored')} events (${cbSum('ignored')} invoice_generated, ` +
        `which the adapter ignores), ${cbSum('duplicates')} redelivered, ${cbSum('outOfOrder')} older than one ` +
        `delivered before them (${cbSum('sameSecond')} of them a customer's first of two changes in the same second, ` +
        `ordered by resource_version only; ${cbSum('late')} a change older than its customer's delete), ` +
        'delivered to receiveChargebeeWebhook with basic auth and the site, in three rounds, applied by ' +
        'startWebhookWorker (applyChargebeeEvent, concurrency 2):',
    );
    const cbHooks = await deliverChargebeeWebhooks(pool, cbSides, (w) => (worker = w));
    worker = undefined;
    disagreements.push(...cbHooks.disagreements);
    console.log(
      `  a delivery with a wrong password: ${
        cbHooks.refused
          ? `refused, ${cbHooks.refused.name}: ${cbHooks.refused.message.split('\n')[0].trim()}`
          : 'ACCEPTED'
      }`,
    );
    const cbInboxes = new Map<ChargebeeSide, InboxCounts>();
    const cbStates = new Map<ChargebeeSide, Awaited<ReturnType<typeof chargebeeNewestState>>>();
    const cbLinks = new Map<ChargebeeSide, { pending: number; live: number; linked: number }>();
    for (const side of cbSides) {
      const plan = side.plan!;
      // The workspace's inbox less the Stripe events it held before.
      const all = await inboxOf(pool, side.workspaceId);
      const inbox = Object.fromEntries(INBOX.map((k) => [k, all[k] - side.inboxBefore![k]])) as InboxCounts;
      cbInboxes.set(side, inbox);
      disagreements.push(...inboxDisagreements(side, plan, inbox));
      const state = await chargebeeNewestState(pool, side);
      cbStates.set(side, state);
      for (const [kind, { agree, of }] of Object.entries(state)) {
        if (agree !== of) disagreements.push(`${side.label}: ${of - agree} of ${of} ${kind} are not the newest`);
        if (of === 0) disagreements.push(`${side.label}: no ${kind} changed`);
      }
      const pending = await placeholdersPending(pool, side.workspaceId, 'chargebee');
      const links = await linkedSubscriptions(pool, { workspaceId: side.workspaceId, provider: 'chargebee' });
      cbLinks.set(side, { pending, ...links });
      if (pending !== 0) disagreements.push(`${side.label}: ${pending} placeholders pending`);
      if (links.linked !== links.live || links.live !== side.data.subscriptions.length)
        disagreements.push(`${side.label}: ${links.linked} of ${links.live} subscriptions on their customer and price`);
      // The rows now: the backfill's, less the customers deleted at Chargebee.
      const now = await rowsOf(pool, side.workspaceId, 'chargebee');
      for (const e of STRIPE_TYPES) {
        const want = side.rows[e] - (e === 'customer' ? plan.newest.deleted.length : 0);
        if (now[e] !== want) disagreements.push(`${side.label}: ${now[e]} ${e} rows, expected ${want}`);
      }
    }
    console.log(
      table(
        ['inbox', 'account', 'deliveries', 'duplicates', ...INBOX],
        cbSides.map((side) => [
          side.label,
          side.data.site,
          side.recorded + side.duplicates,
          side.duplicates,
          ...INBOX.map((k) => cbInboxes.get(side)![k]),
        ]),
      ),
    );
    const cbKinds = Object.keys(cbStates.get(cbSides[0])!) as (keyof Awaited<
      ReturnType<typeof chargebeeNewestState>
    >)[];
    console.log(
      table(
        ['newest state', ...cbKinds, 'linked subscriptions', 'placeholders pending'],
        cbSides.map((side) => {
          const state = cbStates.get(side)!;
          const links = cbLinks.get(side)!;
          return [
            side.label,
            ...cbKinds.map((k) => `${state[k].agree}/${state[k].of}`),
            `${links.linked}/${links.live}`,
            links.pending,
          ];
        }),
      ),
    );

    for (const ws of created) {
      const s = (await analytics.getWorkspaceSyncSummary(pool, { workspaceId: ws.id }))!;
      console.log(
        `\n${ws.name}: ${s.sessionsTotal} sync sessions (${s.sessionsCompleted} completed), ${s.eventsTotal} events, last completed sync ${s.lastCompletedSyncAt?.toISOString() ?? 'never'}`,
      );
      console.log(
        table(
          ['entity', 'total', 'synced', 'pending', 'failed', 'conflict'],
          (['customers', 'products', 'prices', 'subscriptions'] as const).map((e) => [
            e,
            s[`${e}Total`],
            s[`${e}Synced`],
            s[`${e}Pending`],
            s[`${e}Failed`],
            s[`${e}Conflict`],
          ]),
        ),
      );
      for (const provider of ['stripe', 'chargebee']) {
        const rows = await analytics.getProviderSyncStatusByWorkspace(pool, {
          workspaceId: ws.id,
          paymentProvider: provider,
        });
        console.log(`  ${provider}:`);
        console.log(
          table(
            ['entity type', 'total', 'synced', 'pending', 'failed', 'conflict', 'last synced'],
            rows.map((r) => [
              r.entityType,
              r.total,
              r.synced,
              r.pending,
              r.failed,
              r.conflict,
              r.lastSyncedAt?.toISOString() ?? '-',
            ]),
            '  ',
          ),
        );
      }
    }

    console.log(
      [
        '',
        "Stripe: at stripe counts the objects created on the workspace's connected account; listed, inserted to refused",
        'are what backfillStripe reports per type (refused: listed, not stored), rows what the database holds after it.',
        'The inbox counts its events per status once the worker is done (a redelivery is a duplicate, not an event);',
        'the newest state is, per kind of change, how many changed objects the database shows as their last event left',
        'them (a customer deleted: gone, its late update notwithstanding), a/b.',
        'Chargebee: the same per site (its API key on the stand-in server), through backfillChargebee and',
        'receiveChargebeeWebhook; at chargebee counts what the site lists (items as products, item prices as prices).',
        'Statuses: per Chargebee status, the subscriptions stored in the status it maps to (* cancelAtPeriodEnd), a/b.',
        "The Chargebee inbox counts the workspace's events less the Stripe ones it held before.",
      ].join('\n'),
    );
    if (disagreements.length > 0) {
      throw new Error(`the bars, the provider and the tables disagree:\n${disagreements.join('\n')}`);
    }
    const backfilled = (of: { backfill: BackfillResult }[]) =>
      (['listed', ...BACKFILL_COUNTS] as const)
        .map(
          (k) =>
            `${k} ${of.reduce((n, side) => n + STRIPE_TYPES.reduce((m, e) => m + side.backfill.counts[e][k], 0), 0)}`,
        )
        .join('  ');
    const inboxTotal = (k: keyof InboxCounts) => sides.reduce((n, side) => n + inboxes.get(side)![k], 0);
    console.log(`Totals of the ${sides.length} Stripe backfills, bars, Stripe and tables alike: ${backfilled(sides)}`);
    console.log(
      `Totals of the Stripe webhooks: deliveries ${sides.reduce((n, s) => n + s.recorded + s.duplicates, 0)}  ` +
        `duplicates ${sides.reduce((n, s) => n + s.duplicates, 0)}  tampered refused 1  ` +
        `processed ${inboxTotal('processed')}  ignored ${inboxTotal('ignored')}  pending ${inboxTotal('pending')}`,
    );
    console.log(
      `Totals of the ${cbSides.length} Chargebee backfills, bars, sites and tables alike: ${backfilled(cbSides)}`,
    );
    const cbInboxTotal = (k: keyof InboxCounts) => cbSides.reduce((n, side) => n + cbInboxes.get(side)![k], 0);
    console.log(
      `Totals of the Chargebee webhooks: deliveries ${cbSides.reduce((n, s) => n + s.recorded + s.duplicates, 0)}  ` +
        `duplicates ${cbSides.reduce((n, s) => n + s.duplicates, 0)}  wrong password refused 1  ` +
        `processed ${cbInboxTotal('processed')}  ignored ${cbInboxTotal('ignored')}  pending ${cbInboxTotal('pending')}`,
    );

    // Isolation: the second workspace asks for the first workspace's objects.
    const [first, second] = created;
    const theirs = await customers.listCustomers(pool, { workspaceId: first.id, limit: 5 });
    const seenById = await Promise.all(
      theirs.map((c) => customers.getCustomer(pool!, { workspaceId: second.id, id: c.id })),
    );
    const seenByExternalId = await Promise.all(
      theirs.map((c) =>
        customers.getCustomerByExternalID(pool!, {
          workspaceId: second.id,
          paymentProvider: c.paymentProvider!,
          externalId: c.externalId!,
        }),
      ),
    );
    const secondPage = await customers.listCustomers(pool, { workspaceId: second.id, limit: 1000 });
    const leaked = secondPage.filter((c) => c.workspaceId !== second.id).length;
    const found = [...seenById, ...seenByExternalId].filter((r) => r !== null).length;
    console.log(
      `\nIsolation: ${second.name} asked for ${theirs.length} of ${first.name}'s customers by id and by external id: found ${found}; ` +
        `its own list holds ${leaked} rows of other workspaces.`,
    );
    if (found !== 0 || leaked !== 0) throw new Error('isolation violated');
    // And the Stripe side: the second workspace's backfill listed its own connected account only.
    const firstStripeIds = sides[0].data.customers.map((c) => c.id);
    const secondHolds = (
      await customers.getCustomersByExternalIDs(pool, {
        workspaceId: second.id,
        paymentProvider: 'stripe',
        externalIds: firstStripeIds,
      })
    ).filter((r) => r !== null).length;
    console.log(
      `Isolation at Stripe: ${second.name} (${sides[1].data.account}) holds ${secondHolds} of the ${firstStripeIds.length} ` +
        `Stripe customers of ${first.name} (${sides[0].data.account}).`,
    );
    if (secondHolds !== 0) throw new Error('isolation violated: a backfill listed another connected account');
    // And Chargebee's: the second workspace's backfill listed its own site only, its webhooks went to it alone.
    const firstChargebeeIds = cbSides[0].data.customers.map((c) => c.id);
    const secondHoldsCb = (
      await customers.getCustomersByExternalIDs(pool, {
        workspaceId: second.id,
        paymentProvider: 'chargebee',
        externalIds: firstChargebeeIds,
      })
    ).filter((r) => r !== null).length;
    console.log(
      `Isolation at Chargebee: ${second.name} (${cbSides[1].data.site}) holds ${secondHoldsCb} of the ` +
        `${firstChargebeeIds.length} Chargebee customers of ${first.name} (${cbSides[0].data.site}).`,
    );
    if (secondHoldsCb !== 0) throw new Error('isolation violated: a backfill listed another Chargebee site');
    console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    closing = true;
    // On a failure midway the worker is still running: stopped before its pool ends.
    await worker?.stop().catch(() => {});
    await pool?.end();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
    await chargebee?.stop();
    await mock.stop();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error('\ndemo failed:', error);
    process.exit(1);
  },
);
