// The two logs in monthly partitions (migration 0012): payment_sync_events by created_at and the
// webhook inbox payment_webhook_events by occurred_at, a DEFAULT partition each; the maintenance
// of both, syncEvents.createLogPartitions and syncEvents.dropLogPartitions (and the CLI's
// `partitions create|drop`); retention by partition is by time, for every workspace at once.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidValueError, PermissionDeniedError, syncEvents, webhookEvents, withWorkspace } from '../src/index.js';
import { useDatabase } from './support/database.js';
import { insertSyncEvent, insertSyncSession, insertWebhookEvent } from './support/factories.js';

const db = useDatabase();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const APP = { role: 'payment_sync_app' };

/** A time in the UTC month `months` from now (the 15th, noon). */
function monthFromNow(months: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 15, 12));
}

/** The monthly partition of `table` that holds `at`. */
function partitionFor(table: string, at: Date): string {
  return `${table}_p${at.getUTCFullYear()}_${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The table (partition) that holds the row with this id. */
async function placeOf(table: string, id: string): Promise<string> {
  const { rows } = await db.pool.query<{ place: string }>(
    `SELECT tableoid::regclass::text AS place FROM ${table} WHERE id = $1`,
    [id],
  );
  expect(rows).toHaveLength(1);
  return rows[0].place;
}

async function exists(relation: string): Promise<boolean> {
  const { rows } = await db.pool.query<{ r: string | null }>(`SELECT to_regclass($1)::text AS r`, [relation]);
  return rows[0].r !== null;
}

/** Every row of the two logs, as JSON text, in a stable order. */
async function logRows(): Promise<string[]> {
  const { rows } = await db.pool.query<{ r: string }>(
    `SELECT r FROM (SELECT to_jsonb(t)::text AS r FROM payment_sync_events t
                    UNION ALL SELECT to_jsonb(t)::text FROM payment_webhook_events t) x ORDER BY 1`,
  );
  return rows.map((row) => row.r);
}

function record(workspaceId: string, providerEventId: string, occurredAt: Date) {
  return webhookEvents.recordWebhookEvent(db.pool, {
    workspaceId,
    providerName: 'stripe',
    providerEventId,
    eventType: 'customer.updated',
    occurredAt,
    payload: { id: providerEventId },
  });
}

let a: string;
let b: string;
let running: string;
beforeAll(async () => {
  ({ a, b } = await db.twoWorkspaces());
  running = (await insertSyncSession(db.pool, a, { status: 'running' })).id;
});

describe('partitioned logs (migration 0012)', () => {
  it('keeps each row in the partition of its month: sync events by created_at, the inbox by occurred_at', async () => {
    const event = await syncEvents.createSyncEvent(db.pool, {
      workspaceId: a,
      sessionId: running,
      providerName: 'stripe',
      entityType: 'customer',
      eventType: 'created',
    });
    expect(await placeOf('payment_sync_events', event!.id)).toBe(partitionFor('payment_sync_events', event!.createdAt));
    for (const months of [0, 1, 3]) {
      const at = monthFromNow(months);
      const { event: recorded } = await record(a, `evt_month_${months}`, at);
      expect(await placeOf('payment_webhook_events', recorded.id)).toBe(partitionFor('payment_webhook_events', at));
    }
  });

  it('keeps a row outside the created months in the DEFAULT partition: a years-old replay never fails', async () => {
    for (const at of [new Date('2015-06-01T00:00:00Z'), new Date('2199-01-01T00:00:00Z')]) {
      const { duplicate, event } = await record(a, `evt_outside_${at.getTime()}`, at);
      expect(duplicate).toBe(false);
      expect(await placeOf('payment_webhook_events', event.id)).toBe('payment_webhook_events_default');
      const old = await insertSyncEvent(db.pool, a, running, { createdAt: at });
      expect(await placeOf('payment_sync_events', old.id as string)).toBe('payment_sync_events_default');
    }
  });

  it('createLogPartitions creates the missing months once, moving their rows out of DEFAULT unchanged', async () => {
    // Five months ahead has no partition yet (the migration creates this month and 3 ahead).
    const at = monthFromNow(5);
    expect(await exists(partitionFor('payment_sync_events', at))).toBe(false);
    // A sync event of a session that has finished since (moving it is no new event) and an inbox event.
    const finished = await insertSyncSession(db.pool, b, { status: 'running' });
    const event = await insertSyncEvent(db.pool, b, finished.id, { createdAt: at });
    await db.pool.query(`UPDATE payment_sync_sessions SET status = 'completed' WHERE id = $1`, [finished.id]);
    const { event: inbox } = await record(b, 'evt_ahead', at);
    expect(await placeOf('payment_sync_events', event.id as string)).toBe('payment_sync_events_default');
    expect(await placeOf('payment_webhook_events', inbox.id)).toBe('payment_webhook_events_default');
    const before = await logRows();

    const created = await syncEvents.createLogPartitions(db.pool, { monthsAhead: 6 });
    const ahead = [4, 5, 6].map(monthFromNow);
    expect(created.map((p) => [p.tableName, p.partitionName, p.movedRows])).toEqual([
      ...ahead.map((m, i) => ['payment_sync_events', partitionFor('payment_sync_events', m), i === 1 ? 1 : 0]),
      ...ahead.map((m, i) => ['payment_webhook_events', partitionFor('payment_webhook_events', m), i === 1 ? 1 : 0]),
    ]);
    for (const p of created) {
      expect(p.rangeStart.getUTCDate()).toBe(1);
      expect(p.rangeStart.getUTCHours()).toBe(0);
      expect(p.rangeEnd.getUTCMonth()).toBe((p.rangeStart.getUTCMonth() + 1) % 12);
    }
    expect(await placeOf('payment_sync_events', event.id as string)).toBe(partitionFor('payment_sync_events', at));
    expect(await placeOf('payment_webhook_events', inbox.id)).toBe(partitionFor('payment_webhook_events', at));
    expect(await logRows()).toEqual(before);

    // Idempotent: nothing more to create, with or without monthsAhead (default 3).
    expect(await syncEvents.createLogPartitions(db.pool, { monthsAhead: 6 })).toEqual([]);
    expect(await syncEvents.createLogPartitions(db.pool, {})).toEqual([]);
    expect(await logRows()).toEqual(before);

    // A new partition is as protected as its parent: RLS on, owned like it, granted to nobody.
    const { rows } = await db.pool.query(
      `SELECT c.relrowsecurity AS rls, c.relowner = p.relowner AS same_owner,
              has_table_privilege('payment_sync_app', c.oid, 'SELECT') AS app_reads
       FROM pg_class c, pg_class p WHERE c.relname = $1 AND p.relname = 'payment_webhook_events'`,
      [partitionFor('payment_webhook_events', at)],
    );
    expect(rows).toEqual([{ rls: true, same_owner: true, app_reads: false }]);
  });

  it('still finds a redelivery across the partitioned inbox (same provider event id and occurredAt)', async () => {
    const at = monthFromNow(8);
    const first = await record(a, 'evt_redelivered', at);
    expect(first.duplicate).toBe(false);
    expect(await placeOf('payment_webhook_events', first.event.id)).toBe('payment_webhook_events_default');
    expect(await record(a, 'evt_redelivered', at)).toEqual({ duplicate: true, event: first.event });
    // Its month gets a partition: the event moves there, and a redelivery still finds it.
    await syncEvents.createLogPartitions(db.pool, { monthsAhead: 8 });
    expect(await placeOf('payment_webhook_events', first.event.id)).toBe(partitionFor('payment_webhook_events', at));
    expect(await record(a, 'evt_redelivered', at)).toEqual({ duplicate: true, event: first.event });
    // The same provider event id in another workspace is another event.
    expect((await record(b, 'evt_redelivered', at)).duplicate).toBe(false);
    const { rows } = await db.pool.query(
      `SELECT workspace_id FROM payment_webhook_events WHERE provider_event_id = 'evt_redelivered' ORDER BY 1`,
    );
    expect(rows.map((r) => r.workspace_id).sort()).toEqual([a, b].sort());
  });

  describe('dropLogPartitions', () => {
    const cut = new Date('2001-04-01T00:00:00Z');
    const at = (month: number) => new Date(Date.UTC(2001, month - 1, 10));
    let ids: Record<string, string>;
    beforeAll(async () => {
      for (const table of ['payment_sync_events', 'payment_webhook_events']) {
        for (const month of [1, 2, 3, 4]) {
          await db.pool.query(`SELECT psdb_create_log_partition($1, $2)`, [table, `2001-0${month}-01`]);
        }
      }
      const sessionB = (await insertSyncSession(db.pool, b, { status: 'running' })).id;
      const sync = async (w: string, session: string, month: number) =>
        (await insertSyncEvent(db.pool, w, session, { createdAt: at(month) })).id as string;
      const inbox = async (w: string, name: string, month: number, status: string) =>
        (
          await insertWebhookEvent(db.pool, w, {
            providerEventId: name,
            occurredAt: at(month),
            status,
            ...(status === 'processed' || status === 'ignored' ? { processedAt: at(month) } : {}),
            ...(status === 'dead' ? { attempts: 10, lastError: 'boom' } : {}),
          })
        ).id;
      ids = {
        syncJanA: await sync(a, running, 1),
        syncJanB: await sync(b, sessionB, 1),
        syncFeb: await sync(a, running, 2),
        syncApr: await sync(a, running, 4),
        syncAncient: (await insertSyncEvent(db.pool, a, running, { createdAt: new Date('1990-01-01Z') })).id as string,
        inboxJanA: await inbox(a, 'evt_jan_a', 1, 'processed'),
        inboxJanB: await inbox(b, 'evt_jan_b', 1, 'ignored'),
        inboxFebDone: await inbox(a, 'evt_feb_done', 2, 'processed'),
        inboxFebPending: await inbox(b, 'evt_feb_pending', 2, 'pending'),
        inboxMarDead: await inbox(a, 'evt_mar_dead', 3, 'dead'),
        inboxMarDone: await inbox(a, 'evt_mar_done', 3, 'processed'),
        inboxApr: await inbox(a, 'evt_apr', 4, 'processed'),
        inboxAncient: (
          await insertWebhookEvent(db.pool, a, {
            occurredAt: new Date('1990-01-01Z'),
            status: 'processed',
            processedAt: new Date('1990-01-01Z'),
          })
        ).id,
      };
    });

    const present = async (table: string, id: string) =>
      (await db.pool.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rowCount === 1;

    it('drops whole months before the cut for every workspace, keeps an inbox month with an unfinished event, never DEFAULT', async () => {
      const done = await syncEvents.dropLogPartitions(db.pool, { olderThan: cut });
      expect(done.map((p) => [p.partitionName, p.dropped, p.unfinishedEvents])).toEqual([
        ['payment_sync_events_p2001_01', true, 0],
        ['payment_sync_events_p2001_02', true, 0],
        ['payment_sync_events_p2001_03', true, 0],
        ['payment_webhook_events_p2001_01', true, 0],
        ['payment_webhook_events_p2001_02', false, 1],
        ['payment_webhook_events_p2001_03', false, 1],
      ]);
      expect(done[0]).toMatchObject({
        tableName: 'payment_sync_events',
        rangeStart: new Date('2001-01-01T00:00:00Z'),
        rangeEnd: new Date('2001-02-01T00:00:00Z'),
      });
      // Tables gone, rows gone (both workspaces'), the rest intact.
      for (const gone of [
        'payment_sync_events_p2001_01',
        'payment_sync_events_p2001_02',
        'payment_webhook_events_p2001_01',
      ]) {
        expect(await exists(gone), gone).toBe(false);
      }
      for (const kept of [
        'payment_sync_events_p2001_04',
        'payment_webhook_events_p2001_02',
        'payment_webhook_events_p2001_03',
        'payment_webhook_events_p2001_04',
        'payment_sync_events_default',
        'payment_webhook_events_default',
      ]) {
        expect(await exists(kept), kept).toBe(true);
      }
      for (const id of [ids.syncJanA, ids.syncJanB, ids.syncFeb])
        expect(await present('payment_sync_events', id)).toBe(false);
      for (const id of [ids.inboxJanA, ids.inboxJanB]) expect(await present('payment_webhook_events', id)).toBe(false);
      for (const id of [ids.syncApr, ids.syncAncient]) expect(await present('payment_sync_events', id)).toBe(true);
      for (const id of [
        ids.inboxFebDone,
        ids.inboxFebPending,
        ids.inboxMarDead,
        ids.inboxMarDone,
        ids.inboxApr,
        ids.inboxAncient,
      ]) {
        expect(await present('payment_webhook_events', id)).toBe(true);
      }
      // The events of the running session this month are untouched.
      expect(
        await syncEvents.countSyncEventsBySession(db.pool, { workspaceId: a, sessionId: running }),
      ).toBeGreaterThan(0);
    });

    it('drops a kept inbox month once its events are finished; again, nothing', async () => {
      await db.pool.query(
        `UPDATE payment_webhook_events SET status = 'processed', processed_at = now() WHERE id = ANY($1)`,
        [[ids.inboxFebPending, ids.inboxMarDead]],
      );
      const done = await syncEvents.dropLogPartitions(db.pool, { olderThan: cut });
      expect(done.map((p) => [p.partitionName, p.dropped])).toEqual([
        ['payment_webhook_events_p2001_02', true],
        ['payment_webhook_events_p2001_03', true],
      ]);
      expect(await present('payment_webhook_events', ids.inboxFebPending)).toBe(false);
      expect(await present('payment_webhook_events', ids.inboxApr)).toBe(true);
      expect(await syncEvents.dropLogPartitions(db.pool, { olderThan: cut })).toEqual([]);
    });

    it('refuses a cut-off in the future, changing nothing', async () => {
      const before = await logRows();
      await expect(
        syncEvents.dropLogPartitions(db.pool, { olderThan: new Date(Date.now() + 86_400_000) }),
      ).rejects.toBeInstanceOf(InvalidValueError);
      expect(await logRows()).toEqual(before);
    });
  });

  it('is not for the application role: the functions and the partitions are not granted to it', async () => {
    const calls: ((tx: pg.PoolClient) => Promise<unknown>)[] = [
      (tx: pg.PoolClient) => syncEvents.createLogPartitions(tx, {}),
      (tx: pg.PoolClient) => syncEvents.dropLogPartitions(tx, { olderThan: new Date('2000-01-01Z') }),
      (tx: pg.PoolClient) => tx.query('SELECT count(*) FROM payment_sync_events_default'),
    ];
    for (const call of calls) {
      const error = await withWorkspace(db.pool, a, call, APP).catch((e: unknown) => e);
      expect(
        error instanceof PermissionDeniedError || (error as { code?: string }).code === '42501',
        String(error),
      ).toBe(true);
    }
    // Through the parent, the application role sees its own workspace's rows only (RLS on the parent).
    const seen = await withWorkspace(
      db.pool,
      a,
      async (tx) => (await tx.query('SELECT DISTINCT workspace_id FROM payment_webhook_events')).rows,
      APP,
    );
    expect(seen).toEqual([{ workspace_id: a }]);
  });

  it('wakes LISTENers once per statement on the partitioned inbox, however many partitions it writes', async () => {
    const listener = new pg.Client({ connectionString: db.url });
    await listener.connect();
    try {
      let heard = 0;
      listener.on('notification', () => heard++);
      await listener.query('LISTEN payment_webhook_events');
      const times = [monthFromNow(0), monthFromNow(1), new Date('2012-01-01T00:00:00Z')];
      await db.pool.query(
        `INSERT INTO payment_webhook_events (workspace_id, provider_name, provider_event_id, event_type, occurred_at, payload)
         SELECT $1, 'stripe', 'evt_notify_' || n, 'x', t, '{}' FROM unnest($2::timestamptz[]) WITH ORDINALITY AS x(t, n)`,
        [a, times],
      );
      const { rows } = await db.pool.query(
        `SELECT count(DISTINCT tableoid)::int AS n FROM payment_webhook_events WHERE provider_event_id LIKE 'evt_notify_%'`,
      );
      expect(rows[0].n).toBe(3);
      // A round trip on the listener's connection: a notification sent before it has arrived.
      await new Promise((r) => setTimeout(r, 200));
      await listener.query('SELECT 1');
      expect(heard).toBe(1);
    } finally {
      await listener.end();
    }
  });
});

describe('payment-sync-db partitions', () => {
  function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url };
    return new Promise((resolvePromise, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    });
  }
  const lines = (text: string) => text.split('\n').filter(Boolean);

  it('create prints the partitions it created, then nothing to create', async () => {
    const first = await cli(['partitions', 'create', '--months-ahead', '11']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const month = monthFromNow(11);
    const day = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1)).toISOString().slice(0, 10);
    expect(lines(first.stdout)).toContain(
      `created  ${partitionFor('payment_webhook_events', month)}  ${day} .. ${new Date(
        Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1),
      )
        .toISOString()
        .slice(0, 10)}`,
    );
    expect(lines(first.stdout).at(-1)).toMatch(/^\d+ created$/);
    const again = await cli(['partitions', 'create', '--months-ahead', '11']);
    expect(again).toMatchObject({ code: 0, stderr: '', stdout: 'nothing to create\n' });
  });

  it('drop prints what it dropped and kept', async () => {
    for (const table of ['payment_sync_events', 'payment_webhook_events']) {
      await db.pool.query(`SELECT psdb_create_log_partition($1, '1999-05-01')`, [table]);
    }
    await insertWebhookEvent(db.pool, b, { occurredAt: new Date('1999-05-05Z'), status: 'failed', attempts: 1 });
    const run = await cli(['partitions', 'drop', '--older-than', '1999-06-01']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(lines(run.stdout)).toEqual([
      'dropped  payment_sync_events_p1999_05  1999-05-01 .. 1999-06-01',
      'kept     payment_webhook_events_p1999_05  1999-05-01 .. 1999-06-01  (1 unfinished event)',
      '1 dropped, 1 kept',
    ]);
    expect(await cli(['partitions', 'drop', '--older-than', '1999-05-01T00:00:00Z'])).toMatchObject({
      code: 0,
      stdout: 'nothing to drop\n',
    });
  });

  it('refuses bad usage with exit code 2, a future cut-off with 1', async () => {
    for (const [args, message] of [
      [['partitions'], 'missing partitions subcommand'],
      [['partitions', 'prune'], 'unknown partitions subcommand "prune"'],
      [['partitions', 'drop'], '--older-than is required'],
      [['partitions', 'drop', '--older-than', 'last year'], '--older-than must be a date'],
      [['partitions', 'drop', '--older-than', '2001-01-01T00:00:00'], '--older-than must be a date'],
      [['partitions', 'create', '--months-ahead', '121'], '--months-ahead must be an integer from 0 to 120'],
      [['partitions', 'create', '--older-than', '2001-01-01'], '--older-than does not apply to "partitions create"'],
      [['partitions', 'drop', '--months-ahead', '2', '--older-than', '2001-01-01'], '--months-ahead does not apply'],
    ] as const) {
      const run = await cli([...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
    }
    const future = await cli(['partitions', 'drop', '--older-than', '2999-01-01']);
    expect(future.code).toBe(1);
    expect(future.stderr).toMatch(/^payment-sync-db: InvalidValueError \(22023\): .*in the future/);
  });
});
