// npm run demo: a full sync, end to end, on an embedded PostgreSQL started
// here (or a scratch database on DATABASE_URL) and a Stripe-compatible server
// (stripe-stateful-mock, a third-party package, on a free local port), through
// the library's own functions only. Two workspaces, each with Stripe and
// Chargebee configured.
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
// Chargebee, through the demo's own mapping of generated provider objects
// (scripts/demo/provider-data.ts), delivered as its webhooks arrive: children
// name their parents by the provider's ids, and some subscriptions come before
// their customer and price (the library holds a placeholder for each parent
// until its snapshot fills it); some objects come twice (a redelivery:
// unchanged, nothing written), some older versions after newer ones (stale),
// some are deleted at the provider (a tombstone), some with a late, older
// update after the delete (stale: it stays deleted); some are invalid (the
// library refuses them). Then the local edits are pushed back, some of which
// conflict (changed on both sides) or fail (rejected by the provider).
//
// A progress bar tracks each step. Prints what the database reports: per
// Stripe backfill the objects listed, written and refused per type and the
// rows stored (the bar's counts and Stripe's: checked); the inbox's events per
// status per workspace, and that the final state is the newest (the last
// email of each customer, the deleted one gone, ...); per Chargebee sync the
// same counts as its bar (checked); that no placeholder is left pending and
// every subscription points at its real customer and price; the sync summary
// and per-provider status, the totals; shows that the second workspace sees
// none of the first's data; stops both servers. Any disagreement, and any
// unexpected error, exits non-zero.
import pg from 'pg';
import Stripe from 'stripe';
import {
  analytics,
  createPool,
  customers,
  migrate,
  PaymentSyncDbError,
  prices,
  products,
  startWebhookWorker,
  subscriptions,
  syncEvents,
  syncSessions,
  syncStatus,
  webhookEvents,
  WebhookVerificationError,
  workspaces,
  type EntityType,
  type SyncEventType,
  type WebhookWorker,
} from '../src/index.js';
import {
  applyStripeEvent,
  backfillStripe,
  receiveStripeWebhook,
  type BackfillCounts,
  type BackfillResult,
} from '../src/stripe.js';
import { generateDataset, random, type Dataset, type ProviderObject, type Sizes } from './demo/provider-data.js';
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
const at = (seconds: unknown) => (typeof seconds === 'number' ? new Date(seconds * 1000) : null);

/**
 * What a sync did with the provider objects: created, filled (the first
 * snapshot of a parent a child had named before: the library's `updated` of
 * its placeholder), updated, unchanged (a redelivery), stale (older than the
 * stored row or tombstone), deleted and refused; and with its rows: failed
 * and conflict.
 */
const COUNTS = [
  'created',
  'filled',
  'updated',
  'unchanged',
  'stale',
  'deleted',
  'refused',
  'failed',
  'conflict',
] as const;
type Tally = Record<(typeof COUNTS)[number], number>;
const zero = (): Tally => Object.fromEntries(COUNTS.map((k) => [k, 0])) as Tally;

/**
 * Writes one provider object through the matching Create<Entity>WithSync, or
 * a provider delete through Delete<Entity>WithSync. Parents are named by the
 * provider's ids, as the provider sends them.
 */
async function write(db: Db, workspaceId: string, provider: string, obj: ProviderObject) {
  // Provider objects are untyped JSON from the wire; the library's parameter checks are the typing.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const d = obj.data as Record<string, any>;
  const providerUpdatedAt = new Date(obj.updated * 1000);
  if (obj.deleted) {
    const gone = { workspaceId, paymentProvider: provider, externalId: d.id, providerUpdatedAt };
    switch (obj.type) {
      case 'customer':
        return customers.deleteCustomerWithSync(db, gone);
      case 'product':
        return products.deleteProductWithSync(db, gone);
      case 'price':
        return prices.deletePriceWithSync(db, gone);
      case 'subscription':
        return subscriptions.deleteSubscriptionWithSync(db, gone);
    }
  }
  const common = {
    workspaceId,
    paymentProvider: provider,
    externalId: d.id,
    providerUpdatedAt,
    providerData: d,
    metadata: d.metadata ?? {},
  };
  switch (obj.type) {
    case 'customer':
      return customers.createCustomerWithSync(db, { ...common, email: d.email, name: d.name });
    case 'product':
      return products.createProductWithSync(db, {
        ...common,
        name: d.name,
        description: d.description,
        active: d.active,
      });
    case 'price':
      return prices.createPriceWithSync(db, {
        ...common,
        productExternalId: d.product,
        currency: d.currency,
        unitAmount: d.unit_amount,
        type: d.type,
        recurringInterval: d.recurring?.interval ?? null,
        recurringIntervalCount: d.recurring?.interval_count ?? null,
        active: d.active,
      });
    case 'subscription': {
      const item = d.items.data[0];
      return subscriptions.createSubscriptionWithSync(db, {
        ...common,
        customerExternalId: d.customer,
        priceExternalId: item.price.id,
        status: d.status,
        quantity: item.quantity,
        currentPeriodStart: at(d.current_period_start),
        currentPeriodEnd: at(d.current_period_end),
        cancelAtPeriodEnd: d.cancel_at_period_end,
        canceledAt: at(d.canceled_at),
        trialEnd: at(d.trial_end),
      });
    }
  }
}

