// Real concurrency against PostgreSQL (issue 5, item 6): many connections of
// one pool racing on the same rows through the library's own functions.
//   1. optimistic writers with the same expectedVersion: exactly one wins a round, no lost update;
//   2. racing session starts: exactly one active session, the others ActiveSyncSessionExistsError;
//   3. bulk status updates racing single-row updates: every write that reported a change is
//      in the final version;
//   4. bulk updates and bulk upserts over the same ids in opposite orders: no deadlock (both lock
//      their rows in external-id order, whatever plan each statement gets).
import { describe, expect, it } from 'vitest';
import {
  ActiveSyncSessionExistsError,
  customers,
  DeadlockError,
  ENTITY_SYNC_STATUSES,
  syncSessions,
  syncStatus,
  withTransaction,
} from '../src/index.js';
import { useDatabase } from './support/database.js';
import { insertCustomer, insertWorkspace } from './support/factories.js';

const POOL_SIZE = 10;
const db = useDatabase({ poolSize: POOL_SIZE });

/** A small seeded PRNG (mulberry32): the interleavings vary, the inputs are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const externalId = (i: number) => `cus_${String(i).padStart(5, '0')}`;
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/** Creates `count` live customers of provider stripe (external ids cus_00000...), version 0, in one statement. */
async function seedCustomers(workspaceId: string, count: number): Promise<Map<string, string>> {
  const ids = range(0, count).map(externalId);
  const tally = await customers.bulkUpsertCustomersWithSync(db.pool, {
    workspaceId,
    paymentProvider: 'stripe',
    externalIds: ids,
    providerUpdatedAts: ids.map(() => new Date('2026-01-01T00:00:00Z')),
  });
  expect(tally).toEqual({ inserted: count, updated: 0, unchanged: 0, stale: 0 });
  const { rows } = await db.pool.query<{ id: string; external_id: string }>(
    'SELECT id, external_id FROM customers WHERE workspace_id = $1',
    [workspaceId],
  );
  return new Map(rows.map((r) => [r.external_id, r.id]));
}

async function versions(workspaceId: string): Promise<Map<string, number>> {
  const { rows } = await db.pool.query<{ external_id: string; v: number }>(
    'SELECT external_id, payment_sync_version AS v FROM customers WHERE workspace_id = $1 AND deleted_at IS NULL',
    [workspaceId],
  );
  return new Map(rows.map((r) => [r.external_id, r.v]));
}

/** The class name of every rejection, counted: what a race produced besides successes. */
function tallyErrors(results: PromiseSettledResult<unknown>[], into: Map<string, number>): void {
  for (const r of results) {
    if (r.status === 'rejected') {
      const name = (r.reason as Error)?.constructor?.name ?? String(r.reason);
      into.set(name, (into.get(name) ?? 0) + 1);
    }
  }
}

/** How long each staggered race runs. */
const RACE_MS = 5000;

interface Race {
  /** Calls per loop that resolved. */
  succeededPerLoop: number[];
  succeeded: number;
  /** Rejections by error class. */
  errors: Map<string, number>;
  elapsedMs: number;
}

/**
 * Runs every loop over and over, concurrently, until `ms` have passed (each
 * finishes the call it is in). Unlike rounds started together, the calls
 * overlap at every offset: a statement starts while another is half-way
 * through the same rows, with a different snapshot.
 */
async function raceFor(ms: number, loops: ((iteration: number) => Promise<void>)[]): Promise<Race> {
  const started = Date.now();
  const deadline = started + ms;
  const errors = new Map<string, number>();
  const succeededPerLoop = loops.map(() => 0);
  await Promise.all(
    loops.map(async (loop, k) => {
      for (let i = 0; Date.now() < deadline; i++) {
        try {
          await loop(i);
          succeededPerLoop[k] += 1;
        } catch (error) {
          tallyErrors([{ status: 'rejected', reason: error }], errors);
        }
      }
    }),
  );
  const succeeded = succeededPerLoop.reduce((a, b) => a + b, 0);
  return { succeededPerLoop, succeeded, errors, elapsedMs: Date.now() - started };
}

