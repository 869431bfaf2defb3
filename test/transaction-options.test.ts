// withTransaction's options (issue 14, item 3), against the real server, no mocks:
//   1. statementTimeout / lockTimeout: transaction-local (set_config(..., true) after BEGIN), a statement
//      over the limit fails typed and rolls back, every pooled client keeps its own default afterwards,
//      bad values refused before anything is sent;
//   2. retry: serialization failures (a genuine SERIALIZABLE write skew) and deadlocks (two transactions
//      locking two rows in opposite orders) are retried when asked, never by default, nothing else is
//      retried, attempts are counted exactly, the jittered backoff stays within its bounds.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ConnectionError,
  DeadlockError,
  InvalidParameterError,
  LockTimeoutError,
  QueryCanceledError,
  SerializationFailureError,
  TransactionAbortedError,
  UniqueViolationError,
  withTransaction,
  withWorkspace,
  type TransactionOptions,
} from '../src/index.js';
import { useDatabase } from './support/database.js';
import { insertWorkspace } from './support/factories.js';

const db = useDatabase();

// Scratch tables of this file (its database is its own, but the names are unique anyway).
const suffix = randomBytes(4).toString('hex');
const DOCTORS = `tx_options_doctors_${suffix}`;
const COUNTERS = `tx_options_counters_${suffix}`;
const KEYS = `tx_options_keys_${suffix}`;

beforeAll(async () => {
  await db.pool.query(`CREATE TABLE ${DOCTORS} (id int PRIMARY KEY, on_call boolean NOT NULL)`);
  await db.pool.query(`CREATE TABLE ${COUNTERS} (id text PRIMARY KEY, n int NOT NULL)`);
  await db.pool.query(`CREATE TABLE ${KEYS} (k text PRIMARY KEY)`);
});

afterAll(async () => {
  await db.pool.query(`DROP TABLE IF EXISTS ${DOCTORS}, ${COUNTERS}, ${KEYS}`);
});

beforeEach(async () => {
  await db.pool.query(`TRUNCATE ${DOCTORS}, ${COUNTERS}, ${KEYS}`);
});