interface Sync {
  /** The progress bar's label, and the sync's row in the syncs table: "Acme Corp <- stripe". */
  label: string;
  workspaceId: string;
  provider: string;
  sessionId: string;
  /** The counts the progress bar ended on. */
  tally: Tally;
  /** The subscriptions delivered before their customer and price. */
  childrenFirst: number;
  /** The placeholders pending right after them (parents named, not yet described). */
  placeholders: number;
}

/** A row of a *NeedingSync work queue, as far as `shells` reads it (and its cursor). */
type Queued = { id: string; updatedAt: Date; providerUpdatedAt: Date | null; paymentProvider: string | null };

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
 * One full sync session: writes every provider object in delivery order
 * (created, filled, updated, unchanged, stale, deleted, or refused by the
 * library: then no row is stored), then pushes the local edits back:
 * customers edited locally meanwhile lose the push (conflict), customers the
 * provider rejects are marked failed. The bar tracks all of it, so its last
 * counts are what the tables report afterwards.
 */
async function syncDataset(db: Db, workspaceId: string, label: string, dataset: Dataset): Promise<Sync> {
  const provider = dataset.provider;
  const session = await syncSessions.createSyncSession(db, {
    workspaceId,
    providerName: provider,
    sessionType: 'full',
    status: 'running',
    entityTypes: ['customer', 'product', 'price', 'subscription'],
    config: { source: 'demo', objects: dataset.objects.length },
  });
  const sessionId = session!.id;
  const tally = zero();
  // The provider objects this sync has had a snapshot of: the first snapshot
  // of an object the library reports `updated` filled a placeholder.
  const described = new Set<string>();
  let placeholders = 0;
  // One step per provider object, per conflicting edit and per rejected push.
  const steps = dataset.objects.length + dataset.conflicts.length + dataset.rejected.length;
  const bar = progressBar(label, steps);
  let done = 0;
  const advance = async (by = 1) => {
    const before = done;
    done += by;
    if (Math.floor(before / 250) !== Math.floor(done / 250) || done === steps) {
      await syncSessions.updateSyncSessionProgress(db, { workspaceId, id: sessionId, progress: { done, ...tally } });
    }
    bar.update(done, tally);
  };
  const log = (
    obj: ProviderObject,
    eventType: SyncEventType,
    entityId: string | null,
    eventMessage: string | null,
    reason?: 'placeholder' | 'unchanged' | 'stale',
  ) =>
    syncEvents.createSyncEvent(db, {
      workspaceId,
      sessionId,
      providerName: provider,
      entityType: obj.type,
      entityId,
      externalId: obj.data.id,
      eventType,
      eventMessage,
      eventDetails: { providerUpdatedAt: obj.updated, ...(obj.deleted && { delete: true }), ...(reason && { reason }) },
    });

  for (const [index, obj] of dataset.objects.entries()) {
    if (index === dataset.childrenFirst) placeholders = await placeholdersPending(db, workspaceId, provider);
    try {
      const { outcome, row } = (await write(db, workspaceId, provider, obj))!;
      const key = `${obj.type} ${obj.data.id}`;
      const first = !obj.deleted && !described.has(key);
      if (!obj.deleted) described.add(key);
      if (outcome === 'unchanged' || outcome === 'stale') {
        tally[outcome]++;
        const message =
          outcome === 'unchanged'
            ? `a redelivery of the stored ${obj.deleted ? 'delete' : 'version'}: nothing written`
            : `older than the stored ${row.deletedAt ? 'delete' : 'version'}: ignored`;
        await log(obj, 'skipped', row.id, message, outcome);
      } else if (outcome === 'updated' && first) {
        tally.filled++;
        await log(obj, 'updated', row.id, 'the first snapshot: filled the placeholder a child created', 'placeholder');
      } else {
        tally[outcome]++;
        await log(obj, outcome, row.id, null);
      }
    } catch (error) {
      if (!(error instanceof PaymentSyncDbError)) throw error;
      tally.refused++;
      await log(obj, 'failed', null, error.message);
    }
    await advance();
  }

  // Conflicts: customers edited locally while the provider changed them too.
  // The push is attempted with the version read before the edit and loses.
  for (const externalId of dataset.conflicts) {
    const c = await customers.getCustomerByExternalID(db, { workspaceId, paymentProvider: provider, externalId });
    if (c) {
      await customers.updateCustomer(db, { workspaceId, id: c.id, name: `${c.name} (edited locally)` });
      const pushed = await customers.updateCustomerPaymentSyncStatus(db, {
        workspaceId,
        id: c.id,
        expectedVersion: c.paymentSyncVersion,
        paymentSyncStatus: 'synced',
      });
      if (pushed === null) {
        await syncStatus.updateCustomerSyncStatus(db, {
          workspaceId,
          id: c.id,
          paymentSyncStatus: 'conflict',
          paymentSyncError: 'changed locally and at the provider',
        });
        tally.conflict++;
      }
    }
    await advance();
  }
  // Failures reported by the provider for a batch of pushes: one bulk statement.
  if (dataset.rejected.length > 0) {
    tally.failed += await syncStatus.bulkUpdateCustomerSyncStatus(db, {
      workspaceId,
      paymentProvider: provider,
      externalIds: dataset.rejected,
      paymentSyncStatus: 'failed',
      paymentSyncError: 'rejected by the provider API (demo)',
    });
    await advance(dataset.rejected.length);
  }
  bar.done(tally);
  await syncSessions.updateSyncSessionStatus(db, { workspaceId, id: sessionId, status: 'completed' });
  return { label, workspaceId, provider, sessionId, tally, childrenFirst: dataset.childrenFirst, placeholders };
}

