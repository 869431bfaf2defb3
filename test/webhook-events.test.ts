// The webhook inbox's queries (src/webhook-events.ts, migration 0008), each
// promise checked against real PostgreSQL: idempotent recording, claims
// (order, limit, SKIP LOCKED, expired leases, backoff, filters), fencing by
// claim token, backoff and dead letters, retry, ignore, keyset lists, counts,
// retention, and bad input refused before the database is touched.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InvalidParameterError, webhookEvents, withTransaction, type Db, type WebhookEvent } from '../src/index.js';
import { useDatabase } from './support/database.js';
import { insertWorkspace } from './support/factories.js';
import { allPages } from './support/paging.js';

const db = useDatabase({ poolSize: 12 });

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE_TIME = Date.UTC(2026, 0, 1);

type RecordParams = Parameters<typeof webhookEvents.recordWebhookEvent>[1];

let sequence = 0;
/** The parameters of one delivery (a local factory): a new provider event id unless overridden. */
function delivery(
  workspaceId: string,
  overrides: Partial<Parameters<typeof webhookEvents.recordWebhookEvent>[1]> = {},
) {
  const n = ++sequence;
  return {
    workspaceId,
    providerName: 'stripe',
    providerEventId: `evt_${n}_${randomUUID().slice(0, 8)}`,
    eventType: 'customer.updated',
    occurredAt: new Date(BASE_TIME + n * 1000),
    payload: { id: `evt_${n}`, object: 'event', data: { n } } as RecordParams['payload'],
    ...overrides,
  };
}

async function record(workspaceId: string, overrides: Parameters<typeof delivery>[1] = {}): Promise<WebhookEvent> {
  const { duplicate, event } = await webhookEvents.recordWebhookEvent(
    db.pool,
    delivery(workspaceId, overrides) as never,
  );
  expect(duplicate).toBe(false);
  return event;
}

const workspace = async () => (await insertWorkspace(db.pool)).id;

/** The stored row of an event, as JSON text (to prove a call changed nothing). */
async function rowText(id: string): Promise<string | undefined> {
  const { rows } = await db.pool.query<{ r: string }>(
    'SELECT to_jsonb(e)::text AS r FROM payment_webhook_events e WHERE id = $1',
    [id],
  );
  return rows[0]?.r;
}

/** Every row of the inbox table (support/factories' snapshot does not cover it). */
async function inboxRows(): Promise<string[]> {
  const { rows } = await db.pool.query<{ r: string }>(
    'SELECT to_jsonb(e)::text AS r FROM payment_webhook_events e ORDER BY 1',
  );
  return rows.map((row) => row.r);
}

async function statusOf(id: string): Promise<string> {
  const { rows } = await db.pool.query<{ status: string }>('SELECT status FROM payment_webhook_events WHERE id = $1', [
    id,
  ]);
  return rows[0].status;
}

/**
 * `call` is refused with InvalidParameterError before the database is touched (on a pool that
 * was already ended it does not reach for a connection) and, on the real pool, writes nothing:
 * neither in the tenant tables (db.refusedWithoutWrites) nor in the inbox table.
 */
async function refused(call: (pool: Db) => Promise<unknown>): Promise<InvalidParameterError> {
  const closed = await db.closedPool();
  await expect(call(closed)).rejects.toBeInstanceOf(InvalidParameterError);
  const before = await inboxRows();
  const error = await db.refusedWithoutWrites(() => call(db.pool), InvalidParameterError);
  expect(await inboxRows()).toEqual(before);
  return error;
}

const claim = (params: Partial<Parameters<typeof webhookEvents.claimWebhookEvents>[1]>) =>
  webhookEvents.claimWebhookEvents(db.pool, { limit: 10, leaseSeconds: 60, ...params });

const fenceOf = (event: WebhookEvent) => ({
  workspaceId: event.workspaceId,
  id: event.id,
  claimToken: event.claimToken!,
});

const failParams = { maxAttempts: 5, baseSeconds: 0, maxBackoffSeconds: 3600 };

