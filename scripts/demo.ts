// npm run demo: a full sync, end to end, on an embedded PostgreSQL started
// here (or a scratch database on DATABASE_URL), through the library's own
// functions only. Two workspaces, each with Stripe and Chargebee configured;
// thousands of provider objects per provider, delivered as a provider's
// webhooks arrive: children name their parents by the provider's ids, and
// some subscriptions come before their customer and price (the library holds
// a placeholder for each parent until its snapshot fills it); some objects
// come twice (a redelivery: unchanged, nothing written), some older versions
// after newer ones (stale), some are deleted at the provider (a tombstone),
// some with a late, older update after the delete (stale: it stays deleted);
// some are invalid (the library refuses them). Then the local edits are
// pushed back, some of which conflict (changed on both sides) or fail
// (rejected by the provider). A progress bar per sync tracks all of it.
// Prints per sync what the database reports it did (the same counts as its
// bar: checked, a disagreement is an error), that no placeholder is left
// pending and every subscription points at its real customer and price, the
// sync summary and per-provider status, the totals, shows that the second
// workspace sees none of the first's data, stops the server. Exits non-zero
// on any unexpected error.
import pg from 'pg';
import {
  analytics,
  createPool,
  customers,
  migrate,
  PaymentSyncDbError,
  prices,
  products,
  subscriptions,
  syncEvents,
  syncSessions,
  syncStatus,
  workspaces,
  type SyncEventType,
} from '../src/index.js';
import { generateDataset, type Dataset, type ProviderObject, type Sizes } from './demo/provider-data.js';
import { progressBar, table } from './demo/terminal.js';
import { redact, startPostgres } from './embedded-postgres.js';

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
 * The live subscriptions of the sync's provider, and how many point at the
 * customer and the price their provider object names, each a described row
 * (not a placeholder): read back after the sync, by the provider's ids.
 */
async function linkedSubscriptions(db: Db, sync: Sync): Promise<{ live: number; linked: number }> {
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
  const priceIds = [...new Set(named.map((d) => d.items.data[0].price.id as string))];
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
    (s, i) =>
      s.customerId === customerOf.get(named[i].customer) && s.priceId === priceOf.get(named[i].items.data[0].price.id),
  ).length;
  return { live: subs.length, linked };
}

async function main(): Promise<void> {
  const started = Date.now();
  const server = await startPostgres();
  const scratch = `psdb_demo_${Date.now()}`;
  const admin = new pg.Client(server.url);
  let pool: pg.Pool | undefined;
  let closing = false;
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${scratch}`);
    const url = new URL(server.url);
    url.pathname = `/${scratch}`;
    console.log(`PostgreSQL: ${server.description}, scratch database ${scratch} (${redact(url.toString())})`);
    pool = createPool({
      connectionString: url.toString(),
      max: 4,
      // Connections closing while the scratch database is dropped are expected.
      onIdleError: (error) => closing || console.warn('idle connection lost:', error),
    });
    const applied = await migrate({ pool });
    console.log(`migrated: ${applied.join(', ')}\n`);

    const tenants = [
      {
        name: 'Acme Corp',
        seed: 1,
        stripe: { customers: 2000, products: 40, pricesPerProduct: 3, subscriptions: 1500 },
        chargebee: { customers: 600, products: 15, pricesPerProduct: 2, subscriptions: 400 },
      },
      {
        name: 'Globex',
        seed: 2,
        stripe: { customers: 800, products: 20, pricesPerProduct: 2, subscriptions: 600 },
        chargebee: { customers: 400, products: 10, pricesPerProduct: 2, subscriptions: 300 },
      },
    ];
    const created: { id: string; name: string }[] = [];
    const syncs: Sync[] = [];
    for (const tenant of tenants) {
      const ws = (await workspaces.createWorkspace(pool, { name: tenant.name }))!;
      created.push(ws);
      for (const providerName of ['stripe', 'chargebee'] as const) {
        await workspaces.updateWorkspaceProviderConfig(pool, {
          workspaceId: ws.id,
          providerName,
          enabled: true,
          config: { credentialsRef: `vault://billing/${providerName}/${ws.id}`, syncEvery: '15m' },
        });
      }
      for (const providerName of ['stripe', 'chargebee'] as const) {
        const dataset = generateDataset(
          providerName,
          sized(tenant[providerName]),
          tenant.seed * 10 + (providerName === 'stripe' ? 1 : 2),
        );
        syncs.push(await syncDataset(pool, ws.id, `${tenant.name} <- ${providerName}`, dataset));
      }
    }

    // The bars' last counts against what the database reports for each sync.
    const disagreements: string[] = [];
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
        'In the sync tables, created to refused count the sync events of the session, one per provider object delivered:',
        'filled is the updated event of a placeholder (a parent named by a child before its own snapshot came), unchanged',
        '(a redelivery: nothing written) and stale (older than the stored row or the provider delete) are skipped events',
        'told apart by their reason, refused is a failed event (no row stored); failed and conflict count rows, as the',
        'entity tables do. Children first: the subscriptions delivered before their customer and price, the placeholders',
        'they left pending (first in getCustomersNeedingSync, getPricesNeedingSync), how many the parents filled, how many',
        'are still pending at the end, and the live subscriptions on the customer and price their provider object names.',
      ].join('\n'),
    );
    if (disagreements.length > 0) throw new Error(`the bars and the tables disagree:\n${disagreements.join('\n')}`);
    console.log(`Totals of the ${syncs.length} syncs, bars and tables alike: ${totals}`);

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
    console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    closing = true;
    await pool?.end();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
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
