// Tenancy as evidence: every exported query function is called with
// workspace B's id and workspace A's object ids and external ids. Reads must
// return nothing of A (and exactly what ids that exist nowhere would return);
// writes must change none of A's rows, and none of B's when they target A's
// ids. A function with a parameter this file cannot fill fails the test, so a
// new query cannot slip in without coverage.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { PaymentSyncDbError, syncEvents, webhookEvents } from '../src/index.js';
import { useDatabase } from './support/database.js';
import {
  insertCustomer,
  insertPrice,
  insertProduct,
  insertRow,
  insertSubscription,
  insertSyncEvent,
  insertSyncSession,
  insertWebhookEvent,
  insertWorkspace,
  TENANT_TABLES,
} from './support/factories.js';
import {
  isWrite,
  libraryFunctions,
  paramsFor,
  subjectTable,
  WEBHOOK_CLAIM_TOKEN,
} from './support/library-functions.js';

const db = useDatabase();

/**
 * The queries meant to span workspaces, each tested apart below: the scheduler's
 * getWorkspacesByProvider, the webhook intake's getWorkspaceByProviderAccount (one endpoint
 * receives every connected account's events), the webhook worker's claimWebhookEvents (a
 * worker serves every tenant; its workspaceId filter is optional) and the maintenance of the
 * partitioned logs, createLogPartitions and dropLogPartitions (migration 0012: a partition holds
 * a month of every workspace's rows, so retention by partition is by time, for all at once).
 */
const CROSS_WORKSPACE = new Set([
  'workspaces.getWorkspacesByProvider',
  'workspaces.getWorkspaceByProviderAccount',
  'webhookEvents.claimWebhookEvents',
  'syncEvents.createLogPartitions',
  'syncEvents.dropLogPartitions',
]);

interface Tenant {
  workspaceId: string;
  ids: Record<string, string>;
  externalIds: Record<string, string>;
}

async function seedTenant(pool: pg.Pool, prefix: string): Promise<Tenant> {
  const { id: workspaceId } = await insertWorkspace(pool);
  for (const providerName of ['stripe', 'chargebee']) {
    await insertRow(pool, 'workspace_payment_providers', {
      workspaceId,
      providerName,
      config: { region: 'eu', accountId: `acct_${prefix}` },
    });
  }
  const ext = (kind: string) => `${prefix}_${kind}`;
  const customer = await insertCustomer(pool, workspaceId, { externalId: ext('cus'), paymentSyncStatus: 'synced' });
  await insertCustomer(pool, workspaceId, { externalId: ext('cus2'), paymentSyncStatus: 'conflict' });
  await insertCustomer(pool, workspaceId, { externalId: ext('cus3'), paymentSyncStatus: 'pending' });
  const product = await insertProduct(pool, workspaceId, { externalId: ext('prod'), paymentSyncStatus: 'failed' });
  const price = await insertPrice(pool, workspaceId, product.id, {
    externalId: ext('price'),
    paymentSyncStatus: 'synced',
  });
  const subscription = await insertSubscription(
    pool,
    workspaceId,
    { customerId: customer.id, priceId: price.id },
    { externalId: ext('sub'), paymentSyncStatus: 'conflict' },
  );
  const session = await insertSyncSession(pool, workspaceId, { status: 'running' });
  await insertSyncSession(pool, workspaceId, { sessionType: 'incremental', status: 'completed' });
  const event = await insertSyncEvent(pool, workspaceId, session.id, { entityId: customer.id, externalId: ext('cus') });
  await insertSyncEvent(pool, workspaceId, session.id, {
    entityType: 'price',
    eventType: 'failed',
    externalId: ext('price'),
  });
  // The webhook inbox: an event in every status. The processing one holds a claim (a claim token,
  // a lease): the fenced functions name it. Pending, failed (backoff passed) and an expired
  // processing one are due.
  const webhook = (n: number, overrides: Record<string, unknown>) =>
    insertWebhookEvent(pool, workspaceId, {
      providerEventId: ext(`evt${n}`),
      entityType: 'customer',
      externalId: ext('cus'),
      payload: { id: ext(`evt${n}`), customer: ext('cus') },
      ...overrides,
    });
  const claimed = await webhook(1, { status: 'processing' });
  await webhook(2, { status: 'pending' });
  await webhook(3, { status: 'processed', processedAt: new Date(), receivedAt: new Date('2025-01-01T00:00:00Z') });
  await webhook(4, { status: 'failed', attempts: 1, lastError: 'boom', nextAttemptAt: new Date(Date.now() - 60_000) });
  await webhook(5, { status: 'dead', attempts: 10, lastError: 'boom' });
  await webhook(6, { status: 'ignored', processedAt: new Date(), receivedAt: new Date('2025-01-01T00:00:00Z') });
  const expired = new Date(Date.now() - 60_000);
  await webhook(7, { status: 'processing', lockedUntil: expired, nextAttemptAt: expired });
  await webhook(8, { status: 'pending', providerName: 'chargebee' });
  return {
    workspaceId,
    ids: {
      customers: customer.id,
      products: product.id,
      prices: price.id,
      subscriptions: subscription.id,
      payment_sync_sessions: session.id,
      payment_sync_events: event.id,
      payment_webhook_events: claimed.id,
      [WEBHOOK_CLAIM_TOKEN]: claimed.claimToken!,
    },
    externalIds: {
      customers: ext('cus'),
      products: ext('prod'),
      prices: ext('price'),
      subscriptions: ext('sub'),
      payment_sync_events: ext('cus'),
      payment_webhook_events: ext('evt1'),
    },
  };
}

