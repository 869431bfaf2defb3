// The entity sync-status queries: per-entity reads and updates, the
// cross-entity queries and the bulk updates, against a real PostgreSQL.
import { processSQLQueryIR } from '@pgtyped/runtime';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import * as GetEntitiesBySyncStatusAndProvider from '../generated/sync-status/GetEntitiesBySyncStatusAndProvider.js';
import { InvalidParameterError, UniqueViolationError } from '../src/errors.js';
import type { Db } from '../src/query.js';
import * as syncStatus from '../src/sync-status.js';
import type { EntityType } from '../src/vocabulary.js';
import { useDatabase } from './support/database.js';
import {
  insertCustomer,
  insertPrice,
  insertProduct,
  insertSubscription,
  insertWorkspace,
  snapshot,
  type EntityRow,
  type Row,
} from './support/factories.js';
import { withTransaction } from '../src/index.js';
import { allPages } from './support/paging.js';

const db = useDatabase();

type Client = pg.Pool | pg.PoolClient;
// The four entity types share one test suite; their functions differ only in row types.
type AnyFn = (db: Db, params: any) => Promise<any>;

interface Spec {
  type: EntityType;
  table: 'customers' | 'products' | 'prices' | 'subscriptions';
  make: (db: Client, workspaceId: string, overrides?: Row) => Promise<EntityRow>;
  byProvider: AnyFn;
  byStatus: AnyFn;
  update: AnyFn;
  bulk: AnyFn;
}

// Parents of prices and subscriptions carry no provider: they never show up in
// the provider-filtered queries of the rows under test.
const parents = new Map<string, Promise<{ productId: string; customerId: string; priceId: string }>>();
function parentsOf(workspaceId: string) {
  let p = parents.get(workspaceId);
  if (!p) {
    p = (async () => {
      const none = { paymentProvider: null, externalId: null };
      const product = await insertProduct(db.pool, workspaceId, none);
      const customer = await insertCustomer(db.pool, workspaceId, none);
      const price = await insertPrice(db.pool, workspaceId, product.id, none);
      return { productId: product.id, customerId: customer.id, priceId: price.id };
    })();
    parents.set(workspaceId, p);
  }
  return p;
}

const specs: Spec[] = [
  {
    type: 'customer',
    table: 'customers',
    make: (c, ws, o) => insertCustomer(c, ws, o),
    byProvider: syncStatus.getCustomersByPaymentProvider,
    byStatus: syncStatus.getCustomersByPaymentSyncStatus,
    update: syncStatus.updateCustomerSyncStatus,
    bulk: syncStatus.bulkUpdateCustomerSyncStatus,
  },
  {
    type: 'product',
    table: 'products',
    make: (c, ws, o) => insertProduct(c, ws, o),
    byProvider: syncStatus.getProductsByPaymentProvider,
    byStatus: syncStatus.getProductsByPaymentSyncStatus,
    update: syncStatus.updateProductSyncStatus,
    bulk: syncStatus.bulkUpdateProductSyncStatus,
  },
  {
    type: 'price',
    table: 'prices',
    make: async (c, ws, o) => insertPrice(c, ws, (await parentsOf(ws)).productId, o),
    byProvider: syncStatus.getPricesByPaymentProvider,
    byStatus: syncStatus.getPricesByPaymentSyncStatus,
    update: syncStatus.updatePriceSyncStatus,
    bulk: syncStatus.bulkUpdatePriceSyncStatus,
  },
  {
    type: 'subscription',
    table: 'subscriptions',
    make: async (c, ws, o) => {
      const { customerId, priceId } = await parentsOf(ws);
      return insertSubscription(c, ws, { customerId, priceId }, o);
    },
    byProvider: syncStatus.getSubscriptionsByPaymentProvider,
    byStatus: syncStatus.getSubscriptionsByPaymentSyncStatus,
    update: syncStatus.updateSubscriptionSyncStatus,
    bulk: syncStatus.bulkUpdateSubscriptionSyncStatus,
  },
];

const byCreatedThenId = (x: { createdAt: Date; id: string }, y: { createdAt: Date; id: string }) =>
  x.createdAt.getTime() - y.createdAt.getTime() || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

const NO_SUCH_WORKSPACE = '00000000-0000-4000-8000-000000000000';
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000001';

