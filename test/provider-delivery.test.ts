// Provider delivery semantics (README, "Provider delivery"): providers
// redeliver, reorder and delete objects. For each entity: an unchanged replay
// writes nothing (no new row version: version, updated_at, xmin and ctid as
// they were), a provider delete is a monotonic tombstone, and any order of
// deliveries, sequential or concurrent, converges to the newest snapshot.
import { describe, expect, it } from 'vitest';
import { customers, InvalidParameterError, prices, products, subscriptions, type Db } from '../src/index.js';
import { useDatabase } from './support/database.js';
import { insertWorkspace } from './support/factories.js';

const db = useDatabase({ poolSize: 20 });

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));

type Row = Record<string, unknown> & {
  id: string;
  paymentSyncVersion: number;
  updatedAt: Date;
  deletedAt: Date | null;
};
type Outcome<O extends string> = { outcome: O; row: Row };

/** How the suite writes one entity: a provider snapshot carrying `tag`, a delete, a batch, a read of the live row. */
interface Kind {
  entity: string;
  table: string;
  /** The provider snapshot of `externalId` as of `at`, its content derived from `tag`. */
  write(db: Db, ws: string, externalId: string, at: Date, tag: string): Promise<Outcome<string>>;
  /** updateXWithSync by id with the same content. */
  update(db: Db, ws: string, id: string, externalId: string, at: Date, tag: string): Promise<Row | null>;
  remove(db: Db, ws: string, externalId: string, at: Date): Promise<Outcome<string>>;
  bulk(db: Db, ws: string, items: { externalId: string; at: Date; tag: string }[]): Promise<Record<string, number>>;
  bulkRemove(db: Db, ws: string, externalIds: string[], at: Date): Promise<Record<string, number>>;
  live(db: Db, ws: string, externalId: string): Promise<Row | null>;
  /** The tag a row carries. */
  tagOf(row: Row): string;
}

const customerKind: Kind = {
  entity: 'customer',
  table: 'customers',
  write: (d, ws, externalId, at, tag) =>
    customers.createCustomerWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId,
      name: tag,
      email: `${tag}@example.com`,
      metadata: { tag },
      providerUpdatedAt: at,
      providerData: { id: externalId, tag },
    }) as Promise<Outcome<string>>,
  update: (d, ws, id, externalId, at, tag) =>
    customers.updateCustomerWithSync(d, {
      workspaceId: ws,
      id,
      name: tag,
      email: `${tag}@example.com`,
      metadata: { tag },
      providerUpdatedAt: at,
      providerData: { id: externalId, tag },
    }) as Promise<Row | null>,
  remove: (d, ws, externalId, at) =>
    customers.deleteCustomerWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId,
      providerUpdatedAt: at,
    }) as Promise<Outcome<string>>,
  bulk: (d, ws, items) =>
    customers.bulkUpsertCustomersWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalIds: items.map((i) => i.externalId),
      names: items.map((i) => i.tag),
      emails: items.map((i) => `${i.tag}@example.com`),
      metadatas: items.map((i) => ({ tag: i.tag })),
      providerUpdatedAts: items.map((i) => i.at),
      providerDatas: items.map((i) => ({ id: i.externalId, tag: i.tag })),
    }),
  bulkRemove: (d, ws, externalIds, at) =>
    customers.bulkDeleteCustomersWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalIds,
      providerUpdatedAt: at,
    }),
  live: (d, ws, externalId) =>
    customers.getCustomerByExternalID(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId,
    }) as Promise<Row | null>,
  tagOf: (row) => row.name as string,
};