describe('recordWebhookEvent', () => {
  it('records a pending event due at once, as given', async () => {
    const w = await workspace();
    const params = delivery(w, {
      entityType: 'customer',
      externalId: 'cus_123',
      payload: { id: 'evt_1', nested: { list: [1, 'two', null], ok: true } },
    });
    const before = Date.now();
    const { duplicate, event } = await webhookEvents.recordWebhookEvent(db.pool, params);
    expect(duplicate).toBe(false);
    expect(event).toMatchObject({
      workspaceId: w,
      providerName: 'stripe',
      providerEventId: params.providerEventId,
      eventType: 'customer.updated',
      entityType: 'customer',
      externalId: 'cus_123',
      occurredAt: params.occurredAt,
      status: 'pending',
      attempts: 0,
      lockedUntil: null,
      claimToken: null,
      lastError: null,
      processedAt: null,
      payload: { id: 'evt_1', nested: { list: [1, 'two', null], ok: true } },
    });
    expect(event.id).toMatch(UUID);
    expect(event.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 5);
    expect(event.receivedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(
      await webhookEvents.getWebhookEventByProviderEventID(db.pool, {
        workspaceId: w,
        providerName: 'stripe',
        providerEventId: params.providerEventId,
      }),
    ).toEqual(event);
  });

  it('stores text that looks like an escape as given: backslashes, a literal \\u0000, emoji, control characters', async () => {
    const w = await workspace();
    const payload = {
      id: 'evt_text',
      literalEscape: '\\u0000 and \\ud800',
      backslashes: 'a\\\\b\\',
      emoji: '💳 ok',
      control: 'tab\there\nline\u0001',
      '\\u0000key': 'key with a literal escape',
      deep: [{ x: ['\\', '"quoted"'] }],
    };
    const { event } = await webhookEvents.recordWebhookEvent(db.pool, delivery(w, { payload }));
    expect(event.payload).toEqual(payload);
    const { rows } = await db.pool.query<{ p: unknown }>(
      'SELECT payload AS p FROM payment_webhook_events WHERE id = $1',
      [event.id],
    );
    expect(rows[0].p).toEqual(payload);
  });

  it('a redelivery changes nothing, says duplicate: true and returns the stored event', async () => {
    const w = await workspace();
    const first = await record(w, { providerEventId: 'evt_redelivered', payload: { v: 1 } });
    const stored = await rowText(first.id);
    // The same provider event id (and occurredAt, the provider's own event time, fixed per event)
    // with everything else different: still the same event.
    const again = await webhookEvents.recordWebhookEvent(db.pool, {
      workspaceId: w,
      providerName: 'stripe',
      providerEventId: 'evt_redelivered',
      eventType: 'invoice.paid',
      entityType: 'subscription',
      externalId: 'sub_9',
      occurredAt: first.occurredAt,
      payload: { v: 2 },
    });
    expect(again.duplicate).toBe(true);
    expect(again.event).toEqual(first);
    expect(await rowText(first.id)).toBe(stored);
    // Also once it is no longer pending: a redelivery of a processed event does not revive it.
    const [claimed] = await claim({ workspaceId: w });
    const done = await webhookEvents.completeWebhookEvent(db.pool, fenceOf(claimed));
    const afterDone = await rowText(first.id);
    const third = await webhookEvents.recordWebhookEvent(
      db.pool,
      delivery(w, { providerEventId: 'evt_redelivered', occurredAt: first.occurredAt }),
    );
    expect(third).toEqual({ duplicate: true, event: done });
    expect(await rowText(first.id)).toBe(afterDone);
    const { rows } = await db.pool.query(
      'SELECT count(*)::int AS n FROM payment_webhook_events WHERE workspace_id = $1',
      [w],
    );
    expect(rows[0].n).toBe(1);
  });

  it('a redelivery with another occurredAt is a duplicate too, in another month (partition) or the same', async () => {
    // The inbox is partitioned by occurredAt (migration 0012) and its unique index must hold it;
    // RecordWebhookEvent looks the id up in every partition first, so the spec's key holds.
    const w = await workspace();
    const first = await record(w, { providerEventId: 'evt_retimed', occurredAt: new Date(BASE_TIME) });
    for (const later of [1, 40 * 86_400_000, -400 * 86_400_000]) {
      const again = await webhookEvents.recordWebhookEvent(
        db.pool,
        delivery(w, { providerEventId: 'evt_retimed', occurredAt: new Date(BASE_TIME + later) }),
      );
      expect(again).toEqual({ duplicate: true, event: first });
    }
    const { rows } = await db.pool.query(
      `SELECT tableoid::regclass::text AS partition FROM payment_webhook_events
       WHERE workspace_id = $1 AND provider_event_id = 'evt_retimed'`,
      [w],
    );
    expect(rows).toHaveLength(1);
  });

  it('the same provider event id in another workspace or from another provider is another event', async () => {
    const a = await workspace();
    const b = await workspace();
    const inA = await record(a, { providerEventId: 'evt_shared' });
    const inB = await record(b, { providerEventId: 'evt_shared' });
    const otherProvider = await record(a, { providerEventId: 'evt_shared', providerName: 'chargebee' });
    expect(new Set([inA.id, inB.id, otherProvider.id]).size).toBe(3);
    expect(inB.workspaceId).toBe(b);
    expect(otherProvider.providerName).toBe('chargebee');
    const get = (workspaceId: string, providerName: string) =>
      webhookEvents.getWebhookEventByProviderEventID(db.pool, {
        workspaceId,
        providerName,
        providerEventId: 'evt_shared',
      });
    expect(await get(a, 'stripe')).toEqual(inA);
    expect(await get(b, 'stripe')).toEqual(inB);
    expect(await get(a, 'chargebee')).toEqual(otherProvider);
    expect(await get(b, 'chargebee')).toBeNull();
  });

  it('8 concurrent deliveries of the same event: exactly one records it, 7 get the stored event', async () => {
    const w = await workspace();
    for (let round = 0; round < 20; round++) {
      const providerEventId = `evt_race_${round}`;
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, caller) =>
          webhookEvents.recordWebhookEvent(
            db.pool,
            delivery(w, { providerEventId, occurredAt: new Date(BASE_TIME + round), payload: { caller } }),
          ),
        ),
      );
      const recorded = results.filter((r) => !r.duplicate);
      expect(recorded).toHaveLength(1);
      const winner = recorded[0].event;
      for (const r of results) expect(r.event.id).toBe(winner.id);
      const { rows } = await db.pool.query(
        'SELECT payload FROM payment_webhook_events WHERE workspace_id = $1 AND provider_event_id = $2',
        [w, providerEventId],
      );
      expect(rows).toEqual([{ payload: winner.payload }]);
    }
  });
});

