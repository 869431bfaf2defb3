// Row factories: insert one row with sensible defaults, any column
// overridable (camelCase keys), and return it as the library returns rows.
// Raw SQL on purpose: a factory must be able to build any state, including
// states the library's own functions would refuse to reach directly.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';

export type Row = Record<string, unknown>;

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function camelRow<T = Row>(row: Row): T {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v])) as T;
}

function encode(value: unknown): unknown {
  if (value === null || value === undefined || value instanceof Date || Array.isArray(value)) return value;
  return typeof value === 'object' ? JSON.stringify(value) : value;
}

export async function insertRow<T = Row>(db: pg.Pool | pg.PoolClient, table: string, values: Row): Promise<T> {
  const entries = Object.entries(values).filter(([, v]) => v !== undefined);
  const columns = entries.map(([k]) => snake(k));
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`;
  const { rows } = await db.query(
    sql,
    entries.map(([, v]) => encode(v)),
  );
  return camelRow<T>(rows[0]);
}

let sequence = 0;
const next = () => ++sequence;

export function insertWorkspace(db: pg.Pool | pg.PoolClient, overrides: Row = {}) {
  return insertRow<{ id: string; name: string }>(db, 'workspaces', { name: `Workspace ${next()}`, ...overrides });
}

export interface EntityRow extends Row {
  id: string;
  workspaceId: string;
  paymentSyncVersion: number;
  paymentSyncStatus: string;
  createdAt: Date;
  updatedAt: Date;
}

export function insertCustomer(db: pg.Pool | pg.PoolClient, workspaceId: string, overrides: Row = {}) {
  const n = next();
  return insertRow<EntityRow>(db, 'customers', {
    workspaceId,
    email: `customer${n}@example.com`,
    name: `Customer ${n}`,
    paymentProvider: 'stripe',
    externalId: `cus_${n}_${randomUUID().slice(0, 8)}`,
    ...overrides,
  });
}

export function insertProduct(db: pg.Pool | pg.PoolClient, workspaceId: string, overrides: Row = {}) {
  const n = next();
  return insertRow<EntityRow>(db, 'products', {
    workspaceId,
    name: `Product ${n}`,
    paymentProvider: 'stripe',
    externalId: `prod_${n}_${randomUUID().slice(0, 8)}`,
    ...overrides,
  });
}

export function insertPrice(db: pg.Pool | pg.PoolClient, workspaceId: string, productId: string, overrides: Row = {}) {
  const n = next();
  return insertRow<EntityRow>(db, 'prices', {
    workspaceId,
    productId,
    currency: 'usd',
    unitAmount: 1000 + n,
    type: 'recurring',
    recurringInterval: 'month',
    recurringIntervalCount: 1,
    paymentProvider: 'stripe',
    externalId: `price_${n}_${randomUUID().slice(0, 8)}`,
    ...overrides,
  });
}

export function insertSubscription(
  db: pg.Pool | pg.PoolClient,
  workspaceId: string,
  refs: { customerId: string; priceId: string },
  overrides: Row = {},
) {
  const n = next();
  return insertRow<EntityRow>(db, 'subscriptions', {
    workspaceId,
    ...refs,
    status: 'active',
    paymentProvider: 'stripe',
    externalId: `sub_${n}_${randomUUID().slice(0, 8)}`,
    ...overrides,
  });
}

export function insertSyncSession(db: pg.Pool | pg.PoolClient, workspaceId: string, overrides: Row = {}) {
  return insertRow<EntityRow>(db, 'payment_sync_sessions', {
    workspaceId,
    providerName: 'stripe',
    sessionType: 'full',
    ...overrides,
  });
}

/** The trigger (migration 0006) that refuses new events for a finished or deleted session. */
export const EVENT_SESSION_TRIGGER = 'payment_sync_events_session_open';

/**
 * One event of the session, in any state of the session: an event of a finished session is
 * history (logged while it ran), which the library itself refuses to add later, so the factory
 * lifts that trigger for its own insert, in one transaction that holds the table's lock.
 */
export async function insertSyncEvent(
  db: pg.Pool | pg.PoolClient,
  workspaceId: string,
  sessionId: string,
  overrides: Row = {},
) {
  const client = 'release' in db ? db : await db.connect();
  const own = client !== db;
  const row = {
    workspaceId,
    sessionId,
    providerName: 'stripe',
    entityType: 'customer',
    eventType: 'created',
    ...overrides,
  };
  // Inside the caller's transaction a savepoint, else a transaction of its own (SAVEPOINT fails outside one).
  const began = await client.query('SAVEPOINT insert_sync_event').then(
    () => false,
    () => client.query('BEGIN').then(() => true),
  );
  try {
    await client.query(`ALTER TABLE payment_sync_events DISABLE TRIGGER ${EVENT_SESSION_TRIGGER}`);
    const inserted = await insertRow<EntityRow>(client, 'payment_sync_events', row);
    await client.query(`ALTER TABLE payment_sync_events ENABLE TRIGGER ${EVENT_SESSION_TRIGGER}`);
    await client.query(began ? 'COMMIT' : 'RELEASE SAVEPOINT insert_sync_event');
    return inserted;
  } catch (error) {
    await client.query(began ? 'ROLLBACK' : 'ROLLBACK TO SAVEPOINT insert_sync_event').catch(() => undefined);
    throw error;
  } finally {
    if (own) (client as pg.PoolClient).release();
  }
}

/**
 * One event of the webhook inbox (migration 0008), pending unless overridden. A `processing`
 * event holds a claim (the table's CHECK: a claim_token and a lease): unless given, the factory
 * draws a claim token and a lease of an hour from now, which is also when it is due again.
 */
export function insertWebhookEvent(db: pg.Pool | pg.PoolClient, workspaceId: string, overrides: Row = {}) {
  const n = next();
  const lease = new Date(Date.now() + 3_600_000);
  const claim =
    overrides.status === 'processing'
      ? { claimToken: randomUUID(), lockedUntil: lease, nextAttemptAt: lease, attempts: 1 }
      : {};
  return insertRow<EntityRow & { claimToken: string | null; providerEventId: string; status: string }>(
    db,
    'payment_webhook_events',
    {
      workspaceId,
      providerName: 'stripe',
      providerEventId: `evt_${n}_${randomUUID().slice(0, 8)}`,
      eventType: 'customer.updated',
      occurredAt: new Date(),
      payload: { id: `evt_${n}` },
      ...claim,
      ...overrides,
    },
  );
}

export const TENANT_TABLES = [
  'workspaces',
  'workspace_payment_providers',
  'customers',
  'products',
  'prices',
  'subscriptions',
  'payment_sync_sessions',
  'payment_sync_events',
  'payment_webhook_events',
] as const;

/**
 * Every row of every tenant table, as JSON text, in a stable order: compare
 * two snapshots to prove a call wrote nothing (or only what it should).
 */
export async function snapshot(db: pg.Pool | pg.PoolClient): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TENANT_TABLES) {
    const { rows } = await db.query<{ r: string }>(`SELECT to_jsonb(t)::text AS r FROM ${table} t ORDER BY 1`);
    out[table] = rows.map((row) => row.r);
  }
  return out;
}