const productKind: Kind = {
  entity: 'product',
  table: 'products',
  write: (d, ws, externalId, at, tag) =>
    products.createProductWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId,
      name: tag,
      description: `about ${tag}`,
      metadata: { tag },
      providerUpdatedAt: at,
      providerData: { id: externalId, tag },
    }) as Promise<Outcome<string>>,
  update: (d, ws, id, externalId, at, tag) =>
    products.updateProductWithSync(d, {
      workspaceId: ws,
      id,
      name: tag,
      description: `about ${tag}`,
      metadata: { tag },
      providerUpdatedAt: at,
      providerData: { id: externalId, tag },
    }) as Promise<Row | null>,
  remove: (d, ws, externalId, at) =>
    products.deleteProductWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId,
      providerUpdatedAt: at,
    }) as Promise<Outcome<string>>,
  bulk: (d, ws, items) =>
    products.bulkUpsertProductsWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalIds: items.map((i) => i.externalId),
      names: items.map((i) => i.tag),
      descriptions: items.map((i) => `about ${i.tag}`),
      metadatas: items.map((i) => ({ tag: i.tag })),
      providerUpdatedAts: items.map((i) => i.at),
      providerDatas: items.map((i) => ({ id: i.externalId, tag: i.tag })),
    }),
  bulkRemove: (d, ws, externalIds, at) =>
    products.bulkDeleteProductsWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalIds,
      providerUpdatedAt: at,
    }),
  live: (d, ws, externalId) =>
    products.getProductByExternalID(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId,
    }) as Promise<Row | null>,
  tagOf: (row) => row.name as string,
};

/** A price's tag is kept in its metadata; its amount follows from the tag, so a new tag changes the amount too. */
const amountOf = (tag: string) => 100 + ([...tag].reduce((n, c) => n * 31 + c.charCodeAt(0), 7) % 100_000);

const priceKind: Kind = {
  entity: 'price',
  table: 'prices',
  write: (d, ws, externalId, at, tag) =>
    prices.createPriceWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId,
      productExternalId: 'prod_parent',
      currency: 'usd',
      unitAmount: amountOf(tag),
      type: 'one_time',
      metadata: { tag },
      providerUpdatedAt: at,
      providerData: { id: externalId, tag },
    }) as Promise<Outcome<string>>,
  update: (d, ws, id, externalId, at, tag) =>
    prices.updatePriceWithSync(d, {
      workspaceId: ws,
      id,
      unitAmount: amountOf(tag),
      metadata: { tag },
      providerUpdatedAt: at,
      providerData: { id: externalId, tag },
    }) as Promise<Row | null>,
  remove: (d, ws, externalId, at) =>
    prices.deletePriceWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId,
      providerUpdatedAt: at,
    }) as Promise<Outcome<string>>,
  bulk: (d, ws, items) =>
    prices.bulkUpsertPricesWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalIds: items.map((i) => i.externalId),
      productExternalIds: items.map(() => 'prod_parent'),
      currencies: items.map(() => 'usd'),
      unitAmounts: items.map((i) => amountOf(i.tag)),
      types: items.map(() => 'one_time' as const),
      metadatas: items.map((i) => ({ tag: i.tag })),
      providerUpdatedAts: items.map((i) => i.at),
      providerDatas: items.map((i) => ({ id: i.externalId, tag: i.tag })),
    }),
  bulkRemove: (d, ws, externalIds, at) =>
    prices.bulkDeletePricesWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalIds,
      providerUpdatedAt: at,
    }),
  live: (d, ws, externalId) =>
    prices.getPriceByExternalID(d, { workspaceId: ws, paymentProvider: 'stripe', externalId }) as Promise<Row | null>,
  tagOf: (row) => (row.metadata as { tag: string }).tag,
};