describe('claimWebhookEvents', () => {
  it('claims up to limit due events, oldest occurredAt first; each processing with a lease, attempts 1, a claim token', async () => {
    const w = await workspace();
    const minutes = [5, 1, 4, 2, 3];
    const events = [];
    for (const m of minutes) events.push(await record(w, { occurredAt: new Date(BASE_TIME + m * 60_000) }));
    const byAge = [...events].sort((x, y) => x.occurredAt.getTime() - y.occurredAt.getTime());
    const before = Date.now();
    const first = await claim({ workspaceId: w, limit: 3, leaseSeconds: 30 });
    const after = Date.now();
    expect(first.map((e) => e.id).sort()).toEqual(
      byAge
        .slice(0, 3)
        .map((e) => e.id)
        .sort(),
    );
    for (const event of first) {
      expect(event.status).toBe('processing');
      expect(event.attempts).toBe(1);
      expect(event.claimToken).toMatch(UUID);
      expect(event.lockedUntil!.getTime()).toBeGreaterThanOrEqual(before + 30_000 - 1);
      expect(event.lockedUntil!.getTime()).toBeLessThanOrEqual(after + 30_000 + 1);
      expect(event.nextAttemptAt).toEqual(event.lockedUntil);
    }
    expect(new Set(first.map((e) => e.claimToken)).size).toBe(3);
    // The claimed ones are not due again while their lease runs: the next claim takes the other two.
    const second = await claim({ workspaceId: w, limit: 3 });
    expect(second.map((e) => e.id).sort()).toEqual(
      byAge
        .slice(3)
        .map((e) => e.id)
        .sort(),
    );
    expect(await claim({ workspaceId: w })).toEqual([]);
  });

  it('oldest first across workspaces when no workspace is given', async () => {
    const a = await workspace();
    const b = await workspace();
    // A provider of this test alone, so events of other tests are not in scope.
    const providerName = 'order_test';
    const e1 = await record(b, { providerName, occurredAt: new Date(BASE_TIME + 1) });
    const e3 = await record(b, { providerName, occurredAt: new Date(BASE_TIME + 3) });
    const e2 = await record(a, { providerName, occurredAt: new Date(BASE_TIME + 2) });
    await record(a, { providerName, occurredAt: new Date(BASE_TIME + 4) });
    const claimed = await claim({ providerName, limit: 3 });
    expect(claimed.map((e) => e.id).sort()).toEqual([e1.id, e2.id, e3.id].sort());
  });

  it('SKIP LOCKED: concurrent claims never share an event', async () => {
    for (let round = 0; round < 5; round++) {
      const w = await workspace();
      const ids: string[] = [];
      await withTransaction(db.pool, async (tx) => {
        for (let i = 0; i < 60; i++) {
          ids.push((await webhookEvents.recordWebhookEvent(tx, delivery(w))).event.id);
        }
      });
      const claimedIds: string[] = [];
      // Until every event is claimed: 8 claims at once, each on its own connection.
      for (let wave = 0; wave < 10 && claimedIds.length < ids.length; wave++) {
        const batches = await Promise.all(Array.from({ length: 8 }, () => claim({ workspaceId: w, limit: 4 })));
        for (const batch of batches) claimedIds.push(...batch.map((e) => e.id));
      }
      expect(claimedIds).toHaveLength(ids.length);
      expect(new Set(claimedIds).size).toBe(ids.length);
      expect(claimedIds.sort()).toEqual([...ids].sort());
      const { rows } = await db.pool.query(
        'SELECT attempts, count(*)::int AS n FROM payment_webhook_events WHERE workspace_id = $1 GROUP BY 1',
        [w],
      );
      expect(rows).toEqual([{ attempts: 1, n: 60 }]);
    }
  });

  it('a processing event whose lease expired is claimed again, attempts + 1, with a new claim token', async () => {
    const w = await workspace();
    const event = await record(w);
    const [first] = await claim({ workspaceId: w, leaseSeconds: 1 });
    expect(first.id).toBe(event.id);
    // Its lease runs: nobody else may claim it.
    expect(await claim({ workspaceId: w })).toEqual([]);
    await sleep(1100);
    const [second] = await claim({ workspaceId: w, leaseSeconds: 60 });
    expect(second).toMatchObject({ id: event.id, status: 'processing', attempts: 2 });
    expect(second.claimToken).toMatch(UUID);
    expect(second.claimToken).not.toBe(first.claimToken);
    expect(await claim({ workspaceId: w })).toEqual([]);
  });

  it('a failed event is claimed again only after its backoff', async () => {
    const w = await workspace();
    const event = await record(w);
    const [first] = await claim({ workspaceId: w });
    const failed = await webhookEvents.failWebhookEvent(db.pool, {
      ...fenceOf(first),
      lastError: 'boom',
      maxAttempts: 5,
      baseSeconds: 1,
      maxBackoffSeconds: 60,
    });
    expect(failed?.status).toBe('failed');
    // baseSeconds 1, attempt 1: due within [0.5, 1) s.
    expect(await claim({ workspaceId: w })).toEqual([]);
    await sleep(Math.max(0, failed!.nextAttemptAt.getTime() - Date.now()) + 50);
    const [again] = await claim({ workspaceId: w });
    expect(again).toMatchObject({ id: event.id, status: 'processing', attempts: 2, lastError: 'boom' });
  });

  it('never claims processed, ignored or dead events', async () => {
    const w = await workspace();
    const [p, i, d] = [await record(w), await record(w), await record(w)];
    const claimed = await claim({ workspaceId: w });
    const token = (id: string) => fenceOf(claimed.find((e) => e.id === id)!);
    await webhookEvents.completeWebhookEvent(db.pool, token(p.id));
    await webhookEvents.ignoreWebhookEvent(db.pool, token(i.id));
    await webhookEvents.failWebhookEvent(db.pool, { ...token(d.id), ...failParams, lastError: 'x', maxAttempts: 1 });
    expect([await statusOf(p.id), await statusOf(i.id), await statusOf(d.id)]).toEqual([
      'processed',
      'ignored',
      'dead',
    ]);
    expect(await claim({ workspaceId: w })).toEqual([]);
  });

  it('workspaceId and providerName filters', async () => {
    const a = await workspace();
    const b = await workspace();
    const providerA = 'filter_one';
    const providerB = 'filter_two';
    const aOne = await record(a, { providerName: providerA });
    const aTwo = await record(a, { providerName: providerB });
    const bOne = await record(b, { providerName: providerA });
    const bTwo = await record(b, { providerName: providerB });
    const ids = (events: WebhookEvent[]) => events.map((e) => e.id).sort();
    expect(ids(await claim({ workspaceId: a, providerName: providerA }))).toEqual([aOne.id]);
    expect(ids(await claim({ providerName: providerA }))).toEqual([bOne.id]);
    expect(ids(await claim({ workspaceId: b }))).toEqual([bTwo.id]);
    expect(ids(await claim({ workspaceId: a }))).toEqual([aTwo.id]);
  });
});

