// npm run demo: a full sync, end to end, on an embedded PostgreSQL started
// here (or a scratch database on DATABASE_URL), through the library's own
// functions only. Two workspaces, each with Stripe and Chargebee configured;
// thousands of provider objects per provider, some invalid (the library
// refuses them), some replayed out of order (stale), and pushes back of local
// edits, some of which conflict (changed on both sides) or fail (rejected by
// the provider). A progress bar per sync tracks all of it. Prints per sync
// what the database reports it did (the same counts as its bar: checked, a
// disagreement is an error), the sync summary and per-provider status, the
// totals, shows that the second workspace sees none of the first's data,
// stops the server. Exits non-zero on any unexpected error.
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

/** What a sync did: provider objects created, updated, stale (ignored) and refused; rows failed and in conflict. */
type Tally = { created: number; updated: number; stale: number; refused: number; failed: number; conflict: number };

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

interface Sync {
  /** The progress bar's label, and the sync's row in the syncs table: "Acme Corp <- stripe". */
  label: string;
  workspaceId: string;
  provider: string;
  sessionId: string;
  /** The counts the progress bar ended on. */
  tally: Tally;
}

/**
 * One full sync session: writes every provider object (created, updated,
 * stale, or refused by the library: then no row is stored), then pushes the
 * local edits back: customers edited locally meanwhile lose the push
 * (conflict), customers the provider rejects are marked failed. The bar tracks
 * all of it, so its last counts are what the tables report afterwards.
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
  const tally: Tally = { created: 0, updated: 0, stale: 0, refused: 0, failed: 0, conflict: 0 };
  const ids = new Map<string, string>();
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

  for (const obj of dataset.objects) {
    try {
      const { outcome, row } = (await write(db, workspaceId, provider, obj, ids))!;
      ids.set(obj.data.id, row.id);
      tally[outcome]++;
      await log(
        obj,
        outcome === 'stale' ? 'skipped' : outcome,
        row.id,
        outcome === 'stale' ? 'older than the stored version: ignored' : null,
      );
    } catch (error) {
      if (!(error instanceof PaymentSyncDbError || error instanceof Unresolved)) throw error;
      tally.refused++;
      await log(obj, 'failed', null, error.message);
    }
    await advance();
  }

  // Conflicts: customers edited locally while the provider changed them too.
  // The push is attempted with the version read before the edit and loses.
  for (const externalId of dataset.conflicts) {
    const id = ids.get(externalId);
    const c = id ? await customers.getCustomer(db, { workspaceId, id }) : null;
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
  return { label, workspaceId, provider, sessionId, tally };
}

/**
 * What the database says a sync did, in the bar's terms: created, updated,
 * stale and refused from the session's sync events (one per provider object;
 * a refused object is a failed event and has no row), failed and conflict
 * from its provider's rows (one sync per workspace and provider, so they are
 * all its rows). Also the number of those rows, which it all created.
 */
async function reportedBy(db: Db, sync: Sync): Promise<{ counts: Tally; rows: number }> {
  const events = (await syncEvents.getSyncEventsSummaryBySession(db, {
    workspaceId: sync.workspaceId,
    sessionId: sync.sessionId,
  }))!;
  const rows = await analytics.getProviderSyncStatusByWorkspace(db, {
    workspaceId: sync.workspaceId,
    paymentProvider: sync.provider,
  });
  const sum = (k: 'total' | 'failed' | 'conflict') => rows.reduce((n, r) => n + Number(r[k]), 0);
  return {
    counts: {
      created: Number(events.created),
      updated: Number(events.updated),
      stale: Number(events.skipped),
      refused: Number(events.failed),
      failed: sum('failed'),
      conflict: sum('conflict'),
    },
    rows: sum('total'),
  };
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
    const counts = ['created', 'updated', 'stale', 'refused', 'failed', 'conflict'] as const;
    const disagreements: string[] = [];
    const reported = new Map<Sync, Tally>();
    for (const sync of syncs) {
      const { counts: fromTables, rows } = await reportedBy(pool, sync);
      reported.set(sync, fromTables);
      for (const k of counts) {
        if (sync.tally[k] !== fromTables[k])
          disagreements.push(`${sync.label}: bar ${k} ${sync.tally[k]}, tables ${fromTables[k]}`);
      }
      if (sync.tally.created !== rows)
        disagreements.push(`${sync.label}: bar created ${sync.tally.created}, rows ${rows}`);
    }

    for (const ws of created) {
      const s = (await analytics.getWorkspaceSyncSummary(pool, { workspaceId: ws.id }))!;
      console.log(
        `\n${ws.name}: ${s.sessionsTotal} sync sessions (${s.sessionsCompleted} completed), ${s.eventsTotal} events, last completed sync ${s.lastCompletedSyncAt?.toISOString() ?? 'never'}`,
      );
      console.log(
        table(
          ['sync', ...counts],
          syncs
            .filter((sync) => sync.workspaceId === ws.id)
            .map((sync) => [sync.label, ...counts.map((k) => reported.get(sync)![k])]),
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

    const totals = counts.map((k) => `${k} ${syncs.reduce((n, sync) => n + reported.get(sync)![k], 0)}`).join('  ');
    console.log(
      '\nIn the sync tables, created, updated, stale and refused count the sync events of the session (one per provider object;',
    );
    console.log(
      'a refused object is a failed event and stores no row); failed and conflict count rows, as the entity tables do.',
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