describe.each(specs)('$type sync status', (spec) => {
  describe(`get${spec.table}ByPaymentProvider / ByPaymentSyncStatus`, () => {
    it('pages through exactly the live rows of the workspace and provider, in (createdAt, id) order', async () => {
      const { a, b } = await db.twoWorkspaces();
      // 7 rows sharing one created_at (tie broken by id), then 3 more.
      const tied = await withTransaction(db.pool, async (client) => {
        const rows: EntityRow[] = [];
        for (const status of ['pending', 'synced', 'failed', 'conflict', 'synced', 'pending', 'failed']) {
          rows.push(await spec.make(client, a, { paymentSyncStatus: status }));
        }
        return rows;
      });
      const later: EntityRow[] = [];
      for (const status of ['synced', 'pending', 'conflict'])
        later.push(await spec.make(db.pool, a, { paymentSyncStatus: status }));
      await spec.make(db.pool, a, { deletedAt: new Date() });
      await spec.make(db.pool, a, { deletedAt: new Date(), paymentSyncStatus: 'synced' });
      const chargebee = await spec.make(db.pool, a, { paymentProvider: 'chargebee', paymentSyncStatus: 'synced' });
      const inB = await spec.make(db.pool, b, { paymentSyncStatus: 'synced' });
      const stripeRows = [...tied, ...later].sort(byCreatedThenId);

      const seen = await allPages(
        (after) => spec.byProvider(db.pool, { workspaceId: a, paymentProvider: 'stripe', limit: 3, after }),
        3,
      );
      expect(ids(seen)).toEqual(ids(stripeRows));
      expect(seen[0].createdAt).toBeInstanceOf(Date);
      expect(seen.every((r: EntityRow) => r.workspaceId === a && r.paymentProvider === 'stripe')).toBe(true);

      const synced = await allPages(
        (after) => spec.byStatus(db.pool, { workspaceId: a, paymentSyncStatus: 'synced', limit: 1, after }),
        1,
      );
      const expectedSynced = [...stripeRows.filter((r) => r.paymentSyncStatus === 'synced'), chargebee].sort(
        byCreatedThenId,
      );
      expect(ids(synced)).toEqual(ids(expectedSynced));

      // Another workspace sees only its own rows; a workspace with none sees nothing.
      expect(ids(await spec.byProvider(db.pool, { workspaceId: b, paymentProvider: 'stripe', limit: 100 }))).toEqual([
        inB.id,
      ]);
      expect(ids(await spec.byStatus(db.pool, { workspaceId: b, paymentSyncStatus: 'synced', limit: 100 }))).toEqual([
        inB.id,
      ]);
      const { a: empty } = await db.twoWorkspaces();
      expect(await spec.byProvider(db.pool, { workspaceId: empty, paymentProvider: 'stripe', limit: 100 })).toEqual([]);
      expect(await spec.byStatus(db.pool, { workspaceId: empty, paymentSyncStatus: 'synced', limit: 100 })).toEqual([]);
    });

    it('refuses an unknown status, a bad provider name, a malformed uuid or limit before touching the database', async () => {
      const pool = await db.closedPool();
      const ws = NO_SUCH_WORKSPACE;
      const refused = [
        () => spec.byStatus(pool, { workspaceId: ws, paymentSyncStatus: 'done', limit: 10 }),
        () => spec.byStatus(pool, { workspaceId: ws, paymentSyncStatus: 'SYNCED', limit: 10 }),
        () => spec.byProvider(pool, { workspaceId: ws, paymentProvider: 'Stripe!', limit: 10 }),
        () => spec.byProvider(pool, { workspaceId: ws, paymentProvider: 's', limit: 10 }),
        () => spec.byProvider(pool, { workspaceId: 'nope', paymentProvider: 'stripe', limit: 10 }),
        () => spec.byProvider(pool, { workspaceId: ws, paymentProvider: 'stripe', limit: 0 }),
        () => spec.byStatus(pool, { workspaceId: ws, paymentSyncStatus: 'synced', limit: 1001 }),
        () =>
          spec.byProvider(pool, {
            workspaceId: ws,
            paymentProvider: 'stripe',
            limit: 10,
            after: { id: 'x', createdAt: new Date() },
          }),
      ];
      for (const call of refused) await expect(call()).rejects.toBeInstanceOf(InvalidParameterError);
    });
  });

  describe(`update${spec.type}SyncStatus`, () => {
    it('sets status, error, provider and external id when given, stamps paymentSyncedAt when synced, bumps the version', async () => {
      const { a } = await db.twoWorkspaces();
      const row = await spec.make(db.pool, a, { paymentSyncError: 'old error' });
      const other = await spec.make(db.pool, a);
      const synced = await spec.update(db.pool, { workspaceId: a, id: row.id, paymentSyncStatus: 'synced' });
      expect(synced).toMatchObject({
        id: row.id,
        paymentSyncStatus: 'synced',
        paymentSyncError: null,
        paymentProvider: 'stripe',
        externalId: row.externalId,
        paymentSyncVersion: 1,
      });
      expect(synced.paymentSyncedAt).toBeInstanceOf(Date);

      const failed = await spec.update(db.pool, {
        workspaceId: a,
        id: row.id,
        paymentSyncStatus: 'failed',
        paymentSyncError: 'card_declined: it\'s "bad"',
        paymentProvider: 'chargebee',
        externalId: 'cb_123',
      });
      expect(failed).toMatchObject({
        paymentSyncStatus: 'failed',
        paymentSyncError: 'card_declined: it\'s "bad"',
        paymentProvider: 'chargebee',
        externalId: 'cb_123',
        paymentSyncVersion: 2,
      });
      // Not synced: the last successful sync time is kept.
      expect(failed.paymentSyncedAt).toEqual(synced.paymentSyncedAt);
      // The other row is untouched.
      const { rows } = await db.pool.query(`SELECT payment_sync_version FROM ${spec.table} WHERE id = $1`, [other.id]);
      expect(rows[0].payment_sync_version).toBe(0);
    });

    it("finds nothing with another workspace's id, a soft-deleted row or an unknown id, and changes nothing", async () => {
      const { a, b } = await db.twoWorkspaces();
      const row = await spec.make(db.pool, a);
      const gone = await spec.make(db.pool, a, { deletedAt: new Date() });
      const before = await snapshot(db.pool);
      expect(await spec.update(db.pool, { workspaceId: b, id: row.id, paymentSyncStatus: 'synced' })).toBeNull();
      expect(await spec.update(db.pool, { workspaceId: a, id: gone.id, paymentSyncStatus: 'synced' })).toBeNull();
      expect(await spec.update(db.pool, { workspaceId: a, id: NO_SUCH_ID, paymentSyncStatus: 'synced' })).toBeNull();
      expect(await snapshot(db.pool)).toEqual(before);
    });

    it('refuses bad input with a typed error and writes nothing', async () => {
      const { a } = await db.twoWorkspaces();
      const row = await spec.make(db.pool, a);
      const taken = await spec.make(db.pool, a);
      const base = { workspaceId: a, id: row.id, paymentSyncStatus: 'synced' };
      for (const params of [
        { ...base, paymentSyncStatus: 'done' },
        { ...base, paymentSyncStatus: undefined },
        { ...base, paymentProvider: 'Stripe!' },
        { ...base, externalId: '' },
        { ...base, id: 'not-a-uuid' },
        { ...base, workspaceId: 'not-a-uuid' },
        { ...base, paymentSyncError: { message: 'object' } },
      ]) {
        await db.refusedWithoutWrites(() => spec.update(db.pool, params), InvalidParameterError);
      }
      // The provider reference of another live row: the unique index refuses it.
      await db.refusedWithoutWrites(
        () => spec.update(db.pool, { ...base, externalId: taken.externalId }),
        UniqueViolationError,
      );
    });
  });

  describe(`bulkUpdate${spec.type}SyncStatus`, () => {
    it('changes the live rows of the workspace and provider among externalIds and resolves to their number', async () => {
      const { a, b } = await db.twoWorkspaces();
      const x = await spec.make(db.pool, a, {
        externalId: 'obj_x',
        paymentSyncError: 'was failing',
        paymentSyncStatus: 'failed',
      });
      const y = await spec.make(db.pool, a, { externalId: 'obj_y' });
      const untouched = await spec.make(db.pool, a, { externalId: 'obj_z' });
      await spec.make(db.pool, a, { externalId: 'obj_gone', deletedAt: new Date() });
      const otherProvider = await spec.make(db.pool, a, { externalId: 'obj_x', paymentProvider: 'chargebee' });
      const inB = await spec.make(db.pool, b, { externalId: 'obj_x' });

      const n = await spec.bulk(db.pool, {
        workspaceId: a,
        paymentProvider: 'stripe',
        paymentSyncStatus: 'synced',
        externalIds: ['obj_x', 'obj_y', 'obj_x', 'obj_gone', 'unknown'],
      });
      expect(n).toBe(2);
      const { rows } = await db.pool.query(
        `SELECT id, payment_sync_status, payment_sync_version, payment_synced_at, payment_sync_error
         FROM ${spec.table} WHERE id = ANY($1::uuid[])`,
        [[x.id, y.id, untouched.id, otherProvider.id, inB.id]],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const changedRow of [x, y]) {
        expect(byId.get(changedRow.id)).toMatchObject({
          payment_sync_status: 'synced',
          payment_sync_version: 1,
          payment_sync_error: null,
        });
        expect(byId.get(changedRow.id).payment_synced_at).toBeInstanceOf(Date);
      }
      for (const same of [untouched, otherProvider, inB]) {
        expect(byId.get(same.id)).toMatchObject({
          payment_sync_status: 'pending',
          payment_sync_version: 0,
          payment_synced_at: null,
        });
      }

      const failed = await spec.bulk(db.pool, {
        workspaceId: a,
        paymentProvider: 'stripe',
        paymentSyncStatus: 'failed',
        paymentSyncError: 'rate limited',
        externalIds: ['obj_y'],
      });
      expect(failed).toBe(1);
      const after = await db.pool.query(`SELECT * FROM ${spec.table} WHERE id = $1`, [y.id]);
      expect(after.rows[0]).toMatchObject({
        payment_sync_status: 'failed',
        payment_sync_error: 'rate limited',
        payment_sync_version: 2,
      });
      // The last successful sync time is kept on failure.
      expect(after.rows[0].payment_synced_at).toEqual(byId.get(y.id).payment_synced_at);
    });

    it("changes nothing with another workspace's or provider's external ids", async () => {
      const { a, b } = await db.twoWorkspaces();
      await spec.make(db.pool, a, { externalId: 'only_in_a' });
      const before = await snapshot(db.pool);
      const params = {
        workspaceId: b,
        paymentProvider: 'stripe',
        paymentSyncStatus: 'synced',
        externalIds: ['only_in_a'],
      };
      expect(await spec.bulk(db.pool, params)).toBe(0);
      expect(await spec.bulk(db.pool, { ...params, workspaceId: a, paymentProvider: 'chargebee' })).toBe(0);
      expect(await snapshot(db.pool)).toEqual(before);
    });

    it('refuses an empty array, a bad element, an unknown status or provider, and writes nothing', async () => {
      const { a } = await db.twoWorkspaces();
      await spec.make(db.pool, a, { externalId: 'refused_1' });
      const base = {
        workspaceId: a,
        paymentProvider: 'stripe',
        paymentSyncStatus: 'synced',
        externalIds: ['refused_1'],
      };
      for (const params of [
        { ...base, externalIds: [] },
        { ...base, externalIds: 'refused_1' },
        { ...base, externalIds: ['refused_1', 7] },
        { ...base, externalIds: ['refused_1', ''] },
        { ...base, externalIds: ['refused_1', null] },
        { ...base, paymentSyncStatus: 'done' },
        { ...base, paymentProvider: 'Stripe' },
        { ...base, paymentProvider: undefined },
        { ...base, workspaceId: 'nope' },
      ]) {
        await db.refusedWithoutWrites(() => spec.bulk(db.pool, params), InvalidParameterError);
      }
    });
  });
});