describe('fencing: complete, fail, ignore and renew need the claim that holds the event', () => {
  it('a wrong or an old claim token: null, nothing changed', async () => {
    const w = await workspace();
    const event = await record(w);
    const [first] = await claim({ workspaceId: w, leaseSeconds: 1 });
    await sleep(1100);
    const [current] = await claim({ workspaceId: w, leaseSeconds: 60 });
    expect(current.id).toBe(event.id);
    const held = await rowText(event.id);
    for (const claimToken of [first.claimToken!, randomUUID()]) {
      const fence = { workspaceId: w, id: event.id, claimToken };
      expect(await webhookEvents.completeWebhookEvent(db.pool, fence)).toBeNull();
      expect(await webhookEvents.failWebhookEvent(db.pool, { ...fence, ...failParams, lastError: 'late' })).toBeNull();
      expect(await webhookEvents.ignoreWebhookEvent(db.pool, fence)).toBeNull();
      expect(await webhookEvents.renewWebhookEventLease(db.pool, { ...fence, leaseSeconds: 600 })).toBeNull();
      expect(await rowText(event.id)).toBe(held);
    }
    // The right token in another workspace does not reach it either.
    const other = await workspace();
    expect(await webhookEvents.completeWebhookEvent(db.pool, { ...fenceOf(current), workspaceId: other })).toBeNull();
    expect(await rowText(event.id)).toBe(held);
  });

  it('the claim that holds it completes it once; then every token is refused', async () => {
    const w = await workspace();
    const event = await record(w);
    const [claimed] = await claim({ workspaceId: w });
    const done = await webhookEvents.completeWebhookEvent(db.pool, fenceOf(claimed));
    expect(done).toMatchObject({
      id: event.id,
      status: 'processed',
      attempts: 1,
      claimToken: null,
      lockedUntil: null,
      lastError: null,
    });
    expect(done!.processedAt).toBeInstanceOf(Date);
    const stored = await rowText(event.id);
    expect(await webhookEvents.completeWebhookEvent(db.pool, fenceOf(claimed))).toBeNull();
    expect(await webhookEvents.ignoreWebhookEvent(db.pool, fenceOf(claimed))).toBeNull();
    expect(
      await webhookEvents.failWebhookEvent(db.pool, { ...fenceOf(claimed), ...failParams, lastError: 'x' }),
    ).toBeNull();
    expect(await webhookEvents.renewWebhookEventLease(db.pool, { ...fenceOf(claimed), leaseSeconds: 60 })).toBeNull();
    expect(await rowText(event.id)).toBe(stored);
  });

  it('renew extends the lease from now, for the claim that holds it', async () => {
    const w = await workspace();
    await record(w);
    const [claimed] = await claim({ workspaceId: w, leaseSeconds: 1 });
    const before = Date.now();
    const renewed = await webhookEvents.renewWebhookEventLease(db.pool, { ...fenceOf(claimed), leaseSeconds: 120 });
    const after = Date.now();
    expect(renewed).toMatchObject({ status: 'processing', claimToken: claimed.claimToken, attempts: 1 });
    expect(renewed!.lockedUntil!.getTime()).toBeGreaterThanOrEqual(before + 120_000 - 1);
    expect(renewed!.lockedUntil!.getTime()).toBeLessThanOrEqual(after + 120_000 + 1);
    expect(renewed!.nextAttemptAt).toEqual(renewed!.lockedUntil);
    // The renewed lease holds past the original one.
    await sleep(1100);
    expect(await claim({ workspaceId: w })).toEqual([]);
    expect(await webhookEvents.completeWebhookEvent(db.pool, fenceOf(claimed))).toMatchObject({ status: 'processed' });
  });
});

