// Every exported query is EXPLAINed on a database large enough for the
// planner to prefer indexes: a Seq Scan over a tenant table fails the test.
// (Plans only: nothing is executed, writes included.)
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDatabase } from './support/database.js';
import { libraryFunctions, paramsFor, subjectTable } from './support/library-functions.js';

const db = useDatabase();

const TENANT_TABLES = new Set([
  'workspaces',
  'workspace_payment_providers',
  'customers',
  'products',
  'prices',
  'subscriptions',
  'payment_sync_sessions',
  'payment_sync_events',
]);

/** 400 workspaces with a little of everything, two of them large: ~120k entity rows, 100k events. */
async function seed(pool: pg.Pool) {
  await pool.query(`
    INSERT INTO workspaces (name) SELECT 'w' || g FROM generate_series(1, 400) g;
    INSERT INTO workspace_payment_providers (workspace_id, provider_name)
      SELECT id, p FROM workspaces, unnest(ARRAY['stripe', 'chargebee']) p;
    WITH w AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM workspaces)
    INSERT INTO customers (workspace_id, email, payment_provider, external_id, payment_sync_status, updated_at)
      SELECT w.id, 'c' || g || '@x', CASE WHEN g % 3 = 0 THEN 'chargebee' ELSE 'stripe' END, 'cus_' || g,
             (ARRAY['pending', 'synced', 'failed', 'conflict'])[1 + g % 4], now() - g * interval '1 second'
      FROM w CROSS JOIN LATERAL generate_series(1, CASE WHEN w.n <= 2 THEN 20000 ELSE 100 END) g;
    INSERT INTO products (workspace_id, name, payment_provider, external_id, payment_sync_status)
      SELECT workspace_id, 'p', payment_provider, 'prod_' || external_id, payment_sync_status FROM customers;
    INSERT INTO prices (workspace_id, product_id, currency, unit_amount, type, payment_provider, external_id, payment_sync_status)
      SELECT workspace_id, id, 'usd', 100, 'one_time', payment_provider, 'price_' || external_id, payment_sync_status FROM products;
    INSERT INTO subscriptions (workspace_id, customer_id, price_id, status, payment_provider, external_id, payment_sync_status)
      SELECT c.workspace_id, c.id, pr.id, 'active', c.payment_provider, 'sub_' || c.external_id, c.payment_sync_status
      FROM customers c JOIN prices pr ON pr.workspace_id = c.workspace_id AND pr.external_id = 'price_prod_' || c.external_id;
    INSERT INTO payment_sync_sessions (workspace_id, provider_name, session_type, status)
      SELECT id, 'stripe', t, 'completed' FROM workspaces, unnest(ARRAY['full', 'incremental', 'webhook']) t;
    INSERT INTO payment_sync_sessions (workspace_id, provider_name, session_type, status)
      SELECT w.id, 'stripe', 'full', 'completed' FROM workspaces w, generate_series(1, 20) g;
    -- History: events logged while the sessions ran (the trigger refuses new events for finished sessions).
    ALTER TABLE payment_sync_events DISABLE TRIGGER payment_sync_events_session_open;
    INSERT INTO payment_sync_events (workspace_id, session_id, provider_name, entity_type, external_id, event_type)
      SELECT s.workspace_id, s.id, 'stripe', (ARRAY['customer', 'product', 'price', 'subscription'])[1 + g % 4],
             'cus_' || g, (ARRAY['created', 'updated', 'failed'])[1 + g % 3]
      FROM payment_sync_sessions s CROSS JOIN generate_series(1, 10) g;
    ALTER TABLE payment_sync_events ENABLE TRIGGER payment_sync_events_session_open;
    ANALYZE;
  `);
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode): string[] {
  const own =
    node['Node Type'] === 'Seq Scan' && TENANT_TABLES.has(node['Relation Name'] ?? '') ? [node['Relation Name']!] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

describe('query plans at scale', () => {
  let ids: Record<string, string>;
  let externalIds: Record<string, string>;
  let workspaceId: string;
  beforeAll(async () => {
    await seed(db.pool);
    const big = await db.pool.query(`SELECT workspace_id, count(*) FROM customers GROUP BY 1 ORDER BY 2 DESC LIMIT 1`);
    workspaceId = big.rows[0].workspace_id;
    const one = async (table: string) =>
      (await db.pool.query(`SELECT * FROM ${table} WHERE workspace_id = $1 LIMIT 1`, [workspaceId])).rows[0];
    ids = {};
    externalIds = {};
    for (const table of [
      'customers',
      'products',
      'prices',
      'subscriptions',
      'payment_sync_sessions',
      'payment_sync_events',
    ]) {
      const row = await one(table);
      ids[table] = row.id;
      if (row.external_id) externalIds[table] = row.external_id;
    }
  }, 120_000);

  const functions = libraryFunctions();
  it('covers every exported query function', () => {
    expect(functions.length).toBeGreaterThanOrEqual(100);
  });

  it('sees a Seq Scan where there is one (the check is not vacuous)', async () => {
    const { rows } = await db.pool.query(`EXPLAIN (FORMAT JSON) SELECT * FROM customers WHERE email = 'nobody'`);
    expect(seqScans(rows[0]['QUERY PLAN'][0].Plan)).toEqual(['customers']);
  });

  for (const { name, fn } of functions) {
    it(`${name} scans no tenant table sequentially`, async () => {
      const params = paramsFor(name, fn.info, subjectTable(fn.info), workspaceId, ids, externalIds);
      const values = fn.info.params.map(({ name: p }) =>
        p === 'afterCreatedAt' || p === 'afterUpdatedAt'
          ? '-infinity'
          : /^after\w+Present$/.test(p)
            ? false
            : /^after/.test(p)
              ? '00000000-0000-0000-0000-000000000000'
              : encode(params[p]),
      );
      const { rows } = await db.pool.query(`EXPLAIN (FORMAT JSON) ${fn.info.text}`, values);
      const plan = rows[0]['QUERY PLAN'][0].Plan as PlanNode;
      expect(seqScans(plan), JSON.stringify(plan).slice(0, 2000)).toEqual([]);
    });
  }
});

/** Parameters as the library sends them (jsonb as JSON text). */
function encode(value: unknown): unknown {
  if (value === null || value === undefined || value instanceof Date || Array.isArray(value)) return value ?? null;
  return typeof value === 'object' ? JSON.stringify(value) : value;
}
