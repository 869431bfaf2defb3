// The inbox's worker side (src/inbox.ts) under stress: every distinct event's
// effect exactly once, with concurrent workers, duplicate deliveries, killed
// backends, poison events, expired leases and a long-running worker.
//
// Effects go to a table this file creates, `effects`, WITHOUT a unique
// constraint: an event applied twice would show as two rows.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ConnectionError,
  processWebhookEvents,
  startWebhookWorker,
  webhookEvents,
  withTransaction,
  type ProcessCounts,
  type WebhookEvent,
  type WebhookHandler,
} from '../src/index.js';
import { useDatabase } from './support/database.js';
import { insertWorkspace } from './support/factories.js';

const db = useDatabase({ poolSize: 10 });

/**
 * The stress tests' own pool of 20, whose sessions commit without waiting for the WAL flush
 * (synchronous_commit off): each recorded delivery is a commit, and on a small machine the
 * fsyncs, not the inbox, would set the pace. It changes durability across a server crash only:
 * what a commit makes visible, and when, and what a killed backend loses, are the same.
 */
function stressPool(): pg.Pool {
  const pool = new pg.Pool({ connectionString: db.url, max: 20, options: '-c synchronous_commit=off' });
  pool.on('error', () => undefined);
  return pool;
}

beforeAll(async () => {
  await db.pool.query(`
    CREATE TABLE effects (
      workspace_id uuid NOT NULL,
      event_id uuid NOT NULL,
      provider_event_id text NOT NULL,
      worker text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
  // Not unique: only to find an event's effects fast.
  await db.pool.query('CREATE INDEX effects_event ON effects (event_id)');
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const BASE_TIME = Date.UTC(2026, 0, 1);
const zero = (): ProcessCounts => ({ processed: 0, failed: 0, dead: 0, ignored: 0, lost: 0 });
const add = (into: ProcessCounts, batch: ProcessCounts) => {
  for (const key of Object.keys(into) as (keyof ProcessCounts)[]) into[key] += batch[key];
};
const totalOf = (c: ProcessCounts) => c.processed + c.failed + c.dead + c.ignored + c.lost;

/** A promise and the function that resolves it: to stall a handler until the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Writes the event's effect through the transaction the handler was given. */
async function writeEffect(event: WebhookEvent, tx: pg.PoolClient, worker: string) {
  await tx.query('INSERT INTO effects (workspace_id, event_id, provider_event_id, worker) VALUES ($1, $2, $3, $4)', [
    event.workspaceId,
    event.id,
    event.providerEventId,
    worker,
  ]);
}
const effectHandler =
  (worker: string): WebhookHandler =>
  (event, tx) =>
    writeEffect(event, tx, worker);

interface Delivery {
  workspaceId: string;
  providerName: string;
  providerEventId: string;
  eventType: string;
  occurredAt: Date;
  payload: { id: string; delivery: number };
}

/**
 * `distinct` events of `providerName` over `workspaceIds`, each delivered once, plus `duplicates`
 * redeliveries of random ones (another payload, the same provider event id), shuffled.
 */
function deliveries(workspaceIds: string[], providerName: string, distinct: number, duplicates: number): Delivery[] {
  const events = Array.from({ length: distinct }, (_, i) => ({
    workspaceId: workspaceIds[i % workspaceIds.length],
    providerName,
    providerEventId: `evt_${providerName}_${i}`,
    eventType: 'customer.updated',
    occurredAt: new Date(BASE_TIME + Math.floor(Math.random() * 86_400_000)),
    payload: { id: `evt_${i}`, delivery: 0 },
  }));
  const redeliveries = Array.from({ length: duplicates }, (_, i) => {
    const original = events[Math.floor(Math.random() * distinct)];
    return { ...original, payload: { ...original.payload, delivery: i + 1 } };
  });
  return shuffle([...events, ...redeliveries]);
}

/** Records `all` with `concurrency` callers at once; a call that meets a killed connection is repeated. */
async function recordAll(pool: pg.Pool, all: Delivery[], concurrency: number) {
  let next = 0;
  let recorded = 0;
  let duplicates = 0;
  let connectionErrors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < all.length) {
        const delivery = all[next++];
        for (;;) {
          try {
            const { duplicate } = await webhookEvents.recordWebhookEvent(pool, delivery);
            if (duplicate) duplicates++;
            else recorded++;
            break;
          } catch (error) {
            if (!(error instanceof ConnectionError)) throw error;
            connectionErrors++;
          }
        }
      }
    }),
  );
  return { recorded, duplicates, connectionErrors };
}

/** Events of the provider per status. */
async function statusCounts(providerName: string): Promise<Record<string, number>> {
  const { rows } = await db.pool.query<{ status: string; n: number }>(
    'SELECT status, count(*)::int AS n FROM payment_webhook_events WHERE provider_name = $1 GROUP BY 1',
    [providerName],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/**
 * The exactly-once check: per event of the provider, its status and how many effect rows it has;
 * and effect rows that belong to no event of it.
 */
async function effectsPerEvent(providerName: string) {
  const { rows } = await db.pool.query<{ status: string; effects: number; n: number }>(
    `SELECT e.status, (SELECT count(*)::int FROM effects f WHERE f.workspace_id = e.workspace_id AND f.event_id = e.id) AS effects,
            count(*)::int AS n
     FROM payment_webhook_events e WHERE e.provider_name = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
    [providerName],
  );
  const { rows: strays } = await db.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM effects f
     WHERE f.provider_event_id LIKE $1 AND NOT EXISTS (
       SELECT FROM payment_webhook_events e WHERE e.workspace_id = f.workspace_id AND e.id = f.event_id)`,
    [`evt_${providerName}_%`],
  );
  return { groups: rows, strays: strays[0].n };
}

async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs: number, everyMs = 20) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

const effectRows = async (eventId: string) =>
  (
    await db.pool.query<{ worker: string }>('SELECT worker FROM effects WHERE event_id = $1 ORDER BY created_at', [
      eventId,
    ])
  ).rows.map((r) => r.worker);

const workspace = async () => (await insertWorkspace(db.pool)).id;

let sequence = 0;
async function record(workspaceId: string, overrides: Partial<Delivery> = {}): Promise<WebhookEvent> {
  const n = ++sequence;
  const { event } = await webhookEvents.recordWebhookEvent(db.pool, {
    workspaceId,
    providerName: 'stripe',
    providerEventId: `evt_single_${n}_${Math.random().toString(36).slice(2, 10)}`,
    eventType: 'customer.updated',
    occurredAt: new Date(BASE_TIME + n * 1000),
    payload: { id: `evt_${n}`, delivery: 0 },
    ...overrides,
  });
  return event;
}

describe('exactly once under stress', () => {
  it('8 concurrent workers, 20,000 deliveries (20% duplicates) recorded in shuffled order while they run', async () => {
    const providerName = 'stress';
    const workspaceIds = [await workspace(), await workspace(), await workspace()];
    const DISTINCT = 16_000;
    const all = deliveries(workspaceIds, providerName, DISTINCT, 4_000);
    expect(all).toHaveLength(20_000);
    const pool = stressPool();
    const started = Date.now();

    let recordingDone = false;
    // Half of it is a backlog when the workers start; the other half arrives while they run.
    const backlog = await recordAll(pool, all.slice(0, 10_000), 4);
    const backlogAt = Date.now() - started;
    let recordedAt = 0;
    const recording = recordAll(pool, all.slice(10_000), 4).finally(() => {
      recordingDone = true;
      recordedAt = Date.now() - started;
    });
    const counts = zero();
    const errors: unknown[] = [];
    let batches = 0;
    const deadline = Date.now() + 100_000;
    const worker = async (n: number) => {
      const handler = effectHandler(`w${n}`);
      while (Date.now() < deadline) {
        try {
          const batch = await processWebhookEvents(pool, { handler, limit: 50, leaseSeconds: 60, providerName });
          add(counts, batch);
          if (totalOf(batch) > 0) {
            batches++;
            continue;
          }
        } catch (error) {
          errors.push(error);
        }
        // Nothing due: done when everything is recorded and processed, else wait for more.
        if (recordingDone && counts.processed >= DISTINCT) return;
        await sleep(10);
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, n) => worker(n)));
    const arrived = await recording;
    await pool.end();
    const recorded = {
      recorded: backlog.recorded + arrived.recorded,
      duplicates: backlog.duplicates + arrived.duplicates,
      connectionErrors: backlog.connectionErrors + arrived.connectionErrors,
    };
    const elapsed = Date.now() - started;
    console.log(
      `stress: backlog of 10,000 deliveries recorded in ${backlogAt} ms, all 20,000 in ${recordedAt} ms; ` +
        `${DISTINCT} events processed in ${batches} batches, done at ${elapsed} ms`,
    );

    expect(errors).toEqual([]);
    expect(recorded).toEqual({ recorded: DISTINCT, duplicates: 4_000, connectionErrors: 0 });
    expect(counts).toEqual({ processed: DISTINCT, failed: 0, dead: 0, ignored: 0, lost: 0 });
    // Every event processed, with exactly one effect; no effect without its event.
    expect(await effectsPerEvent(providerName)).toEqual({
      groups: [{ status: 'processed', effects: 1, n: DISTINCT }],
      strays: 0,
    });
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS effects, count(DISTINCT (workspace_id, provider_event_id))::int AS distinct_events,
              count(DISTINCT worker)::int AS workers
       FROM effects WHERE provider_event_id LIKE 'evt_stress_%'`,
    );
    expect(rows[0]).toMatchObject({ effects: DISTINCT, distinct_events: DISTINCT });
    // No event was claimed twice (no lease expired).
    const attempts = await db.pool.query(
      'SELECT attempts, count(*)::int AS n FROM payment_webhook_events WHERE provider_name = $1 GROUP BY 1',
      [providerName],
    );
    expect(attempts.rows).toEqual([{ attempts: 1, n: DISTINCT }]);
    // Counts per workspace add up.
    let sum = 0;
    for (const w of workspaceIds) {
      const c = await webhookEvents.countWebhookEventsByStatus(db.pool, { workspaceId: w });
      expect(c).toMatchObject({ pending: 0, processing: 0, failed: 0, dead: 0, ignored: 0 });
      sum += c!.processed;
    }
    expect(sum).toBe(DISTINCT);
    console.log(`stress: ${rows[0].workers} workers wrote effects`);
  }, 120_000);

  it('50 backends killed mid-batch (lease 2 s): still exactly once, every event processed or dead', async () => {
    const providerName = 'crash';
    const workspaceIds = [await workspace(), await workspace()];
    const DISTINCT = 5_000;
    const all = deliveries(workspaceIds, providerName, DISTINCT, 1_000);
    const pool = stressPool();
    const started = Date.now();

    // The library's long-running worker, 8 batches at once; it catches a failed batch
    // (ConnectionError when its backend is killed), reports it on `error` and carries on.
    const errors: unknown[] = [];
    const worker = startWebhookWorker(pool, {
      handler: async (event, tx) => {
        await writeEffect(event, tx, 'crash');
        // Now and then a slower handler, so that kills land between statements too.
        if (Math.random() < 0.05) await sleep(5);
      },
      concurrency: 8,
      limit: 10,
      leaseSeconds: 2,
      pollIntervalMs: 50,
      providerName,
    });
    worker.events.on('error', (error) => errors.push(error));

    let recordingDone = false;
    const recording = recordAll(pool, all, 3).finally(() => {
      recordingDone = true;
    });

    // The killer: its own connection, outside the pool. A victim is a backend of this database in
    // a batch's transaction: between statements, or running a handler's INSERT.
    const killer = new pg.Client(db.url);
    await killer.connect();
    let kills = 0;
    let processingDone = false;
    const killing = (async () => {
      while (kills < 50 && !processingDone) {
        const { rows } = await killer.query<{ killed: boolean }>(
          `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid()
             AND (state = 'idle in transaction' OR (state = 'active' AND query LIKE 'INSERT INTO effects%'))
           ORDER BY random() LIMIT 1`,
        );
        if (rows[0]?.killed) kills++;
        await sleep(20 + Math.random() * 40);
      }
    })();

    try {
      await waitFor(
        'every event processed or dead',
        async () => {
          if (!recordingDone) return false;
          const c = await statusCounts(providerName);
          return (c.pending ?? 0) + (c.processing ?? 0) + (c.failed ?? 0) === 0;
        },
        100_000,
        100,
      );
    } finally {
      processingDone = true;
      await killing;
      await killer.end();
      await worker.stop();
    }
    const recorded = await recording;
    await pool.end();
    const elapsed = Date.now() - started;
    const causes = new Map<string, number>();
    for (const e of errors) {
      const name = (e as Error)?.constructor?.name ?? typeof e;
      causes.set(name, (causes.get(name) ?? 0) + 1);
    }
    console.log(
      `crash: ${kills} kills, ${errors.length} failed batches (${[...causes].map(([k, v]) => `${k} ${v}`).join(', ')}), ` +
        `counts ${JSON.stringify(worker.counts)}, ${elapsed} ms`,
    );

    expect(kills).toBe(50);
    // Every failed batch failed because its connection was killed.
    expect([...causes.keys()]).toEqual(errors.length > 0 ? ['ConnectionError'] : []);
    expect(errors.length).toBeGreaterThan(0);
    expect(recorded.recorded).toBe(DISTINCT);
    expect(recorded.duplicates).toBe(1_000);
    // Processed events have exactly one effect, dead ones none; nothing else exists.
    const { groups, strays } = await effectsPerEvent(providerName);
    expect(strays).toBe(0);
    for (const g of groups) {
      expect([
        ['processed', 1],
        ['dead', 0],
      ]).toContainEqual([g.status, g.effects]);
    }
    const processed = groups.find((g) => g.status === 'processed')?.n ?? 0;
    const dead = groups.find((g) => g.status === 'dead')?.n ?? 0;
    expect(processed + dead).toBe(DISTINCT);
    // The worker's counts match what committed.
    expect(worker.counts.processed).toBe(processed);
    expect(worker.counts.dead).toBe(dead);
    expect(worker.counts.failed + worker.counts.ignored).toBe(0);
    // Killed batches came back after their lease: some events were claimed more than once.
    const { rows } = await db.pool.query(
      'SELECT max(attempts)::int AS max FROM payment_webhook_events WHERE provider_name = $1',
      [providerName],
    );
    expect(rows[0].max).toBeGreaterThan(1);
  }, 120_000);
});