function describeRace(race: Race): string {
  const failed = [...race.errors.values()].reduce((a, b) => a + b, 0);
  return `${race.succeeded + failed} calls in ${race.elapsedMs} ms (succeeded per loop ${race.succeededPerLoop}), errors ${JSON.stringify([...race.errors])}`;
}

/**
 * Three loops (ascending, descending, shuffled) bulk-updating the same `rows` customers over and
 * over, staggered, for RACE_MS. Asserts what must hold whatever the outcome: a bulk that
 * succeeded changed every row once, one that failed changed nothing (versions), and nothing
 * failed but DeadlockError. Resolves to the race, for the caller's deadlock assertion.
 */
async function oppositeOrderBulkUpdates(rows: number): Promise<Race> {
  const { id: workspaceId } = await insertWorkspace(db.pool);
  await seedCustomers(workspaceId, rows);
  const asc = range(0, rows).map(externalId);
  const rand = random(4);
  const orders = [asc, [...asc].reverse(), shuffled(asc, rand)];
  const wrongCounts: string[] = [];
  const race = await raceFor(
    RACE_MS,
    orders.map((externalIds, k) => async (i: number) => {
      const changed = await syncStatus.bulkUpdateCustomerSyncStatus(db.pool, {
        workspaceId,
        paymentProvider: 'stripe',
        externalIds,
        paymentSyncStatus: ENTITY_SYNC_STATUSES[(i + k) % 4],
      });
      if (changed !== rows) wrongCounts.push(`loop ${k} call ${i}: ${changed}`);
    }),
  );
  expect([...race.errors.keys()].filter((name) => name !== DeadlockError.name)).toEqual([]);
  expect(wrongCounts).toEqual([]);
  expect(new Set((await versions(workspaceId)).values())).toEqual(new Set([race.succeeded]));
  expect(race.succeeded).toBeGreaterThanOrEqual(orders.length);
  return race;
}

/**
 * A bulk status update and a bulk upsert of the same `rows` customers, each in alternating
 * orders, staggered, for RACE_MS. Asserts that versions account for every change that succeeded
 * and that nothing failed but DeadlockError. Resolves to the race.
 */
async function bulkUpdateVersusBulkUpsert(rows: number): Promise<Race> {
  const { id: workspaceId } = await insertWorkspace(db.pool);
  await seedCustomers(workspaceId, rows);
  const asc = range(0, rows).map(externalId);
  let updated = 0;
  let bulkChanges = 0;
  const race = await raceFor(RACE_MS, [
    async (i: number) => {
      bulkChanges += await syncStatus.bulkUpdateCustomerSyncStatus(db.pool, {
        workspaceId,
        paymentProvider: 'stripe',
        externalIds: i % 2 === 0 ? asc : [...asc].reverse(),
        paymentSyncStatus: ENTITY_SYNC_STATUSES[i % 4],
      });
    },
    async (i: number) => {
      const externalIds = i % 2 === 0 ? [...asc].reverse() : asc;
      const at = new Date();
      const result = await customers.bulkUpsertCustomersWithSync(db.pool, {
        workspaceId,
        paymentProvider: 'stripe',
        externalIds,
        providerUpdatedAts: externalIds.map(() => at),
      });
      updated += result.updated;
    },
  ]);
  expect([...race.errors.keys()].filter((name) => name !== DeadlockError.name)).toEqual([]);
  const final = await versions(workspaceId);
  expect([...final.values()].reduce((a, b) => a + b, 0)).toBe(bulkChanges + updated);
  return race;
}

