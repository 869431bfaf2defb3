// The scale dataset, generated inside the server by INSERT ... SELECT over
// generate_series (never row by row). Ids are derived from row numbers
// (md5(tag || n)::uuid), so every reference (a subscription's customer and
// price, an event's session) is computed, not looked up: no joins while
// loading. Workspace 1 is the big one: it holds `bigShare` of every table.
import { createHash } from 'node:crypto';
import type pg from 'pg';

export interface Sizes {
  workspaces: number;
  customers: number;
  /** Customers of workspace 1 (the worst case). */
  bigCustomers: number;
  sessions: number;
  events: number;
}

export const FULL: Sizes = {
  workspaces: 1000,
  customers: 2_000_000,
  bigCustomers: 1_000_000,
  sessions: 100,
  events: 1_000_000,
};

export const QUICK: Sizes = {
  workspaces: 100,
  customers: 60_000,
  bigCustomers: 30_000,
  sessions: 100,
  events: 30_000,
};

/** Derived counts: 1 product per 20 customers, 2 prices per product, 1 subscription per 2 customers. */
export function counts(s: Sizes) {
  const share = s.bigCustomers / s.customers;
  const products = Math.floor(s.customers / 20);
  return {
    ...s,
    products,
    bigProducts: Math.floor(products * share),
    prices: products * 2,
    subscriptions: Math.floor(s.customers / 2),
    bigSessions: Math.floor(s.sessions * share),
    bigEvents: Math.floor(s.events * share),
  };
}
export type Counts = ReturnType<typeof counts>;

/** The uuid of row `n` of a table, as the seed makes it (tag: w, c, p, pr, s, ss, e). */
export const idSql = (tag: string, n: string) => `md5('${tag}' || (${n}))::uuid`;

/** Workspace number of a row of a table whose first `big` rows belong to workspace 1, the rest dealt round the others. */
const wsOf = (n: string, big: number, c: Counts) =>
  `(CASE WHEN ${n} <= ${big} THEN 1 ELSE 2 + (${n} - ${big} - 1) % ${c.workspaces - 1} END)`;

// Timestamps: row n of a table is created at base + n * 10 ms, so (created_at, id) is distinct and in n order.
const BASE = `timestamptz '2025-01-01 00:00:00+00'`;
const at = (n: string) => `(${BASE} + (${n}) * interval '10 milliseconds')`;
// Sync status: 70% synced, 15% pending, 10% failed, 5% conflict; provider: one in three chargebee.
const status = (n: string) =>
  `(CASE WHEN (${n}) % 20 < 14 THEN 'synced' WHEN (${n}) % 20 < 17 THEN 'pending' WHEN (${n}) % 20 < 19 THEN 'failed' ELSE 'conflict' END)`;
const provider = (n: string) => `(CASE WHEN (${n}) % 3 = 0 THEN 'chargebee' ELSE 'stripe' END)`;