describe('failures', () => {
  it('a poison event: dead after maxAttempts, its last error kept, the others unaffected; retry brings it back', async () => {
    const w = await workspace();
    const events: WebhookEvent[] = [];
    for (let i = 0; i < 20; i++) events.push(await record(w));
    const poison = events[7];
    const handler: WebhookHandler = async (event, tx) => {
      await writeEffect(event, tx, 'poisoned');
      if (event.id === poison.id) throw new Error(`cannot apply ${event.providerEventId}`);
    };
    const counts = zero();
    let calls = 0;
    let idle = 0;
    for (;;) {
      const batch = await processWebhookEvents(db.pool, {
        handler,
        workspaceId: w,
        limit: 5,
        maxAttempts: 3,
        baseSeconds: 0,
      });
      calls++;
      if (totalOf(batch) === 0) {
        // Due "at once" is due from the stored millisecond (timestamptz(3) may round it up): look
        // again a few milliseconds later before calling the inbox drained.
        if (idle++ > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
        continue;
      }
      idle = 0;
      add(counts, batch);
      expect(calls).toBeLessThan(50);
    }
    expect(counts).toEqual({ processed: 19, failed: 2, dead: 1, ignored: 0, lost: 0 });
    const dead = await webhookEvents.getWebhookEventByProviderEventID(db.pool, {
      workspaceId: w,
      providerName: 'stripe',
      providerEventId: poison.providerEventId,
    });
    expect(dead).toMatchObject({
      status: 'dead',
      attempts: 3,
      lastError: `Error: cannot apply ${poison.providerEventId}`,
      claimToken: null,
    });
    // Its effect was rolled back each time; every other event's effect exists once.
    expect(await effectRows(poison.id)).toEqual([]);
    for (const e of events.filter((e) => e.id !== poison.id)) expect(await effectRows(e.id)).toEqual(['poisoned']);
    expect(await webhookEvents.countWebhookEventsByStatus(db.pool, { workspaceId: w })).toMatchObject({
      processed: 19,
      dead: 1,
      pending: 0,
      failed: 0,
    });

    // An operator retries it: pending, attempts 0, its error kept until processed.
    const retried = await webhookEvents.retryWebhookEvent(db.pool, { workspaceId: w, id: poison.id });
    expect(retried).toMatchObject({ status: 'pending', attempts: 0, lastError: dead!.lastError });
    // With the handler fixed, it is processed once.
    const fixed = await processWebhookEvents(db.pool, {
      handler: effectHandler('fixed'),
      workspaceId: w,
      maxAttempts: 3,
    });
    expect(fixed).toEqual({ processed: 1, failed: 0, dead: 0, ignored: 0, lost: 0 });
    expect(await effectRows(poison.id)).toEqual(['fixed']);
    expect(
      await webhookEvents.getWebhookEventByProviderEventID(db.pool, {
        workspaceId: w,
        providerName: 'stripe',
        providerEventId: poison.providerEventId,
      }),
    ).toMatchObject({ status: 'processed', attempts: 1, lastError: null });
  });

  it('an event claimed more than maxAttempts times (its workers died on it) is dead without running the handler', async () => {
    const w = await workspace();
    const event = await record(w);
    // Two claims whose workers "died": their leases (1 s) expire without a completion.
    for (let i = 0; i < 2; i++) {
      expect(
        await webhookEvents.claimWebhookEvents(db.pool, { workspaceId: w, limit: 1, leaseSeconds: 1 }),
      ).toHaveLength(1);
      await sleep(1100);
    }
    let calls = 0;
    const counts = await processWebhookEvents(db.pool, {
      workspaceId: w,
      maxAttempts: 2,
      handler: async () => {
        calls++;
      },
    });
    expect(calls).toBe(0);
    expect(counts).toEqual({ processed: 0, failed: 0, dead: 1, ignored: 0, lost: 0 });
    const dead = await webhookEvents.getWebhookEventByProviderEventID(db.pool, {
      workspaceId: w,
      providerName: 'stripe',
      providerEventId: event.providerEventId,
    });
    expect(dead).toMatchObject({ status: 'dead', attempts: 3 });
    expect(dead!.lastError).toMatch(/claimed 3 times without finishing/);
  });

  it("'ignored' marks the event ignored; a throw or a failed statement rolls back its effect alone and fails it", async () => {
    const w = await workspace();
    const throws = await record(w, { eventType: 'invoice.boom' });
    const sqlError = await record(w, { eventType: 'invoice.sql' });
    const nonError = await record(w, { eventType: 'invoice.string' });
    const ignored = await record(w, { eventType: 'invoice.unknown' });
    const fine = await record(w, { eventType: 'customer.updated' });
    const handler: WebhookHandler = async (event, tx) => {
      if (event.eventType === 'invoice.unknown') return 'ignored';
      await writeEffect(event, tx, 'mixed');
      if (event.eventType === 'invoice.boom') throw new TypeError('boom');
      // A statement that fails: the savepoint keeps the batch's transaction usable.
      if (event.eventType === 'invoice.sql') await tx.query('SELECT 1 / 0');
      if (event.eventType === 'invoice.string') throw 'a thrown string';
    };
    const before = Date.now();
    // One batch, the failing ones first: the events after them are still processed.
    const counts = await processWebhookEvents(db.pool, { handler, workspaceId: w, limit: 10, baseSeconds: 60 });
    expect(counts).toEqual({ processed: 1, failed: 3, dead: 0, ignored: 1, lost: 0 });
    const stored = async (e: WebhookEvent) =>
      (await webhookEvents.getWebhookEventByProviderEventID(db.pool, {
        workspaceId: w,
        providerName: 'stripe',
        providerEventId: e.providerEventId,
      }))!;
    expect(await stored(throws)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'TypeError: boom' });
    expect((await stored(sqlError)).lastError).toMatch(/division by zero/);
    expect(await stored(nonError)).toMatchObject({ status: 'failed', lastError: 'a thrown string' });
    for (const e of [throws, sqlError, nonError]) {
      expect(await effectRows(e.id)).toEqual([]);
      // baseSeconds 60, attempt 1: due again in [30, 60) s.
      expect((await stored(e)).nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 30_000 - 1);
    }
    expect(await stored(ignored)).toMatchObject({ status: 'ignored', attempts: 1, claimToken: null });
    expect((await stored(ignored)).processedAt).toBeInstanceOf(Date);
    expect(await effectRows(ignored.id)).toEqual([]);
    expect(await stored(fine)).toMatchObject({ status: 'processed' });
    expect(await effectRows(fine.id)).toEqual(['mixed']);
  });
});