/**
 * What the database says a sync did, in the bar's terms: created, filled,
 * updated, unchanged, stale, deleted and refused from the session's sync
 * events (one per provider object: filled is an updated event, unchanged and
 * stale are skipped events, told apart by eventDetails.reason; a refused
 * object is a failed event and has no row), failed and conflict from its
 * provider's rows (one sync per workspace and provider, so they are all its
 * rows). Also the number of those rows, and the session summary's count of
 * each event type, which the split by reason must add up to.
 */
async function reportedBy(
  db: Db,
  sync: Sync,
): Promise<{ counts: Tally; rows: number; summary: Record<string, number> }> {
  const { workspaceId, sessionId } = sync;
  const counts = zero();
  for (let after: syncEvents.SyncEvent | null = null; ;) {
    const page: syncEvents.SyncEvent[] = await syncEvents.listSyncEventsBySession(db, {
      workspaceId,
      sessionId,
      limit: 1000,
      after,
    });
    for (const e of page) {
      const reason = (e.eventDetails as { reason?: string }).reason;
      if (e.eventType === 'skipped') counts[reason === 'unchanged' ? 'unchanged' : 'stale']++;
      else if (e.eventType === 'updated') counts[reason === 'placeholder' ? 'filled' : 'updated']++;
      else if (e.eventType === 'failed') counts.refused++;
      else if (e.eventType === 'created' || e.eventType === 'deleted') counts[e.eventType]++;
    }
    if (page.length < 1000) break;
    after = page[page.length - 1];
  }
  const rows = await analytics.getProviderSyncStatusByWorkspace(db, { workspaceId, paymentProvider: sync.provider });
  const sum = (k: 'total' | 'failed' | 'conflict') => rows.reduce((n, r) => n + Number(r[k]), 0);
  counts.failed = sum('failed');
  counts.conflict = sum('conflict');
  const events = (await syncEvents.getSyncEventsSummaryBySession(db, { workspaceId, sessionId }))!;
  const summary = Object.fromEntries(
    (['created', 'updated', 'deleted', 'skipped', 'failed'] as const).map((t) => [t, Number(events[t])]),
  );
  return { counts, rows: sum('total'), summary };
}

