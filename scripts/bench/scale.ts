// The 1,000,000-row workspace: keyset pages at depth, and the analytics
// queries against the cheapest way to count the same rows (index-only counts).
import pg from 'pg';
import { analytics, customers } from '../../src/index.js';
import { asFn, bind, type Context, type SectionResult, type Target } from './context.js';
import { fmt, interleaved } from './measure.js';
import { customer, uuidOf } from './seed.js';

export const DEPTH_LIMIT = 1.5;
export const SUMMARY_LIMIT = 1.5;

/** One statement, one round trip: count(*) of the workspace's live rows per table, each index-only. */
export const COUNTS_SQL = `SELECT
  (SELECT count(*) FROM customers WHERE workspace_id = $1 AND deleted_at IS NULL) AS customers,
  (SELECT count(*) FROM products WHERE workspace_id = $1 AND deleted_at IS NULL) AS products,
  (SELECT count(*) FROM prices WHERE workspace_id = $1 AND deleted_at IS NULL) AS prices,
  (SELECT count(*) FROM subscriptions WHERE workspace_id = $1 AND deleted_at IS NULL) AS subscriptions,
  (SELECT count(*) FROM payment_sync_sessions WHERE workspace_id = $1 AND deleted_at IS NULL) AS sessions,
  (SELECT count(*) FROM payment_sync_events WHERE workspace_id = $1) AS events`;
export const PROVIDER_COUNTS_SQL = `SELECT
  (SELECT count(*) FROM customers WHERE workspace_id = $1 AND payment_provider = $2 AND deleted_at IS NULL) AS customers,
  (SELECT count(*) FROM products WHERE workspace_id = $1 AND payment_provider = $2 AND deleted_at IS NULL) AS products,
  (SELECT count(*) FROM prices WHERE workspace_id = $1 AND payment_provider = $2 AND deleted_at IS NULL) AS prices,
  (SELECT count(*) FROM subscriptions WHERE workspace_id = $1 AND payment_provider = $2 AND deleted_at IS NULL) AS subscriptions`;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Heap Fetches'?: number;
  'Actual Total Time'?: number;
  Plans?: PlanNode[];
}
/** The scan nodes of a plan, e.g. "Index Only Scan customers_by_sync_status x4 (heap fetches 0)". */
function scans(plan: PlanNode): string[] {
  const seen = new Map<string, { n: number; heap?: number }>();
  const walk = (node: PlanNode) => {
    if (/Scan/.test(node['Node Type'])) {
      const key = `${node['Node Type']} ${node['Index Name'] ?? node['Relation Name'] ?? ''}`.trim();
      const entry = seen.get(key) ?? { n: 0 };
      entry.n++;
      if (node['Heap Fetches'] !== undefined) entry.heap = (entry.heap ?? 0) + node['Heap Fetches'];
      seen.set(key, entry);
    }
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan);
  return [...seen].map(
    ([key, e]) => `${key}${e.n > 1 ? ` x${e.n}` : ''}${e.heap !== undefined ? ` (heap fetches ${e.heap})` : ''}`,
  );
}
export async function explain(
  client: pg.ClientBase,
  text: string,
  values: unknown[],
): Promise<{ ms: number; scans: string[] }> {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values);
  const plan = rows[0]['QUERY PLAN'][0];
  return { ms: plan['Execution Time'], scans: scans(plan.Plan) };
}