export function seedStatements(c: Counts): { label: string; rows: number; sql: string }[] {
  const smallProductsPerWs = Math.floor((c.products - c.bigProducts) / (c.workspaces - 1));
  if (smallProductsPerWs < 1) throw new Error('too few products for the workspaces');
  const subCustomer = `(2 * g - 1)`;
  // A price of the subscription's own workspace: in workspace 1 any of its prices; elsewhere one of
  // the products dealt to that workspace (PB + (w - 1) + (W - 1) * t), first or second price.
  const subWs = wsOf(subCustomer, c.bigCustomers, c);
  const subPrice = `(CASE WHEN ${subWs} = 1 THEN 1 + (g - 1) % ${2 * c.bigProducts}
      ELSE 2 * (${c.bigProducts} + (${subWs} - 1) + ${c.workspaces - 1} * (g % ${smallProductsPerWs})) - g % 2 END)`;
  const sessionWs = wsOf('g', c.bigSessions, c);
  const smallSessions = c.sessions - c.bigSessions;
  const eventSession = `(CASE WHEN g <= ${c.bigEvents} THEN 1 + (g - 1) % ${c.bigSessions} ELSE ${c.bigSessions} + 1 + (g - 1) % ${smallSessions} END)`;
  return [
    {
      label: 'workspaces',
      rows: c.workspaces,
      sql: `INSERT INTO workspaces (id, name, created_at, updated_at)
        SELECT ${idSql('w', 'g')}, 'Workspace ' || g, ${at('g')}, ${at('g')} FROM generate_series(1, ${c.workspaces}) g;
        INSERT INTO workspace_payment_providers (workspace_id, provider_name)
        SELECT ${idSql('w', 'g')}, p FROM generate_series(1, ${c.workspaces}) g, unnest(ARRAY['stripe', 'chargebee']) p;
        INSERT INTO payment_sync_sessions (workspace_id, id, provider_name, session_type, status, created_at, updated_at)
        SELECT ${idSql('w', sessionWs)}, ${idSql('ss', 'g')}, ${provider('g')},
               (ARRAY['full', 'incremental', 'webhook'])[1 + g % 3], CASE WHEN g % 10 = 0 THEN 'failed' ELSE 'completed' END,
               ${at('g')}, ${at('g')}
        FROM generate_series(1, ${c.sessions}) g`,
    },
    {
      label: 'customers',
      rows: c.customers,
      sql: `INSERT INTO customers (workspace_id, id, email, name, payment_provider, external_id, payment_sync_status,
          payment_synced_at, provider_updated_at, provider_data, created_at, updated_at)
        SELECT ${idSql('w', wsOf('g', c.bigCustomers, c))}, ${idSql('c', 'g')}, 'c' || g || '@example.com', 'Customer ' || g,
               ${provider('g')}, 'cus_' || g, ${status('g')},
               CASE WHEN ${status('g')} = 'synced' THEN ${at('g')} END, ${at('g')},
               jsonb_build_object('id', 'cus_' || g, 'object', 'customer', 'email', 'c' || g || '@example.com'),
               ${at('g')}, ${at('g')}
        FROM generate_series(1, ${c.customers}) g`,
    },
    {
      label: 'products',
      rows: c.products,
      sql: `INSERT INTO products (workspace_id, id, name, payment_provider, external_id, payment_sync_status,
          payment_synced_at, provider_updated_at, created_at, updated_at)
        SELECT ${idSql('w', wsOf('g', c.bigProducts, c))}, ${idSql('p', 'g')}, 'Product ' || g,
               ${provider('g')}, 'prod_' || g, ${status('g')},
               CASE WHEN ${status('g')} = 'synced' THEN ${at('g')} END, ${at('g')}, ${at('g')}, ${at('g')}
        FROM generate_series(1, ${c.products}) g`,
    },
    {
      label: 'prices',
      rows: c.prices,
      // Price k belongs to product ceil(k / 2), in that product's workspace.
      sql: `INSERT INTO prices (workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
          recurring_interval_count, payment_provider, external_id, payment_sync_status, payment_synced_at,
          provider_updated_at, created_at, updated_at)
        SELECT ${idSql('w', wsOf('(g + 1) / 2', c.bigProducts, c))}, ${idSql('pr', 'g')}, ${idSql('p', '(g + 1) / 2')},
               'usd', 100 * (g % 50 + 1), 'recurring', CASE WHEN g % 2 = 0 THEN 'year' ELSE 'month' END, 1,
               ${provider('(g + 1) / 2')}, 'price_' || g, ${status('g')},
               CASE WHEN ${status('g')} = 'synced' THEN ${at('g')} END, ${at('g')}, ${at('g')}, ${at('g')}
        FROM generate_series(1, ${c.prices}) g`,
    },
    {
      label: 'subscriptions',
      rows: c.subscriptions,
      sql: `INSERT INTO subscriptions (workspace_id, id, customer_id, price_id, status, quantity, current_period_start,
          current_period_end, payment_provider, external_id, payment_sync_status, payment_synced_at,
          provider_updated_at, created_at, updated_at)
        SELECT ${idSql('w', subWs)}, ${idSql('su', 'g')}, ${idSql('c', subCustomer)}, ${idSql('pr', subPrice)},
               CASE WHEN g % 10 = 0 THEN 'canceled' ELSE 'active' END, 1, ${at('g')}, ${at('g')} + interval '30 days',
               ${provider(subCustomer)}, 'sub_' || g, ${status('g')},
               CASE WHEN ${status('g')} = 'synced' THEN ${at('g')} END, ${at('g')}, ${at('g')}, ${at('g')}
        FROM generate_series(1, ${c.subscriptions}) g`,
    },
    {
      label: 'events',
      rows: c.events,
      sql: `INSERT INTO payment_sync_events (workspace_id, id, session_id, provider_name, entity_type, external_id,
          event_type, created_at, updated_at)
        SELECT ${idSql('w', wsOf(eventSession, c.bigSessions, c))}, ${idSql('e', 'g')}, ${idSql('ss', eventSession)},
               ${provider(eventSession)}, (ARRAY['customer', 'product', 'price', 'subscription'])[1 + g % 4],
               'cus_' || g, (ARRAY['created', 'updated', 'skipped', 'failed'])[1 + g % 4], ${at('g')}, ${at('g')}
        FROM generate_series(1, ${c.events}) g`,
    },
  ];
}

