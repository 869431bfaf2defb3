import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers, LockTimeoutError, migrate } from '../src/index.js';
import { useDatabase } from './support/database.js';
import { insertCustomer, insertWebhookEvent, insertWorkspace } from './support/factories.js';

const db = useDatabase({ template: false });

/** The tables (a partitioned table once, not its partitions: migration 0012). */
async function tables(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ t: string }>(
    `SELECT c.relname AS t FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
       AND c.relname <> 'payment_sync_db_migrations'
     ORDER BY 1`,
  );
  return rows.map((r) => r.t);
}

/** Every row of the two logs, as JSON text, in a stable order. */
async function logRows(pool: pg.Pool): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of ['payment_sync_events', 'payment_webhook_events']) {
    const { rows } = await pool.query<{ r: string }>(`SELECT to_jsonb(t)::text AS r FROM ${table} t ORDER BY 1`);
    out[table] = rows.map((row) => row.r);
  }
  return out;
}

/** Where each row of a log is: its id and the table (partition) holding it. */
async function placement(pool: pg.Pool, table: string, key: string): Promise<Record<string, string>> {
  const { rows } = await pool.query<{ at: string; place: string }>(
    `SELECT ${key}::text AS at, tableoid::regclass::text AS place FROM ${table} ORDER BY ${key}`,
  );
  return Object.fromEntries(rows.map((r) => [r.at, r.place]));
}

/** Every migration, in order (the packaged migrations/ directory). */
const MIGRATIONS = [
  '0001_workspaces',
  '0002_billing_entities',
  '0003_sync_sessions_and_events',
  '0004_row_level_security',
  '0005_provider_access_paths',
  '0006_sync_session_integrity',
  '0007_provider_delivery',
  '0008_webhook_inbox',
  '0009_provider_accounts',
  '0010_subscription_status_future',
  '0011_sync_event_retention',
  '0012_partitioned_logs',
  '0013_write_path',
];

const ALL = [
  'customers',
  'payment_sync_events',
  'payment_sync_sessions',
  'payment_webhook_events',
  'prices',
  'products',
  'subscriptions',
  'workspace_payment_providers',
  'workspaces',
];