const subscriptionKind: Kind = {
  entity: 'subscription',
  table: 'subscriptions',
  write: (d, ws, externalId, at, tag) =>
    subscriptions.createSubscriptionWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId,
      customerExternalId: 'cus_parent',
      priceExternalId: 'price_parent',
      status: 'active',
      metadata: { tag },
      providerUpdatedAt: at,
      providerData: { id: externalId, tag },
    }) as Promise<Outcome<string>>,
  update: (d, ws, id, externalId, at, tag) =>
    subscriptions.updateSubscriptionWithSync(d, {
      workspaceId: ws,
      id,
      metadata: { tag },
      providerUpdatedAt: at,
      providerData: { id: externalId, tag },
    }) as Promise<Row | null>,
  remove: (d, ws, externalId, at) =>
    subscriptions.deleteSubscriptionWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId,
      providerUpdatedAt: at,
    }) as Promise<Outcome<string>>,
  bulk: (d, ws, items) =>
    subscriptions.bulkUpsertSubscriptionsWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalIds: items.map((i) => i.externalId),
      customerExternalIds: items.map(() => 'cus_parent'),
      priceExternalIds: items.map(() => 'price_parent'),
      statuses: items.map(() => 'active' as const),
      metadatas: items.map((i) => ({ tag: i.tag })),
      providerUpdatedAts: items.map((i) => i.at),
      providerDatas: items.map((i) => ({ id: i.externalId, tag: i.tag })),
    }),
  bulkRemove: (d, ws, externalIds, at) =>
    subscriptions.bulkDeleteSubscriptionsWithSync(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalIds,
      providerUpdatedAt: at,
    }),
  live: (d, ws, externalId) =>
    subscriptions.getSubscriptionByExternalID(d, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId,
    }) as Promise<Row | null>,
  tagOf: (row) => (row.metadata as { tag: string }).tag,
};

export const KINDS: Kind[] = [customerKind, productKind, priceKind, subscriptionKind];

/** Every row version of the table in the workspace: a write of any of them changes xmin or ctid. */
async function versions(table: string, ws: string) {
  const { rows } = await db.pool.query(
    `SELECT id, xmin::text AS xmin, ctid::text AS ctid, payment_sync_version, updated_at, deleted_at
     FROM ${table} WHERE workspace_id = $1 ORDER BY id`,
    [ws],
  );
  return rows;
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [item, ...p]),
  );
}

