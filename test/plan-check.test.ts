// Every exported query is EXPLAINed on a database large enough for the
// planner to prefer indexes: a Seq Scan over a tenant table fails the test.
// (Plans only: nothing is executed, writes included.)
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDatabase } from './support/database.js';
import {
  libraryFunctions,
  paramsFor,
  planValues,
  subjectTable,
  WEBHOOK_CLAIM_TOKEN,
} from './support/library-functions.js';

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
  'payment_webhook_events',
]);

/**
 * 400 workspaces with a little of everything, two of them large: ~120k entity rows, 100k sync
 * events, ~100k webhook events (95% processed, as an inbox that is purged now and then holds; the
 * rest in every other status, the processing ones with a claim).
 * The two logs are partitioned by month (migration 0012): their rows are spread over every
 * partition the planner sees (3 months of history, the current month, the 3 created ahead, and
 * the DEFAULT partition, which takes the month before the history), so that no partition is empty
 * when analyzed. An analyzed empty partition is planned as a Seq Scan of nothing, cheaper than any
 * index, which would say nothing about whether its indexes serve the query.
 */
async function seed(pool: pg.Pool) {
  // A log's month: one of -4 (no partition: the DEFAULT one) to +3, from a row's number.
  const month = (n: string) =>
    `((now() AT TIME ZONE 'UTC' + ((${n}) % 8 - 4) * interval '1 month') AT TIME ZONE 'UTC')`;
  // One statement per transaction (not one multi-statement query, which is one transaction): the
  // partitions and the loads into them would otherwise hold hundreds of locks at once, which the
  // shared lock table of a server running other test files may not have room for ("out of shared
  // memory" at max_locks_per_transaction 64).
  const statements = `
    SELECT psdb_create_log_partition(t, date_trunc('month', now() AT TIME ZONE 'UTC') - m * interval '1 month')
    FROM unnest(ARRAY['payment_sync_events', 'payment_webhook_events']::regclass[]) t, generate_series(1, 3) m;
    SELECT count(*) FROM payment_sync_create_log_partitions(3);
    INSERT INTO workspaces (name) SELECT 'w' || g FROM generate_series(1, 400) g;
    INSERT INTO workspace_payment_providers (workspace_id, provider_name, config)
      SELECT id, p, jsonb_build_object('accountId', 'acct_' || id) FROM workspaces, unnest(ARRAY['stripe', 'chargebee']) p;
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
    INSERT INTO payment_sync_events (workspace_id, session_id, provider_name, entity_type, external_id, event_type, created_at)
      SELECT s.workspace_id, s.id, 'stripe', (ARRAY['customer', 'product', 'price', 'subscription'])[1 + g % 4],
             'cus_' || g, (ARRAY['created', 'updated', 'failed'])[1 + g % 3],
             ${month('g + abs(hashtext(s.id::text))')} - g * interval '1 second'
      FROM payment_sync_sessions s CROSS JOIN generate_series(1, 10) g;
    ALTER TABLE payment_sync_events ENABLE TRIGGER payment_sync_events_session_open;
    WITH w AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM workspaces)
    INSERT INTO payment_webhook_events (
      workspace_id, provider_name, provider_event_id, event_type, entity_type, external_id, occurred_at, received_at,
      status, attempts, next_attempt_at, locked_until, claim_token, last_error, processed_at, payload)
      SELECT w.id, e.provider, 'evt_' || g, 'customer.updated', 'customer', 'cus_' || g, e.at - interval '1 second', e.at,
             e.status,
             CASE e.status WHEN 'pending' THEN 0 WHEN 'dead' THEN 10 WHEN 'failed' THEN 2 ELSE 1 END,
             CASE e.status WHEN 'processing' THEN now() + interval '1 hour'
                           WHEN 'failed' THEN now() + (g % 7 - 3) * interval '1 minute' ELSE e.at END,
             CASE WHEN e.status = 'processing' THEN now() + interval '1 hour' END,
             CASE WHEN e.status = 'processing' THEN gen_random_uuid() END,
             CASE WHEN e.status IN ('failed', 'dead') THEN 'boom' END,
             CASE WHEN e.status IN ('processed', 'ignored') THEN e.at END,
             jsonb_build_object('id', 'evt_' || g)
      FROM w CROSS JOIN LATERAL generate_series(1, CASE WHEN w.n <= 2 THEN 20000 ELSE 150 END) g
      CROSS JOIN LATERAL (
        SELECT CASE WHEN g % 3 = 0 THEN 'chargebee' ELSE 'stripe' END AS provider,
               ${month('g')} - g * interval '1 second' AS at,
               CASE g % 100 WHEN 1 THEN 'pending' WHEN 2 THEN 'processing' WHEN 3 THEN 'failed' WHEN 4 THEN 'dead'
                            WHEN 5 THEN 'ignored' ELSE 'processed' END AS status
      ) e;
    ANALYZE;
  `;
  for (const statement of statements.split(/;\s*\n/)) if (statement.trim()) await pool.query(statement);
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/**
 * The partitions of the partitioned logs (migration 0012), by name, to the table they belong to:
 * a Seq Scan of a partition is one of its table. Filled in beforeAll.
 */
const PARTITION_OF = new Map<string, string>();

async function loadPartitions(pool: pg.Pool) {
  PARTITION_OF.clear();
  const { rows } = await pool.query<{ partition: string; root: string }>(
    `SELECT c.relname AS partition, pg_partition_root(c.oid)::regclass::text AS root
     FROM pg_class c WHERE c.relispartition AND c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'`,
  );
  for (const row of rows) PARTITION_OF.set(row.partition, row.root);
}

/** The indexes a plan reads (Index Scan, Index Only Scan, Bitmap Index Scan). */
function indexScans(node: PlanNode): string[] {
  const own = node['Index Name'] ? [node['Index Name']] : [];
  return [...own, ...(node.Plans ?? []).flatMap(indexScans)];
}

function seqScans(node: PlanNode): string[] {
  const relation = node['Relation Name'] ?? '';
  const table = PARTITION_OF.get(relation) ?? relation;
  const own = node['Node Type'] === 'Seq Scan' && TENANT_TABLES.has(table) ? [table] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

describe('query plans at scale', () => {
  let ids: Record<string, string>;
  let externalIds: Record<string, string>;
  let workspaceId: string;
  beforeAll(async () => {
    await seed(db.pool);
    await loadPartitions(db.pool);
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
    // The fenced webhook functions name a processing event by its claim; the reads its provider event id.
    const claimed = (
      await db.pool.query(
        `SELECT id, claim_token, provider_event_id FROM payment_webhook_events
         WHERE workspace_id = $1 AND status = 'processing' LIMIT 1`,
        [workspaceId],
      )
    ).rows[0];
    ids.payment_webhook_events = claimed.id;
    ids[WEBHOOK_CLAIM_TOKEN] = claimed.claim_token;
    externalIds.payment_webhook_events = claimed.provider_event_id;
  }, 120_000);

  const functions = libraryFunctions();
  it('covers every exported query function', () => {
    expect(functions.length).toBeGreaterThanOrEqual(100);
  });

  it('sees a Seq Scan where there is one (the check is not vacuous)', async () => {
    const { rows } = await db.pool.query(`EXPLAIN (FORMAT JSON) SELECT * FROM customers WHERE email = 'nobody'`);
    expect(seqScans(rows[0]['QUERY PLAN'][0].Plan)).toEqual(['customers']);
  });

  it('sees a Seq Scan of a partition as one of its table, in every partition', async () => {
    const { rows } = await db.pool.query(
      `EXPLAIN (FORMAT JSON) SELECT * FROM payment_sync_events WHERE event_message = 'nobody'`,
    );
    const partitions = [...PARTITION_OF.values()].filter((t) => t === 'payment_sync_events').length;
    expect(partitions).toBeGreaterThanOrEqual(8);
    expect(seqScans(rows[0]['QUERY PLAN'][0].Plan)).toEqual(Array(partitions).fill('payment_sync_events'));
  });

  it('seeds every partition of the logs, the DEFAULT ones included', async () => {
    const { rows } = await db.pool.query<{ partition: string; tuples: number }>(
      `SELECT c.relname AS partition, c.reltuples::float8 AS tuples
       FROM pg_class c WHERE c.relispartition AND c.relkind = 'r' AND c.reltuples < 100
         AND pg_partition_root(c.oid) IN ('payment_sync_events'::regclass, 'payment_webhook_events'::regclass)`,
    );
    expect(rows).toEqual([]);
  });

  // Index name -> the queries whose plan reads it (filled by the per-query checks below).
  const readers = new Map<string, string[]>();
  for (const { name, fn } of functions) {
    it(`${name} scans no tenant table sequentially`, async () => {
      const params = paramsFor(name, fn.info, subjectTable(fn.info), workspaceId, ids, externalIds);
      const values = planValues(
        fn.info.params.map(({ name: p }) => p),
        params,
      );
      const { rows } = await db.pool.query(`EXPLAIN (FORMAT JSON) ${fn.info.text}`, values);
      const plan = rows[0]['QUERY PLAN'][0].Plan as PlanNode;
      expect(seqScans(plan), JSON.stringify(plan).slice(0, 2000)).toEqual([]);
      for (const index of new Set(indexScans(plan))) readers.set(index, [...(readers.get(index) ?? []), name]);
    });
  }

  // Every write to an entity table writes one entry per index (but for a HOT update): an index that
  // no query reads is a cost for nothing (migration 0013 says which query each one serves). The
  // unique key is also the upsert arbiter, and the primary key also serves the foreign keys.
  it('every index of the entity tables is read by some query', async () => {
    expect(readers.size).toBeGreaterThan(0);
    const { rows } = await db.pool.query<{ index: string }>(
      `SELECT indexrelid::regclass::text AS index FROM pg_index
       WHERE indrelid IN ('customers'::regclass, 'products'::regclass, 'prices'::regclass, 'subscriptions'::regclass)
       ORDER BY 1`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(20);
    // These two serve the composite foreign keys of subscriptions only (removing a customer or price
    // row for good finds its subscriptions through them); migration 0013 says so.
    const foreignKeys = new Set(['subscriptions_by_customer', 'subscriptions_by_price']);
    expect(rows.map((r) => r.index).filter((index) => !readers.has(index) && !foreignKeys.has(index))).toEqual([]);
  });

  // The worker's claim spans workspaces: the generic case above binds one workspace and one
  // provider; here every combination of the two optional filters, the unfiltered one (what a
  // worker serving every tenant runs) included.
  const claimPlan = async (filters: { workspaceId?: string; providerName?: string }) => {
    const { fn } = functions.find((f) => f.name === 'webhookEvents.claimWebhookEvents')!;
    const params: Record<string, unknown> = { leaseSeconds: 60, limit: 10, ...filters };
    const values = fn.info.params.map(({ name: p }) => params[p] ?? null);
    const { rows } = await db.pool.query(`EXPLAIN (FORMAT JSON) ${fn.info.text}`, values);
    return rows[0]['QUERY PLAN'][0].Plan as PlanNode;
  };
  for (const [label, filters] of [
    ['no filter (every workspace, every provider)', {}],
    ['providerName only', { providerName: 'stripe' }],
    ['workspaceId only', { workspaceId: 'big' }],
    ['workspaceId and providerName', { workspaceId: 'big', providerName: 'chargebee' }],
  ] as const) {
    it(`webhookEvents.claimWebhookEvents with ${label} scans no tenant table sequentially`, async () => {
      const plan = await claimPlan({ ...filters, ...('workspaceId' in filters ? { workspaceId } : {}) });
      expect(seqScans(plan), JSON.stringify(plan).slice(0, 2000)).toEqual([]);
    });
  }

  it('seeds enough webhook events that the claim would scan them sequentially without its index', async () => {
    // DDL is transactional: the index is back after the rollback.
    const tx = await db.pool.connect();
    try {
      await tx.query('BEGIN');
      await tx.query('DROP INDEX payment_webhook_events_due');
      const { fn } = functions.find((f) => f.name === 'webhookEvents.claimWebhookEvents')!;
      const values = fn.info.params.map(({ name: p }) => ({ leaseSeconds: 60, limit: 10 })[p] ?? null);
      const { rows } = await tx.query(`EXPLAIN (FORMAT JSON) ${fn.info.text}`, values);
      expect(seqScans(rows[0]['QUERY PLAN'][0].Plan)).toContain('payment_webhook_events');
    } finally {
      await tx.query('ROLLBACK');
      tx.release();
    }
  });
});