describe('migrations', () => {
  it('go up on an empty database, down to zero, and up again', async () => {
    const applied = await migrate({ pool: db.pool });
    expect(applied).toEqual(MIGRATIONS);
    expect(await tables(db.pool)).toEqual(ALL);
    expect(await migrate({ pool: db.pool })).toEqual([]);
    const undone = await migrate({ pool: db.pool, direction: 'down', count: Infinity });
    expect(undone).toEqual([...applied].reverse());
    expect(await tables(db.pool)).toEqual([]);
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM pg_proc WHERE proname LIKE 'psdb_%'`);
    expect(rows[0].n).toBe(0);
    expect(await migrate({ databaseUrl: db.url })).toEqual(applied);
    expect(await tables(db.pool)).toEqual(ALL);
  });

  it('go down and up again on a populated database', async () => {
    const { id } = await insertWorkspace(db.pool);
    await insertCustomer(db.pool, id);
    await insertWebhookEvent(db.pool, id);
    await insertWebhookEvent(db.pool, id, { status: 'processing' });
    await migrate({ pool: db.pool, direction: 'down', count: Infinity });
    expect(await tables(db.pool)).toEqual([]);
    await migrate({ pool: db.pool });
    expect(await tables(db.pool)).toEqual(ALL);
  });

  it('0012 moves every row of both logs into its month and back, both ways, losing none', async () => {
    await migrate({ pool: db.pool, direction: 'down', count: Infinity });
    await migrate({ pool: db.pool, count: 11 });
    const { id: workspaceId } = await insertWorkspace(db.pool);
    const { id: other } = await insertWorkspace(db.pool);
    // Events of every month of a year, a far-future one (its month too) and an ancient one (before
    // year 1000: the DEFAULT partition),
    // of a session that has finished since (its log takes no new events: moved rows are not new).
    const times = [
      ...Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2025, m, 1 + m, m, 30)).toISOString()),
      '2025-06-30T23:59:59.999Z',
      '0900-01-01T00:00:00.000Z',
      '3000-01-01T00:00:00.000Z',
    ];
    for (const w of [workspaceId, other]) {
      const {
        rows: [session],
      } = await db.pool.query(
        `INSERT INTO payment_sync_sessions (workspace_id, provider_name, session_type, status)
         VALUES ($1, 'stripe', 'full', 'running') RETURNING id`,
        [w],
      );
      await db.pool.query(
        `INSERT INTO payment_sync_events (workspace_id, session_id, provider_name, entity_type, external_id,
                                          event_type, event_details, created_at)
         SELECT $1, $2, 'stripe', 'customer', 'cus_' || n, 'updated', jsonb_build_object('n', n), t
         FROM unnest($3::timestamptz[]) WITH ORDINALITY AS x(t, n)`,
        [w, session.id, times],
      );
      await db.pool.query(`UPDATE payment_sync_sessions SET status = 'completed' WHERE id = $1`, [session.id]);
      for (const [i, at] of times.entries()) {
        await insertWebhookEvent(db.pool, w, {
          providerEventId: `evt_move_${i}`,
          occurredAt: new Date(at),
          ...(i % 3 === 0
            ? { status: 'processing' }
            : i % 3 === 1
              ? { status: 'processed', processedAt: new Date() }
              : {}),
        });
      }
    }
    const before = await logRows(db.pool);
    expect(before.payment_sync_events).toHaveLength(2 * times.length);
    expect(before.payment_webhook_events).toHaveLength(2 * times.length);

    expect(await migrate({ pool: db.pool, count: 1 })).toEqual(['0012_partitioned_logs']);
    expect(await logRows(db.pool)).toEqual(before);
    // Each row in the partition of its UTC month; the ancient one in DEFAULT.
    const monthOf = (t: string) => (t.startsWith('0900') ? 'default' : `p${t.slice(0, 7).replace('-', '_')}`);
    for (const [table, key] of [
      ['payment_sync_events', 'created_at'],
      ['payment_webhook_events', 'occurred_at'],
    ] as const) {
      const placed = await placement(
        db.pool,
        table,
        `to_char(${key} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      );
      expect(placed).toEqual(Object.fromEntries(times.map((t) => [t, `${table}_${monthOf(t)}`])));
    }
    const { rows: kinds } = await db.pool.query(
      `SELECT relname, relkind FROM pg_class WHERE relname IN ('payment_sync_events', 'payment_webhook_events') ORDER BY 1`,
    );
    expect(kinds.map((k) => k.relkind)).toEqual(['p', 'p']);

    expect(await migrate({ pool: db.pool, direction: 'down' })).toEqual(['0012_partitioned_logs']);
    expect(await logRows(db.pool)).toEqual(before);
    const { rows: plain } = await db.pool.query(
      `SELECT relname, relkind FROM pg_class WHERE relname LIKE 'payment\\_%events%' AND relkind IN ('r', 'p') ORDER BY 1`,
    );
    expect(plain).toEqual([
      { relname: 'payment_sync_events', relkind: 'r' },
      { relname: 'payment_webhook_events', relkind: 'r' },
    ]);

    expect(await migrate({ pool: db.pool, count: 1 })).toEqual(['0012_partitioned_logs']);
    expect(await logRows(db.pool)).toEqual(before);
    expect(Object.keys(await placement(db.pool, 'payment_sync_events', 'id'))).toHaveLength(2 * times.length);
  });

  it('0012 down refuses, changing nothing, when an event was recorded twice with different occurred_at', async () => {
    const { id: workspaceId } = await insertWorkspace(db.pool);
    // Not through RecordWebhookEvent (which looks the id up first): a direct insert, a bulk load.
    await insertWebhookEvent(db.pool, workspaceId, {
      providerEventId: 'evt_twice',
      occurredAt: new Date('2025-03-01Z'),
    });
    await insertWebhookEvent(db.pool, workspaceId, {
      providerEventId: 'evt_twice',
      occurredAt: new Date('2025-04-01Z'),
    });
    const before = await logRows(db.pool);
    await expect(migrate({ pool: db.pool, direction: 'down' })).rejects.toThrow(/recorded more than once/);
    expect(await logRows(db.pool)).toEqual(before);
    const { rows } = await db.pool.query(`SELECT relkind FROM pg_class WHERE relname = 'payment_webhook_events'`);
    expect(rows).toEqual([{ relkind: 'p' }]);
    await db.pool.query(`DELETE FROM payment_webhook_events WHERE provider_event_id = 'evt_twice'`);
  });

  it('0013 keeps every row and the needing-sync order, and goes down to the old schema and back', async () => {
    await migrate({ pool: db.pool, direction: 'down', count: Infinity });
    await migrate({ pool: db.pool, count: 12 });
    const { id: workspaceId } = await insertWorkspace(db.pool);
    // Rows whose last change was at different times (updated_at set by hand: the touch trigger of
    // 0002 only runs on UPDATE), pending and failed, described or not, and synced ones.
    const statuses = ['pending', 'failed', 'synced', 'pending', 'conflict', 'failed', 'pending', 'synced'];
    for (const [i, status] of statuses.entries()) {
      await insertCustomer(db.pool, workspaceId, {
        paymentSyncStatus: status,
        providerUpdatedAt: i % 3 === 0 ? null : new Date(Date.UTC(2025, 0, 1 + i)),
        updatedAt: new Date(Date.UTC(2025, 5, 30 - 3 * i)),
      });
    }
    const rows = () =>
      db.pool
        .query<{ r: string }>(`SELECT to_jsonb(c)::text AS r FROM customers c ORDER BY id`)
        .then((r) => r.rows.map((row) => JSON.parse(row.r) as Record<string, unknown>));
    const indexes = (table: string) =>
      db.pool
        .query<{ name: string }>(
          `SELECT indexrelid::regclass::text AS name FROM pg_index WHERE indrelid = $1::regclass ORDER BY 1`,
          [table],
        )
        .then((r) => r.rows.map((row) => row.name));
    const oldOrder = await db.pool.query<{ id: string }>(
      `SELECT id FROM customers WHERE payment_sync_status IN ('pending', 'failed')
       ORDER BY (provider_updated_at IS NOT NULL), updated_at, id`,
    );
    const before = await rows();
    const oldIndexes = await indexes('customers');
    expect(oldIndexes).toHaveLength(8);

    expect(await migrate({ pool: db.pool, count: 1 })).toEqual(['0013_write_path']);
    const after = await rows();
    // Every row as it was, plus the two new columns: the status time from updated_at (the queue keeps
    // its order), provider_described from provider_updated_at.
    expect(after.map(({ payment_sync_status_changed_at: _c, provider_described: _d, ...rest }) => rest)).toEqual(
      before,
    );
    for (const row of after) {
      expect(row.payment_sync_status_changed_at).toBe(row.updated_at);
      expect(row.provider_described).toBe(row.provider_updated_at !== null);
    }
    const queue = await customers.getCustomersNeedingSync(db.pool, { workspaceId, limit: 100 });
    expect(queue.map((c) => c.id)).toEqual(oldOrder.rows.map((r) => r.id));
    // Same names (the needing-sync index has new keys); prices lose prices_by_created, which no query reads.
    expect(await indexes('customers')).toEqual(oldIndexes);
    expect(await indexes('prices')).not.toContain('prices_by_created');
    const { rows: queueKeys } = await db.pool.query(
      `SELECT pg_get_indexdef('customers_needing_sync'::regclass) AS def`,
    );
    expect(queueKeys[0].def).toContain('(workspace_id, provider_described, payment_sync_status_changed_at, id)');
    for (const table of ['customers', 'products', 'prices', 'subscriptions']) {
      const { rows: options } = await db.pool.query(`SELECT reloptions FROM pg_class WHERE oid = $1::regclass`, [
        table,
      ]);
      expect(options[0].reloptions).toEqual(['fillfactor=85']);
    }

    expect(await migrate({ pool: db.pool, direction: 'down' })).toEqual(['0013_write_path']);
    expect(await rows()).toEqual(before);
    expect(await indexes('customers')).toEqual(oldIndexes);
    expect(await indexes('prices')).toContain('prices_by_created');
    expect(await migrate({ pool: db.pool })).toEqual(['0013_write_path']);
    expect(await rows()).toEqual(after);
  });

  describe('behind live traffic', () => {
    let holder: pg.PoolClient;
    beforeAll(async () => {
      holder = await db.pool.connect();
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE customers IN ACCESS SHARE MODE');
    });
    afterAll(async () => {
      await holder.query('ROLLBACK');
      holder.release();
    });

    it('fail after the lock timeout instead of queueing forever, and change nothing', async () => {
      const started = Date.now();
      await expect(
        migrate({ databaseUrl: db.url, direction: 'down', count: Infinity, lockTimeoutMs: 300 }),
      ).rejects.toBeInstanceOf(LockTimeoutError);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await tables(db.pool)).toEqual(ALL);
    });
  });
});