for (const kind of KINDS) {
  describe(`${kind.entity}: provider deliveries`, () => {
    it('an unchanged replay writes nothing and says unchanged; the same time with other content applies', async () => {
      const ws = (await insertWorkspace(db.pool)).id;
      const first = await kind.write(db.pool, ws, 'obj_1', t(10), 'a');
      expect(first.outcome).toBe('created');
      const before = await versions(kind.table, ws);
      const replay = await kind.write(db.pool, ws, 'obj_1', t(10), 'a');
      expect(replay.outcome).toBe('unchanged');
      expect(replay.row).toEqual(first.row);
      const byId = await kind.update(db.pool, ws, first.row.id, 'obj_1', t(10), 'a');
      expect(byId).toEqual(first.row);
      expect(await versions(kind.table, ws)).toEqual(before);
      // Tie rule: the same providerUpdatedAt with other content is applied (two real changes in one second).
      const tie = await kind.write(db.pool, ws, 'obj_1', t(10), 'b');
      expect(tie.outcome).toBe('updated');
      expect(kind.tagOf(tie.row)).toBe('b');
      expect(tie.row.paymentSyncVersion).toBe(first.row.paymentSyncVersion + 1);
      const older = await kind.write(db.pool, ws, 'obj_1', t(9), 'c');
      expect(older.outcome).toBe('stale');
      expect(kind.tagOf(older.row)).toBe('b');
    });

    it('a replayed batch of 10,000 writes zero tuples and counts them unchanged', async () => {
      const ws = (await insertWorkspace(db.pool)).id;
      const items = Array.from({ length: 10_000 }, (_, i) => ({ externalId: `obj_${i}`, at: t(i % 60), tag: `v${i}` }));
      expect(await kind.bulk(db.pool, ws, items)).toMatchObject({
        inserted: 10_000,
        updated: 0,
        unchanged: 0,
        stale: 0,
      });
      const before = await versions(kind.table, ws);
      // Tuples written by the replay, from the server's own counters: pg_stat_xact_user_tables read
      // before and after it in one transaction (its counts also hold this backend's unflushed ones).
      const client = await db.pool.connect();
      try {
        const written = async () =>
          (
            await client.query<{ n: string }>(
              `SELECT n_tup_ins + n_tup_upd + n_tup_del + n_tup_hot_upd AS n FROM pg_stat_xact_user_tables WHERE relname = $1`,
              [kind.table],
            )
          ).rows[0]?.n ?? '0';
        await client.query('BEGIN');
        const at = await written();
        const replay = await kind.bulk(client, ws, items);
        const after = await written();
        await client.query('COMMIT');
        expect(replay).toEqual({ inserted: 0, updated: 0, unchanged: 10_000, stale: 0 });
        expect(Number(after) - Number(at)).toBe(0);
      } finally {
        client.release();
      }
      expect(await versions(kind.table, ws)).toEqual(before);
      // Half changed, a quarter older: the tally adds up to the batch.
      const mixed = items.map((item, i) =>
        i % 2 === 0
          ? { ...item, tag: `${item.tag}-new` }
          : i % 4 === 1
            ? { ...item, at: new Date(item.at.getTime() - 1000) }
            : item,
      );
      expect(await kind.bulk(db.pool, ws, mixed)).toEqual({
        inserted: 0,
        updated: 5_000,
        unchanged: 2_500,
        stale: 2_500,
      });
    }, 60_000);

    it('a provider delete is a monotonic tombstone: older or equal writes are stale, a newer one revives the same row', async () => {
      const ws = (await insertWorkspace(db.pool)).id;
      const created = await kind.write(db.pool, ws, 'obj_1', t(10), 'a');
      const deleted = await kind.remove(db.pool, ws, 'obj_1', t(20));
      expect(deleted.outcome).toBe('deleted');
      expect(deleted.row).toMatchObject({ id: created.row.id, providerUpdatedAt: t(20) });
      expect(deleted.row.deletedAt).toBeInstanceOf(Date);
      expect(await kind.live(db.pool, ws, 'obj_1')).toBeNull();
      // The delayed update (older) and one of the same time do not bring it back.
      for (const at of [t(15), t(20)]) {
        const late = await kind.write(db.pool, ws, 'obj_1', at, 'late');
        expect(late.outcome).toBe('stale');
        expect(late.row.id).toBe(created.row.id);
        expect(await kind.live(db.pool, ws, 'obj_1')).toBeNull();
      }
      // A replayed delete changes nothing; an older delete is stale.
      const before = await versions(kind.table, ws);
      expect((await kind.remove(db.pool, ws, 'obj_1', t(20))).outcome).toBe('unchanged');
      expect((await kind.remove(db.pool, ws, 'obj_1', t(5))).outcome).toBe('stale');
      expect(await versions(kind.table, ws)).toEqual(before);
      // Strictly newer: the same row, live again.
      const revived = await kind.write(db.pool, ws, 'obj_1', t(30), 'back');
      expect(revived.outcome).toBe('updated');
      expect(revived.row).toMatchObject({ id: created.row.id, deletedAt: null });
      expect(await kind.live(db.pool, ws, 'obj_1')).toMatchObject({ id: created.row.id });
      // A delete older than the live row is stale.
      expect((await kind.remove(db.pool, ws, 'obj_1', t(25))).outcome).toBe('stale');
      expect(await kind.live(db.pool, ws, 'obj_1')).not.toBeNull();
    });

    it('a delete of an object never seen leaves a tombstone that keeps older snapshots out', async () => {
      const ws = (await insertWorkspace(db.pool)).id;
      const tomb = await kind.remove(db.pool, ws, 'ghost', t(20));
      expect(tomb.outcome).toBe('deleted');
      expect(tomb.row.deletedAt).toBeInstanceOf(Date);
      expect((await kind.write(db.pool, ws, 'ghost', t(19), 'late')).outcome).toBe('stale');
      expect(await kind.live(db.pool, ws, 'ghost')).toBeNull();
      const born = await kind.write(db.pool, ws, 'ghost', t(21), 'born');
      expect(born).toMatchObject({ outcome: 'updated', row: { id: tomb.row.id, deletedAt: null } });
    });

    it("bulk delete: the backfill's 'these ids are gone', counted deleted, unchanged, stale", async () => {
      const ws = (await insertWorkspace(db.pool)).id;
      await kind.bulk(db.pool, ws, [
        { externalId: 'a', at: t(10), tag: 'a' },
        { externalId: 'b', at: t(40), tag: 'b' },
      ]);
      expect(await kind.bulkRemove(db.pool, ws, ['a', 'b', 'never', 'a'], t(30))).toEqual({
        deleted: 2,
        unchanged: 0,
        stale: 1,
      });
      expect(await kind.live(db.pool, ws, 'a')).toBeNull();
      expect(await kind.live(db.pool, ws, 'b')).not.toBeNull();
      expect(await kind.bulkRemove(db.pool, ws, ['a', 'never'], t(30))).toEqual({ deleted: 0, unchanged: 2, stale: 0 });
      expect((await kind.write(db.pool, ws, 'never', t(29), 'late')).outcome).toBe('stale');
      // A bulk upsert respects tombstones as the single-row one does.
      expect(
        await kind.bulk(db.pool, ws, [
          { externalId: 'a', at: t(30), tag: 'a2' },
          { externalId: 'never', at: t(31), tag: 'n' },
        ]),
      ).toEqual({ inserted: 0, updated: 1, unchanged: 0, stale: 1 });
      expect(await kind.live(db.pool, ws, 'never')).toMatchObject({ providerUpdatedAt: t(31) });
      expect(await kind.live(db.pool, ws, 'a')).toBeNull();
    });

    it('every assignment of {create, update, delete} to three times, delivered in every order, converges to the newest', async () => {
      const kinds = ['create', 'update', 'delete'] as const;
      let n = 0;
      for (const assignment of permutations([...kinds])) {
        // assignment[i] happens at time i + 1; the newest is assignment[2].
        const events = assignment.map((op, i) => ({ op, at: t(i + 1), tag: `${op}${i}` }));
        for (const order of permutations([0, 1, 2])) {
          const ws = (await insertWorkspace(db.pool)).id;
          const ext = `perm_${n++}`;
          for (const index of order) {
            const e = events[index];
            if (e.op === 'delete') await kind.remove(db.pool, ws, ext, e.at);
            else await kind.write(db.pool, ws, ext, e.at, e.tag);
          }
          const newest = events[2];
          const live = await kind.live(db.pool, ws, ext);
          const label = `${assignment.join(',')} delivered ${order.join(',')}`;
          if (newest.op === 'delete') expect(live, label).toBeNull();
          else {
            expect(live, label).not.toBeNull();
            expect(kind.tagOf(live!), label).toBe(newest.tag);
            expect(live!.providerUpdatedAt, label).toEqual(newest.at);
          }
          const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM ${kind.table} WHERE workspace_id = $1`, [
            ws,
          ]);
          expect(rows[0].n, `${label}: one row per provider object`).toBe(1);
        }
      }
      expect(n).toBe(36);
    }, 60_000);

    it('16 concurrent writers of one object with random times (some deletes) converge to the newest', async () => {
      for (let round = 0; round < 5; round++) {
        const ws = (await insertWorkspace(db.pool)).id;
        const seconds = [...Array(16).keys()].map((i) => i + 1).sort(() => Math.random() - 0.5);
        const writers = seconds.map((s, i) => ({ at: t(s), tag: `w${s}`, remove: i % 5 === 0 }));
        const results = await Promise.all(
          writers.map((w) =>
            w.remove ? kind.remove(db.pool, ws, 'hot', w.at) : kind.write(db.pool, ws, 'hot', w.at, w.tag),
          ),
        );
        const newest = writers.reduce((a, b) => (b.at > a.at ? b : a));
        const live = await kind.live(db.pool, ws, 'hot');
        if (newest.remove) expect(live).toBeNull();
        else expect(live && kind.tagOf(live)).toBe(newest.tag);
        const { rows } = await db.pool.query(
          `SELECT count(*)::int AS n, max(provider_updated_at) AS at FROM ${kind.table} WHERE workspace_id = $1`,
          [ws],
        );
        expect(rows[0]).toEqual({ n: 1, at: newest.at });
        // Exactly one writer made the row what it is now; every writer got a definite outcome.
        for (const r of results) expect(['created', 'updated', 'deleted', 'stale', 'unchanged']).toContain(r.outcome);
      }
    }, 60_000);
  });
}

describe('children before parents: parents by provider id', () => {
  const sub = (ws: string, externalId: string, at: Date) =>
    subscriptions.createSubscriptionWithSync(db.pool, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId,
      customerExternalId: 'cus_late',
      priceExternalId: 'price_late',
      status: 'active',
      providerUpdatedAt: at,
    });

  it('a subscription, then its price, then its product, then its customer converge to one linked set', async () => {
    const ws = (await insertWorkspace(db.pool)).id;
    const s = await sub(ws, 'sub_1', t(10));
    expect(s.outcome).toBe('created');
    // The parents exist as placeholders: pending, only their provider and external id, first in the work queues.
    const customer = await customers.getCustomerByExternalID(db.pool, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId: 'cus_late',
    });
    expect(customer).toMatchObject({
      id: s.row.customerId,
      paymentSyncStatus: 'pending',
      providerUpdatedAt: null,
      name: null,
    });
    const placeholderPrice = await prices.getPriceByExternalID(db.pool, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId: 'price_late',
    });
    expect(placeholderPrice).toMatchObject({
      id: s.row.priceId,
      paymentSyncStatus: 'pending',
      productId: null,
      unitAmount: null,
    });

    const price = await prices.createPriceWithSync(db.pool, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId: 'price_late',
      productExternalId: 'prod_late',
      currency: 'eur',
      unitAmount: 900,
      type: 'recurring',
      recurringInterval: 'month',
      recurringIntervalCount: 1,
      providerUpdatedAt: t(5),
    });
    // The placeholder is filled, not duplicated: same id.
    expect(price).toMatchObject({
      outcome: 'updated',
      row: { id: s.row.priceId, unitAmount: 900, paymentSyncStatus: 'synced' },
    });
    const product = await products.createProductWithSync(db.pool, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId: 'prod_late',
      name: 'Late product',
      providerUpdatedAt: t(3),
    });
    expect(product).toMatchObject({ outcome: 'updated', row: { id: price.row.productId, name: 'Late product' } });
    const filled = await customers.createCustomerWithSync(db.pool, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId: 'cus_late',
      email: 'late@example.com',
      providerUpdatedAt: t(1),
    });
    expect(filled).toMatchObject({ outcome: 'updated', row: { id: s.row.customerId, email: 'late@example.com' } });

    // One linked set, nothing left pending.
    const { rows } = await db.pool.query(
      `SELECT s.external_id AS sub, c.external_id AS customer, pr.external_id AS price, p.external_id AS product
       FROM subscriptions s
       JOIN customers c ON c.workspace_id = s.workspace_id AND c.id = s.customer_id
       JOIN prices pr ON pr.workspace_id = s.workspace_id AND pr.id = s.price_id
       JOIN products p ON p.workspace_id = pr.workspace_id AND p.id = pr.product_id
       WHERE s.workspace_id = $1`,
      [ws],
    );
    expect(rows).toEqual([{ sub: 'sub_1', customer: 'cus_late', price: 'price_late', product: 'prod_late' }]);
    for (const table of ['customers', 'products', 'prices', 'subscriptions']) {
      const { rows: counts } = await db.pool.query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE payment_sync_status = 'pending')::int AS pending
         FROM ${table} WHERE workspace_id = $1`,
        [ws],
      );
      expect(counts[0], table).toEqual({ n: 1, pending: 0 });
    }
    expect(await customers.getCustomersNeedingSync(db.pool, { workspaceId: ws, limit: 10 })).toEqual([]);
  });

  it('placeholders come first in the work queue, then the others oldest change first, paged', async () => {
    const ws = (await insertWorkspace(db.pool)).id;
    const local = await customers.createCustomer(db.pool, {
      workspaceId: ws,
      name: 'local, pending',
      paymentProvider: 'stripe',
    });
    const described = await customers.createCustomerWithSync(db.pool, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId: 'cus_described',
      paymentSyncStatus: 'failed',
      providerUpdatedAt: t(1),
    });
    await sub(ws, 'sub_q', t(2));
    const placeholder = await customers.getCustomerByExternalID(db.pool, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId: 'cus_late',
    });
    const pages: string[][] = [];
    let after: Awaited<ReturnType<typeof customers.getCustomersNeedingSync>>[number] | undefined;
    for (;;) {
      const page = await customers.getCustomersNeedingSync(db.pool, { workspaceId: ws, limit: 1, after });
      if (page.length === 0) break;
      pages.push(page.map((r) => r.id));
      after = page.at(-1);
    }
    // Never described by the provider (the local row and the placeholder, oldest change first, id
    // breaking a tie within the millisecond), then the described one.
    const neverDescribed = [local!, placeholder!]
      .sort((x, y) => x.updatedAt.getTime() - y.updatedAt.getTime() || (x.id < y.id ? -1 : 1))
      .map((r) => r.id);
    expect(pages.flat()).toEqual([...neverDescribed, described.row.id]);
  });

  it('16 concurrent subscriptions of one new customer and price create one placeholder each', async () => {
    const ws = (await insertWorkspace(db.pool)).id;
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => sub(ws, `sub_${i}`, t(i))));
    expect(new Set(results.map((r) => r.row.customerId)).size).toBe(1);
    expect(new Set(results.map((r) => r.row.priceId)).size).toBe(1);
    for (const table of ['customers', 'prices']) {
      const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM ${table} WHERE workspace_id = $1`, [ws]);
      expect(rows[0].n, table).toBe(1);
    }
  });

  it('a bulk of prices by product provider id creates each missing product once, and fills nothing twice', async () => {
    const ws = (await insertWorkspace(db.pool)).id;
    await products.createProductWithSync(db.pool, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId: 'prod_known',
      name: 'Known',
      providerUpdatedAt: t(1),
    });
    const batch = (at: Date) =>
      prices.bulkUpsertPricesWithSync(db.pool, {
        workspaceId: ws,
        paymentProvider: 'stripe',
        externalIds: ['p1', 'p2', 'p3', 'p4'],
        productExternalIds: ['prod_known', 'prod_new', 'prod_new', null],
        productIds: [null, null, null, null],
        currencies: ['usd', 'usd', 'usd', 'usd'],
        unitAmounts: [1, 2, 3, 4],
        types: ['one_time', 'one_time', 'one_time', 'one_time'],
        providerUpdatedAts: [at, at, at, at],
      });
    // Element 3 names no parent at all: refused before the database.
    await expect(batch(t(2))).rejects.toMatchObject({ parameter: 'productIds[3]' });
    const ok = await prices.bulkUpsertPricesWithSync(db.pool, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalIds: ['p1', 'p2', 'p3'],
      productExternalIds: ['prod_known', 'prod_new', 'prod_new'],
      currencies: ['usd', 'usd', 'usd'],
      unitAmounts: [1, 2, 3],
      types: ['one_time', 'one_time', 'one_time'],
      providerUpdatedAts: [t(2), t(2), t(2)],
    });
    expect(ok).toEqual({ inserted: 3, updated: 0, unchanged: 0, stale: 0 });
    const { rows } = await db.pool.query(
      `SELECT p.external_id, p.payment_sync_status, count(pr.id)::int AS prices
       FROM products p LEFT JOIN prices pr ON pr.workspace_id = p.workspace_id AND pr.product_id = p.id
       WHERE p.workspace_id = $1 GROUP BY 1, 2 ORDER BY 1`,
      [ws],
    );
    expect(rows).toEqual([
      { external_id: 'prod_known', payment_sync_status: 'synced', prices: 1 },
      { external_id: 'prod_new', payment_sync_status: 'pending', prices: 2 },
    ]);
  });

  it('only a write that applies creates placeholders: a stale or unchanged one leaves none behind', async () => {
    const ws = (await insertWorkspace(db.pool)).id;
    await sub(ws, 'sub_1', t(10));
    await subscriptions.deleteSubscriptionWithSync(db.pool, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId: 'sub_1',
      providerUpdatedAt: t(20),
    });
    const late = { workspaceId: ws, paymentProvider: 'stripe', status: 'active' as const, providerUpdatedAt: t(15) };
    const stale = await subscriptions.createSubscriptionWithSync(db.pool, {
      ...late,
      externalId: 'sub_1',
      customerExternalId: 'cus_other',
      priceExternalId: 'price_other',
    });
    expect(stale.outcome).toBe('stale');
    const bulk = await subscriptions.bulkUpsertSubscriptionsWithSync(db.pool, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalIds: ['sub_1'],
      customerExternalIds: ['cus_bulk_other'],
      priceExternalIds: ['price_bulk_other'],
      statuses: ['active'],
      providerUpdatedAts: [t(15)],
    });
    expect(bulk).toEqual({ inserted: 0, updated: 0, unchanged: 0, stale: 1 });
    const priceStale = await prices.bulkUpsertPricesWithSync(db.pool, {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalIds: ['price_late'],
      productExternalIds: ['prod_never'],
      currencies: ['usd'],
      unitAmounts: [1],
      types: ['one_time'],
      providerUpdatedAts: [t(1)],
    });
    expect(priceStale).toMatchObject({ inserted: 0, updated: 1 });
    const { rows } = await db.pool.query(
      `SELECT external_id FROM customers WHERE workspace_id = $1
       UNION ALL SELECT external_id FROM prices WHERE workspace_id = $1
       UNION ALL SELECT external_id FROM products WHERE workspace_id = $1 ORDER BY 1`,
      [ws],
    );
    // The placeholders of the first, applied write (and the product of the price filled at t(1)), nothing else.
    expect(rows.map((r) => r.external_id)).toEqual(['cus_late', 'price_late', 'prod_never']);
    // A replay of the filled price (unchanged) creates nothing either.
    expect(
      await prices.bulkUpsertPricesWithSync(db.pool, {
        workspaceId: ws,
        paymentProvider: 'stripe',
        externalIds: ['price_late'],
        productExternalIds: ['prod_never'],
        currencies: ['usd'],
        unitAmounts: [1],
        types: ['one_time'],
        providerUpdatedAts: [t(1)],
      }),
    ).toEqual({ inserted: 0, updated: 0, unchanged: 1, stale: 0 });
  });

  it('refuses a parent named both ways, or neither, before the database', async () => {
    const ws = (await insertWorkspace(db.pool)).id;
    const base = {
      workspaceId: ws,
      paymentProvider: 'stripe',
      externalId: 'sub_x',
      status: 'active' as const,
      providerUpdatedAt: t(1),
    };
    const customerId = (await customers.createCustomer(db.pool, { workspaceId: ws }))!.id;
    for (const params of [
      { ...base, priceExternalId: 'price_1' },
      { ...base, customerId, customerExternalId: 'cus_1', priceExternalId: 'price_1' },
      { ...base, customerExternalId: 'cus_1' },
    ]) {
      await db.refusedWithoutWrites(
        () => subscriptions.createSubscriptionWithSync(db.pool, params as never),
        InvalidParameterError,
      );
    }
  });
});