describe('getPricesByPaymentProvider', () => {
  it("carries the product's name and external id, joined within the workspace; null when the product is soft-deleted", async () => {
    const { a } = await db.twoWorkspaces();
    const product = await insertProduct(db.pool, a, { name: 'Pro plan', externalId: 'prod_pro' });
    const goneProduct = await insertProduct(db.pool, a, { name: 'Old plan', deletedAt: new Date() });
    const price = await insertPrice(db.pool, a, product.id, { createdAt: new Date('2026-01-01T00:00:00Z') });
    const orphan = await insertPrice(db.pool, a, goneProduct.id, { createdAt: new Date('2026-01-02T00:00:00Z') });
    const rows = await syncStatus.getPricesByPaymentProvider(db.pool, {
      workspaceId: a,
      paymentProvider: 'stripe',
      limit: 10,
    });
    // Distinct created_at values: the price first.
    expect(rows.map((r) => [r.id, r.productName, r.productExternalId])).toEqual([
      [price.id, 'Pro plan', 'prod_pro'],
      [orphan.id, null, null],
    ]);
    // Typed: unit amounts are numbers (null only for a placeholder price), the product name a string or null.
    const amount: number | null | undefined = rows[0]?.unitAmount;
    const name: string | null | undefined = rows[0]?.productName;
    expect(typeof amount).toBe('number');
    expect(name === null || typeof name === 'string').toBe(true);
  });
});

