import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customers,
  InvalidParameterError,
  PermissionDeniedError,
  webhookEvents,
  withTransaction,
  withWorkspace,
} from '../src/index.js';
import { adminQuery, useDatabase } from './support/database.js';
import { insertCustomer, insertWebhookEvent, insertWorkspace, snapshot, TENANT_TABLES } from './support/factories.js';

const db = useDatabase();
const APP = { role: 'payment_sync_app' };

let a: string;
let b: string;
let bCustomer: string;
let bEvent: { id: string; providerEventId: string };
beforeAll(async () => {
  a = (await insertWorkspace(db.pool)).id;
  b = (await insertWorkspace(db.pool)).id;
  await insertCustomer(db.pool, a);
  await insertCustomer(db.pool, a);
  bCustomer = (await insertCustomer(db.pool, b)).id;
  // The webhook inbox (migration 0008): due events in both workspaces.
  await insertWebhookEvent(db.pool, a);
  await insertWebhookEvent(db.pool, a, { status: 'failed', attempts: 1, nextAttemptAt: new Date(Date.now() - 60_000) });
  bEvent = await insertWebhookEvent(db.pool, b);
});

/** Thrown to roll back a withWorkspace transaction after its checks. */
class RolledBack extends Error {}

describe('row-level security (migration 0004)', () => {
  it('uses a role that is neither owner, superuser nor BYPASSRLS', async () => {
    const { rows } = await db.pool.query(
      `SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = 'payment_sync_app'`,
    );
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcanlogin: false }]);
    const owned = await db.pool.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'payment_sync_app'`,
    );
    expect(owned.rows).toEqual([]);
    const unprotected = await db.pool.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'payment_sync_db_migrations'
         AND NOT c.relrowsecurity`,
    );
    expect(unprotected.rows).toEqual([]);
  });

  it('protects every tenant table (payment_webhook_events included) with the tenant policy, for the app role', async () => {
    const { rows } = await db.pool.query(
      `SELECT c.relname AS table, c.relrowsecurity AS rls,
              has_table_privilege('payment_sync_app', c.oid, 'SELECT, INSERT, UPDATE, DELETE') AS granted,
              (SELECT array_agg(p.polname::text ORDER BY p.polname) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
              (SELECT pg_get_expr(p.polqual, p.polrelid) FROM pg_policy p
                WHERE p.polrelid = c.oid AND p.polname = 'psdb_tenant' AND NOT p.polpermissive
                  AND p.polroles = ARRAY[(SELECT oid FROM pg_roles WHERE rolname = 'payment_sync_app')]) AS tenant,
              (SELECT pg_get_expr(p.polwithcheck, p.polrelid) FROM pg_policy p
                WHERE p.polrelid = c.oid AND p.polname = 'psdb_tenant') AS tenant_check
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relname = ANY($1) ORDER BY c.relname`,
      [[...TENANT_TABLES]],
    );
    expect(rows.map((r) => r.table)).toEqual([...TENANT_TABLES].sort());
    for (const row of rows) {
      const key = row.table === 'workspaces' ? 'id' : 'workspace_id';
      expect(row, row.table).toEqual({
        table: row.table,
        rls: true,
        granted: true,
        policies: ['psdb_everyone', 'psdb_tenant'],
        tenant: `(${key} = psdb_current_workspace())`,
        tenant_check: `(${key} = psdb_current_workspace())`,
      });
    }
  });

  it('shows a statement that forgot the workspace filter only the current workspace', async () => {
    const seen = await withWorkspace(
      db.pool,
      a,
      async (tx) => (await tx.query('SELECT workspace_id FROM customers')).rows,
      APP,
    );
    expect(seen).toHaveLength(2);
    expect(new Set(seen.map((r) => r.workspace_id))).toEqual(new Set([a]));
    const changedRows = await withWorkspace(
      db.pool,
      a,
      async (tx) => (await tx.query(`UPDATE customers SET name = name`)).rowCount,
      APP,
    );
    expect(changedRows).toBe(2);
  });

  it('hides another workspace from a query called with its ids', async () => {
    const found = await withWorkspace(
      db.pool,
      a,
      (tx) => customers.getCustomer(tx, { workspaceId: b, id: bCustomer }),
      APP,
    );
    expect(found).toBeNull();
  });

  it('refuses a write into another workspace with a typed error and nothing written', async () => {
    const before = await snapshot(db.pool);
    await expect(
      withWorkspace(db.pool, a, (tx) => customers.createCustomer(tx, { workspaceId: b, name: 'smuggled' }), APP),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await snapshot(db.pool)).toEqual(before);
  });

  describe('the webhook inbox (payment_webhook_events)', () => {
    it('shows and changes, for a statement without a workspace filter, only the current workspace', async () => {
      const own = await db.pool.query(`SELECT count(*)::int AS n FROM payment_webhook_events WHERE workspace_id = $1`, [
        a,
      ]);
      expect(own.rows[0].n).toBe(2);
      const seen = await withWorkspace(
        db.pool,
        a,
        async (tx) => (await tx.query('SELECT workspace_id FROM payment_webhook_events')).rows,
        APP,
      );
      expect(seen).toHaveLength(own.rows[0].n);
      expect(new Set(seen.map((r) => r.workspace_id))).toEqual(new Set([a]));
      const changedRows = await withWorkspace(
        db.pool,
        a,
        async (tx) => (await tx.query('UPDATE payment_webhook_events SET last_error = last_error')).rowCount,
        APP,
      );
      expect(changedRows).toBe(own.rows[0].n);
    });

    it("confines the cross-workspace claim to the current workspace: B's due event stays unclaimed", async () => {
      const before = await snapshot(db.pool);
      let claimed: { workspaceId: string }[] = [];
      await expect(
        withWorkspace(
          db.pool,
          a,
          async (tx) => {
            claimed = await webhookEvents.claimWebhookEvents(tx, { leaseSeconds: 60, limit: 1000 });
            throw new RolledBack();
          },
          APP,
        ),
      ).rejects.toBeInstanceOf(RolledBack);
      expect(claimed.length).toBeGreaterThan(0);
      expect(new Set(claimed.map((e) => e.workspaceId))).toEqual(new Set([a]));
      expect(await snapshot(db.pool)).toEqual(before);
    });

    it("hides another workspace's event from a query called with its ids", async () => {
      const found = await withWorkspace(
        db.pool,
        a,
        (tx) =>
          webhookEvents.getWebhookEventByProviderEventID(tx, {
            workspaceId: b,
            providerName: 'stripe',
            providerEventId: bEvent.providerEventId,
          }),
        APP,
      );
      expect(found).toBeNull();
      const retried = await withWorkspace(
        db.pool,
        a,
        (tx) => webhookEvents.retryWebhookEvent(tx, { workspaceId: b, id: bEvent.id }),
        APP,
      );
      expect(retried).toBeNull();
    });

    it('refuses recording an event into another workspace with a typed error and nothing written', async () => {
      const before = await snapshot(db.pool);
      await expect(
        withWorkspace(
          db.pool,
          a,
          (tx) =>
            webhookEvents.recordWebhookEvent(tx, {
              workspaceId: b,
              providerName: 'stripe',
              providerEventId: 'evt_smuggled',
              eventType: 'customer.updated',
              occurredAt: new Date(),
              payload: { id: 'evt_smuggled' },
            }),
          APP,
        ),
      ).rejects.toBeInstanceOf(PermissionDeniedError);
      expect(await snapshot(db.pool)).toEqual(before);
    });

    it('shows nothing when no workspace is set', async () => {
      const rows = await withTransaction(db.pool, async (tx) => {
        await tx.query('SET LOCAL ROLE payment_sync_app');
        return (await tx.query('SELECT * FROM payment_webhook_events')).rows;
      });
      expect(rows).toEqual([]);
    });
  });

  it('shows nothing when no workspace is set', async () => {
    const rows = await withTransaction(db.pool, async (tx) => {
      await tx.query('SET LOCAL ROLE payment_sync_app');
      return (await tx.query('SELECT * FROM customers')).rows;
    });
    expect(rows).toEqual([]);
  });

  it('refuses a malformed workspace id', async () => {
    await expect(withWorkspace(db.pool, 'nope', async () => 1)).rejects.toBeInstanceOf(InvalidParameterError);
  });

  describe('for a login role that is a member of payment_sync_app', () => {
    const login = `psdb_rls_${randomBytes(4).toString('hex')}`;
    let appPool: pg.Pool;
    beforeAll(async () => {
      await adminQuery(`CREATE ROLE ${login} LOGIN PASSWORD 'app' IN ROLE payment_sync_app`);
      const url = new URL(db.url);
      url.username = login;
      url.password = 'app';
      appPool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    });
    afterAll(async () => {
      await appPool.end();
      await adminQuery(`DROP ROLE IF EXISTS ${login}`);
    });

    it('isolates without any SET ROLE', async () => {
      const rows = await withWorkspace(
        appPool,
        b,
        async (tx) => (await tx.query('SELECT workspace_id FROM customers')).rows,
      );
      expect(rows).toEqual([{ workspace_id: b }]);
      expect((await appPool.query('SELECT count(*)::int AS n FROM customers')).rows[0].n).toBe(0);
    });

    it('isolates the webhook inbox without any SET ROLE, records and claims included', async () => {
      const events = await withWorkspace(
        appPool,
        b,
        async (tx) => (await tx.query('SELECT id FROM payment_webhook_events')).rows,
      );
      expect(events).toEqual([{ id: bEvent.id }]);
      expect((await appPool.query('SELECT count(*)::int AS n FROM payment_webhook_events')).rows[0].n).toBe(0);
      // The app role can record (the touch and notify triggers run for it) and claim in its workspace.
      const before = await snapshot(db.pool);
      await expect(
        withWorkspace(appPool, b, async (tx) => {
          const { duplicate, event } = await webhookEvents.recordWebhookEvent(tx, {
            workspaceId: b,
            providerName: 'stripe',
            providerEventId: 'evt_app_role',
            eventType: 'customer.updated',
            occurredAt: new Date(),
            payload: { id: 'evt_app_role' },
          });
          expect(duplicate).toBe(false);
          const claimed = await webhookEvents.claimWebhookEvents(tx, { leaseSeconds: 60, limit: 1000 });
          expect(claimed.map((e) => e.id).sort()).toEqual([bEvent.id, event.id].sort());
          throw new RolledBack();
        }),
      ).rejects.toBeInstanceOf(RolledBack);
      expect(await snapshot(db.pool)).toEqual(before);
    });
  });
});
