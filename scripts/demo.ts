// npm run demo: a full sync, end to end, on an embedded PostgreSQL started
// here (or a scratch database on DATABASE_URL), through the library's own
// functions only. Two workspaces, each with Stripe and Chargebee configured;
// thousands of provider objects per provider, some invalid (they fail), some
// changed on both sides (conflicts), some replayed out of order (stale).
// Prints the sync summary and per-provider status, shows that the second
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

class Unresolved extends Error {}

type Tally = { created: number; updated: number; stale: number; failed: number; conflict: number };

/** Writes one provider object through the matching Create<Entity>WithSync. */
async function write(db: Db, workspaceId: string, provider: string, obj: ProviderObject, ids: Map<string, string>) {
  // Provider objects are untyped JSON from the wire; the library's parameter checks are the typing.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const d = obj.data as Record<string, any>;
  const common = {
    workspaceId,
    paymentProvider: provider,
    externalId: d.id,
    providerUpdatedAt: new Date(obj.updated * 1000),
    providerData: d,
    metadata: d.metadata ?? {},
  };
  const resolve = (externalId: string, what: string) => {
    const id = ids.get(externalId);
    if (!id) throw new Unresolved(`${what} ${externalId} was never synced`);
    return id;
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
        productId: resolve(d.product, 'product'),
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
        customerId: resolve(d.customer, 'customer'),
        priceId: resolve(item.price.id, 'price'),
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

async function syncDataset(db: Db, workspaceId: string, label: string, dataset: Dataset): Promise<Tally> {
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
  const tally: Tally = { created: 0, updated: 0, stale: 0, failed: 0, conflict: 0 };
  const ids = new Map<string, string>();
  const bar = progressBar(`${label} <- ${provider}`, dataset.objects.length);
  const log = (obj: ProviderObject, eventType: SyncEventType, entityId: string | null, eventMessage: string | null) =>
    syncEvents.createSyncEvent(db, {
      workspaceId,
      sessionId,
      providerName: provider,
      entityType: obj.type,
      entityId,
      externalId: obj.data.id,
      eventType,
      eventMessage,
      eventDetails: { providerUpdatedAt: obj.updated },
    });

  for (let i = 0; i < dataset.objects.length; i++) {
    const obj = dataset.objects[i];
    try {
      const { outcome, row } = (await write(db, workspaceId, provider, obj, ids))!;
      ids.set(obj.data.id, row.id);
      tally[outcome === 'stale' ? 'stale' : outcome]++;
      await log(
        obj,
        outcome === 'stale' ? 'skipped' : outcome,
        row.id,
        outcome === 'stale' ? 'older than the stored version: ignored' : null,
      );
    } catch (error) {
      if (!(error instanceof PaymentSyncDbError || error instanceof Unresolved)) throw error;
      tally.failed++;
      await log(obj, 'failed', null, error.message);
    }
    if (i % 250 === 0 || i === dataset.objects.length - 1) {
      await syncSessions.updateSyncSessionProgress(db, {
        workspaceId,
        id: sessionId,
        progress: { done: i + 1, ...tally },
      });
    }
    bar.update(i + 1, tally);
  }
  bar.done(tally);

  // Conflicts: customers edited locally while the provider changed them too.
  // The push is attempted with the version read before the edit and loses.
  const mine = await syncStatus.getCustomersByPaymentProvider(db, {
    workspaceId,
    paymentProvider: provider,
    limit: 1000,
  });
  for (const c of mine.filter((_, k) => k % 40 === 7)) {
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
  // Failures reported by the provider for a batch: one bulk statement.
  const rejected = mine.filter((_, k) => k % 50 === 3).map((c) => c.externalId!);
  if (rejected.length > 0) {
    tally.failed += await syncStatus.bulkUpdateCustomerSyncStatus(db, {
      workspaceId,
      paymentProvider: provider,
      externalIds: rejected,
      paymentSyncStatus: 'failed',
      paymentSyncError: 'rejected by the provider API (demo)',
    });
  }
  await syncSessions.updateSyncSessionProgress(db, {
    workspaceId,
    id: sessionId,
    progress: { done: dataset.objects.length, ...tally },
  });
  await syncSessions.updateSyncSessionStatus(db, { workspaceId, id: sessionId, status: 'completed' });
  return tally;
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
        await syncDataset(pool, ws.id, tenant.name, dataset);
      }
    }

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