/** Resolves once `parties` callers have arrived; rejects after `ms` so a broken scenario fails instead of hanging. */
function barrier(parties: number, ms = 10_000): () => Promise<void> {
  let arrived = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  return async () => {
    arrived += 1;
    if (arrived === parties) release();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`barrier: ${arrived} of ${parties} arrived`)), ms);
    });
    try {
      await Promise.race([all, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** A real server-raised SQLSTATE (no mock): the error pg reports is what a conflict would produce. */
const raise = (code: string, message: string) =>
  `DO $$ BEGIN RAISE EXCEPTION '${message}' USING ERRCODE = '${code}'; END $$`;

async function setting(client: pg.Pool | pg.PoolClient, name: 'statement_timeout' | 'lock_timeout'): Promise<string> {
  return (await client.query(`SHOW ${name}`)).rows[0][name];
}

async function keys(): Promise<string[]> {
  return (await db.pool.query(`SELECT k FROM ${KEYS} ORDER BY k`)).rows.map((r) => r.k);
}

describe('statementTimeout and lockTimeout', () => {
  it('a statement over statementTimeout: QueryCanceledError, rolled back, the same client back in the pool at its default', async () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 1 });
    try {
      const serverDefault = await setting(pool, 'statement_timeout');
      const pid = (await pool.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      let inside: string | undefined;
      const started = Date.now();
      const error = await withTransaction(
        pool,
        async (tx) => {
          inside = await setting(tx, 'statement_timeout');
          await tx.query(`INSERT INTO ${KEYS} (k) VALUES ('timed out')`);
          await tx.query('SELECT pg_sleep(5)');
        },
        { statementTimeout: 100 },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryCanceledError);
      expect((error as QueryCanceledError).code).toBe('57014');
      expect(Date.now() - started).toBeLessThan(4000);
      expect(inside).toBe('100ms');
      expect(await keys()).toEqual([]);
      // The one client of the pool was returned, not destroyed, and runs under the server default again.
      expect(pool.totalCount).toBe(1);
      expect((await pool.query('SELECT pg_backend_pid() AS pid')).rows[0].pid).toBe(pid);
      expect(await setting(pool, 'statement_timeout')).toBe(serverDefault);
      // A statement longer than the transaction's limit now runs to its end.
      expect((await pool.query('SELECT pg_sleep(0.3), 1 AS one')).rows[0].one).toBe(1);
    } finally {
      await pool.end();
    }
  });

  it('every pooled client keeps its default after transactions that set a timeout (committed or timed out)', async () => {
    const SIZE = 3;
    const pool = new pg.Pool({ connectionString: db.url, max: SIZE });
    try {
      const serverDefault = await setting(pool, 'statement_timeout');
      const allHoldAClient = barrier(SIZE);
      const pids = new Set<number>();
      const results = await Promise.allSettled(
        Array.from({ length: SIZE }, (_, i) =>
          withTransaction(
            pool,
            async (tx) => {
              pids.add((await tx.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
              await allHoldAClient();
              // Client 0 commits a fast statement; the others run over the limit.
              await tx.query(i === 0 ? 'SELECT pg_sleep(0.01)' : 'SELECT pg_sleep(5)');
            },
            { statementTimeout: 200 + i * 50, lockTimeout: 300 },
          ),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
      for (const r of results.slice(1)) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(QueryCanceledError);
      expect(pids.size).toBe(SIZE);
      // Hold every client of the pool at once: each is one of those, at the server's settings.
      const clients = await Promise.all(Array.from({ length: SIZE }, () => pool.connect()));
      try {
        const after = await Promise.all(
          clients.map(async (c) => ({
            pid: (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid,
            statement: await setting(c, 'statement_timeout'),
            lock: await setting(c, 'lock_timeout'),
          })),
        );
        expect(new Set(after.map((a) => a.pid))).toEqual(pids);
        expect(after.map((a) => a.statement)).toEqual(clients.map(() => serverDefault));
        expect(after.map((a) => a.lock)).toEqual(clients.map(() => '0'));
      } finally {
        clients.forEach((c) => c.release());
      }
    } finally {
      await pool.end();
    }
  });

  it("a connection's own statement_timeout is back after the transaction (SET LOCAL semantics, not SET)", async () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 1, statement_timeout: 7000 });
    try {
      expect(await setting(pool, 'statement_timeout')).toBe('7s');
      await withTransaction(
        pool,
        async (tx) => {
          expect(await setting(tx, 'statement_timeout')).toBe('250ms');
        },
        { statementTimeout: 250 },
      );
      expect(await setting(pool, 'statement_timeout')).toBe('7s');
      await expect(
        withTransaction(pool, (tx) => tx.query('SELECT pg_sleep(2)'), { statementTimeout: 50 }),
      ).rejects.toBeInstanceOf(QueryCanceledError);
      expect(await setting(pool, 'statement_timeout')).toBe('7s');
    } finally {
      await pool.end();
    }
  });

  it('a fast statement under the limit succeeds and commits', async () => {
    const result = await withTransaction(
      db.pool,
      async (tx) => {
        await tx.query('SELECT pg_sleep(0.02)');
        await tx.query(`INSERT INTO ${KEYS} (k) VALUES ('fast')`);
        return 'done';
      },
      { statementTimeout: 2000, lockTimeout: 2000 },
    );
    expect(result).toBe('done');
    expect(await keys()).toEqual(['fast']);
  });

  it('a lock waited for longer than lockTimeout: LockTimeoutError, rolled back', async () => {
    await db.pool.query(`INSERT INTO ${COUNTERS} (id, n) VALUES ('locked', 0)`);
    const holder = await db.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT * FROM ${COUNTERS} WHERE id = 'locked' FOR UPDATE`);
      const started = Date.now();
      await expect(
        withTransaction(
          db.pool,
          async (tx) => {
            await tx.query(`INSERT INTO ${KEYS} (k) VALUES ('waited')`);
            await tx.query(`UPDATE ${COUNTERS} SET n = n + 1 WHERE id = 'locked'`);
          },
          { lockTimeout: 100 },
        ),
      ).rejects.toBeInstanceOf(LockTimeoutError);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    expect(await keys()).toEqual([]);
  });

  it('withWorkspace passes statementTimeout through', async () => {
    const { id: workspaceId } = await insertWorkspace(db.pool);
    await expect(
      withWorkspace(db.pool, workspaceId, (tx) => tx.query('SELECT pg_sleep(5)'), { statementTimeout: 100 }),
    ).rejects.toBeInstanceOf(QueryCanceledError);
    const seen = await withWorkspace(
      db.pool,
      workspaceId,
      async (tx) =>
        (
          await tx.query(
            `SELECT current_setting('statement_timeout') AS s, current_setting('payment_sync.workspace_id') AS w`,
          )
        ).rows[0],
      { statementTimeout: 1500 },
    );
    expect(seen).toEqual({ s: '1500ms', w: workspaceId });
  });

  const badOptions: [string, TransactionOptions][] = [
    ['statementTimeout', { statementTimeout: 0 }],
    ['statementTimeout', { statementTimeout: -5 }],
    ['statementTimeout', { statementTimeout: 1.5 }],
    ['statementTimeout', { statementTimeout: Number.NaN }],
    ['statementTimeout', { statementTimeout: Number.POSITIVE_INFINITY }],
    ['statementTimeout', { statementTimeout: 2 ** 31 }],
    ['statementTimeout', { statementTimeout: '100' as never }],
    ['lockTimeout', { lockTimeout: 0 }],
    ['lockTimeout', { lockTimeout: '1s' as never }],
    ['isolationLevel', { isolationLevel: 'serializable; DROP TABLE x' as never }],
    ['retry', { retry: null as never }],
    ['retry', { retry: 3 as never }],
    ['retry.attempts', { retry: { attempts: 0 } }],
    ['retry.attempts', { retry: { attempts: 2.5 } }],
    ['retry.attempts', { retry: { attempts: 101 } }],
    ['retry.attempts', { retry: {} as never }],
    ['retry.baseDelayMs', { retry: { attempts: 3, baseDelayMs: -1 } }],
    ['retry.maxDelayMs', { retry: { attempts: 3, maxDelayMs: Number.POSITIVE_INFINITY } }],
    ['retry.onRetry', { retry: { attempts: 3, onRetry: 'log' as never } }],
  ];

  it.each(badOptions)('refuses a bad %s before anything is sent: %j', async (parameter, options) => {
    // A closed pool fails any call that reaches it with ConnectionError.
    const closed = await db.closedPool();
    let called = 0;
    const fn = async () => {
      called += 1;
    };
    const error = await withTransaction(closed, fn, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).parameter).toBe(parameter);
    const viaWorkspace = await withWorkspace(closed, '00000000-0000-4000-8000-000000000000', fn, options).catch(
      (e: unknown) => e,
    );
    expect(viaWorkspace).toBeInstanceOf(InvalidParameterError);
    expect(called).toBe(0);
    // And a live pool never opened a connection for it.
    const pool = new pg.Pool({ connectionString: db.url, max: 1 });
    try {
      await expect(withTransaction(pool, fn, options)).rejects.toBeInstanceOf(InvalidParameterError);
      expect(pool.totalCount).toBe(0);
    } finally {
      await pool.end();
    }
  });
});

describe('retry', () => {
  /**
   * The doctors' write skew under SERIALIZABLE: both read how many are on call (2) before either
   * writes (a barrier), then 1 takes itself off call and commits, and only then 2 does the same:
   * 2 read a row 1 wrote and wrote a row 1 read, after 1 committed, so PostgreSQL fails 2 with
   * 40001 (at its UPDATE or at its COMMIT). Run again, 2 sees one doctor on call and stays.
   */
  async function writeSkew(options: TransactionOptions) {
    await db.pool.query(`INSERT INTO ${DOCTORS} (id, on_call) VALUES (1, true), (2, true)`);
    const calls = { 1: 0, 2: 0 };
    const seen = { 1: [] as number[], 2: [] as number[] };
    const bothRead = barrier(2);
    let firstDone!: () => void;
    const firstFinished = new Promise<void>((resolve) => (firstDone = resolve));
    const goOffCall = (me: 1 | 2) =>
      withTransaction(
        db.pool,
        async (tx) => {
          calls[me] += 1;
          const onCall = (await tx.query(`SELECT count(*)::int AS n FROM ${DOCTORS} WHERE on_call`)).rows[0].n;
          seen[me].push(onCall);
          if (calls[me] === 1) {
            await bothRead();
            if (me === 2) await firstFinished;
          }
          if (onCall >= 2) await tx.query(`UPDATE ${DOCTORS} SET on_call = false WHERE id = $1`, [me]);
          return onCall;
        },
        options,
      );
    const first = goOffCall(1);
    first.finally(() => firstDone()).catch(() => {});
    const results = await Promise.allSettled([first, goOffCall(2)]);
    const onCallAfter = (await db.pool.query(`SELECT id FROM ${DOCTORS} WHERE on_call ORDER BY id`)).rows.map(
      (r) => r.id,
    );
    return { results, calls, seen, onCallAfter };
  }

  it('control: under REPEATABLE READ the write skew commits both, nobody is left on call', async () => {
    const { results, onCallAfter } = await writeSkew({ isolationLevel: 'repeatable read' });
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(onCallAfter).toEqual([]);
  });

  it('without retry (the default) the forced serialization failure is thrown as SerializationFailureError', async () => {
    const { results, calls, onCallAfter } = await writeSkew({ isolationLevel: 'serializable' });
    expect(results[0]).toEqual({ status: 'fulfilled', value: 2 });
    expect(results[1].status).toBe('rejected');
    const reason = (results[1] as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(SerializationFailureError);
    expect(reason.code).toBe('40001');
    expect(calls).toEqual({ 1: 1, 2: 1 });
    expect(onCallAfter).toEqual([2]);
  });

  it('with retry both commit: the failed transaction ran again in a new transaction and saw the other commit', async () => {
    const retries: [unknown, number, number][] = [];
    const { results, calls, seen, onCallAfter } = await writeSkew({
      isolationLevel: 'serializable',
      retry: {
        attempts: 3,
        baseDelayMs: 5,
        onRetry: (error, attempt, delayMs) => retries.push([error, attempt, delayMs]),
      },
    });
    expect(results).toEqual([
      { status: 'fulfilled', value: 2 },
      { status: 'fulfilled', value: 1 },
    ]);
    expect(calls).toEqual({ 1: 1, 2: 2 });
    expect(seen).toEqual({ 1: [2], 2: [2, 1] });
    expect(retries).toHaveLength(1);
    expect(retries[0][0]).toBeInstanceOf(SerializationFailureError);
    expect(retries[0][1]).toBe(1);
    expect(onCallAfter).toEqual([2]);
  });

  it('a forced deadlock (two rows locked in opposite orders) is retried: both transactions commit', async () => {
    await db.pool.query(`INSERT INTO ${COUNTERS} (id, n) VALUES ('a', 0), ('b', 0)`);
    const bothHoldOne = barrier(2);
    const calls = { ab: 0, ba: 0 };
    const retried: string[] = [];
    const increment = (order: 'ab' | 'ba') =>
      withTransaction(
        db.pool,
        async (tx) => {
          calls[order] += 1;
          const [one, two] = order === 'ab' ? ['a', 'b'] : ['b', 'a'];
          await tx.query(`UPDATE ${COUNTERS} SET n = n + 1 WHERE id = $1`, [one]);
          if (calls[order] === 1) await bothHoldOne();
          await tx.query(`UPDATE ${COUNTERS} SET n = n + 1 WHERE id = $1`, [two]);
        },
        {
          retry: {
            attempts: 3,
            baseDelayMs: 5,
            onRetry: (error, attempt) => retried.push(`${order} ${error.constructor.name} ${attempt}`),
          },
        },
      );
    const results = await Promise.allSettled([increment('ab'), increment('ba')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    // The server chose one victim: it ran twice, the other once.
    expect(calls.ab + calls.ba).toBe(3);
    expect(retried).toHaveLength(1);
    expect(retried[0]).toMatch(/^(ab|ba) DeadlockError 1$/);
    const { rows } = await db.pool.query(`SELECT id, n FROM ${COUNTERS} ORDER BY id`);
    expect(rows).toEqual([
      { id: 'a', n: 2 },
      { id: 'b', n: 2 },
    ]);
  });

  it.each([
    ['40001', SerializationFailureError],
    ['40P01', DeadlockError],
  ])(
    'attempts exhausted (%s): fn ran exactly `attempts` times and the last error is thrown, typed',
    async (code, Class) => {
      const ATTEMPTS = 4;
      let calls = 0;
      const retried: number[] = [];
      const error = await withTransaction(
        db.pool,
        async (tx) => {
          calls += 1;
          await tx.query(`INSERT INTO ${KEYS} (k) VALUES ('attempt ${calls}')`);
          await tx.query(raise(code, `attempt ${calls}`));
        },
        {
          retry: { attempts: ATTEMPTS, baseDelayMs: 1, maxDelayMs: 5, onRetry: (_, attempt) => retried.push(attempt) },
        },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Class);
      expect((error as InstanceType<typeof Class>).code).toBe(code);
      expect((error as Error).message).toBe(`attempt ${ATTEMPTS}`);
      expect(calls).toBe(ATTEMPTS);
      expect(retried).toEqual([1, 2, 3]);
      expect(await keys()).toEqual([]);
    },
  );

  it('never by default, and attempts: 1 means one try', async () => {
    for (const options of [{}, { retry: { attempts: 1 } }]) {
      let calls = 0;
      await expect(
        withTransaction(
          db.pool,
          async (tx) => {
            calls += 1;
            await tx.query(raise('40001', 'conflict'));
          },
          options,
        ),
      ).rejects.toBeInstanceOf(SerializationFailureError);
      expect(calls).toBe(1);
    }
  });

  it('a transient failure then success: resolves to the last run, only its writes committed, on a pool of one client', async () => {
    // max 1: the client is back in the pool before the retry takes one again.
    const pool = new pg.Pool({ connectionString: db.url, max: 1 });
    try {
      let calls = 0;
      const result = await withTransaction(
        pool,
        async (tx) => {
          calls += 1;
          await tx.query(`INSERT INTO ${KEYS} (k) VALUES ($1)`, [`run ${calls}`]);
          if (calls < 3) await tx.query(raise(calls === 1 ? '40001' : '40P01', 'transient'));
          return `run ${calls}`;
        },
        { retry: { attempts: 5, baseDelayMs: 2 } },
      );
      expect(result).toBe('run 3');
      expect(calls).toBe(3);
      expect(await keys()).toEqual(['run 3']);
      expect(pool.totalCount).toBe(1);
    } finally {
      await pool.end();
    }
  });

  it('a serialization failure raised by COMMIT is retried too', async () => {
    // A deferred constraint trigger runs at COMMIT: its error is COMMIT's.
    const fnName = `tx_options_commit_fails_${suffix}`;
    await db.pool.query(`CREATE FUNCTION ${fnName}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.k LIKE 'fail%' THEN RAISE EXCEPTION 'at commit' USING ERRCODE = '40001'; END IF;
        RETURN NULL;
      END $$`);
    await db.pool.query(`CREATE CONSTRAINT TRIGGER ${fnName} AFTER INSERT ON ${KEYS}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${fnName}()`);
    try {
      let calls = 0;
      let committing = 0;
      await withTransaction(
        db.pool,
        async (tx) => {
          calls += 1;
          await tx.query(`INSERT INTO ${KEYS} (k) VALUES ($1)`, [calls === 1 ? 'fail 1' : 'ok 2']);
          committing = calls; // fn resolved: whatever fails now is COMMIT
        },
        { retry: { attempts: 2, baseDelayMs: 1 } },
      );
      expect(calls).toBe(2);
      expect(committing).toBe(2);
      expect(await keys()).toEqual(['ok 2']);
      // Without retry, COMMIT's failure is thrown typed.
      await expect(
        withTransaction(db.pool, (tx) => tx.query(`INSERT INTO ${KEYS} (k) VALUES ('fail again')`)),
      ).rejects.toBeInstanceOf(SerializationFailureError);
    } finally {
      await db.pool.query(`DROP TRIGGER ${fnName} ON ${KEYS}`);
      await db.pool.query(`DROP FUNCTION ${fnName}()`);
    }
  });

  describe('nothing else is retried (fn called once)', () => {
    const retry = { attempts: 5, baseDelayMs: 1 };
    const once = async (fn: (tx: pg.PoolClient) => Promise<unknown>, options: TransactionOptions = { retry }) => {
      let calls = 0;
      let retries = 0;
      const error = await withTransaction(
        db.pool,
        async (tx) => {
          calls += 1;
          return fn(tx);
        },
        { ...options, retry: { ...options.retry!, onRetry: () => (retries += 1) } },
      ).catch((e: unknown) => e);
      expect(calls).toBe(1);
      expect(retries).toBe(0);
      return error;
    };

    it('a unique violation', async () => {
      const error = await once(async (tx) => {
        await tx.query(`INSERT INTO ${KEYS} (k) VALUES ('dup')`);
        await tx.query(`INSERT INTO ${KEYS} (k) VALUES ('dup')`);
      });
      expect(error).toBeInstanceOf(UniqueViolationError);
      expect(await keys()).toEqual([]);
    });

    it('a TransactionAbortedError (fn caught the serialization failure and resolved)', async () => {
      const error = await once(async (tx) => {
        await tx.query(raise('40001', 'swallowed')).catch(() => undefined);
      });
      expect(error).toBeInstanceOf(TransactionAbortedError);
    });

    it('a broken connection', async () => {
      const error = await once(async (tx) => {
        const pid = (await tx.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
        await db.pool.query('SELECT pg_terminate_backend($1)', [pid]);
        await tx.query('SELECT 1');
      });
      expect(error).toBeInstanceOf(ConnectionError);
    });

    it('a statement timeout', async () => {
      const error = await once((tx) => tx.query('SELECT pg_sleep(5)'), { retry, statementTimeout: 50 });
      expect(error).toBeInstanceOf(QueryCanceledError);
    });

    it("the caller's own error, and an error that merely wraps a serialization failure", async () => {
      const mine = new Error('mine');
      expect(
        await once(async () => {
          throw mine;
        }),
      ).toBe(mine);
      const wrapped = await once(async (tx) => {
        const cause = await tx.query(raise('40001', 'inner')).catch((e: unknown) => e);
        throw new Error('wrapped', { cause });
      });
      expect((wrapped as Error).message).toBe('wrapped');
    });
  });

  it('the backoff: full jitter within min(maxDelayMs, baseDelayMs * 2^(n-1)), and really waited', async () => {
    const scenarios = [
      { attempts: 6, baseDelayMs: 4, maxDelayMs: 1000, caps: [4, 8, 16, 32, 64] },
      { attempts: 6, baseDelayMs: 1000, maxDelayMs: 25, caps: [25, 25, 25, 25, 25] },
      { attempts: 4, baseDelayMs: 0, maxDelayMs: 1000, caps: [0, 0, 0] },
    ];
    for (const { caps, ...retry } of scenarios) {
      const delays: number[] = [];
      const waited: number[] = [];
      let retriedAt = 0;
      const started = performance.now();
      await expect(
        withTransaction(
          db.pool,
          async (tx) => {
            if (retriedAt) waited.push(performance.now() - retriedAt);
            await tx.query(raise('40001', 'again'));
          },
          {
            retry: {
              ...retry,
              onRetry: (_, attempt, delayMs) => {
                expect(attempt).toBe(delays.length + 1);
                delays.push(delayMs);
                retriedAt = performance.now();
              },
            },
          },
        ),
      ).rejects.toBeInstanceOf(SerializationFailureError);
      const elapsed = performance.now() - started;
      expect(delays).toHaveLength(retry.attempts - 1);
      delays.forEach((d, i) => {
        expect(Number.isInteger(d)).toBe(true);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(caps[i]);
      });
      // Each retry started no sooner than its delay (1 ms of timer slack), and the whole run stayed near
      // the sum of the caps (loosely: a shared CI machine).
      waited.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(delays[i] - 1));
      expect(elapsed).toBeLessThan(caps.reduce((a, b) => a + b, 0) + 3000);
    }
  });

  it('withWorkspace passes retry through: the workspace setting is there on every attempt', async () => {
    const { id: workspaceId } = await insertWorkspace(db.pool);
    const seen: string[] = [];
    const result = await withWorkspace(
      db.pool,
      workspaceId,
      async (tx) => {
        seen.push((await tx.query(`SELECT current_setting('payment_sync.workspace_id') AS w`)).rows[0].w);
        if (seen.length === 1) await tx.query(raise('40P01', 'deadlock'));
        return seen.length;
      },
      { retry: { attempts: 2, baseDelayMs: 1 } },
    );
    expect(result).toBe(2);
    expect(seen).toEqual([workspaceId, workspaceId]);
  });
});