describe('failWebhookEvent', () => {
  /** Claims every due event of `w` and fails it with `params`, `times` times (baseSeconds 0: due again at once). */
  async function failRounds(w: string, times: number) {
    for (let i = 0; i < times; i++) {
      for (const e of await claim({ workspaceId: w, limit: 100 })) {
        const failed = await webhookEvents.failWebhookEvent(db.pool, {
          ...fenceOf(e),
          ...failParams,
          maxAttempts: 100,
          lastError: `round ${i}`,
        });
        expect(failed?.status).toBe('failed');
      }
      // Due "at once" is due from the stored millisecond, which timestamptz(3) may round up: a claim
      // sent within that half millisecond would not see the event due yet.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  it('keeps last_error; backoff within [0.5, 1) x baseSeconds * 2^(attempts - 1), at most maxBackoffSeconds', async () => {
    const baseSeconds = 10;
    const maxBackoffSeconds = 100;
    const delays = new Map<number, number[]>();
    for (let attempts = 1; attempts <= 6; attempts++) {
      const w = await workspace();
      for (let i = 0; i < 12; i++) await record(w);
      // attempts - 1 failures due at once, then the attempt whose backoff is measured.
      await failRounds(w, attempts - 1);
      const claimed = await claim({ workspaceId: w, limit: 100 });
      expect(claimed).toHaveLength(12);
      const backoff = Math.min(maxBackoffSeconds, baseSeconds * 2 ** (attempts - 1)) * 1000;
      for (const e of claimed) {
        expect(e.attempts).toBe(attempts);
        const t0 = Date.now();
        const failed = await webhookEvents.failWebhookEvent(db.pool, {
          ...fenceOf(e),
          lastError: `TypeError: attempt ${attempts} failed`,
          maxAttempts: 10,
          baseSeconds,
          maxBackoffSeconds,
        });
        const t1 = Date.now();
        expect(failed).toMatchObject({
          status: 'failed',
          attempts,
          lastError: `TypeError: attempt ${attempts} failed`,
          claimToken: null,
          lockedUntil: null,
        });
        const due = failed!.nextAttemptAt.getTime();
        // timestamptz(3) rounds to the millisecond: 1 ms of slack either side.
        expect(due).toBeGreaterThanOrEqual(t0 + 0.5 * backoff - 1);
        expect(due).toBeLessThan(t1 + backoff + 1);
        delays.set(attempts, [...(delays.get(attempts) ?? []), (due - (t0 + t1) / 2) / backoff]);
      }
      // The stored row says the same.
      const stored = await webhookEvents.getWebhookEventByProviderEventID(db.pool, {
        workspaceId: w,
        providerName: 'stripe',
        providerEventId: claimed[0].providerEventId,
      });
      expect(stored?.lastError).toBe(`TypeError: attempt ${attempts} failed`);
    }
    // Jitter: the factors of one attempt are not all the same.
    for (const factors of delays.values()) expect(new Set(factors.map((f) => f.toFixed(3))).size).toBeGreaterThan(1);
  });

  it('dead after maxAttempts attempts, its last error kept; a dead event is never claimed again', async () => {
    const w = await workspace();
    const event = await record(w);
    const statuses: string[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const [claimed] = await claim({ workspaceId: w });
      expect(claimed.attempts).toBe(attempt);
      const failed = await webhookEvents.failWebhookEvent(db.pool, {
        ...fenceOf(claimed),
        ...failParams,
        maxAttempts: 3,
        lastError: `failure ${attempt}`,
      });
      statuses.push(failed!.status);
    }
    expect(statuses).toEqual(['failed', 'failed', 'dead']);
    const dead = await webhookEvents.getWebhookEventByProviderEventID(db.pool, {
      workspaceId: w,
      providerName: 'stripe',
      providerEventId: event.providerEventId,
    });
    expect(dead).toMatchObject({ status: 'dead', attempts: 3, lastError: 'failure 3', claimToken: null });
    expect(await claim({ workspaceId: w })).toEqual([]);
  });
});

describe('retryWebhookEvent', () => {
  it('brings a dead or failed event back to pending, attempts 0, due at once, its last error kept', async () => {
    const w = await workspace();
    const dead = await record(w);
    const failed = await record(w);
    for (const e of await claim({ workspaceId: w })) {
      await webhookEvents.failWebhookEvent(db.pool, {
        ...fenceOf(e),
        lastError: `error of ${e.id}`,
        maxAttempts: e.id === dead.id ? 1 : 5,
        baseSeconds: 3600,
        maxBackoffSeconds: 3600,
      });
    }
    expect([await statusOf(dead.id), await statusOf(failed.id)]).toEqual(['dead', 'failed']);
    // The failed one is not due for an hour; neither is claimed.
    expect(await claim({ workspaceId: w })).toEqual([]);
    for (const e of [dead, failed]) {
      const retried = await webhookEvents.retryWebhookEvent(db.pool, { workspaceId: w, id: e.id });
      expect(retried).toMatchObject({
        id: e.id,
        status: 'pending',
        attempts: 0,
        lastError: `error of ${e.id}`,
        claimToken: null,
      });
      expect(retried!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 5);
    }
    const again = await claim({ workspaceId: w });
    expect(again.map((e) => e.id).sort()).toEqual([dead.id, failed.id].sort());
    expect(again.map((e) => e.attempts)).toEqual([1, 1]);
  });

  it('null, nothing changed, for a pending, processing, processed or ignored event', async () => {
    const w = await workspace();
    // Oldest first: the first two are claimed below, the last two never are.
    const [processing, processed, ignored, pending] = [
      await record(w),
      await record(w),
      await record(w),
      await record(w),
    ];
    const claimed = await claim({ workspaceId: w, limit: 2 });
    expect(claimed.map((e) => e.id).sort()).toEqual([processing.id, processed.id].sort());
    await webhookEvents.completeWebhookEvent(db.pool, fenceOf(claimed.find((e) => e.id === processed.id)!));
    await webhookEvents.ignoreWebhookEvent(db.pool, { workspaceId: w, id: ignored.id });
    const statuses = [pending, processing, processed, ignored].map((e) => statusOf(e.id));
    expect(await Promise.all(statuses)).toEqual(['pending', 'processing', 'processed', 'ignored']);
    for (const e of [pending, processing, processed, ignored]) {
      const before = await rowText(e.id);
      expect(await webhookEvents.retryWebhookEvent(db.pool, { workspaceId: w, id: e.id })).toBeNull();
      expect(await rowText(e.id)).toBe(before);
    }
    expect(await webhookEvents.retryWebhookEvent(db.pool, { workspaceId: w, id: randomUUID() })).toBeNull();
  });
});

