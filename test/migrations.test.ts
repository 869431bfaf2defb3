import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LockTimeoutError, migrate } from '../src/index.js';
import { useDatabase } from './support/database.js';
import { insertCustomer, insertWebhookEvent, insertWorkspace } from './support/factories.js';

const db = useDatabase({ template: false });

async function tables(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ t: string }>(
    `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'payment_sync_db_migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.t);
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