export async function scale(ctx: Context): Promise<SectionResult> {
  const { counts: c, settings: s } = ctx;
  const big = uuidOf('w', 1);
  const client = new pg.Client(ctx.url);
  client.on('error', () => {});
  await client.connect();
  const rows: unknown[][] = [];
  const targets: Target[] = [];
  const notes: string[] = [];
  try {
    // ---- Keyset pagination at depth: the cursor is a row of the big workspace, in (created_at, id) order.
    const list = asFn(customers.listCustomers);
    const deepAt = c.bigCustomers - 100;
    const midAt = Math.floor(c.bigCustomers / 2);
    const cursor = (n: number) => {
      const row = customer(n, c);
      return { createdAt: row.createdAt, id: row.id };
    };
    const pages = await interleaved(
      {
        first: () => list(client, { workspaceId: big, limit: 100 }),
        middle: () => list(client, { workspaceId: big, limit: 100, after: cursor(midAt) }),
        deep: () => list(client, { workspaceId: big, limit: 100, after: cursor(deepAt) }),
      },
      { warmup: Math.round(s.warmup / 2), iterations: Math.round(s.iterations / 4), budgetMs: s.classBudgetMs },
    );
    const check = (await list(client, { workspaceId: big, limit: 100, after: cursor(deepAt) })) as unknown[];
    if (check.length !== 100) throw new Error(`deep page returned ${check.length} rows`);
    const depthRatio = pages.deep.median / pages.first.median;
    rows.push(['listCustomers, page 1 (limit 100)', fmt.ms(pages.first.median), fmt.ms(pages.first.p95), '', '', '']);
    rows.push([
      `listCustomers, page after row ${fmt.int(midAt)}`,
      fmt.ms(pages.middle.median),
      fmt.ms(pages.middle.p95),
      '',
      fmt.ratio(pages.middle.median / pages.first.median),
      '',
    ]);
    rows.push([
      `listCustomers, page after row ${fmt.int(deepAt)}`,
      fmt.ms(pages.deep.median),
      fmt.ms(pages.deep.p95),
      '',
      fmt.ratio(depthRatio),
      depthRatio <= DEPTH_LIMIT ? 'PASS' : 'MISS',
    ]);
    targets.push({
      name: `deep keyset page (after row ${fmt.int(deepAt)}) vs page 1`,
      figure: `${fmt.ratio(depthRatio)} (${fmt.ms(pages.deep.median)} vs ${fmt.ms(pages.first.median)})`,
      limit: `<= ${DEPTH_LIMIT.toFixed(2)}x`,
      pass: depthRatio <= DEPTH_LIMIT,
      why:
        depthRatio <= DEPTH_LIMIT
          ? undefined
          : 'the deep page does not start with an index seek on (workspace_id, created_at, id)',
    });
    const deepPlan = await explain(
      client,
      list.info.text,
      bind(list.info, {
        workspaceId: big,
        limit: 100,
        afterCreatedAt: cursor(deepAt).createdAt,
        afterId: cursor(deepAt).id,
      }),
    );
    notes.push(`deep page plan: ${deepPlan.scans.join(', ')}`);

    // ---- Analytics on the big workspace vs index-only counts of the same rows.
    const summary = asFn(analytics.getWorkspaceSyncSummary);
    const byProvider = asFn(analytics.getProviderSyncStatusByWorkspace);
    const variants: Record<string, () => Promise<unknown>> = {
      summary: () => summary(client, { workspaceId: big }),
      counts: () => client.query({ name: 'bench_counts', text: COUNTS_SQL, values: [big] }),
      provider: () => byProvider(client, { workspaceId: big, paymentProvider: 'stripe' }),
      providerCounts: () =>
        client.query({ name: 'bench_provider_counts', text: PROVIDER_COUNTS_SQL, values: [big, 'stripe'] }),
    };

    const a = await interleaved(variants, { warmup: 2, iterations: s.scaleIterations });
    const summaryRatio = a.summary.median / a.counts.median;
    const providerRatio = a.provider.median / a.providerCounts.median;
    const mark = (r: number) => (r <= SUMMARY_LIMIT ? 'PASS' : 'MISS');
    rows.push([
      'getWorkspaceSyncSummary (big workspace)',
      fmt.ms(a.summary.median),
      fmt.ms(a.summary.p95),
      fmt.ms(a.counts.median),
      fmt.ratio(summaryRatio),
      mark(summaryRatio),
    ]);
    rows.push([
      'getProviderSyncStatusByWorkspace (big, stripe)',
      fmt.ms(a.provider.median),
      fmt.ms(a.provider.p95),
      fmt.ms(a.providerCounts.median),
      fmt.ratio(providerRatio),
      mark(providerRatio),
    ]);
    targets.push({
      name: `workspace summary (${fmt.int(c.bigCustomers)}-customer workspace) vs index-only counts`,
      figure: `${fmt.ratio(summaryRatio)} (${fmt.ms(a.summary.median)} vs ${fmt.ms(a.counts.median)})`,
      limit: `<= ${SUMMARY_LIMIT.toFixed(2)}x`,
      pass: summaryRatio <= SUMMARY_LIMIT,
      why:
        summaryRatio <= SUMMARY_LIMIT
          ? undefined
          : `16 separate index-only counts in one statement: their fixed planning and start-up cost ` +
            'weighs more the fewer rows there are to count',
    });
    targets.push({
      name: `provider status (${fmt.int(c.bigCustomers)}-customer workspace) vs index-only counts (extra)`,
      figure: `${fmt.ratio(providerRatio)} (${fmt.ms(a.provider.median)} vs ${fmt.ms(a.providerCounts.median)})`,
      limit: `<= ${SUMMARY_LIMIT.toFixed(2)}x`,
      pass: providerRatio <= SUMMARY_LIMIT,
      why:
        providerRatio <= SUMMARY_LIMIT
          ? undefined
          : `20 separate index scans in one statement (counts per status, latest sync time): their fixed ` +
            'planning and start-up cost weighs more the fewer rows there are to count',
    });
    for (const [label, text, values] of [
      ['summary', summary.info.text, [big]],
      ['index-only counts', COUNTS_SQL, [big]],
      ['provider status', byProvider.info.text, [big, 'stripe']],
      ['provider counts', PROVIDER_COUNTS_SQL, [big, 'stripe']],
    ] as const) {
      const plan = await explain(client, text, [...values]);
      notes.push(`${label} plan (${fmt.ms(plan.ms)} server time): ${plan.scans.join(', ')}`);
    }
  } finally {
    await client.end().catch(() => {});
  }
  return {
    title: `Scale: the ${fmt.int(c.bigCustomers)}-customer workspace`,
    about:
      'Keyset pages of listCustomers (limit 100) at the start, the middle and the end of the big workspace, through ' +
      'the facade, interleaved. The analytics queries through the facade on the big workspace vs one raw statement ' +
      'counting the same rows with `count(*) ... WHERE workspace_id = $1 AND deleted_at IS NULL` per table (each an ' +
      'index-only scan): the floor for any query that has to look at every live row.',
    headers: ['query', 'p50', 'p95', 'counts p50', 'ratio', 'target'],
    rows,
    notes,
    targets,
  };
}