/** Every row of one workspace, as JSON text. */
async function rowsOf(pool: pg.Pool | pg.PoolClient, workspaceId: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TENANT_TABLES) {
    const key = table === 'workspaces' ? 'id' : 'workspace_id';
    const { rows } = await pool.query<{ r: string }>(
      `SELECT to_jsonb(t)::text AS r FROM ${table} t WHERE ${key} = $1 ORDER BY 1`,
      [workspaceId],
    );
    out[table] = rows.map((row) => row.r);
  }
  return out;
}

/** The call's result, or the class of the typed error it threw (its transaction rolled back to before it). */
async function outcome(tx: pg.PoolClient, call: () => Promise<unknown>): Promise<unknown> {
  await tx.query('SAVEPOINT call');
  try {
    return { result: await call() };
  } catch (error) {
    await tx.query('ROLLBACK TO SAVEPOINT call');
    if (!(error instanceof PaymentSyncDbError)) throw error;
    return { error: error.constructor.name };
  }
}

describe('isolation matrix', () => {
  let a: Tenant;
  let b: Tenant;
  beforeAll(async () => {
    a = await seedTenant(db.pool, 'a');
    b = await seedTenant(db.pool, 'b');
  });

  const functions = libraryFunctions();

  it('covers every exported query function', () => {
    console.log(`isolation matrix: ${functions.length} exported query functions`);
    expect(functions.length).toBeGreaterThanOrEqual(19);
  });

  for (const { name, fn } of functions) {
    if (CROSS_WORKSPACE.has(name)) continue;
    it(`${name}: B's workspace with A's ids sees and changes nothing of A`, async () => {
      // Each call runs in a transaction rolled back afterwards: calls do not see each other's writes.
      const tx = await db.pool.connect();
      try {
        await tx.query('BEGIN');
        await check(tx, name, fn);
      } finally {
        await tx.query('ROLLBACK');
        tx.release();
      }
    });
  }

  async function check(tx: pg.PoolClient, name: string, fn: (typeof functions)[number]['fn']) {
    const table = subjectTable(fn.info);
    const params = paramsFor(name, fn.info, table, b.workspaceId, a.ids, a.externalIds);
    const insert = /insert\s+into/i.test(fn.info.text);
    const namesA = fn.info.params.some((p) =>
      [
        'id',
        'customerId',
        'productId',
        'priceId',
        'sessionId',
        'entityId',
        'externalId',
        'externalIds',
        'providerEventId',
        'claimToken',
      ].includes(p.name),
    );
    const beforeA = await rowsOf(tx, a.workspaceId);
    const beforeB = await rowsOf(tx, b.workspaceId);
    const got = await outcome(tx, () => fn(tx, params));

    expect(await rowsOf(tx, a.workspaceId)).toEqual(beforeA);
    // Nothing of A comes back: its uuids never; its external ids only as the echo of an insert into B.
    const text = JSON.stringify(got);
    const identifiers = [a.workspaceId, ...Object.values(a.ids), ...(insert ? [] : Object.values(a.externalIds))];
    for (const id of identifiers) expect(text, `${name} returned A's ${id}`).not.toContain(id);
    if (isWrite(fn.info)) {
      // Targeting A's ids from B must not touch B either.
      if (namesA && !insert) expect(await rowsOf(tx, b.workspaceId)).toEqual(beforeB);
    } else if (namesA) {
      // A's ids behave exactly like ids that exist nowhere.
      const nowhere = paramsFor(
        name,
        fn.info,
        table,
        b.workspaceId,
        Object.fromEntries(Object.keys(a.ids).map((k) => [k, randomUUID()])),
        Object.fromEntries(Object.keys(a.externalIds).map((k) => [k, `nowhere_${k}`])),
      );
      expect(await outcome(tx, () => fn(tx, nowhere))).toEqual(got);
    }
  }

  it("names a live claim: A's own workspace with A's ids completes, fails, ignores and renews A's processing event", async () => {
    // The fenced calls above find nothing from B; here the same ids find A's event, so that is not vacuous.
    const fence = {
      workspaceId: a.workspaceId,
      id: a.ids.payment_webhook_events,
      claimToken: a.ids[WEBHOOK_CLAIM_TOKEN],
    };
    const fail = { lastError: 'e', maxAttempts: 10, baseSeconds: 1, maxBackoffSeconds: 3600 };
    for (const call of [
      (tx: pg.PoolClient) => webhookEvents.completeWebhookEvent(tx, fence),
      (tx: pg.PoolClient) => webhookEvents.failWebhookEvent(tx, { ...fence, ...fail }),
      (tx: pg.PoolClient) => webhookEvents.ignoreWebhookEvent(tx, fence),
      (tx: pg.PoolClient) => webhookEvents.renewWebhookEventLease(tx, { ...fence, leaseSeconds: 60 }),
    ]) {
      const event = await rolledBack(call);
      expect(event?.id).toBe(fence.id);
    }
  });

  it('knows every cross-workspace query it exempts', () => {
    const cross = functions.filter((f) => CROSS_WORKSPACE.has(f.name)).map((f) => f.name);
    expect(cross.sort()).toEqual([...CROSS_WORKSPACE].sort());
  });

  it("lets the scheduler's cross-workspace query see both workspaces, and only that one", async () => {
    const { fn } = functions.find((f) => f.name === 'workspaces.getWorkspacesByProvider')!;
    const rows = (await fn(db.pool, { providerName: 'stripe', limit: 1000 })) as { workspaceId: string }[];
    expect(rows.map((r) => r.workspaceId)).toEqual(expect.arrayContaining([a.workspaceId, b.workspaceId]));
  });

  it("lets the intake's account lookup find each tenant by its own account, and only by it", async () => {
    const { fn } = functions.find((f) => f.name === 'workspaces.getWorkspaceByProviderAccount')!;
    for (const [tenant, accountId] of [
      [a, 'acct_a'],
      [b, 'acct_b'],
    ] as const) {
      const row = (await fn(db.pool, { providerName: 'stripe', accountId })) as { workspaceId: string } | null;
      expect(row?.workspaceId).toBe(tenant.workspaceId);
    }
    expect(await fn(db.pool, { providerName: 'stripe', accountId: 'acct_nobody' })).toBeNull();
  });

  /** Runs `fn` in a transaction rolled back afterwards (claims write: the seeded rows stay as they are). */
  async function rolledBack<T>(fn: (tx: pg.PoolClient) => Promise<T>): Promise<T> {
    const tx = await db.pool.connect();
    try {
      await tx.query('BEGIN');
      return await fn(tx);
    } finally {
      await tx.query('ROLLBACK');
      tx.release();
    }
  }

  /** The events of `tenant` that a claim may take now: pending, failed past its backoff, processing with an expired lease. */
  async function dueOf(tx: pg.PoolClient, tenant: Tenant, providerName?: string): Promise<string[]> {
    const { rows } = await tx.query<{ id: string }>(
      `SELECT id FROM payment_webhook_events
       WHERE workspace_id = $1 AND status IN ('pending', 'processing', 'failed')
         AND next_attempt_at < clock_timestamp() + interval '1 millisecond'
         AND ($2::text IS NULL OR provider_name = $2)
       ORDER BY id`,
      [tenant.workspaceId, providerName ?? null],
    );
    return rows.map((r) => r.id);
  }

  for (const providerName of [undefined, 'stripe']) {
    const filter = providerName ? `workspaceId: B, providerName: '${providerName}'` : 'workspaceId: B';
    it(`webhookEvents.claimWebhookEvents with ${filter} claims none of A's events and changes none of A's rows`, async () => {
      await rolledBack(async (tx) => {
        const beforeA = await rowsOf(tx, a.workspaceId);
        const dueB = await dueOf(tx, b, providerName);
        // The check is not vacuous: both workspaces have due events.
        expect(await dueOf(tx, a, providerName)).not.toEqual([]);
        expect(dueB).not.toEqual([]);
        const claimed = await webhookEvents.claimWebhookEvents(tx, {
          workspaceId: b.workspaceId,
          providerName,
          leaseSeconds: 60,
          limit: 1000,
        });
        // Exactly B's due events (of the provider), claimed; nothing of A in the result or in A's rows.
        expect(claimed.map((e) => e.id).sort()).toEqual(dueB);
        for (const event of claimed) {
          expect(event.workspaceId).toBe(b.workspaceId);
          expect(event.status).toBe('processing');
          if (providerName) expect(event.providerName).toBe(providerName);
        }
        const text = JSON.stringify(claimed);
        for (const id of [a.workspaceId, ...Object.values(a.ids), ...Object.values(a.externalIds)]) {
          expect(text, `claimWebhookEvents returned A's ${id}`).not.toContain(id);
        }
        expect(await rowsOf(tx, a.workspaceId)).toEqual(beforeA);
        // And a second claim finds nothing more of B (and still nothing of A).
        expect(
          await webhookEvents.claimWebhookEvents(tx, {
            workspaceId: b.workspaceId,
            providerName,
            leaseSeconds: 60,
            limit: 1000,
          }),
        ).toEqual([]);
        expect(await rowsOf(tx, a.workspaceId)).toEqual(beforeA);
      });
    });
  }

  it("syncEvents.createLogPartitions changes no tenant's rows: each stays as it was, where its month is", async () => {
    await rolledBack(async (tx) => {
      const beforeA = await rowsOf(tx, a.workspaceId);
      const beforeB = await rowsOf(tx, b.workspaceId);
      // Far enough ahead that partitions are created (and both tenants' rows stay in theirs).
      const created = await syncEvents.createLogPartitions(tx, { monthsAhead: 24 });
      expect(created.length).toBeGreaterThan(0);
      expect(JSON.stringify(created)).not.toContain(a.workspaceId);
      expect(await rowsOf(tx, a.workspaceId)).toEqual(beforeA);
      expect(await rowsOf(tx, b.workspaceId)).toEqual(beforeB);
    });
  });

  it("syncEvents.dropLogPartitions is by time for every workspace: both tenants' old months go, the rest stays", async () => {
    await rolledBack(async (tx) => {
      // A month long past, with a finished event and a sync event of each tenant in it.
      await tx.query(`SELECT psdb_create_log_partition('payment_sync_events', '2001-02-01')`);
      await tx.query(`SELECT psdb_create_log_partition('payment_webhook_events', '2001-02-01')`);
      const old = new Date('2001-02-10T00:00:00Z');
      for (const tenant of [a, b]) {
        await insertSyncEvent(tx, tenant.workspaceId, tenant.ids.payment_sync_sessions, { createdAt: old });
        await insertWebhookEvent(tx, tenant.workspaceId, { occurredAt: old, status: 'processed', processedAt: old });
      }
      const beforeA = await rowsOf(tx, a.workspaceId);
      const beforeB = await rowsOf(tx, b.workspaceId);
      const dropped = await syncEvents.dropLogPartitions(tx, { olderThan: new Date('2001-03-01T00:00:00Z') });
      expect(dropped.map((d) => [d.partitionName, d.dropped])).toEqual([
        ['payment_sync_events_p2001_02', true],
        ['payment_webhook_events_p2001_02', true],
      ]);
      // Exactly the old month's rows are gone, of both tenants alike.
      const withoutOld = (rows: Record<string, string[]>) =>
        Object.fromEntries(
          Object.entries(rows).map(([table, list]) => [table, list.filter((r) => !r.includes('"2001-02-10'))]),
        );
      for (const [tenant, before] of [
        [a, beforeA],
        [b, beforeB],
      ] as const) {
        const after = await rowsOf(tx, tenant.workspaceId);
        expect(after).toEqual(withoutOld(before));
        expect(after.payment_sync_events.length).toBe(before.payment_sync_events.length - 1);
        expect(after.payment_webhook_events.length).toBe(before.payment_webhook_events.length - 1);
      }
    });
  });

  it("webhookEvents.claimWebhookEvents without workspaceId serves every tenant: both workspaces' due events", async () => {
    await rolledBack(async (tx) => {
      const due = [...(await dueOf(tx, a)), ...(await dueOf(tx, b))];
      const claimed = await webhookEvents.claimWebhookEvents(tx, { leaseSeconds: 60, limit: 1000 });
      const ours = claimed.filter((e) => e.workspaceId === a.workspaceId || e.workspaceId === b.workspaceId);
      expect(ours.map((e) => e.id).sort()).toEqual(due.sort());
      expect(new Set(ours.map((e) => e.workspaceId))).toEqual(new Set([a.workspaceId, b.workspaceId]));
    });
  });
});