describe('getEntitiesBySyncStatusAndProvider', () => {
  it('pages through the live rows of all four tables in one (createdAt, id, entityType) order', async () => {
    const { a, b } = await db.twoWorkspaces();
    const expected: { entityType: EntityType; id: string; createdAt: Date }[] = [];
    // Rows created in one transaction share created_at across the four tables.
    await withTransaction(db.pool, async (client) => {
      for (const spec of specs) {
        for (const status of ['failed', 'synced', 'failed']) {
          const row = await spec.make(client, a, { paymentSyncStatus: status });
          if (status === 'failed') expected.push({ entityType: spec.type, id: row.id, createdAt: row.createdAt });
        }
      }
    });
    for (const spec of specs) {
      const row = await spec.make(db.pool, a, { paymentSyncStatus: 'failed', paymentSyncError: 'boom' });
      expected.push({ entityType: spec.type, id: row.id, createdAt: row.createdAt });
      await spec.make(db.pool, a, { paymentSyncStatus: 'failed', deletedAt: new Date() });
      await spec.make(db.pool, a, { paymentSyncStatus: 'failed', paymentProvider: 'chargebee' });
      await spec.make(db.pool, b, { paymentSyncStatus: 'failed' });
    }
    // The same id and created_at in two tables: entityType breaks the tie.
    const sharedId = '7f000000-0000-4000-8000-000000000001';
    const sharedAt = new Date('2030-01-01T00:00:00Z');
    for (const spec of specs.slice(0, 2)) {
      await spec.make(db.pool, a, { id: sharedId, createdAt: sharedAt, paymentSyncStatus: 'failed' });
      expected.push({ entityType: spec.type, id: sharedId, createdAt: sharedAt });
    }
    expected.sort((x, y) => byCreatedThenId(x, y) || (x.entityType < y.entityType ? -1 : 1));

    for (const limit of [1, 3, 100]) {
      const seen = await allPages(
        (after) =>
          syncStatus.getEntitiesBySyncStatusAndProvider(db.pool, {
            workspaceId: a,
            paymentProvider: 'stripe',
            paymentSyncStatus: 'failed',
            limit,
            after,
          }),
        limit,
      );
      expect(seen.map((r) => [r.entityType, r.id])).toEqual(expected.map((r) => [r.entityType, r.id]));
    }
    const [first] = await syncStatus.getEntitiesBySyncStatusAndProvider(db.pool, {
      workspaceId: a,
      paymentProvider: 'stripe',
      paymentSyncStatus: 'failed',
      limit: 1,
    });
    expect(Object.keys(first).sort()).toEqual(
      [
        'createdAt',
        'entityType',
        'externalId',
        'id',
        'paymentProvider',
        'paymentSyncError',
        'paymentSyncStatus',
        'paymentSyncVersion',
        'paymentSyncedAt',
        'updatedAt',
        'workspaceId',
      ].sort(),
    );
    expect(first).toMatchObject({
      workspaceId: a,
      paymentProvider: 'stripe',
      paymentSyncStatus: 'failed',
      paymentSyncVersion: 0,
    });
    expect(first.createdAt).toBeInstanceOf(Date);

    // Another workspace sees only its own four rows.
    const inB = await syncStatus.getEntitiesBySyncStatusAndProvider(db.pool, {
      workspaceId: b,
      paymentProvider: 'stripe',
      paymentSyncStatus: 'failed',
      limit: 100,
    });
    expect(inB.map((r) => r.entityType).sort()).toEqual(['customer', 'price', 'product', 'subscription']);
    expect(inB.every((r) => r.workspaceId === b)).toBe(true);
  });

  it('reads each branch through its (workspace, provider, status, created_at, id) index', async () => {
    const ws = await insertWorkspace(db.pool);
    const { productId, customerId, priceId } = await parentsOf(ws.id);
    // 20,000 rows per table in 10 workspaces, so the planner has a reason to choose.
    const { rows: workspaces } = await db.pool.query<{ id: string }>(
      `INSERT INTO workspaces (name) SELECT 'bulk ' || g FROM generate_series(1, 9) g RETURNING id`,
    );
    const all = [ws.id, ...workspaces.map((w) => w.id)];
    await db.pool.query(
      `INSERT INTO customers (workspace_id, payment_provider, external_id, payment_sync_status)
       SELECT ($1::uuid[])[1 + g % 10], CASE WHEN g % 3 = 0 THEN 'stripe' ELSE 'chargebee' END, 'ix_c_' || g, (ARRAY['pending','synced','failed','conflict'])[1 + g % 4]
       FROM generate_series(1, 20000) g`,
      [all],
    );
    await db.pool.query(
      `INSERT INTO products (workspace_id, name, payment_provider, external_id, payment_sync_status)
       SELECT ($1::uuid[])[1 + g % 10], 'p', CASE WHEN g % 3 = 0 THEN 'stripe' ELSE 'chargebee' END, 'ix_p_' || g, (ARRAY['pending','synced','failed','conflict'])[1 + g % 4]
       FROM generate_series(1, 20000) g`,
      [all],
    );
    await db.pool.query(
      `INSERT INTO prices (workspace_id, product_id, currency, unit_amount, type, payment_provider, external_id, payment_sync_status)
       SELECT $1, $2, 'usd', 100, 'one_time', CASE WHEN g % 3 = 0 THEN 'stripe' ELSE 'chargebee' END, 'ix_pr_' || g, (ARRAY['pending','synced','failed','conflict'])[1 + g % 4]
       FROM generate_series(1, 2000) g`,
      [ws.id, productId],
    );
    await db.pool.query(
      `INSERT INTO subscriptions (workspace_id, customer_id, price_id, status, payment_provider, external_id, payment_sync_status)
       SELECT $1, $2, $3, 'active', CASE WHEN g % 3 = 0 THEN 'stripe' ELSE 'chargebee' END, 'ix_s_' || g, (ARRAY['pending','synced','failed','conflict'])[1 + g % 4]
       FROM generate_series(1, 2000) g`,
      [ws.id, customerId, priceId],
    );
    await db.pool.query('VACUUM ANALYZE customers, products, prices, subscriptions');
    const plan = await explain(
      (GetEntitiesBySyncStatusAndProvider.getEntitiesBySyncStatusAndProvider as unknown as { queryIR: unknown })
        .queryIR,
      {
        workspaceId: ws.id,
        paymentProvider: 'stripe',
        paymentSyncStatus: 'failed',
        afterCreatedAt: '-infinity',
        afterId: '00000000-0000-0000-0000-000000000000',
        afterEntityType: '',
        limit: 100,
      },
    );
    const scans = scansOf(plan);
    expect(scans.length).toBe(4);
    expect(scans.filter((s) => s.type === 'Seq Scan')).toEqual([]);
    for (const table of ['customers', 'products', 'prices', 'subscriptions']) {
      expect(scans.filter((s) => s.relation === table).map((s) => s.index)).toEqual([`${table}_by_provider_status`]);
    }
  });

  it('refuses an unknown status, a bad provider, a malformed uuid, a bad limit', async () => {
    const pool = await db.closedPool();
    const base = {
      workspaceId: NO_SUCH_WORKSPACE,
      paymentProvider: 'stripe',
      paymentSyncStatus: 'failed' as const,
      limit: 10,
    };
    for (const params of [
      { ...base, paymentSyncStatus: 'done' },
      { ...base, paymentProvider: 'STRIPE' },
      { ...base, workspaceId: 'x' },
      { ...base, limit: 0 },
      { ...base, limit: 5000 },
    ]) {
      await expect(syncStatus.getEntitiesBySyncStatusAndProvider(pool, params as typeof base)).rejects.toBeInstanceOf(
        InvalidParameterError,
      );
    }
  });
});

