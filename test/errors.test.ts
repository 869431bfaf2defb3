// SQLSTATE -> typed error mapping, provoked on a real server, and the
// helpers' own guarantees (int8 safety, parameter checks, transactions).
import { PreparedQuery } from '@pgtyped/runtime';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  CheckViolationError,
  ConnectionError,
  customers,
  DeadlockError,
  ForeignKeyViolationError,
  InvalidParameterError,
  InvalidTextRepresentationError,
  mapError,
  NotNullViolationError,
  PaymentSyncDbError,
  QueryCanceledError,
  SerializationFailureError,
  UniqueViolationError,
  UnsafeIntegerError,
  withTransaction,
} from '../src/index.js';
import { count, one } from '../src/query.js';
import { useDatabase } from './support/database.js';
import { insertCustomer, insertWorkspace, snapshot } from './support/factories.js';

const db = useDatabase();

/** A pgtyped query built from SQL text, for exercising the helpers on arbitrary statements. */
function rawQuery<P = Record<string, never>, R = Record<string, unknown>>(statement: string) {
  return new PreparedQuery<P, R>({ usedParamSet: {}, params: [], statement } as never);
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return mapError(error);
  }
  throw new Error('expected a rejection');
}

describe('mapError: one typed class per SQLSTATE, carrying the cause', () => {
  it('maps constraint violations with table and constraint', async () => {
    const { id: w } = await insertWorkspace(db.pool);
    const c = await insertCustomer(db.pool, w, { externalId: 'dup' });
    const unique = await caught(insertCustomer(db.pool, w, { externalId: 'dup' }));
    expect(unique).toBeInstanceOf(UniqueViolationError);
    expect(unique).toMatchObject({ code: '23505', table: 'customers', constraint: 'customers_live_external_key' });
    expect((unique as Error).cause).toBeInstanceOf(pg.DatabaseError);

    const fk = await caught(
      db.pool.query(
        `INSERT INTO prices (workspace_id, product_id, currency, unit_amount, type)
      VALUES ($1, gen_random_uuid(), 'usd', 1, 'one_time')`,
        [w],
      ),
    );
    expect(fk).toBeInstanceOf(ForeignKeyViolationError);

    const check = await caught(
      db.pool.query(`UPDATE customers SET payment_sync_status = 'done' WHERE id = $1`, [c.id]),
    );
    expect(check).toBeInstanceOf(CheckViolationError);
    expect(check).toMatchObject({ constraint: 'customers_payment_sync_status_check' });

    const notNull = await caught(db.pool.query(`INSERT INTO workspaces (name) VALUES (NULL)`));
    expect(notNull).toBeInstanceOf(NotNullViolationError);

    const text = await caught(db.pool.query(`SELECT * FROM customers WHERE id = 'not-a-uuid'`));
    expect(text).toBeInstanceOf(InvalidTextRepresentationError);
  });

  it('maps a serialization failure', async () => {
    const { id: w } = await insertWorkspace(db.pool);
    const c = await insertCustomer(db.pool, w);
    const a = await db.pool.connect();
    const b = await db.pool.connect();
    try {
      await a.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await b.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await a.query('SELECT * FROM customers WHERE id = $1', [c.id]);
      await b.query('SELECT * FROM customers WHERE id = $1', [c.id]);
      await a.query(`UPDATE customers SET name = 'a' WHERE id = $1`, [c.id]);
      const pending = caught(b.query(`UPDATE customers SET name = 'b' WHERE id = $1`, [c.id]));
      await a.query('COMMIT');
      expect(await pending).toBeInstanceOf(SerializationFailureError);
    } finally {
      await b.query('ROLLBACK');
      a.release();
      b.release();
    }
  });

  it('maps a deadlock', async () => {
    const { id: w } = await insertWorkspace(db.pool);
    const x = await insertCustomer(db.pool, w);
    const y = await insertCustomer(db.pool, w);
    const a = await db.pool.connect();
    const b = await db.pool.connect();
    try {
      await a.query('BEGIN');
      await b.query('BEGIN');
      await a.query(`UPDATE customers SET name = 'a' WHERE id = $1`, [x.id]);
      await b.query(`UPDATE customers SET name = 'b' WHERE id = $1`, [y.id]);
      const results = await Promise.allSettled([
        a.query(`UPDATE customers SET name = 'a' WHERE id = $1`, [y.id]),
        b.query(`UPDATE customers SET name = 'b' WHERE id = $1`, [x.id]),
      ]);
      const errors = results
        .filter((r) => r.status === 'rejected')
        .map((r) => mapError((r as PromiseRejectedResult).reason));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBeInstanceOf(DeadlockError);
    } finally {
      await a.query('ROLLBACK');
      await b.query('ROLLBACK');
      a.release();
      b.release();
    }
  });

  it('maps a statement timeout and a terminated backend', async () => {
    const client = await db.pool.connect();
    try {
      await client.query(`SET statement_timeout = '50ms'`);
      expect(await caught(client.query('SELECT pg_sleep(2)'))).toBeInstanceOf(QueryCanceledError);
    } finally {
      client.release(true);
    }
    const victim = new pg.Client(db.url);
    victim.on('error', () => {});
    await victim.connect();
    const pid = (await victim.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const sleeping = caught(victim.query('SELECT pg_sleep(5)'));
    await new Promise((r) => setTimeout(r, 100));
    await db.pool.query('SELECT pg_terminate_backend($1)', [pid]);
    expect(await sleeping).toBeInstanceOf(ConnectionError);
    await victim.end().catch(() => {});
  });

  it('passes unknown errors through untouched', () => {
    const plain = new TypeError('x');
    expect(mapError(plain)).toBe(plain);
  });
});

describe('the cardinality helpers', () => {
  it('return int8 as an exact number, and refuse to round one beyond 2^53 - 1', async () => {
    const safe = one(rawQuery<Record<string, never>, { n: number }>('SELECT 9007199254740991::int8 AS n'));
    expect(await safe(db.pool, {})).toEqual({ n: 9007199254740991 });
    const unsafe = one(rawQuery('SELECT 9007199254740993::int8 AS n'));
    await expect(unsafe(db.pool, {})).rejects.toBeInstanceOf(UnsafeIntegerError);
    expect(await count(rawQuery('SELECT count(*) AS "count!" FROM generate_series(1, 5)'))(db.pool, {})).toBe(5);
  });

  it('throw when a single-row query returns several rows', async () => {
    const several = one(rawQuery('SELECT generate_series(1, 2) AS n'));
    await expect(several(db.pool, {})).rejects.toBeInstanceOf(PaymentSyncDbError);
  });

  it('refuse a missing required parameter before the database is touched', async () => {
    const closed = new pg.Pool({ connectionString: db.url });
    await closed.end();
    await expect(customers.getCustomer(closed, { workspaceId: undefined as never, id: 'x' })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
    // The same call with valid params does reach the (closed) pool: the check above is what stopped it.
    await expect(
      customers.getCustomer(closed, {
        workspaceId: '00000000-0000-4000-8000-000000000000',
        id: '00000000-0000-4000-8000-000000000000',
      }),
    ).rejects.toBeInstanceOf(ConnectionError);
  });
});

describe('withTransaction', () => {
  it('commits when fn resolves and rolls everything back when it throws', async () => {
    const { id: w } = await insertWorkspace(db.pool);
    const kept = await withTransaction(db.pool, (tx) => customers.createCustomer(tx, { workspaceId: w, name: 'kept' }));
    expect(await customers.getCustomer(db.pool, { workspaceId: w, id: kept!.id })).not.toBeNull();

    const before = await snapshot(db.pool);
    await expect(
      withTransaction(db.pool, async (tx) => {
        await customers.createCustomer(tx, { workspaceId: w, name: 'lost' });
        await customers.createCustomer(tx, { workspaceId: w, paymentProvider: 'stripe', externalId: kept!.id });
        await customers.createCustomer(tx, { workspaceId: w, paymentProvider: 'stripe', externalId: kept!.id });
      }),
    ).rejects.toBeInstanceOf(UniqueViolationError);
    expect(await snapshot(db.pool)).toEqual(before);
    // The pool still serves.
    expect(await customers.getCustomer(db.pool, { workspaceId: w, id: kept!.id })).not.toBeNull();
  });

  it('rolls back on a non-database error too, and rethrows it as is', async () => {
    const { id: w } = await insertWorkspace(db.pool);
    const before = await snapshot(db.pool);
    const boom = new Error('boom');
    await expect(
      withTransaction(db.pool, async (tx) => {
        await customers.createCustomer(tx, { workspaceId: w });
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await snapshot(db.pool)).toEqual(before);
  });
});
