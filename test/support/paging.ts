import { expect } from 'vitest';

/**
 * Every page of a keyset list, passing the last row of each page as `after` and asserting that
 * no page exceeds `limit`; resolves to all rows in the order served.
 */
export async function allPages<F extends (after: any) => Promise<unknown[]>>(
  fetch: F,
  limit: number,
): Promise<Awaited<ReturnType<F>>> {
  const seen: unknown[] = [];
  let after: unknown;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await fetch(after);
    expect(page.length).toBeLessThanOrEqual(limit);
    if (page.length === 0) return seen as Awaited<ReturnType<F>>;
    seen.push(...page);
    after = page[page.length - 1];
  }
  throw new Error('paging did not end');
}

/** The ids of every page of a keyset list, in the order served (see allPages). */
export async function allIds<F extends (after: any) => Promise<{ id: string }[]>>(fetch: F, limit: number) {
  return (await allPages(fetch, limit)).map((row) => (row as { id: string }).id);
}