describe('getEntityByExternalID', () => {
  it('returns at most one live row per entity type, in the order customer, product, price, subscription', async () => {
    const { a, b } = await db.twoWorkspaces();
    const customer = await insertCustomer(db.pool, a, { externalId: 'shared_1' });
    const product = await insertProduct(db.pool, a, { externalId: 'shared_1', paymentSyncStatus: 'synced' });
    const price = await insertPrice(db.pool, a, product.id, { externalId: 'shared_1' });
    const sub = await insertSubscription(
      db.pool,
      a,
      { customerId: customer.id, priceId: price.id },
      { externalId: 'sub_only' },
    );
    await insertSubscription(
      db.pool,
      a,
      { customerId: customer.id, priceId: price.id },
      { externalId: 'shared_1', deletedAt: new Date() },
    );
    await insertCustomer(db.pool, a, { externalId: 'shared_1', paymentProvider: 'chargebee' });
    await insertCustomer(db.pool, b, { externalId: 'shared_1' });

    const rows = await syncStatus.getEntityByExternalID(db.pool, {
      workspaceId: a,
      paymentProvider: 'stripe',
      externalId: 'shared_1',
    });
    expect(rows.map((r) => [r.entityType, r.id])).toEqual([
      ['customer', customer.id],
      ['product', product.id],
      ['price', price.id],
    ]);
    expect(rows[1]).toMatchObject({
      externalId: 'shared_1',
      paymentSyncStatus: 'synced',
      workspaceId: a,
      paymentProvider: 'stripe',
    });
    const only = await syncStatus.getEntityByExternalID(db.pool, {
      workspaceId: a,
      paymentProvider: 'stripe',
      externalId: 'sub_only',
    });
    expect(only.map((r) => [r.entityType, r.id])).toEqual([['subscription', sub.id]]);
    const cb = await syncStatus.getEntityByExternalID(db.pool, {
      workspaceId: a,
      paymentProvider: 'chargebee',
      externalId: 'shared_1',
    });
    expect(cb.map((r) => r.entityType)).toEqual(['customer']);
    expect(
      await syncStatus.getEntityByExternalID(db.pool, {
        workspaceId: a,
        paymentProvider: 'stripe',
        externalId: 'nothing',
      }),
    ).toEqual([]);
  });

  it("finds nothing with another workspace's id", async () => {
    const { a, b } = await db.twoWorkspaces();
    await insertProduct(db.pool, a, { externalId: 'a_only' });
    expect(
      await syncStatus.getEntityByExternalID(db.pool, {
        workspaceId: b,
        paymentProvider: 'stripe',
        externalId: 'a_only',
      }),
    ).toEqual([]);
  });

  it('refuses a bad provider, an empty external id, a malformed uuid', async () => {
    const pool = await db.closedPool();
    const base = { workspaceId: NO_SUCH_WORKSPACE, paymentProvider: 'stripe', externalId: 'x' };
    for (const params of [
      { ...base, paymentProvider: 'Stripe' },
      { ...base, externalId: '' },
      { ...base, workspaceId: 'x' },
    ]) {
      await expect(syncStatus.getEntityByExternalID(pool, params)).rejects.toBeInstanceOf(InvalidParameterError);
    }
  });
});