describe('concurrency', () => {
  // Deadlocks. A bulk statement locks its rows in the order its plan reads them. These tests found
  // that BulkUpdate*SyncStatus (UPDATE ... WHERE external_id = ANY(...)) locked in plan order:
  // without planner statistics through <entity>_by_provider_synced_at, with statistics through a
  // bitmap heap scan, neither of them external-id order, and deadlocked against itself and against
  // BulkUpsert*WithSync (which writes in external-id order). It now locks its rows first with
  // SELECT ... ORDER BY external_id FOR UPDATE, so both lock in the same order.
  describe('deadlock-prone orderings', () => {
    it('control: row-by-row updates in opposite orders inside two transactions DO deadlock, as DeadlockError', async () => {
      // Proves the checks below could see a deadlock: the server detects it (after deadlock_timeout)
      // and the library maps 40P01 to DeadlockError.
      const { id: workspaceId } = await insertWorkspace(db.pool);
      const a = await insertCustomer(db.pool, workspaceId);
      const b = await insertCustomer(db.pool, workspaceId);
      let arrived = 0;
      let release!: () => void;
      const bothHoldOneRow = new Promise<void>((resolve) => (release = resolve));
      const barrier = async () => {
        arrived += 1;
        if (arrived === 2) release();
        await bothHoldOneRow;
      };
      const update = (tx: Parameters<typeof syncStatus.updateCustomerSyncStatus>[0], id: string) =>
        syncStatus.updateCustomerSyncStatus(tx, { workspaceId, id, paymentSyncStatus: 'synced' });
      const results = await Promise.allSettled([
        withTransaction(db.pool, async (tx) => {
          await update(tx, a.id);
          await barrier();
          await update(tx, b.id);
        }),
        withTransaction(db.pool, async (tx) => {
          await update(tx, b.id);
          await barrier();
          await update(tx, a.id);
        }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(failed.reason).toBeInstanceOf(DeadlockError);
    });

    // FIRST of the races on purpose: the first part needs a customers table PostgreSQL has never
    // analyzed (a new or freshly restored database, before autovacuum's first ANALYZE), where the
    // deadlock shows in every run; on an analyzed table it shows in some runs only.
    describe('bulk status updates over the same ids in opposite orders', () => {
      let race: Race | undefined;
      it('precondition: customers has never been analyzed', async () => {
        const { rows } = await db.pool.query<{ reltuples: number }>(
          "SELECT reltuples FROM pg_class WHERE oid = 'customers'::regclass",
        );
        expect(rows[0].reltuples).toBe(-1);
      });
      it('the race, table without statistics: every bulk that succeeded changed every row once', async () => {
        race = await oppositeOrderBulkUpdates(1000);
        console.log(`opposite-order bulk updates, no statistics: ${describeRace(race)}`);
      });
      it('no DeadlockError on the table without statistics (where plan-order locking deadlocked in every run)', () => {
        expect(race).toBeDefined();
        expect(race!.errors.get(DeadlockError.name) ?? 0, describeRace(race!)).toBe(0);
      });
      it('the race, analyzed table (as in production): every bulk that succeeded changed every row once', async () => {
        await db.pool.query('ANALYZE customers');
        const analyzed = await oppositeOrderBulkUpdates(500);
        console.log(`opposite-order bulk updates, analyzed: ${describeRace(analyzed)}`);
        expect(analyzed.errors.get(DeadlockError.name) ?? 0, describeRace(analyzed)).toBe(0);
      });
    });

    it('bulk upserts with overlapping external ids in opposite orders, concurrently and staggered: no deadlock, every object inserted once', async () => {
      const { id: workspaceId } = await insertWorkspace(db.pool);
      const rand = random(5);
      const old = range(0, 900).map(externalId);
      // Each call also brings 50 ids new to its iteration number; the loops run at about the same
      // pace, so racing inserts of the SAME new key happen too.
      const fresh = (i: number) => range(0, 50).map((k) => `new_${String(i).padStart(4, '0')}_${k}`);
      const batches = [
        (i: number) => [...old.slice(0, 600), ...fresh(i)],
        (i: number) => [...old.slice(300, 900), ...fresh(i)].reverse(),
        (i: number) => shuffled([...old.slice(150, 750), ...fresh(i)], rand),
      ];
      const problems: string[] = [];
      const seen = new Set<string>();
      let inserted = 0;
      let updated = 0;
      const race = await raceFor(
        RACE_MS,
        batches.map((batch, k) => async (i: number) => {
          const externalIds = batch(i);
          const at = new Date();
          const result = await customers.bulkUpsertCustomersWithSync(db.pool, {
            workspaceId,
            paymentProvider: 'stripe',
            externalIds,
            names: externalIds.map((e) => `name of ${e}`),
            providerUpdatedAts: externalIds.map(() => at),
          });
          if (result.inserted + result.updated + result.stale !== externalIds.length) {
            problems.push(`loop ${k} call ${i}: ${JSON.stringify(result)}`);
          }
          inserted += result.inserted;
          updated += result.updated;
          for (const e of externalIds) seen.add(e);
        }),
      );
      console.log(`opposite-order bulk upserts: ${describeRace(race)}; ${inserted} inserted, ${updated} updated`);
      expect(
        race.errors.get(DeadlockError.name) ?? 0,
        `DeadlockError between bulk upserts: ${describeRace(race)}`,
      ).toBe(0);
      expect(race.errors).toEqual(new Map());
      expect(problems).toEqual([]);
      const final = await versions(workspaceId);
      // One row per external id, inserted exactly once; each update added exactly 1 to one row's version.
      expect(final.size).toBe(seen.size);
      expect(inserted).toBe(seen.size);
      expect([...final.values()].reduce((a, b) => a + b, 0)).toBe(updated);
    });

    describe('a bulk status update and a bulk upsert over the same ids', () => {
      let race: Race | undefined;
      it('the race: every change that succeeded is in the versions', async () => {
        race = await bulkUpdateVersusBulkUpsert(500);
        console.log(`bulk update vs bulk upsert: ${describeRace(race)}`);
      });
      it('no DeadlockError (both lock in external-id order)', () => {
        expect(race).toBeDefined();
        expect(race!.errors.get(DeadlockError.name) ?? 0, describeRace(race!)).toBe(0);
      });
    });
  });

  it('racing optimistic writers with the same expectedVersion: exactly one wins each of 1,000 rounds, final version 1,000', async () => {
    const { id: workspaceId } = await insertWorkspace(db.pool);
    const customer = await insertCustomer(db.pool, workspaceId);
    expect(customer.paymentSyncVersion).toBe(0);
    const WRITERS = 5;
    const ROUNDS = 1000;
    const wins = new Array<number>(WRITERS).fill(0);
    const badRounds: string[] = [];
    const started = Date.now();
    for (let round = 0; round < ROUNDS; round++) {
      const results = await Promise.allSettled(
        range(0, WRITERS).map((writer) =>
          customers.updateCustomerPaymentSyncStatus(db.pool, {
            workspaceId,
            id: customer.id,
            expectedVersion: round,
            paymentSyncStatus: ENTITY_SYNC_STATUSES[(round + writer) % ENTITY_SYNC_STATUSES.length],
            paymentSyncError: `writer ${writer}, round ${round}`,
          }),
        ),
      );
      const rejected = results.filter((r) => r.status === 'rejected');
      const winners = results.flatMap((r, writer) => (r.status === 'fulfilled' && r.value !== null ? [writer] : []));
      if (rejected.length > 0 || winners.length !== 1) {
        badRounds.push(`round ${round}: winners ${JSON.stringify(winners)}, ${rejected.length} rejected`);
        continue;
      }
      const winner = winners[0];
      wins[winner] += 1;
      const row = (results[winner] as PromiseFulfilledResult<{ paymentSyncVersion: number; paymentSyncError: string }>)
        .value;
      if (row.paymentSyncVersion !== round + 1 || row.paymentSyncError !== `writer ${winner}, round ${round}`) {
        badRounds.push(`round ${round}: winner returned version ${row.paymentSyncVersion}`);
      }
    }
    const elapsed = Date.now() - started;
    console.log(`optimistic race: ${ROUNDS} rounds x ${WRITERS} writers in ${elapsed} ms; wins per writer ${wins}`);
    expect(badRounds).toEqual([]);
    const final = await customers.getCustomer(db.pool, { workspaceId, id: customer.id });
    expect(final!.paymentSyncVersion).toBe(ROUNDS);
    // The race was real: more than one writer won rounds (a serialised run would let writer 0 win every one).
    expect(wins.filter((w) => w > 0).length).toBeGreaterThan(1);
    expect(elapsed).toBeLessThan(20_000);
  });

  it('racing session starts for the same (workspace, provider, type): one succeeds, the rest ActiveSyncSessionExistsError, 50 rounds', async () => {
    const { id: workspaceId } = await insertWorkspace(db.pool);
    const RACERS = 5;
    const ROUNDS = 50;
    const badRounds: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const results = await Promise.allSettled(
        range(0, RACERS).map(() =>
          syncSessions.createSyncSession(db.pool, {
            workspaceId,
            providerName: 'stripe',
            sessionType: 'incremental',
            status: round % 2 === 0 ? 'running' : 'pending',
          }),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const refused = results.filter(
        (r) => r.status === 'rejected' && r.reason instanceof ActiveSyncSessionExistsError,
      );
      if (won.length !== 1 || refused.length !== RACERS - 1) {
        const other = new Map<string, number>();
        tallyErrors(results, other);
        badRounds.push(`round ${round}: ${won.length} created, errors ${JSON.stringify([...other])}`);
      }
      // Complete the winner(s), so the next round may start one again.
      for (const r of won) {
        const session = (r as PromiseFulfilledResult<{ id: string } | null>).value!;
        if (round % 2 === 1)
          await syncSessions.updateSyncSessionStatus(db.pool, { workspaceId, id: session.id, status: 'running' });
        const done = await syncSessions.updateSyncSessionStatus(db.pool, {
          workspaceId,
          id: session.id,
          status: 'completed',
        });
        expect(done!.status).toBe('completed');
      }
    }
    expect(badRounds).toEqual([]);
    expect(await syncSessions.countSyncSessions(db.pool, { workspaceId })).toBe(ROUNDS);
    expect(await syncSessions.getSyncSessionByProvider(db.pool, { workspaceId, providerName: 'stripe' })).toBeNull();
  });

  it('bulk status updates racing single-row updates: every row ends at exactly the number of writes that reported changing it', async () => {
    const { id: workspaceId } = await insertWorkspace(db.pool);
    const ROWS = 1000;
    const byExternalId = await seedCustomers(workspaceId, ROWS);
    const rand = random(3);
    const all = range(0, ROWS).map(externalId);
    // Overlapping sets of ids, in different orders: the bulks also race each other.
    const bulkSets = [all, all.filter((_, i) => i % 2 === 0).reverse(), shuffled(all.slice(0, ROWS / 2), rand)];
    const expected = new Map<string, number>(all.map((e) => [e, 0]));
    const errors = new Map<string, number>();
    const bulkCounts: string[] = [];
    let bulkRounds = 0;
    let bulkDeadlocks = 0;
    let singleSuccesses = 0;
    let versionedLost = 0;

    const WORKERS = POOL_SIZE - bulkSets.length - 1; // the rest of the pool, one connection to spare
    const OPS = 100;
    let workersDone = false;
    const worker = async (seed: number) => {
      const r = random(seed);
      for (let op = 0; op < OPS; op++) {
        const ext = all[Math.floor(r() * ROWS)];
        const id = byExternalId.get(ext)!;
        const paymentSyncStatus = ENTITY_SYNC_STATUSES[Math.floor(r() * 4)];
        try {
          if (r() < 0.5) {
            const row = await syncStatus.updateCustomerSyncStatus(db.pool, { workspaceId, id, paymentSyncStatus });
            expect(row).not.toBeNull();
            expected.set(ext, expected.get(ext)! + 1);
            singleSuccesses += 1;
          } else {
            // Read, then write only if nobody wrote in between: often someone did (a bulk, another worker).
            const current = await customers.getCustomer(db.pool, { workspaceId, id });
            const row = await customers.updateCustomerPaymentSyncStatus(db.pool, {
              workspaceId,
              id,
              expectedVersion: current!.paymentSyncVersion,
              paymentSyncStatus,
            });
            if (row) {
              expect(row.paymentSyncVersion).toBe(current!.paymentSyncVersion + 1);
              expected.set(ext, expected.get(ext)! + 1);
              singleSuccesses += 1;
            } else {
              versionedLost += 1;
            }
          }
        } catch (error) {
          tallyErrors([{ status: 'rejected', reason: error }], errors);
        }
      }
    };
    const bulks = async () => {
      // Until the workers are done, and at least 3 rounds: every set, concurrently, again and again.
      while (!workersDone || bulkRounds < 3) {
        const results = await Promise.allSettled(
          bulkSets.map((externalIds, k) =>
            syncStatus.bulkUpdateCustomerSyncStatus(db.pool, {
              workspaceId,
              paymentProvider: 'stripe',
              externalIds,
              paymentSyncStatus: ENTITY_SYNC_STATUSES[(bulkRounds + k) % 4],
            }),
          ),
        );
        // A bulk that dies in a deadlock with another bulk (the KNOWN BUG above) changes nothing and
        // is counted apart: this test is about the accounting, which must hold either way.
        bulkDeadlocks += results.filter((r) => r.status === 'rejected' && r.reason instanceof DeadlockError).length;
        tallyErrors(
          results.filter((r) => !(r.status === 'rejected' && r.reason instanceof DeadlockError)),
          errors,
        );
        results.forEach((r, k) => {
          if (r.status !== 'fulfilled') return;
          // Every id of the set names a live row: a bulk that changed as many rows as it has ids
          // changed each of them exactly once.
          if (r.value !== new Set(bulkSets[k]).size) bulkCounts.push(`round ${bulkRounds} set ${k}: ${r.value}`);
          for (const ext of bulkSets[k]) expected.set(ext, expected.get(ext)! + 1);
        });
        bulkRounds += 1;
      }
    };
    const started = Date.now();
    await Promise.all([
      bulks(),
      Promise.all(range(0, WORKERS).map((w) => worker(100 + w))).finally(() => {
        workersDone = true;
      }),
    ]);
    const elapsed = Date.now() - started;
    console.log(
      `bulk vs single-row: ${bulkRounds} rounds of ${bulkSets.length} concurrent bulks, ${WORKERS} workers x ${OPS} ops ` +
        `(${singleSuccesses} single-row successes, ${versionedLost} versioned writes lost their race) in ${elapsed} ms; ` +
        `errors ${JSON.stringify([...errors])}, bulks lost to a deadlock ${bulkDeadlocks}`,
    );
    expect(errors).toEqual(new Map());
    expect(bulkCounts).toEqual([]);
    const final = await versions(workspaceId);
    const wrong = all
      .filter((e) => final.get(e) !== expected.get(e))
      .map((e) => `${e}: ${final.get(e)} != ${expected.get(e)}`);
    expect(wrong.slice(0, 20), `${wrong.length} rows whose version does not account for every write`).toEqual([]);
    const sum = [...final.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    // The bulks did overlap the single-row writes.
    expect(bulkRounds).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
