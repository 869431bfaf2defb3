// SQLSTATE -> typed error mapping, provoked on a real server, and the
// helpers' own guarantees (int8 safety, parameter checks, transactions).
import { PreparedQuery } from '@pgtyped/runtime';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
  ActiveSyncSessionExistsError,
  CheckViolationError,
  ConnectionError,
  customers,
  DataError,
  DeadlockError,
  ForeignKeyViolationError,
  InvalidParameterError,
  InvalidTextRepresentationError,
  InvalidValueError,
  mapError,
  migrate,
  MigrationError,
  NotNullViolationError,
  PaymentSyncDbError,
  QueryCanceledError,
  SchemaMissingError,
  SerializationFailureError,
  ServerError,
  syncSessions,
  syncStatus,
  TransactionAbortedError,
  UniqueViolationError,
  UnsafeIntegerError,
  ValueOutOfRangeError,
  withSavepoint,
  withTransaction,
  withWorkspace,
} from '../src/index.js';
import { count, one } from '../src/query.js';
import { adminQuery, createDatabase, dropDatabase, useDatabase } from './support/database.js';
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

    // NUL in JSON text: the server cannot convert \u0000 to text (22P05).
    const nul = await caught(db.pool.query(`SELECT $1::jsonb ->> 'a' AS v`, ['{"a": "x\\u0000y"}']));
    expect(nul).toBeInstanceOf(InvalidTextRepresentationError);
    expect(nul).toMatchObject({ code: '22P05' });
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

  it('maps 22003 (a counter at the int4 limit) and 22023 (an unknown role) to their own classes', async () => {
    const { id: w } = await insertWorkspace(db.pool);
    const c = await insertCustomer(db.pool, w, { paymentSyncVersion: 2_147_483_647 });
    const overflow = await caught(
      syncStatus.updateCustomerSyncStatus(db.pool, { workspaceId: w, id: c.id, paymentSyncStatus: 'synced' }),
    );
    expect(overflow).toBeInstanceOf(ValueOutOfRangeError);
    expect(overflow).toBeInstanceOf(DataError);
    expect(overflow).not.toBeInstanceOf(InvalidTextRepresentationError);
    expect(overflow).toMatchObject({ code: '22003' });

    const role = await caught(withWorkspace(db.pool, w, async () => 1, { role: 'psdb_no_such_role' }));
    expect(role).toBeInstanceOf(InvalidValueError);
    expect(role).not.toBeInstanceOf(InvalidTextRepresentationError);
    expect(role).toMatchObject({ code: '22023' });
  });

  it('types every other server error as ServerError, with its SQLSTATE', async () => {
    const division = await caught(db.pool.query('SELECT 1/0'));
    expect(division).toBeInstanceOf(DataError);
    expect(division).toMatchObject({ code: '22012' });
    const syntax = await caught(db.pool.query('SELEC 1'));
    expect(syntax).toBeInstanceOf(ServerError);
    expect(syntax).toMatchObject({ code: '42601' });
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

describe('withTransaction after a caught failure', () => {
  it('throws TransactionAbortedError instead of resolving when COMMIT was answered by a ROLLBACK', async () => {
    const { id: w } = await insertWorkspace(db.pool);
    await syncSessions.createSyncSession(db.pool, { workspaceId: w, providerName: 'stripe', sessionType: 'full' });
    const before = await snapshot(db.pool);
    let inner: unknown;
    const outcome = await withTransaction(db.pool, async (tx) => {
      await customers.createCustomer(tx, { workspaceId: w, name: 'lost unless committed' });
      try {
        await syncSessions.createSyncSession(tx, { workspaceId: w, providerName: 'stripe', sessionType: 'full' });
      } catch (error) {
        inner = error;
      }
      return 'done';
    }).then(
      (value) => ({ resolved: value }),
      (error: unknown) => ({ rejected: error }),
    );
    expect(inner).toBeInstanceOf(ActiveSyncSessionExistsError);
    expect(outcome).toMatchObject({ rejected: expect.any(TransactionAbortedError) });
    expect((outcome as { rejected: TransactionAbortedError }).rejected.code).toBe('25P02');
    expect(await snapshot(db.pool)).toEqual(before);
  });

  it('types a statement sent after the caught failure as TransactionAbortedError (25P02)', async () => {
    const { id: w } = await insertWorkspace(db.pool);
    const c = await insertCustomer(db.pool, w);
    const after = await caught(
      withTransaction(db.pool, async (tx) => {
        await customers
          .createCustomer(tx, { workspaceId: w, paymentProvider: 'stripe', externalId: c.externalId as string })
          .catch(() => undefined);
        return customers.getCustomer(tx, { workspaceId: w, id: c.id });
      }),
    );
    expect(after).toBeInstanceOf(TransactionAbortedError);
    expect(after).toMatchObject({ code: '25P02' });
  });

  it('withSavepoint: a failed attempt is rolled back to the savepoint and the transaction carries on', async () => {
    const { id: w } = await insertWorkspace(db.pool);
    await syncSessions.createSyncSession(db.pool, { workspaceId: w, providerName: 'stripe', sessionType: 'full' });
    const kept = await withTransaction(db.pool, async (tx) => {
      const first = await customers.createCustomer(tx, { workspaceId: w, name: 'kept' });
      const attempt = await withSavepoint(tx, async (sp) => {
        await customers.createCustomer(sp, { workspaceId: w, name: 'rolled back to the savepoint' });
        return syncSessions.createSyncSession(sp, { workspaceId: w, providerName: 'stripe', sessionType: 'full' });
      }).catch((error: unknown) => error);
      expect(attempt).toBeInstanceOf(ActiveSyncSessionExistsError);
      const second = await withSavepoint(tx, (sp) =>
        customers.createCustomer(sp, { workspaceId: w, name: 'also kept' }),
      );
      return [first!.id, second!.id];
    });
    const { rows } = await db.pool.query('SELECT id, name FROM customers WHERE workspace_id = $1 ORDER BY name', [w]);
    expect(rows).toEqual([
      { id: kept[1], name: 'also kept' },
      { id: kept[0], name: 'kept' },
    ]);
  });

  it('withSavepoint: an attempt that swallowed its own failure is rolled back and reported', async () => {
    const { id: w } = await insertWorkspace(db.pool);
    const c = await insertCustomer(db.pool, w);
    await withTransaction(db.pool, async (tx) => {
      const swallowed = await withSavepoint(tx, async (sp) => {
        await customers.createCustomer(sp, { workspaceId: w, name: 'inside' });
        await sp
          .query('INSERT INTO customers (workspace_id, payment_provider, external_id) VALUES ($1, $2, $3)', [
            w,
            'stripe',
            c.externalId,
          ])
          .catch(() => undefined);
      }).catch((error: unknown) => error);
      expect(swallowed).toBeInstanceOf(TransactionAbortedError);
      await customers.createCustomer(tx, { workspaceId: w, name: 'after' });
    });
    const { rows } = await db.pool.query('SELECT name FROM customers WHERE workspace_id = $1 ORDER BY name', [w]);
    expect(rows.map((r) => r.name as string).sort()).toEqual(['after', c.name as string].sort());
  });
});

describe('failures to obtain a connection are ConnectionErrors; an unmigrated database is SchemaMissingError', () => {
  const workspaceId = '00000000-0000-4000-8000-000000000000';
  const call = (pool: pg.Pool) => customers.getCustomer(pool, { workspaceId, id: workspaceId });

  async function withPool<T>(url: string, fn: (pool: pg.Pool) => Promise<T>): Promise<T> {
    const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 10_000 });
    pool.on('error', () => {});
    try {
      return await fn(pool);
    } finally {
      await pool.end();
    }
  }

  function urlWith(change: (url: URL) => void): string {
    const url = new URL(db.url);
    change(url);
    return url.toString();
  }

  it('too many connections (53300), a NOLOGIN role and an unknown role (class 28), a missing database (3D000)', async () => {
    const suffix = randomBytes(4).toString('hex');
    const limited = `psdb_limited_${suffix}`;
    const nologin = `psdb_nologin_${suffix}`;
    // The roles get the test server's password, so that they get past password authentication where
    // the server asks for one (embedded PostgreSQL does; the local server trusts).
    const password = new URL(db.url).password;
    const withPassword = password ? ` PASSWORD '${password.replace(/'/g, "''")}'` : '';
    await adminQuery(
      `CREATE ROLE ${limited} LOGIN CONNECTION LIMIT 0${withPassword}; CREATE ROLE ${nologin} NOLOGIN${withPassword}`,
    );
    try {
      const cases: [string, RegExp][] = [
        [urlWith((u) => (u.username = limited)), /^53300$/],
        [urlWith((u) => (u.username = nologin)), /^28000$/],
        // 28000 where the server trusts, 28P01 where it asks for a password it does not know.
        [urlWith((u) => (u.username = `psdb_unknown_${suffix}`)), /^28(000|P01)$/],
        [urlWith((u) => (u.pathname = `/psdb_missing_${suffix}`)), /^3D000$/],
      ];
      if (password) cases.push([urlWith((u) => (u.password = `${password}-wrong`)), /^28P01$/]);
      for (const [url, code] of cases) {
        const viaQuery = await caught(withPool(url, call));
        expect(viaQuery, url).toBeInstanceOf(ConnectionError);
        expect((viaQuery as ConnectionError).code, url).toMatch(code);
        const viaTransaction = await caught(withPool(url, (pool) => withTransaction(pool, async () => 1)));
        expect(viaTransaction).toBeInstanceOf(ConnectionError);
        const viaMigrate = await caught(migrate({ databaseUrl: url }));
        expect(viaMigrate).toBeInstanceOf(ConnectionError);
        expect((viaMigrate as ConnectionError).code).toMatch(code);
      }
    } finally {
      await adminQuery(`DROP ROLE ${limited}; DROP ROLE ${nologin}`);
    }
  }, 60_000);

  it('an unknown host (ENOTFOUND) and a refused port', async () => {
    const unknownHost = urlWith((u) => (u.hostname = 'no-such-host.invalid'));
    const viaQuery = await caught(withPool(unknownHost, call));
    expect(viaQuery).toBeInstanceOf(ConnectionError);
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain((viaQuery as ConnectionError).code);
    expect(await caught(migrate({ databaseUrl: unknownHost }))).toBeInstanceOf(ConnectionError);
  });

  it('a database never migrated: SchemaMissingError that says to run migrate', async () => {
    const name = `psdb_unmigrated_${randomBytes(4).toString('hex')}`;
    const url = await createDatabase(name, false);
    try {
      const error = await caught(withPool(url, call));
      expect(error).toBeInstanceOf(SchemaMissingError);
      expect(error).toMatchObject({ code: '42P01' });
      expect((error as Error).message).toMatch(/run migrate/);
    } finally {
      await dropDatabase(name);
    }
  });

  it('migrate: what node-pg-migrate refuses on its own is a MigrationError', async () => {
    const name = `psdb_history_${randomBytes(4).toString('hex')}`;
    const url = await createDatabase(name, false);
    try {
      await migrate({ databaseUrl: url });
      // A history that names a migration this package does not ship, before the shipped ones: checkOrder refuses it.
      await withPool(url, (pool) =>
        pool.query(
          `UPDATE payment_sync_db_migrations SET name = '0000_not_shipped' WHERE name = (SELECT min(name) FROM payment_sync_db_migrations)`,
        ),
      );
      const error = await caught(migrate({ databaseUrl: url }));
      expect(error).toBeInstanceOf(MigrationError);
    } finally {
      await dropDatabase(name);
    }
  });
});