// ---- EXPLAIN helpers: the statement the library runs, planned with these parameter values.

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

async function explain(ir: unknown, params: Record<string, unknown>): Promise<PlanNode> {
  const { query, bindings } = processSQLQueryIR(ir as never, params as never);
  const { rows } = await db.pool.query(`EXPLAIN (FORMAT JSON) ${query}`, bindings as unknown[]);
  return rows[0]['QUERY PLAN'][0].Plan;
}

function scansOf(node: PlanNode): { type: string; relation?: string; index?: string }[] {
  const own = node['Relation Name']
    ? [{ type: node['Node Type'], relation: node['Relation Name'], index: node['Index Name'] }]
    : [];
  return [...own, ...(node.Plans ?? []).flatMap(scansOf)];
}

// ---- 100,000 external ids in one call: last, so the big tables do not slow the snapshots above.
describe.each(specs)('bulkUpdate $type SyncStatus with 100,000 ids', (spec) => {
  it('changes every known row in one statement and does not count unknown ids', { timeout: 120_000 }, async () => {
    const { a, b } = await db.twoWorkspaces();
    const { productId, customerId, priceId } = await parentsOf(a);
    const parentsB = await parentsOf(b);
    const prefix = `${spec.type}_big_`;
    const insert = (ws: string, n: number, refs: { productId: string; customerId: string; priceId: string }) => {
      const sql: Record<Spec['table'], [string, unknown[]]> = {
        customers: [
          `INSERT INTO customers (workspace_id, payment_provider, external_id)
          SELECT $1::uuid, 'stripe', $2::text || g FROM generate_series(1, $3::int) g`,
          [],
        ],
        products: [
          `INSERT INTO products (workspace_id, payment_provider, external_id, name)
          SELECT $1::uuid, 'stripe', $2::text || g, 'Product ' || g FROM generate_series(1, $3::int) g`,
          [],
        ],
        prices: [
          `INSERT INTO prices (workspace_id, payment_provider, external_id, product_id, currency, unit_amount, type)
          SELECT $1::uuid, 'stripe', $2::text || g, $4::uuid, 'usd', 100, 'one_time' FROM generate_series(1, $3::int) g`,
          [refs.productId],
        ],
        subscriptions: [
          `INSERT INTO subscriptions (workspace_id, payment_provider, external_id, customer_id, price_id, status)
          SELECT $1::uuid, 'stripe', $2::text || g, $4::uuid, $5::uuid, 'active' FROM generate_series(1, $3::int) g`,
          [refs.customerId, refs.priceId],
        ],
      };
      const [text, extra] = sql[spec.table];
      return db.pool.query(text, [ws, prefix, n, ...extra]);
    };
    // 95,000 known rows in A; the same external ids on 1,000 rows of B.
    await insert(a, 95_000, { productId, customerId, priceId });
    await insert(b, 1_000, parentsB);
    const externalIds = Array.from({ length: 100_000 }, (_, i) => `${prefix}${i + 1}`); // 5,000 unknown

    // One statement, one bind parameter for the whole array.
    const client = new pg.Client(db.url);
    await client.connect();
    const calls: { values?: unknown[] }[] = [];
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
      calls.push(args[0] as { values?: unknown[] });
      return query(...args);
    };
    try {
      const n = await spec.bulk(client, {
        workspaceId: a,
        paymentProvider: 'stripe',
        paymentSyncStatus: 'synced',
        externalIds,
      });
      expect(n).toBe(95_000);
    } finally {
      await client.end();
    }
    expect(calls).toHaveLength(1);
    expect(calls[0].values).toHaveLength(5);

    const { rows } = await db.pool.query(
      `SELECT workspace_id = $1 AS in_a, payment_sync_status, payment_sync_version, payment_synced_at IS NOT NULL AS stamped, count(*)::int AS n
       FROM ${spec.table} WHERE external_id LIKE $2 || '%'
       GROUP BY 1, 2, 3, 4 ORDER BY 1`,
      [a, prefix],
    );
    expect(rows).toEqual([
      { in_a: false, payment_sync_status: 'pending', payment_sync_version: 0, stamped: false, n: 1_000 },
      { in_a: true, payment_sync_status: 'synced', payment_sync_version: 1, stamped: true, n: 95_000 },
    ]);
  });
});