describe('ignoreWebhookEvent', () => {
  it('without a token: pending, failed and dead events become ignored', async () => {
    const w = await workspace();
    // Oldest first: the first two are claimed (and failed), the last stays pending.
    const [failed, dead, pending] = [await record(w), await record(w), await record(w)];
    for (const e of await claim({ workspaceId: w, limit: 2 })) {
      await webhookEvents.failWebhookEvent(db.pool, {
        ...fenceOf(e),
        lastError: 'x',
        maxAttempts: e.id === dead.id ? 1 : 5,
        baseSeconds: 3600,
        maxBackoffSeconds: 3600,
      });
    }
    for (const [e, status] of [
      [pending, 'pending'],
      [failed, 'failed'],
      [dead, 'dead'],
    ] as const) {
      expect(await statusOf(e.id)).toBe(status);
      const ignored = await webhookEvents.ignoreWebhookEvent(db.pool, { workspaceId: w, id: e.id });
      expect(ignored, status).toMatchObject({ id: e.id, status: 'ignored', claimToken: null, lockedUntil: null });
      expect(ignored!.processedAt).toBeInstanceOf(Date);
    }
  });

  it('without a token: null, nothing changed, for a processing, processed or ignored event', async () => {
    const w = await workspace();
    const [processing, processed, ignored] = [await record(w), await record(w), await record(w)];
    await webhookEvents.ignoreWebhookEvent(db.pool, { workspaceId: w, id: ignored.id });
    const claimed = await claim({ workspaceId: w });
    await webhookEvents.completeWebhookEvent(db.pool, fenceOf(claimed.find((e) => e.id === processed.id)!));
    expect(await statusOf(processing.id)).toBe('processing');
    for (const e of [processing, processed, ignored]) {
      const before = await rowText(e.id);
      expect(await webhookEvents.ignoreWebhookEvent(db.pool, { workspaceId: w, id: e.id })).toBeNull();
      expect(await rowText(e.id)).toBe(before);
    }
    // With the claim's token, the processing one is ignored.
    const held = claimed.find((e) => e.id === processing.id)!;
    expect(await webhookEvents.ignoreWebhookEvent(db.pool, fenceOf(held))).toMatchObject({
      status: 'ignored',
      claimToken: null,
    });
  });
});

describe('listWebhookEventsByStatus and countWebhookEventsByStatus', () => {
  it('keyset pages serve each event of the status once, oldest received first, ties broken by id', async () => {
    const a = await workspace();
    const b = await workspace();
    const pending: WebhookEvent[] = [];
    // 17 in one transaction (the same received_at), then 6 one by one.
    await withTransaction(db.pool, async (tx) => {
      for (let i = 0; i < 17; i++) pending.push((await webhookEvents.recordWebhookEvent(tx, delivery(a))).event);
    });
    for (let i = 0; i < 6; i++) pending.push(await record(a));
    // Noise: other statuses in a, the same status in b.
    const [claimed] = await claim({ workspaceId: a, limit: 1 });
    pending.splice(
      pending.findIndex((e) => e.id === claimed.id),
      1,
    );
    for (let i = 0; i < 3; i++) await record(b);
    const expected = [...pending]
      .sort((x, y) => x.receivedAt.getTime() - y.receivedAt.getTime() || (x.id < y.id ? -1 : 1))
      .map((e) => e.id);
    for (const limit of [1, 5, 22, 100]) {
      const rows = await allPages(
        (after) =>
          webhookEvents.listWebhookEventsByStatus(db.pool, { workspaceId: a, status: 'pending', limit, after }),
        limit,
      );
      expect(rows.map((e) => e.id)).toEqual(expected);
      expect(new Set(rows.map((e) => e.status))).toEqual(new Set(['pending']));
    }
    const processing = await webhookEvents.listWebhookEventsByStatus(db.pool, {
      workspaceId: a,
      status: 'processing',
      limit: 10,
    });
    expect(processing.map((e) => e.id)).toEqual([claimed.id]);
    expect(
      await webhookEvents.listWebhookEventsByStatus(db.pool, { workspaceId: a, status: 'dead', limit: 10 }),
    ).toEqual([]);
  });

  it('counts the events of the workspace in each status', async () => {
    const a = await workspace();
    const b = await workspace();
    for (let i = 0; i < 12; i++) await record(a);
    await record(b);
    // 2 processed, 1 ignored (claimed), 2 failed, 1 dead, 2 processing; 4 stay pending.
    const claimed = await claim({ workspaceId: a, limit: 8 });
    const [p1, p2, ig, f1, f2, d] = claimed;
    await webhookEvents.completeWebhookEvent(db.pool, fenceOf(p1));
    await webhookEvents.completeWebhookEvent(db.pool, fenceOf(p2));
    await webhookEvents.ignoreWebhookEvent(db.pool, fenceOf(ig));
    for (const e of [f1, f2]) {
      await webhookEvents.failWebhookEvent(db.pool, {
        ...fenceOf(e),
        ...failParams,
        baseSeconds: 3600,
        lastError: 'x',
      });
    }
    await webhookEvents.failWebhookEvent(db.pool, { ...fenceOf(d), ...failParams, maxAttempts: 1, lastError: 'x' });
    expect(await webhookEvents.countWebhookEventsByStatus(db.pool, { workspaceId: a })).toEqual({
      pending: 4,
      processing: 2,
      processed: 2,
      failed: 2,
      dead: 1,
      ignored: 1,
    });
    expect(await webhookEvents.countWebhookEventsByStatus(db.pool, { workspaceId: b })).toEqual({
      pending: 1,
      processing: 0,
      processed: 0,
      failed: 0,
      dead: 0,
      ignored: 0,
    });
    expect(await webhookEvents.countWebhookEventsByStatus(db.pool, { workspaceId: randomUUID() })).toEqual({
      pending: 0,
      processing: 0,
      processed: 0,
      failed: 0,
      dead: 0,
      ignored: 0,
    });
  });
});

