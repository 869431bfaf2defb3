// Behind a real PgBouncer in transaction pooling mode (test/support/pgbouncer.ts),
// on the suite's real PostgreSQL. PgBouncer before 1.21 (Debian's is 1.18)
// hands each transaction (each statement, outside BEGIN) to whichever server
// connection is free and knows nothing of prepared statements: a named
// statement prepared through one client connection stays on that server
// connection, where another client connection meets it again ("already
// exists"), and a client connection that prepared it meets a server connection
// that never saw it ("does not exist"). The library's default, one named
// statement per query, therefore breaks there; `createPool({ namedStatements:
// false })` and `withoutNamedStatements(db)` send unnamed statements, which
// work.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createPool,
  customers,
  PaymentSyncDbError,
  ServerError,
  withoutNamedStatements,
  withTransaction,
  withWorkspace,
  type Db,
} from '../src/index.js';
import { useDatabase } from './support/database.js';
import { insertCustomer, insertWorkspace } from './support/factories.js';
import { pgBouncerMissing, usePgBouncer } from './support/pgbouncer.js';

const missing = pgBouncerMissing();
if (missing) console.warn(`test/pgbouncer.test.ts skipped: ${missing}`);

/** SQLSTATEs of the two ways a named statement breaks behind PgBouncer transaction mode. */
const DUPLICATE_PREPARED_STATEMENT = '42P05';
const INVALID_SQL_STATEMENT_NAME = '26000';

/** The prepared-statement failure, typed by mapError (a ServerError carrying the SQLSTATE). */
function expectPreparedStatementError(error: unknown, code?: string) {
  expect(error).toBeInstanceOf(ServerError);
  const e = error as PaymentSyncDbError;
  if (code) expect(e.code).toBe(code);
  else expect([DUPLICATE_PREPARED_STATEMENT, INVALID_SQL_STATEMENT_NAME]).toContain(e.code);
  expect(e.message).toMatch(/^prepared statement "psdb_\w+" (already exists|does not exist)$/);
}

const clientOf = async (url: string, mark = false) => {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  return mark ? withoutNamedStatements(client) : client;
};

const poolOf = (pool: pg.Pool) => {
  pool.on('error', () => {});
  return pool;
};

/** `n` concurrent calls of one query on a fresh pool: each runs on a client connection of its own. */
function firstWave(pool: pg.Pool, workspaceId: string, id: string, n: number) {
  return Promise.allSettled(Array.from({ length: n }, () => customers.getCustomer(pool, { workspaceId, id })));
}

/**
 * Reads, upserts (created, then an unchanged replay) and list pages, `rounds` times `width` calls at
 * once: a real mixed load over few server connections. Resolves to every call's outcome.
 */
async function workload(db: Db, workspaceId: string, known: { id: string; externalId?: unknown }, width = 12) {
  const settled: PromiseSettledResult<unknown>[] = [];
  for (let round = 0; round < 3; round++) {
    const calls = Array.from({ length: width }, (_, i): Promise<unknown> => {
      switch (i % 4) {
        case 0:
          return customers.getCustomer(db, { workspaceId, id: known.id });
        case 1:
          return customers.getCustomerByExternalID(db, {
            workspaceId,
            paymentProvider: 'stripe',
            externalId: String(known.externalId),
          });
        case 2: {
          const input = {
            workspaceId,
            paymentProvider: 'stripe',
            externalId: `cus_bouncer_${round}_${i}`,
            email: `r${round}i${i}@example.com`,
            providerUpdatedAt: new Date('2026-01-01T00:00:00Z'),
          };
          return customers.createCustomerWithSync(db, input).then(async (first) => {
            const replay = await customers.createCustomerWithSync(db, input);
            return [first.outcome, replay.outcome];
          });
        }
        default:
          return customers.listCustomers(db, { workspaceId, limit: 5 });
      }
    });
    settled.push(...(await Promise.allSettled(calls)));
  }
  return settled;
}

function rejections(settled: PromiseSettledResult<unknown>[]): unknown[] {
  return settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => s.reason);
}