/**
 * The price a subscription's provider object names: its first item's price,
 * or, for a plan-based Stripe subscription (`price: null`), its plan: in
 * Stripe a plan is a price of the same id.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const priceIdOf = (d: Record<string, any>): string => d.items.data[0].price?.id ?? d.items.data[0].plan?.id;

/**
 * The live subscriptions of the sync's provider, and how many point at the
 * customer and the price their provider object names, each a described row
 * (not a placeholder): read back after the sync, by the provider's ids.
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
  const named = subs.map((s) => s.providerData as Record<string, any>);
  const customerIds = [...new Set(named.map((d) => d.customer as string))];
  const priceIds = [...new Set(named.map(priceIdOf))];
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
    (s, i) => s.customerId === customerOf.get(named[i].customer) && s.priceId === priceOf.get(priceIdOf(named[i])),
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

async function inboxOf(db: Db, workspaceId: string): Promise<InboxCounts> {
  const c = (await webhookEvents.countWebhookEventsByStatus(db, { workspaceId }))!;
  return Object.fromEntries(INBOX.map((k) => [k, Number(c[k])])) as InboxCounts;
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
  // Until the inbox has nothing pending (nor processing, nor failed and due again), at most 30 s.
  const settle = async () => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const inboxes = await Promise.all(sides.map((s) => inboxOf(db, s.workspaceId)));
      if (inboxes.every((c) => c.pending + c.processing + c.failed === 0)) return;
      if (Date.now() > deadline) {
        // Why: the last errors of the failed events (and of whole batches, if any).
        const failed = (
          await Promise.all(
            sides.map((s) =>
              webhookEvents.listWebhookEventsByStatus(db, { workspaceId: s.workspaceId, status: 'failed', limit: 3 }),
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
  };

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
    await settle();
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
  const scratch = `psdb_demo_${Date.now()}`;
  const admin = new pg.Client(server.url);
  let pool: pg.Pool | undefined;
  let worker: WebhookWorker | undefined;
  let closing = false;
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${scratch}`);
    const url = new URL(server.url);
    url.pathname = `/${scratch}`;
    console.log(`PostgreSQL: ${server.description}, scratch database ${scratch} (${redact(url.toString())})`);
    console.log(
      `Stripe: stripe-stateful-mock on http://127.0.0.1:${mock.port}, the official SDK, one connected account per workspace`,
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
    const syncs: Sync[] = [];
    const sides: StripeSide[] = [];
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
      await workspaces.updateWorkspaceProviderConfig(pool, {
        workspaceId: ws.id,
        providerName: 'chargebee',
        enabled: true,
        config: { credentialsRef: `vault://billing/chargebee/${ws.id}`, syncEvery: '15m' },
      });
      sides.push(
        await stripeSide(pool, stripe, tenant.name, ws.id, accountId, sized(tenant.stripe), tenant.seed * 10 + 1),
      );
      const dataset = generateDataset('chargebee', sized(tenant.chargebee), tenant.seed * 10 + 2);
      syncs.push(await syncDataset(pool, ws.id, `${tenant.name} <- chargebee`, dataset));
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
      const expected: InboxCounts = {
        pending: 0,
        processing: 0,
        processed: plan.handled,
        failed: 0,
        dead: 0,
        ignored: plan.ignored,
      };
      for (const k of INBOX) {
        if (inbox[k] !== expected[k])
          disagreements.push(`${side.label}: inbox ${k} ${inbox[k]}, expected ${expected[k]}`);
      }
      if (side.duplicates !== plan.duplicates)
        disagreements.push(
          `${side.label}: ${side.duplicates} deliveries were duplicates, ${plan.duplicates} redelivered`,
        );
      if (side.recorded !== inbox.processed + inbox.ignored)
        disagreements.push(
          `${side.label}: ${side.recorded} events recorded, ${inbox.processed + inbox.ignored} in the inbox`,
        );
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

    // The Chargebee bars' last counts against what the database reports for each sync.
    const reported = new Map<Sync, Tally>();
    const linkage = new Map<Sync, { pending: number; live: number; linked: number }>();
    for (const sync of syncs) {
      const { counts: fromTables, rows, summary } = await reportedBy(pool, sync);
      reported.set(sync, fromTables);
      for (const k of COUNTS) {
        if (sync.tally[k] !== fromTables[k])
          disagreements.push(`${sync.label}: bar ${k} ${sync.tally[k]}, tables ${fromTables[k]}`);
      }
      // The events split by reason add up to the session summary's count of each event type.
      const byType = {
        created: fromTables.created,
        updated: fromTables.filled + fromTables.updated,
        deleted: fromTables.deleted,
        skipped: fromTables.unchanged + fromTables.stale,
        failed: fromTables.refused,
      };
      for (const [type, n] of Object.entries(byType)) {
        if (n !== summary[type])
          disagreements.push(`${sync.label}: ${n} ${type} events split by reason, ${summary[type]} in the summary`);
      }
      // Its live rows: those it created, and the placeholders it filled, less those the provider deleted.
      const expected = sync.tally.created + sync.tally.filled - sync.tally.deleted;
      if (expected !== rows)
        disagreements.push(`${sync.label}: bar created + filled - deleted ${expected}, rows ${rows}`);
      // Children before parents: every placeholder filled, every subscription on its real parents.
      const pending = await placeholdersPending(pool, sync.workspaceId, sync.provider);
      const { live, linked } = await linkedSubscriptions(pool, sync);
      linkage.set(sync, { pending, live, linked });
      if (sync.placeholders !== fromTables.filled)
        disagreements.push(`${sync.label}: ${sync.placeholders} placeholders, ${fromTables.filled} filled`);
      if (pending !== 0) disagreements.push(`${sync.label}: ${pending} placeholders still pending`);
      if (linked !== live)
        disagreements.push(`${sync.label}: ${live - linked} of ${live} subscriptions not on their customer and price`);
    }

    for (const ws of created) {
      const s = (await analytics.getWorkspaceSyncSummary(pool, { workspaceId: ws.id }))!;
      const own = syncs.filter((sync) => sync.workspaceId === ws.id);
      console.log(
        `\n${ws.name}: ${s.sessionsTotal} sync sessions (${s.sessionsCompleted} completed), ${s.eventsTotal} events, last completed sync ${s.lastCompletedSyncAt?.toISOString() ?? 'never'}`,
      );
      console.log(
        table(
          ['sync', ...COUNTS],
          own.map((sync) => [sync.label, ...COUNTS.map((k) => reported.get(sync)![k])]),
        ),
      );
      console.log(
        table(
          ['children first', 'subscriptions', 'placeholders', 'filled', 'pending at end', 'linked subscriptions'],
          own.map((sync) => [
            sync.label,
            sync.childrenFirst,
            sync.placeholders,
            reported.get(sync)!.filled,
            linkage.get(sync)!.pending,
            linkage.get(sync)!.linked,
          ]),
        ),
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

    const totals = COUNTS.map((k) => `${k} ${syncs.reduce((n, sync) => n + reported.get(sync)![k], 0)}`).join('  ');
    console.log(
      [
        '',
        "Stripe: at stripe counts the objects created on the workspace's connected account; listed, inserted to refused",
        'are what backfillStripe reports per type (refused: listed, not stored), rows what the database holds after it.',
        'The inbox counts its events per status once the worker is done (a redelivery is a duplicate, not an event);',
        'the newest state is, per kind of change, how many changed objects the database shows as their last event left',
        'them (a customer deleted: gone, its late update notwithstanding), a/b.',
        'Chargebee: in the sync tables, created to refused count the sync events of the session, one per provider object',
        'delivered: filled is the updated event of a placeholder (a parent named by a child before its own snapshot came),',
        'unchanged (a redelivery: nothing written) and stale (older than the stored row or the provider delete) are skipped',
        'events told apart by their reason, refused is a failed event (no row stored); failed and conflict count rows, as',
        'the entity tables do. Children first: the subscriptions delivered before their customer and price, the',
        'placeholders they left pending (first in getCustomersNeedingSync, getPricesNeedingSync), how many the parents',
        'filled, how many are still pending at the end, and the live subscriptions on the customer and price their',
        'provider object names.',
      ].join('\n'),
    );
    if (disagreements.length > 0) {
      throw new Error(`the bars, the provider and the tables disagree:\n${disagreements.join('\n')}`);
    }
    const backfilled = Object.fromEntries(
      (['listed', ...BACKFILL_COUNTS] as const).map((k) => [
        k,
        sides.reduce((n, side) => n + STRIPE_TYPES.reduce((m, e) => m + side.backfill.counts[e][k], 0), 0),
      ]),
    );
    const inboxTotal = (k: keyof InboxCounts) => sides.reduce((n, side) => n + inboxes.get(side)![k], 0);
    console.log(
      `Totals of the ${sides.length} Stripe backfills, bars, Stripe and tables alike: ` +
        Object.entries(backfilled)
          .map(([k, v]) => `${k} ${v}`)
          .join('  '),
    );
    console.log(
      `Totals of the Stripe webhooks: deliveries ${sides.reduce((n, s) => n + s.recorded + s.duplicates, 0)}  ` +
        `duplicates ${sides.reduce((n, s) => n + s.duplicates, 0)}  tampered refused 1  ` +
        `processed ${inboxTotal('processed')}  ignored ${inboxTotal('ignored')}  pending ${inboxTotal('pending')}`,
    );
    console.log(`Totals of the ${syncs.length} Chargebee syncs, bars and tables alike: ${totals}`);

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
    console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    closing = true;
    // On a failure midway the worker is still running: stopped before its pool ends.
    await worker?.stop().catch(() => {});
    await pool?.end();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
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