describe('purgeWebhookEvents', () => {
  /**
   * In a fresh workspace: `old` processed and `old` ignored events received two days ago, and
   * one old event in each of pending, processing, failed and dead, plus recent processed ones.
   */
  async function seed(old: number) {
    const w = await workspace();
    const n = 2 * old + 4 + 3;
    for (let i = 0; i < n; i++) await record(w);
    const claimed = await claim({ workspaceId: w, limit: n - 1 });
    const kept: string[] = [];
    const purgeable: string[] = [];
    for (const [i, e] of claimed.entries()) {
      if (i < old) {
        await webhookEvents.completeWebhookEvent(db.pool, fenceOf(e));
        purgeable.push(e.id);
      } else if (i < 2 * old) {
        await webhookEvents.ignoreWebhookEvent(db.pool, fenceOf(e));
        purgeable.push(e.id);
      } else if (i < 2 * old + 3) {
        // Recent processed events: kept.
        await webhookEvents.completeWebhookEvent(db.pool, fenceOf(e));
        kept.push(e.id);
      } else if (i === 2 * old + 3) {
        await webhookEvents.failWebhookEvent(db.pool, {
          ...fenceOf(e),
          ...failParams,
          baseSeconds: 3600,
          lastError: 'x',
        });
        kept.push(e.id);
      } else if (i === 2 * old + 4) {
        await webhookEvents.failWebhookEvent(db.pool, { ...fenceOf(e), ...failParams, maxAttempts: 1, lastError: 'x' });
        kept.push(e.id);
      } else {
        kept.push(e.id); // processing
      }
    }
    const all = (
      await db.pool.query<{ id: string }>('SELECT id FROM payment_webhook_events WHERE workspace_id = $1', [w])
    ).rows;
    kept.push(...all.map((r) => r.id).filter((id) => !claimed.some((e) => e.id === id))); // pending
    const recent = claimed.slice(2 * old, 2 * old + 3).map((e) => e.id);
    // Everything but the recent processed ones was received two days ago.
    await db.pool.query(
      `UPDATE payment_webhook_events SET received_at = now() - interval '2 days' WHERE workspace_id = $1 AND NOT (id = ANY($2::uuid[]))`,
      [w, recent],
    );
    const { rows } = await db.pool.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM payment_webhook_events WHERE workspace_id = $1 GROUP BY 1 ORDER BY 1',
      [w],
    );
    expect(rows).toEqual([
      { status: 'dead', n: 1 },
      { status: 'failed', n: 1 },
      { status: 'ignored', n: old },
      { status: 'pending', n: 1 },
      { status: 'processed', n: old + 3 },
      { status: 'processing', n: 1 },
    ]);
    return { w, kept, purgeable };
  }

  const remaining = async (w: string) =>
    (await db.pool.query<{ id: string }>('SELECT id FROM payment_webhook_events WHERE workspace_id = $1', [w])).rows
      .map((r) => r.id)
      .sort();

  it('deletes only processed and ignored events received before olderThan, in batches smaller than the total', async () => {
    const { w, kept } = await seed(5);
    const other = await seed(2);
    const otherBefore = await remaining(other.w);
    const olderThan = new Date(Date.now() - 86_400_000);
    // 10 to delete, 3 per batch: four statements, the last one short.
    expect(await webhookEvents.purgeWebhookEvents(db.pool, { workspaceId: w, olderThan, limit: 3 })).toBe(10);
    expect(await remaining(w)).toEqual([...kept].sort());
    expect(await remaining(other.w)).toEqual(otherBefore);
    // Again: nothing left to purge.
    expect(await webhookEvents.purgeWebhookEvents(db.pool, { workspaceId: w, olderThan, limit: 3 })).toBe(0);
    // A batch size dividing the total (4 = 2 batches of 2, then an empty one).
    expect(await webhookEvents.purgeWebhookEvents(db.pool, { workspaceId: other.w, olderThan, limit: 2 })).toBe(4);
    expect(await remaining(other.w)).toEqual([...other.kept].sort());
    // Even olderThan in the future never purges pending, processing, failed or dead events.
    const future = new Date(Date.now() + 86_400_000);
    expect(await webhookEvents.purgeWebhookEvents(db.pool, { workspaceId: w, olderThan: future, limit: 2 })).toBe(3);
    expect(
      (await db.pool.query('SELECT status FROM payment_webhook_events WHERE workspace_id = $1 ORDER BY 1', [w])).rows,
    ).toEqual([{ status: 'dead' }, { status: 'failed' }, { status: 'pending' }, { status: 'processing' }]);
  });

  it('without a limit: purges everything in default-sized batches (more than one batch of 1,000)', async () => {
    const { w, kept } = await seed(2);
    // 1,500 more old processed events, inserted directly (raw SQL, as a factory would).
    await db.pool.query(
      `INSERT INTO payment_webhook_events
         (workspace_id, provider_name, provider_event_id, event_type, occurred_at, received_at, status, attempts,
          processed_at, payload)
       SELECT $1, 'stripe', 'evt_bulk_' || i, 'customer.updated', now(), now() - interval '3 days', 'processed', 1,
              now(), '{}'
       FROM generate_series(1, 1500) i`,
      [w],
    );
    const olderThan = new Date(Date.now() - 86_400_000);
    expect(await webhookEvents.purgeWebhookEvents(db.pool, { workspaceId: w, olderThan })).toBe(1504);
    expect(await remaining(w)).toEqual([...kept].sort());
  });
});