describe('lease expiry and fencing', () => {
  it('processWebhookEvents: A stalls past its lease, B takes the event over; A completes nothing, its effect rolled back', async () => {
    // A runs the real processWebhookEvents on a pool of ONE connection: while its batch's
    // transaction holds that connection, the lease renewals it schedules (on the same pool) wait
    // for a connection and cannot save the lease. So the lease (1 s) really expires while A's
    // handler is stalled; B claims and processes the event; A's completion must be refused.
    const w = await workspace();
    const event = await record(w);
    const poolA = new pg.Pool({ connectionString: db.url, max: 1 });
    poolA.on('error', () => undefined);
    const entered = gate();
    const resume = gate();
    try {
      const a = processWebhookEvents(poolA, {
        workspaceId: w,
        leaseSeconds: 1,
        handler: async (e, tx) => {
          entered.open();
          await resume.opened;
          await writeEffect(e, tx, 'A');
        },
      });
      await entered.opened;
      await sleep(1300);
      const b = await processWebhookEvents(db.pool, { workspaceId: w, leaseSeconds: 60, handler: effectHandler('B') });
      expect(b).toEqual({ processed: 1, failed: 0, dead: 0, ignored: 0, lost: 0 });
      const afterB = await webhookEvents.getWebhookEventByProviderEventID(db.pool, {
        workspaceId: w,
        providerName: 'stripe',
        providerEventId: event.providerEventId,
      });
      expect(afterB).toMatchObject({ status: 'processed', attempts: 2 });
      resume.open();
      expect(await a).toEqual({ processed: 0, failed: 0, dead: 0, ignored: 0, lost: 1 });
      expect(await effectRows(event.id)).toEqual(['B']);
      expect(
        await webhookEvents.getWebhookEventByProviderEventID(db.pool, {
          workspaceId: w,
          providerName: 'stripe',
          providerEventId: event.providerEventId,
        }),
      ).toEqual(afterB);
    } finally {
      resume.open();
      await sleep(50);
      await poolA.end();
    }
  });

  it('by hand: a claim whose lease expired cannot complete in its effect transaction, which is rolled back', async () => {
    // The same with claimWebhookEvents and completeWebhookEvent called directly for A, as a
    // handler-owning caller would: A's effect and completion run in one transaction after B
    // finished; the completion returns null and A rolls back.
    const w = await workspace();
    const event = await record(w);
    const [claimA] = await webhookEvents.claimWebhookEvents(db.pool, { workspaceId: w, limit: 1, leaseSeconds: 1 });
    expect(claimA.id).toBe(event.id);
    await sleep(1100);
    const b = await processWebhookEvents(db.pool, { workspaceId: w, handler: effectHandler('B') });
    expect(b.processed).toBe(1);
    const outcome = await withTransaction(db.pool, async (tx) => {
      await writeEffect(claimA, tx, 'A');
      const done = await webhookEvents.completeWebhookEvent(tx, {
        workspaceId: w,
        id: claimA.id,
        claimToken: claimA.claimToken!,
      });
      if (!done) throw new Error('claim lost');
      return done;
    }).catch((error: Error) => error.message);
    expect(outcome).toBe('claim lost');
    expect(await effectRows(event.id)).toEqual(['B']);
  });

  it('a slow handler keeps its lease: renewals every third of a lease, no other worker takes it', async () => {
    const w = await workspace();
    const event = await record(w);
    const resume = gate();
    const entered = gate();
    const a = processWebhookEvents(db.pool, {
      workspaceId: w,
      leaseSeconds: 3,
      handler: async (e, tx) => {
        entered.open();
        await resume.opened;
        await writeEffect(e, tx, 'slow');
      },
    });
    await entered.opened;
    // Twice the lease: renewed (every 1 s), never due for another worker.
    for (let i = 0; i < 6; i++) {
      await sleep(1000);
      expect(await processWebhookEvents(db.pool, { workspaceId: w, handler: effectHandler('other') })).toEqual(zero());
    }
    resume.open();
    expect(await a).toEqual({ processed: 1, failed: 0, dead: 0, ignored: 0, lost: 0 });
    expect(await effectRows(event.id)).toEqual(['slow']);
  }, 20_000);
});