describe.skipIf(!!missing)(
  `behind PgBouncer in transaction pooling mode${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    const db = useDatabase();

    describe('one server connection shared by two client connections (default_pool_size = 1)', () => {
      const one = usePgBouncer({ poolSize: 1 });
      // Each test starts on a fresh server connection, without the statements of the one before.
      beforeEach(() => one.bouncer.closeServerConnections(db.name));

      it('with named statements (the default), a second client meets the first one\'s statement: "already exists"', async () => {
        const ws = await insertWorkspace(db.pool);
        const row = await insertCustomer(db.pool, ws.id);
        const a = await clientOf(one.bouncer.url(db.name));
        const b = await clientOf(one.bouncer.url(db.name));
        try {
          // a prepares psdb_<hash> on the only server connection; b does not know it is there.
          expect(await customers.getCustomer(a, { workspaceId: ws.id, id: row.id })).toMatchObject({ id: row.id });
          const error = await customers.getCustomer(b, { workspaceId: ws.id, id: row.id }).catch((e: unknown) => e);
          expectPreparedStatementError(error, DUPLICATE_PREPARED_STATEMENT);
          expect((error as Error).message).toMatch(/already exists/);
        } finally {
          await a.end();
          await b.end();
        }
      });

      it('with named statements, a client whose server connection changed meets none: "does not exist"', async () => {
        const ws = await insertWorkspace(db.pool);
        const row = await insertCustomer(db.pool, ws.id);
        const a = await clientOf(one.bouncer.url(db.name));
        try {
          expect(await customers.getCustomer(a, { workspaceId: ws.id, id: row.id })).toMatchObject({ id: row.id });
          // PgBouncer replaces its server connection (as it does on server_lifetime, a restart, ...);
          // pg still believes the statement is prepared on its connection and only binds it.
          await one.bouncer.closeServerConnections(db.name);
          const error = await customers.getCustomer(a, { workspaceId: ws.id, id: row.id }).catch((e: unknown) => e);
          expectPreparedStatementError(error, INVALID_SQL_STATEMENT_NAME);
          expect((error as Error).message).toMatch(/does not exist/);
        } finally {
          await a.end();
        }
      });

      it('with withoutNamedStatements(client), both cases work', async () => {
        const ws = await insertWorkspace(db.pool);
        const row = await insertCustomer(db.pool, ws.id);
        const a = await clientOf(one.bouncer.url(db.name), true);
        const b = await clientOf(one.bouncer.url(db.name), true);
        try {
          expect(await customers.getCustomer(a, { workspaceId: ws.id, id: row.id })).toMatchObject({ id: row.id });
          expect(await customers.getCustomer(b, { workspaceId: ws.id, id: row.id })).toMatchObject({ id: row.id });
          await one.bouncer.closeServerConnections(db.name);
          expect(await customers.getCustomer(a, { workspaceId: ws.id, id: row.id })).toMatchObject({ id: row.id });
        } finally {
          await a.end();
          await b.end();
        }
      });
    });

    describe('a pool of 6 client connections over 2 server connections (default_pool_size = 2)', () => {
      const two = usePgBouncer({ poolSize: 2 });
      const CLIENTS = 6;

      it('with named statements (the default), concurrent calls fail with the prepared-statement error', async () => {
        const ws = await insertWorkspace(db.pool);
        const row = await insertCustomer(db.pool, ws.id);
        const pool = createPool({ connectionString: two.bouncer.url(db.name), max: CLIENTS });
        try {
          // 6 client connections each prepare the same statement on one of 2 server connections.
          // Only the first on a server connection can succeed; a server connection is replaced only
          // when a failed client disconnects before PgBouncer released it (pg's pool destroys a client
          // whose query failed). So not all 6 can succeed: at least one fails, and every failure is
          // the prepared-statement error.
          const wave = await firstWave(pool, ws.id, row.id, CLIENTS);
          const failed = rejections(wave);
          expect(failed.length).toBeGreaterThanOrEqual(1);
          for (const error of failed) expectPreparedStatementError(error);
          // A mixed load fails the same way, and only that way.
          for (const error of rejections(await workload(pool, ws.id, row))) expectPreparedStatementError(error);
        } finally {
          await pool.end();
        }
      });

      it('with createPool({ namedStatements: false }), the same load succeeds: reads, upserts, lists', async () => {
        const ws = await insertWorkspace(db.pool);
        const row = await insertCustomer(db.pool, ws.id);
        const pool = createPool({ connectionString: two.bouncer.url(db.name), max: CLIENTS, namedStatements: false });
        try {
          const wave = await firstWave(pool, ws.id, row.id, CLIENTS);
          expect(rejections(wave)).toEqual([]);
          expect(pool.totalCount).toBe(CLIENTS);
          const settled = await workload(pool, ws.id, row);
          expect(rejections(settled)).toEqual([]);
          const values = settled.map((s) => (s as PromiseFulfilledResult<unknown>).value);
          values.forEach((value, i) => {
            switch (i % 4) {
              case 0:
              case 1:
                expect(value).toMatchObject({ id: row.id, workspaceId: ws.id });
                break;
              case 2:
                expect(value).toEqual(['created', 'unchanged']);
                break;
              default:
                expect((value as unknown[]).length).toBeGreaterThan(0);
            }
          });
          // Every upsert is stored once: the original row plus 3 rounds of 3 upserted customers.
          const all = await customers.listCustomers(pool, { workspaceId: ws.id, limit: 100 });
          expect(all).toHaveLength(1 + 3 * 3);
        } finally {
          await pool.end();
        }
      });

      it('with namedStatements: false, withWorkspace keeps its transaction-local workspace per transaction', async () => {
        const a = await insertWorkspace(db.pool);
        const b = await insertWorkspace(db.pool);
        const inA = await insertCustomer(db.pool, a.id);
        const inB = await insertCustomer(db.pool, b.id);
        const pool = createPool({ connectionString: two.bouncer.url(db.name), max: CLIENTS, namedStatements: false });
        try {
          // 12 transactions at once over 2 server connections, alternating workspaces, under the
          // row-level-security role: each sees its own set_config(..., true) and nothing else.
          const results = await Promise.all(
            Array.from({ length: 12 }, (_, i) => {
              const [own, other] = i % 2 === 0 ? [a.id, b.id] : [b.id, a.id];
              return withWorkspace(
                pool,
                own,
                async (tx) => {
                  const setting = (
                    await tx.query<{ ws: string }>(`SELECT current_setting('payment_sync.workspace_id', true) AS ws`)
                  ).rows[0].ws;
                  const upserted = await customers.createCustomerWithSync(tx, {
                    workspaceId: own,
                    paymentProvider: 'stripe',
                    externalId: `cus_tx_${i}`,
                    providerUpdatedAt: new Date('2026-01-01T00:00:00Z'),
                  });
                  const mine = await customers.listCustomers(tx, { workspaceId: own, limit: 100 });
                  // Row-level security hides the other workspace even when asked for by id.
                  const theirs = await customers.listCustomers(tx, { workspaceId: other, limit: 100 });
                  return { own, setting, outcome: upserted.outcome, mine: mine.length, theirs: theirs.length };
                },
                { role: 'payment_sync_app' },
              );
            }),
          );
          for (const r of results) {
            expect(r.setting).toBe(r.own);
            expect(r.outcome).toBe('created');
            expect(r.mine).toBeGreaterThanOrEqual(1);
            expect(r.theirs).toBe(0);
          }
          // Committed: each workspace holds its first customer and its 6 upserted ones.
          expect(await customers.listCustomers(pool, { workspaceId: a.id, limit: 100 })).toHaveLength(7);
          expect(await customers.listCustomers(pool, { workspaceId: b.id, limit: 100 })).toHaveLength(7);
          expect(await customers.getCustomer(pool, { workspaceId: b.id, id: inB.id })).toMatchObject({ id: inB.id });
          expect(await customers.getCustomer(pool, { workspaceId: a.id, id: inA.id })).toMatchObject({ id: inA.id });
        } finally {
          await pool.end();
        }
      });

      it('with namedStatements: false, withTransaction commits and rolls back through PgBouncer', async () => {
        const ws = await insertWorkspace(db.pool);
        const pool = createPool({ connectionString: two.bouncer.url(db.name), max: CLIENTS, namedStatements: false });
        const upsert = (tx: Db, externalId: string) =>
          customers.createCustomerWithSync(tx, {
            workspaceId: ws.id,
            paymentProvider: 'stripe',
            externalId,
            providerUpdatedAt: new Date('2026-01-01T00:00:00Z'),
          });
        try {
          const refused = new Error('roll back');
          const outcomes = await Promise.allSettled(
            Array.from({ length: 8 }, (_, i) =>
              withTransaction(pool, async (tx) => {
                const { outcome } = await upsert(tx, `cus_txn_${i}`);
                // Read back inside the transaction, on the same server connection.
                const seen = await customers.getCustomerByExternalID(tx, {
                  workspaceId: ws.id,
                  paymentProvider: 'stripe',
                  externalId: `cus_txn_${i}`,
                });
                if (i % 2 === 1) throw refused;
                return [outcome, seen?.externalId];
              }),
            ),
          );
          outcomes.forEach((o, i) => {
            if (i % 2 === 1) expect(o).toEqual({ status: 'rejected', reason: refused });
            else expect(o).toEqual({ status: 'fulfilled', value: ['created', `cus_txn_${i}`] });
          });
          const stored = await customers.listCustomers(pool, { workspaceId: ws.id, limit: 100 });
          expect(stored.map((c) => c.externalId).sort()).toEqual(['cus_txn_0', 'cus_txn_2', 'cus_txn_4', 'cus_txn_6']);
        } finally {
          await pool.end();
        }
      });

      it('with withoutNamedStatements(new pg.Pool(...)), the same load and a checked-out client succeed', async () => {
        const ws = await insertWorkspace(db.pool);
        const row = await insertCustomer(db.pool, ws.id, { externalId: `cus_${randomUUID()}` });
        const pool = withoutNamedStatements(
          poolOf(new pg.Pool({ connectionString: two.bouncer.url(db.name), max: CLIENTS })),
        );
        try {
          expect(rejections(await firstWave(pool, ws.id, row.id, CLIENTS))).toEqual([]);
          expect(rejections(await workload(pool, ws.id, row))).toEqual([]);
          // A client checked out of the marked pool is marked too.
          const clients = await Promise.all(Array.from({ length: CLIENTS }, () => pool.connect()));
          try {
            const found = await Promise.all(
              clients.map((client) => customers.getCustomer(client, { workspaceId: ws.id, id: row.id })),
            );
            for (const f of found) expect(f).toMatchObject({ id: row.id });
          } finally {
            for (const client of clients) client.release();
          }
        } finally {
          await pool.end();
        }
      });
    });
  },
);