describe('bad input: InvalidParameterError, before the database is touched, nothing written', () => {
  const longId = 'x'.repeat(256);

  it('recordWebhookEvent: oversized ids and types, non-object or missing payloads, unknown entity types', async () => {
    const w = await workspace();
    const cases: [string, Record<string, unknown>][] = [
      ['providerEventId', { providerEventId: longId }],
      ['providerEventId', { providerEventId: '' }],
      ['eventType', { eventType: longId }],
      ['externalId', { externalId: longId }],
      ['providerName', { providerName: 'Not A Provider' }],
      ['entityType', { entityType: 'invoice' }],
      ['occurredAt', { occurredAt: new Date(NaN) }],
      ['occurredAt', { occurredAt: 'yesterday' }],
      ['workspaceId', { workspaceId: 'not-a-uuid' }],
      ['payload', { payload: null }],
    ];
    for (const [parameter, override] of cases) {
      const error = await refused((pool) => webhookEvents.recordWebhookEvent(pool, delivery(w, override as never)));
      expect(error.parameter, JSON.stringify(override)).toBe(parameter);
    }
    // 255 characters is fine.
    expect(
      (await webhookEvents.recordWebhookEvent(db.pool, delivery(w, { providerEventId: 'y'.repeat(255) }))).duplicate,
    ).toBe(false);
  });

  // One case each, so that a failure names the payload.
  it.each([
    ['an array', ['evt', 1]],
    ['a string', 'not json'],
    ['a string of a JSON object', '{"id":"evt_1"}'],
    ['a number', 42],
  ])('recordWebhookEvent: a payload that is %s', async (_, payload) => {
    const w = await workspace();
    const error = await refused((pool) => webhookEvents.recordWebhookEvent(pool, delivery(w, { payload } as never)));
    expect(error.parameter).toBe('payload');
  });

  it('unknown status, zero or negative limits, NaN or non-positive leases, bad backoff settings', async () => {
    const w = await workspace();
    const event = await record(w);
    const fence = { workspaceId: w, id: event.id, claimToken: randomUUID() };
    const olderThan = new Date();
    const cases: [string, (pool: Db) => Promise<unknown>][] = [
      [
        'status',
        (pool) => webhookEvents.listWebhookEventsByStatus(pool, { workspaceId: w, status: 'done' as never, limit: 10 }),
      ],
      [
        'limit',
        (pool) => webhookEvents.listWebhookEventsByStatus(pool, { workspaceId: w, status: 'pending', limit: 0 }),
      ],
      [
        'limit',
        (pool) => webhookEvents.listWebhookEventsByStatus(pool, { workspaceId: w, status: 'pending', limit: -1 }),
      ],
      ['limit', (pool) => webhookEvents.claimWebhookEvents(pool, { limit: 0, leaseSeconds: 60 })],
      ['limit', (pool) => webhookEvents.claimWebhookEvents(pool, { limit: -5, leaseSeconds: 60 })],
      ['limit', (pool) => webhookEvents.claimWebhookEvents(pool, { limit: 1.5, leaseSeconds: 60 })],
      ['leaseSeconds', (pool) => webhookEvents.claimWebhookEvents(pool, { limit: 10, leaseSeconds: NaN })],
      ['leaseSeconds', (pool) => webhookEvents.claimWebhookEvents(pool, { limit: 10, leaseSeconds: 0 })],
      ['leaseSeconds', (pool) => webhookEvents.claimWebhookEvents(pool, { limit: 10, leaseSeconds: -1 })],
      ['leaseSeconds', (pool) => webhookEvents.renewWebhookEventLease(pool, { ...fence, leaseSeconds: NaN })],
      [
        'workspaceId',
        (pool) => webhookEvents.claimWebhookEvents(pool, { limit: 10, leaseSeconds: 60, workspaceId: 'w' }),
      ],
      [
        'providerName',
        (pool) => webhookEvents.claimWebhookEvents(pool, { limit: 10, leaseSeconds: 60, providerName: 'A B' }),
      ],
      [
        'maxAttempts',
        (pool) => webhookEvents.failWebhookEvent(pool, { ...fence, ...failParams, maxAttempts: 0, lastError: 'x' }),
      ],
      [
        'baseSeconds',
        (pool) => webhookEvents.failWebhookEvent(pool, { ...fence, ...failParams, baseSeconds: -1, lastError: 'x' }),
      ],
      [
        'baseSeconds',
        (pool) => webhookEvents.failWebhookEvent(pool, { ...fence, ...failParams, baseSeconds: NaN, lastError: 'x' }),
      ],
      ['lastError', (pool) => webhookEvents.failWebhookEvent(pool, { ...fence, ...failParams, lastError: '' })],
      ['lastError', (pool) => webhookEvents.failWebhookEvent(pool, { ...fence, ...failParams, lastError: 'a\u0000b' })],
      ['limit', (pool) => webhookEvents.purgeWebhookEvents(pool, { workspaceId: w, olderThan, limit: 0 })],
      ['limit', (pool) => webhookEvents.purgeWebhookEvents(pool, { workspaceId: w, olderThan, limit: -1 })],
      ['limit', (pool) => webhookEvents.purgeWebhookEvents(pool, { workspaceId: w, olderThan, limit: 1001 })],
      ['limit', (pool) => webhookEvents.claimWebhookEvents(pool, { limit: 1001, leaseSeconds: 60 })],
      ['olderThan', (pool) => webhookEvents.purgeWebhookEvents(pool, { workspaceId: w, olderThan: 'now', limit: 10 })],
      ['id', (pool) => webhookEvents.retryWebhookEvent(pool, { workspaceId: w, id: 'nope' })],
      ['id', (pool) => webhookEvents.completeWebhookEvent(pool, { ...fence, id: 'nope' })],
    ];
    for (const [parameter, call] of cases) {
      const error = await refused(call);
      expect(error.parameter, `${parameter}: ${call.toString()}`).toBe(parameter);
    }
    // None of it touched the event.
    expect(await statusOf(event.id)).toBe('pending');
  });

  it('a claim token that is not a uuid', async () => {
    const w = await workspace();
    const event = await record(w);
    const fence = { workspaceId: w, id: event.id, claimToken: 'not-a-token' };
    for (const call of [
      (pool: Db) => webhookEvents.completeWebhookEvent(pool, fence),
      (pool: Db) => webhookEvents.ignoreWebhookEvent(pool, fence),
      (pool: Db) => webhookEvents.renewWebhookEventLease(pool, { ...fence, leaseSeconds: 60 }),
      (pool: Db) => webhookEvents.failWebhookEvent(pool, { ...fence, ...failParams, lastError: 'x' }),
    ]) {
      expect((await refused(call)).parameter).toBe('claimToken');
    }
  });
});
