// paginate: every row of a keyset list as an async iterator, one page at a time, against a real
// PostgreSQL.
import { describe, expect, it } from 'vitest';
import { customers, InvalidParameterError, paginate, syncStatus } from '../src/index.js';
import type { Db } from '../src/query.js';
import { useDatabase } from './support/database.js';
import { insertCustomer } from './support/factories.js';

const db = useDatabase();

async function seed(workspaceId: string, n: number) {
  await db.pool.query(
    `INSERT INTO customers (workspace_id, email, payment_provider, external_id)
     SELECT $1, 'p' || g || '@example.com', 'stripe', 'cus_page_' || g FROM generate_series(1, $2) g`,
    [workspaceId, n],
  );
}

/** listCustomers, counting its calls and the size of each page it served. */
function counted() {
  const pages: number[] = [];
  const fn = Object.assign(
    async (pool: Db, params: Parameters<typeof customers.listCustomers>[1]) => {
      const page = await customers.listCustomers(pool, params);
      pages.push(page.length);
      return page;
    },
    { info: customers.listCustomers.info },
  );
  return { fn, pages };
}

describe('paginate', () => {
  it("yields every row of the list once, in its order, one page of `limit` at a time; another workspace's none", async () => {
    const { a, b } = await db.twoWorkspaces();
    await seed(a, 1234);
    await seed(b, 50);
    const { fn, pages } = counted();
    const seen: string[] = [];
    for await (const customer of paginate(fn, db.pool, { workspaceId: a, limit: 100 })) {
      expect(customer.workspaceId).toBe(a);
      seen.push(customer.id);
    }
    const { rows } = await db.pool.query<{ id: string }>(
      'SELECT id FROM customers WHERE workspace_id = $1 AND deleted_at IS NULL ORDER BY created_at, id',
      [a],
    );
    expect(seen).toEqual(rows.map((r) => r.id));
    // 12 full pages and a short one: never more than a page held.
    expect(pages).toEqual([...Array(12).fill(100), 34]);
  });

  it('stops reading when the loop stops; an exact multiple of the page ends with one empty page', async () => {
    const { a } = await db.twoWorkspaces();
    await seed(a, 300);
    const { fn, pages } = counted();
    let n = 0;
    for await (const customer of paginate(fn, db.pool, { workspaceId: a, limit: 100 })) {
      expect(customer).toBeDefined();
      if (++n === 150) break;
    }
    expect(pages).toEqual([100, 100]);
    const all = counted();
    let total = 0;
    for await (const customer of paginate(all.fn, db.pool, { workspaceId: a, limit: 100 })) total += customer ? 1 : 0;
    expect(total).toBe(300);
    expect(all.pages).toEqual([100, 100, 100, 0]);
  });

  it('works with any keyset list, its own cursor included (the external-id list)', async () => {
    const { a } = await db.twoWorkspaces();
    for (const externalId of ['cus_c', 'cus_a', 'cus_b']) await insertCustomer(db.pool, a, { externalId });
    const ids: string[] = [];
    for await (const row of paginate(syncStatus.listExternalIDsByProvider, db.pool, {
      workspaceId: a,
      paymentProvider: 'stripe',
      entityType: 'customer',
      createdBefore: new Date(Date.now() + 60_000),
      limit: 2,
    })) {
      ids.push(row.externalId);
    }
    expect(ids).toEqual(['cus_a', 'cus_b', 'cus_c']);
  });

  it('refuses a function that is not a keyset list, and an `after` (it starts at the first page)', async () => {
    const { a } = await db.twoWorkspaces();
    const first = (iterator: AsyncGenerator<unknown>) => iterator.next();
    await expect(
      first(paginate(customers.getCustomer as never, db.pool, { workspaceId: a } as never)),
    ).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(
      first(paginate(customers.listCustomers, db.pool, { workspaceId: a, after: null } as never)),
    ).rejects.toBeInstanceOf(InvalidParameterError);
    // The list's own checks still apply, before the database: a bad limit.
    const closed = await db.closedPool();
    await expect(first(paginate(customers.listCustomers, closed, { workspaceId: a, limit: 0 }))).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
  });
});