// ---- The same derivations in JS: which row has which id, workspace and timestamps.

/** The uuid the seed gives row `n` of a table (md5(tag || n)::uuid). */
export function uuidOf(tag: string, n: number): string {
  const h = createHash('md5').update(`${tag}${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Workspace number of row n of a table whose first `big` rows are workspace 1's. */
export function workspaceOf(n: number, big: number, c: Counts): number {
  return n <= big ? 1 : 2 + ((n - big - 1) % (c.workspaces - 1));
}

export const SEED_BASE_MS = Date.UTC(2025, 0, 1);
/** created_at (= updated_at = provider_updated_at) of row n of any table. */
export const createdAt = (n: number) => new Date(SEED_BASE_MS + n * 10);
export const providerOf = (n: number) => (n % 3 === 0 ? 'chargebee' : 'stripe');

/** Customer n as the seed wrote it. */
export function customer(n: number, c: Counts) {
  const w = workspaceOf(n, c.bigCustomers, c);
  return {
    n,
    workspace: w,
    workspaceId: uuidOf('w', w),
    id: uuidOf('c', n),
    externalId: `cus_${n}`,
    paymentProvider: providerOf(n),
    createdAt: createdAt(n),
  };
}

/** Session s as the seed wrote it. */
export function session(s: number, c: Counts) {
  const w = workspaceOf(s, c.bigSessions, c);
  return { s, workspace: w, workspaceId: uuidOf('w', w), id: uuidOf('ss', s) };
}

/**
 * An index definition as pg_indexes reads it back, made to rebuild the index where it was: a
 * partitioned table's index reads back `ON ONLY parent` (the parent alone, invalid until each
 * partition's index is attached); built `ON parent`, it is built on every partition (migration 0012).
 */
export const rebuildable = (indexdef: string) => indexdef.replace(' ON ONLY ', ' ON ');

const TENANT_TABLES = ['customers', 'products', 'prices', 'subscriptions', 'payment_sync_events'];

export interface SeedReport {
  ms: number;
  /** Rows per table after loading. */
  rows: Record<string, number>;
  /** How the load was sped up (each only where the role may). */
  notes: string[];
}

/**
 * Loads the dataset into the migrated database of `pool`: secondary indexes
 * are dropped and rebuilt after the load (a sorted build instead of 2,000,000
 * random insertions per index; same definitions, read back from pg_indexes),
 * foreign-key triggers are skipped when the role may (session_replication_role,
 * superuser only: the derived references are valid by construction), the big
 * tables are loaded in two halves on two connections. Then VACUUM ANALYZE.
 */
export async function seed(
  pool: pg.Pool,
  c: Counts,
  progress: (label: string, done: number, total: number) => void,
): Promise<SeedReport> {
  const started = Date.now();
  const notes: string[] = [];
  const clients = [await pool.connect(), await pool.connect()];
  try {
    let replica = true;
    for (const client of clients) {
      await client.query(`SET maintenance_work_mem = '256MB'`);
      try {
        await client.query(`SET session_replication_role = replica`);
      } catch {
        replica = false;
      }
    }
    notes.push(
      replica
        ? 'foreign-key checks skipped while loading (session_replication_role = replica)'
        : 'foreign keys checked row by row (role may not set session_replication_role)',
    );
    const { rows: indexes } = await clients[0].query<{ name: string; def: string; table: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def, i.tablename AS table FROM pg_indexes i
       WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
         AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = to_regclass(quote_ident(i.indexname)))`,
      [TENANT_TABLES],
    );
    for (const index of indexes) await clients[0].query(`DROP INDEX ${index.name}`);
    notes.push(`${indexes.length} secondary indexes dropped before and rebuilt after the load`);

    // Work items: the small statements whole, the big ones in two halves by row number.
    const statements = seedStatements(c);
    const work: { label: string; rows: number; sql: string }[] = [];
    const [setup, ...rest] = statements;
    for (const s of rest) {
      if (s.rows < 200_000) {
        work.push(s);
        continue;
      }
      const half = Math.floor(s.rows / 2);
      for (const [from, to] of [
        [1, half],
        [half + 1, s.rows],
      ]) {
        work.push({
          label: s.label,
          rows: to - from + 1,
          sql: s.sql.replace(`generate_series(1, ${s.rows})`, `generate_series(${from}, ${to})`),
        });
      }
    }
    // Progress in rows; rebuilding an index counts a quarter of its table's rows (about what it takes).
    const tableRows: Record<string, number> = Object.fromEntries(
      statements.map((s) => [s.label === 'events' ? 'payment_sync_events' : s.label, s.rows]),
    );
    const indexWeight = (index: { table: string }) => Math.ceil((tableRows[index.table] ?? 0) / 4);
    const total =
      statements.reduce((sum, s) => sum + s.rows, 0) + indexes.reduce((sum, index) => sum + indexWeight(index), 0);
    let done = setup.rows;
    await clients[0].query(setup.sql);
    progress('loading', done, total);
    const runQueue = async <T>(items: T[], fn: (client: pg.PoolClient, item: T) => Promise<number>) => {
      const queue = [...items];
      await Promise.all(
        clients.map(async (client) => {
          for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
            done += await fn(client, item);
            progress('loading', done, total);
          }
        }),
      );
    };
    // Biggest first, so the two connections finish together.
    work.sort((a, b) => b.rows - a.rows);
    await runQueue(work, async (client, item) => {
      await client.query(item.sql);
      return item.rows;
    });
    // Biggest tables' indexes first, for the same reason.
    indexes.sort((a, b) => indexWeight(b) - indexWeight(a));
    await runQueue(indexes, async (client, index) => {
      await client.query(rebuildable(index.def));
      return indexWeight(index);
    });
    for (const client of clients) await client.query(`RESET session_replication_role`).catch(() => {});
    await runQueue(
      [
        'customers',
        'subscriptions',
        'payment_sync_events',
        'prices',
        'products',
        'workspaces',
        'workspace_payment_providers',
        'payment_sync_sessions',
      ],
      async (client, table) => {
        await client.query(`VACUUM ANALYZE ${table}`);
        return 0;
      },
    );
    progress('loading', total, total);
    const rows: Record<string, number> = {};
    for (const table of ['workspaces', ...TENANT_TABLES, 'payment_sync_sessions']) {
      const { rows: r } = await clients[0].query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      rows[table] = r[0].n;
    }
    return { ms: Date.now() - started, rows, notes };
  } finally {
    for (const client of clients) client.release();
  }
}