describe('startWebhookWorker', () => {
  /** Resolves once a backend of this database is listening (its last statement was the LISTEN). */
  const listening = () =>
    waitFor(
      'the LISTEN',
      async () =>
        (
          await db.pool.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
             WHERE datname = current_database() AND query = 'LISTEN payment_webhook_events'`,
          )
        ).rows[0].n > 0,
      5000,
    );

  it('wakes on NOTIFY: an event recorded after start is processed well before the poll interval', async () => {
    const w = await workspace();
    const worker = startWebhookWorker(db.pool, {
      handler: effectHandler('listener'),
      workspaceId: w,
      pollIntervalMs: 10_000,
    });
    try {
      await listening();
      // A first event, then the batch after it comes back empty and the loop sleeps for the poll
      // interval (10 s): only a notification can wake it within 2 s.
      const warmUp = await record(w);
      await waitFor('the first effect', async () => (await effectRows(warmUp.id)).length > 0, 15_000, 10);
      await sleep(300);
      const t0 = Date.now();
      const event = await record(w);
      await waitFor('the effect', async () => (await effectRows(event.id)).length > 0, 5000, 10);
      const elapsed = Date.now() - t0;
      console.log(`LISTEN/NOTIFY: processed ${elapsed} ms after it was recorded`);
      expect(elapsed).toBeLessThan(2000);
      expect(worker.counts).toEqual({ processed: 2, failed: 0, dead: 0, ignored: 0, lost: 0 });
    } finally {
      await worker.stop();
    }
  });

  it('survives the death of its listening connection: it polls on, listens again, stops cleanly, the pool serves on', async () => {
    const w = await workspace();
    const worker = startWebhookWorker(db.pool, {
      handler: effectHandler('orphan'),
      workspaceId: w,
      pollIntervalMs: 500,
    });
    const errors: unknown[] = [];
    worker.events.on('error', (error) => errors.push(error));
    try {
      await listening();
      const { rows } = await db.pool.query(
        `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
         WHERE datname = current_database() AND query = 'LISTEN payment_webhook_events'`,
      );
      expect(rows).toEqual([{ killed: true }]);
      await sleep(100);
      const event = await record(w);
      await waitFor('the effect', async () => (await effectRows(event.id)).length > 0, 3000, 20);
      expect(worker.counts.processed).toBe(1);
      // And it listens again, on a new connection, after the poll interval.
      await waitFor(
        'a new LISTEN connection',
        async () =>
          (
            await db.pool.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity
               WHERE datname = current_database() AND query = 'LISTEN payment_webhook_events'`,
            )
          ).rows[0].n === 1,
        3000,
        50,
      );
    } finally {
      await worker.stop();
    }
    // The listener's death is reported on `error` (the terminated connection), nothing else.
    expect(errors.length).toBeGreaterThanOrEqual(1);
    for (const error of errors) expect(String((error as Error).message)).toMatch(/terminat|connection/i);
    // The dead listener was not handed back to the pool as a usable client.
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => db.pool.query('SELECT $1::int AS i', [i])));
    expect(answers.map((a) => a.rows[0].i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('with listen: false it does not hear NOTIFY and polls instead', async () => {
    const w = await workspace();
    // Slow polling: the event waits for the poll interval (no LISTEN to wake the worker).
    const deaf = startWebhookWorker(db.pool, {
      handler: effectHandler('deaf'),
      workspaceId: w,
      pollIntervalMs: 10_000,
      listen: false,
    });
    const first = await record(w);
    // (It may have been claimed by the worker's first batch if that ran after the insert.)
    await sleep(300);
    const second = await record(w);
    await sleep(1500);
    expect(await effectRows(second.id)).toEqual([]);
    await deaf.stop();
    // Fast polling: processed within a few intervals.
    const polling = startWebhookWorker(db.pool, {
      handler: effectHandler('poller'),
      workspaceId: w,
      pollIntervalMs: 200,
      listen: false,
    });
    try {
      await sleep(300);
      const t0 = Date.now();
      const third = await record(w);
      await waitFor('the effect', async () => (await effectRows(third.id)).length > 0, 5000, 10);
      expect(Date.now() - t0).toBeLessThan(1500);
      expect(await effectRows(second.id)).toEqual(['poller']);
      expect((await effectRows(first.id)).length).toBe(1);
    } finally {
      await polling.stop();
    }
  });

  it('stop() waits for the batch in flight, then claims nothing more', async () => {
    const w = await workspace();
    const entered = gate();
    const resume = gate();
    const worker = startWebhookWorker(db.pool, {
      workspaceId: w,
      pollIntervalMs: 50,
      listen: false,
      handler: async (event, tx) => {
        entered.open();
        await resume.opened;
        await writeEffect(event, tx, 'stopping');
      },
    });
    const batches: ProcessCounts[] = [];
    worker.events.on('batch', (batch: ProcessCounts) => batches.push(batch));
    const event = await record(w);
    await entered.opened;
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await sleep(300);
    expect(stopped).toBe(false);
    expect(
      (await db.pool.query('SELECT status FROM payment_webhook_events WHERE id = $1', [event.id])).rows[0].status,
    ).toBe('processing');
    resume.open();
    await stopping;
    // Committed before stop() resolved.
    expect(await effectRows(event.id)).toEqual(['stopping']);
    expect(
      (await db.pool.query('SELECT status FROM payment_webhook_events WHERE id = $1', [event.id])).rows[0].status,
    ).toBe('processed');
    expect(worker.counts).toEqual({ processed: 1, failed: 0, dead: 0, ignored: 0, lost: 0 });
    expect(batches).toEqual([{ processed: 1, failed: 0, dead: 0, ignored: 0, lost: 0 }]);
    // Stopped: a new event stays pending.
    const later = await record(w);
    await sleep(400);
    expect(
      (await db.pool.query('SELECT status FROM payment_webhook_events WHERE id = $1', [later.id])).rows[0].status,
    ).toBe('pending');
  });
});