describe('listExternalIDsByProvider', () => {
  it("pages the external ids of one entity type's live rows of one provider created before a time, in id order", async () => {
    const { id: a } = await insertWorkspace(db.pool);
    const ids = ['cus_b', 'cus_a', 'cus_d', 'cus_c', 'cus_e'];
    for (const externalId of ids) await insertCustomer(db.pool, a, { externalId });
    // Not listed: a soft-deleted row, another provider's, a row created after the cut, another entity type.
    await insertCustomer(db.pool, a, { externalId: 'cus_deleted', deletedAt: new Date() });
    await insertCustomer(db.pool, a, { externalId: 'cus_other', paymentProvider: 'chargebee' });
    const cut = new Date(Date.now() + 60_000);
    await insertCustomer(db.pool, a, { externalId: 'cus_late', createdAt: new Date(cut.getTime() + 1000) });
    await insertProduct(db.pool, a, { externalId: 'prod_x' });
    const page = (after?: { externalId: string }) =>
      syncStatus.listExternalIDsByProvider(db.pool, {
        workspaceId: a,
        paymentProvider: 'stripe',
        entityType: 'customer',
        createdBefore: cut,
        limit: 2,
        after,
      });
    const rows = await allPages(page, 2);
    expect(rows.map((r) => r.externalId)).toEqual([...ids].sort());
    expect(rows[0]).toEqual({ externalId: 'cus_a' });
    const products = await syncStatus.listExternalIDsByProvider(db.pool, {
      workspaceId: a,
      paymentProvider: 'stripe',
      entityType: 'product',
      createdBefore: cut,
      limit: 10,
    });
    expect(products).toEqual([{ externalId: 'prod_x' }]);
  });
});
