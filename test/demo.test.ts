// The main job must keep working: npm run demo, in its quick size, on the
// test server (it makes and drops a scratch database of its own, and starts
// and stops its own stripe-stateful-mock and Chargebee stand-in). And its
// output must tell one story, for each provider through its adapter: the
// objects at the provider (Stripe: created on each workspace's connected
// account; Chargebee: served on each workspace's site) are the ones its
// backfill listed, its bar ends on the counts the backfill table reports, the
// rows stored are the ones it inserted (Stripe's fractional price refused,
// Chargebee's tiered one; Chargebee's price_in_decimal one stored in minor
// units, every Chargebee status in the status it maps to); the webhook
// deliveries (redeliveries, out of order, in the same second, late) all land
// in their workspace, the inbox ends with nothing pending, the final state is
// the newest, the tampered (Stripe) or wrongly authenticated (Chargebee)
// delivery is refused.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';

type Counts = Record<string, number>;
type Cells = Record<string, string>;

const WORKSPACES = ['Acme Corp', 'Globex'];
const CHARGEBEE = WORKSPACES.map((w) => `${w} <- chargebee`);
const STRIPE = WORKSPACES.map((w) => `${w} <- stripe`);
const TYPES = ['product', 'price', 'customer', 'subscription'];

const numbers = (stats: string): Counts =>
  Object.fromEntries([...stats.matchAll(/(\w+) (\d+)/g)].map(([, k, v]) => [k, Number(v)]));

/** The final (100%) line of each bar whose label matches `label`: its total and counts, by label. */
function finalBars(output: string, label: RegExp): Map<string, Counts & { total: number }> {
  const bars = new Map<string, Counts & { total: number }>();
  const line = new RegExp(`^(${label.source})\\s+\\[[#-]+\\]\\s+100% (\\d+)/(\\d+)\\s+(.*)$`, 'gm');
  for (const [, name, done, total, stats] of output.matchAll(line)) {
    expect(done, `${name}: its last line`).toBe(total);
    bars.set(name, { ...numbers(stats), total: Number(total) });
  }
  return bars;
}

/** A table's cells (columns are two or more spaces apart), by column header. */
function tableRows(lines: string[], start: number): { rows: Cells[]; end: number } {
  const headers = lines[start].trim().split(/\s{2,}/);
  const rows: Cells[] = [];
  let i = start + 2; // past the header and its rule
  for (; i < lines.length; i++) {
    const cells = lines[i].trim().split(/\s{2,}/);
    // A blank line, a heading, the header of the next table (its rule below it): the table ended.
    if (cells.length !== headers.length || /^\s*-+( +-+)*$/.test(lines[i + 1] ?? '')) break;
    rows.push(Object.fromEntries(headers.map((h, k) => [h, cells[k]])));
  }
  return { rows, end: i };
}

/** The rows of every table whose first header is `first`. */
function tablesHeaded(output: string, first: string): Cells[] {
  const lines = output.split('\n');
  return lines.flatMap((line, i) =>
    line.trim().split(/\s{2,}/)[0] === first && /^\s*-+/.test(lines[i + 1] ?? '') ? tableRows(lines, i).rows : [],
  );
}

/**
 * From the per-provider entity tables ("  stripe:" under "<workspace>: N sync
 * sessions ..."): the rows of each workspace and provider, by "<workspace> <- <provider>".
 */
function providerTables(output: string): Map<string, { sums: Counts; byType: Counts }> {
  const lines = output.split('\n');
  const tables = new Map<string, { sums: Counts; byType: Counts }>();
  let workspace = '';
  let provider = '';
  for (let i = 0; i < lines.length; i++) {
    const ws = /^(\S.*?): \d+ sync sessions /.exec(lines[i]);
    if (ws) [workspace, provider] = [ws[1], ''];
    const p = /^ {2}(stripe|chargebee):$/.exec(lines[i]);
    if (p) provider = p[1];
    if (workspace && provider && /^\s+entity type\s/.test(lines[i])) {
      const { rows } = tableRows(lines, i);
      const sum = (col: string) => rows.reduce((n, r) => n + Number(r[col]), 0);
      tables.set(`${workspace} <- ${provider}`, {
        sums: {
          rows: rows.length,
          total: sum('total'),
          pending: sum('pending'),
          failed: sum('failed'),
          conflict: sum('conflict'),
        },
        byType: Object.fromEntries(rows.map((r) => [r['entity type'], Number(r.total)])),
      });
      provider = '';
    }
  }
  return tables;
}

/** "a/b" cells as [a, b]. */
const ratio = (cell: string): [number, number] => {
  const m = /^(\d+)\/(\d+)$/.exec(cell);
  expect(m, `"${cell}" is a/b`).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
};

it('runs a full sync of two workspaces (Stripe and Chargebee through their adapters) and proves their isolation', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--quick'], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, DATABASE_URL: inject('serverUrl') },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status, output).toBe(0);
  // A backfill session and a Chargebee session per workspace, both completed.
  expect(output).toMatch(/Acme Corp: 2 sync sessions \(2 completed\)/);
  expect(output).toMatch(/Globex: 2 sync sessions \(2 completed\)/);
  expect(output).toMatch(/entity type\s+total\s+synced\s+pending\s+failed\s+conflict/);
  expect(output).toMatch(/found 0; its own list holds 0 rows of other workspaces/);
  expect(output).toMatch(
    /^Isolation at Stripe: Globex \(acct_\w+\) holds 0 of the [1-9]\d* Stripe customers of Acme Corp/m,
  );
  expect(output).toMatch(
    /^Isolation at Chargebee: Globex \(globex-test\) holds 0 of the [1-9]\d* Chargebee customers of Acme Corp \(acme-corp-test\)/m,
  );
  const providers = providerTables(output);
  expect([...providers.keys()].sort(), output).toEqual([...CHARGEBEE, ...STRIPE].sort());

  // --- Stripe: created at the mock, backfilled, what the database holds. ---
  const createdAt = finalBars(output, /\S.*? @ stripe mock/);
  expect([...createdAt.keys()], output).toEqual(WORKSPACES.map((w) => `${w} @ stripe mock`));
  const backfillBars = finalBars(output, /\S.*? <- stripe/);
  expect([...backfillBars.keys()], output).toEqual(STRIPE);
  const backfillRows = tablesHeaded(output, 'backfill').filter((r) => STRIPE.includes(r.backfill));
  expect(backfillRows.length, output).toBe(STRIPE.length * TYPES.length);
  const written = ['inserted', 'updated', 'unchanged', 'stale', 'refused'];
  const rowsAfterBackfill = new Map<string, Counts>();
  for (const label of STRIPE) {
    const rows = backfillRows.filter((r) => r.backfill === label);
    expect(
      rows.map((r) => r['entity type']),
      label,
    ).toEqual(TYPES);
    const n = (type: string, col: string) => Number(rows.find((r) => r['entity type'] === type)![col]);
    const made = createdAt.get(label.replace(' <- stripe', ' @ stripe mock'))!;
    // What the mock holds is what the backfill listed: the creation bar's counts, type by type.
    expect(
      TYPES.map((t) => n(t, 'at stripe')),
      label,
    ).toEqual([made.products, made.prices, made.customers, made.subscriptions]);
    for (const t of TYPES) {
      expect(n(t, 'listed'), `${label} ${t}: listed`).toBe(n(t, 'at stripe'));
      expect(n(t, 'listed'), `${label} ${t}: listed`).toBeGreaterThan(0);
      expect(
        written.reduce((sum, k) => sum + n(t, k), 0),
        `${label} ${t}: written and refused`,
      ).toBe(n(t, 'listed'));
      // A fresh workspace: every row is one the backfill inserted.
      expect(n(t, 'rows'), `${label} ${t}: rows`).toBe(n(t, 'inserted'));
    }
    // The one fractional price is refused, nothing else.
    expect(
      TYPES.map((t) => n(t, 'refused')),
      label,
    ).toEqual([0, 1, 0, 0]);
    expect(output).toMatch(
      new RegExp(`^  ${label} refused price price_\\w+: .*unit_amount 1250\\.5 is not an integer`, 'm'),
    );
    // The bar ends on the table's sums, over what Stripe holds.
    const bar = backfillBars.get(label)!;
    expect(bar, label).toEqual({
      ...Object.fromEntries(written.map((k) => [k, TYPES.reduce((sum, t) => sum + n(t, k), 0)])),
      total: TYPES.reduce((sum, t) => sum + n(t, 'listed'), 0),
    });
    rowsAfterBackfill.set(label, Object.fromEntries(TYPES.map((t) => [t, n(t, 'rows')])));
  }
  const backfillTotals = /^Totals of the 2 Stripe backfills, bars, Stripe and tables alike: (.*)$/m.exec(output);
  expect(backfillTotals, output).not.toBeNull();
  const sumColumn = (col: string) => backfillRows.reduce((n, r) => n + Number(r[col]), 0);
  expect(numbers(backfillTotals![1])).toEqual(Object.fromEntries(['listed', ...written].map((k) => [k, sumColumn(k)])));

  // --- Stripe webhooks: deliveries, the inbox, the newest state. ---
  expect(output).toMatch(
    /^ {2}a tampered delivery \(its body changed after signing\): refused, WebhookVerificationError: webhook verification failed: No signatures found/m,
  );
  const [hooks] = [...finalBars(output, /stripe webhooks/).values()];
  expect(hooks, output).toBeDefined();
  expect(hooks.refused).toBe(1);
  const inbox = tablesHeaded(output, 'inbox').filter((r) => STRIPE.includes(r.inbox));
  expect(
    inbox.map((r) => r.inbox),
    output,
  ).toEqual(STRIPE);
  expect(new Set(inbox.map((r) => r.account)).size, 'one connected account per workspace').toBe(2);
  for (const row of inbox) {
    const n = (col: string) => Number(row[col]);
    expect(row.account, row.inbox).toMatch(/^acct_\w+$/);
    for (const col of ['pending', 'processing', 'failed', 'dead']) expect(n(col), `${row.inbox}: ${col}`).toBe(0);
    for (const col of ['processed', 'ignored', 'duplicates']) expect(n(col), `${row.inbox}: ${col}`).toBeGreaterThan(0);
    // Every delivery but a redelivery is an event in its account's workspace, applied or ignored.
    expect(n('deliveries') - n('duplicates'), row.inbox).toBe(n('processed') + n('ignored'));
  }
  const inboxSum = (col: string) => inbox.reduce((n, r) => n + Number(r[col]), 0);
  // The worker applied each event once: its counts are the inbox's.
  expect({
    recorded: hooks.recorded,
    duplicate: hooks.duplicate,
    processed: hooks.processed,
    ignored: hooks.ignored,
    total: hooks.total,
  }).toEqual({
    recorded: inboxSum('deliveries') - inboxSum('duplicates'),
    duplicate: inboxSum('duplicates'),
    processed: inboxSum('processed'),
    ignored: inboxSum('ignored'),
    // Every delivery (the tampered one too) and every event applied.
    total: inboxSum('deliveries') + 1 + inboxSum('processed') + inboxSum('ignored'),
  });
  const webhookTotals = /^Totals of the Stripe webhooks: (.*)$/m.exec(output);
  expect(webhookTotals, output).not.toBeNull();
  expect(numbers(webhookTotals![1])).toEqual({
    deliveries: inboxSum('deliveries'),
    duplicates: inboxSum('duplicates'),
    refused: 1,
    processed: inboxSum('processed'),
    ignored: inboxSum('ignored'),
    pending: 0,
  });
  const newest = tablesHeaded(output, 'newest state').filter((r) => STRIPE.includes(r['newest state']));
  expect(
    newest.map((r) => r['newest state']),
    output,
  ).toEqual(STRIPE);
  for (const row of newest) {
    const label = row['newest state'];
    const kinds = [
      'customer emails',
      'customers deleted',
      'price revisions',
      'product names',
      'subscription quantities',
    ];
    for (const kind of kinds) {
      const [agree, of] = ratio(row[kind]);
      expect(of, `${label}: ${kind} checked`).toBeGreaterThan(0);
      expect(agree, `${label}: ${kind} newest`).toBe(of);
    }
    const [linked, live] = ratio(row['linked subscriptions']);
    expect(linked, `${label}: linked`).toBe(live);
    expect(live, `${label}: live subscriptions`).toBe(rowsAfterBackfill.get(label)!.subscription);
    expect(row['placeholders pending'], label).toBe('0');
    // The rows now: the backfill's, less the customers deleted at Stripe.
    const deleted = ratio(row['customers deleted'])[1];
    const after = rowsAfterBackfill.get(label)!;
    expect(providers.get(label)!.byType, label).toEqual({ ...after, customer: after.customer - deleted });
    expect(providers.get(label)!.sums, label).toMatchObject({ pending: 0, failed: 0, conflict: 0 });
  }

  // --- Chargebee: served on each site, backfilled, what the database holds. ---
  const served = [...output.matchAll(/^(\S.*?) @ chargebee: site (\S+), (.*)$/gm)];
  // Per sync: its site's name, and what the site serves (items per type, item prices, customers, subscriptions).
  const siteNames = new Map(served.map(([, w, site]) => [`${w} <- chargebee`, site]));
  const sites = new Map(served.map(([, w, , stats]) => [`${w} <- chargebee`, numbers(stats)]));
  expect([...sites.keys()], output).toEqual(CHARGEBEE);
  for (const [label, site] of sites) {
    // Items of every type: plans, addons and charges.
    for (const type of ['plan', 'addon', 'charge']) expect(site[type], `${label}: ${type}s`).toBeGreaterThan(0);
  }
  const cbBars = finalBars(output, /\S.*? <- chargebee/);
  expect([...cbBars.keys()], output).toEqual(CHARGEBEE);
  const cbRows = tablesHeaded(output, 'backfill').filter((r) => CHARGEBEE.includes(r.backfill));
  expect(cbRows.length, output).toBe(CHARGEBEE.length * TYPES.length);
  const cbAfterBackfill = new Map<string, Counts>();
  for (const label of CHARGEBEE) {
    const rows = cbRows.filter((r) => r.backfill === label);
    expect(
      rows.map((r) => r['entity type']),
      label,
    ).toEqual(TYPES);
    const n = (type: string, col: string) => Number(rows.find((r) => r['entity type'] === type)![col]);
    const site = sites.get(label)!;
    // What the site serves is what the backfill listed: items as products, item prices as prices.
    expect(
      TYPES.map((t) => n(t, 'at chargebee')),
      label,
    ).toEqual([site.plan + site.addon + site.charge, site.item_price, site.customer, site.subscription]);
    for (const t of TYPES) {
      expect(n(t, 'listed'), `${label} ${t}: listed`).toBe(n(t, 'at chargebee'));
      expect(n(t, 'listed'), `${label} ${t}: listed`).toBeGreaterThan(0);
      expect(
        written.reduce((sum, k) => sum + n(t, k), 0),
        `${label} ${t}: written and refused`,
      ).toBe(n(t, 'listed'));
      expect(n(t, 'rows'), `${label} ${t}: rows`).toBe(n(t, 'inserted'));
    }
    // The one tiered price is refused, nothing else; the price_in_decimal one is stored in minor units.
    expect(
      TYPES.map((t) => n(t, 'refused')),
      label,
    ).toEqual([0, 1, 0, 0]);
    expect(output).toMatch(
      new RegExp(`^  ${label} refused price \\S+-tiered: .*pricing_model "tiered" has no single unit amount`, 'm'),
    );
    expect(output).toMatch(
      new RegExp(`^  ${label} price \\S+: price_in_decimal "49\\.50" (USD|EUR) stored as unit amount 4950$`, 'm'),
    );
    expect(cbBars.get(label), label).toEqual({
      ...Object.fromEntries(written.map((k) => [k, TYPES.reduce((sum, t) => sum + n(t, k), 0)])),
      total: TYPES.reduce((sum, t) => sum + n(t, 'listed'), 0),
    });
    cbAfterBackfill.set(label, Object.fromEntries(TYPES.map((t) => [t, n(t, 'rows')])));
  }
  const cbBackfillTotals = /^Totals of the 2 Chargebee backfills, bars, sites and tables alike: (.*)$/m.exec(output);
  expect(cbBackfillTotals, output).not.toBeNull();
  const cbSumColumn = (col: string) => cbRows.reduce((n, r) => n + Number(r[col]), 0);
  expect(numbers(cbBackfillTotals![1])).toEqual(
    Object.fromEntries(['listed', ...written].map((k) => [k, cbSumColumn(k)])),
  );

  // Every Chargebee status is stored as the library's word for it (non_renewing: active, cancelAtPeriodEnd).
  const statuses = tablesHeaded(output, 'statuses');
  expect(
    statuses.map((r) => r.statuses),
    output,
  ).toEqual(CHARGEBEE);
  for (const { statuses: label, ...cells } of statuses) {
    expect(Object.keys(cells), label).toEqual([
      'future -> future',
      'in_trial -> trialing',
      'active -> active',
      'non_renewing -> active*',
      'paused -> paused',
      'cancelled -> canceled',
    ]);
    const pairs = Object.values(cells).map(ratio);
    for (const [agree, of] of pairs) {
      expect(of, `${label}: a status with subscriptions`).toBeGreaterThan(0);
      expect(agree, `${label}: stored as mapped`).toBe(of);
    }
    expect(
      pairs.reduce((sum, [, of]) => sum + of, 0),
      label,
    ).toBe(sites.get(label)!.subscription);
  }

  // --- Chargebee webhooks: basic auth, routed by site, the inbox, the newest state. ---
  expect(output).toMatch(
    /^ {2}a delivery with a wrong password: refused, WebhookVerificationError: webhook verification failed: /m,
  );
  expect(output).toMatch(/[1-9]\d* of them a customer's first of two changes in the same second/);
  const [cbHooks] = [...finalBars(output, /chargebee webhooks/).values()];
  expect(cbHooks, output).toBeDefined();
  expect(cbHooks.refused).toBe(1);
  expect(cbHooks.failed).toBe(0);
  const cbInbox = tablesHeaded(output, 'inbox').filter((r) => CHARGEBEE.includes(r.inbox));
  expect(
    cbInbox.map((r) => [r.inbox, r.account]),
    output,
  ).toEqual(CHARGEBEE.map((l) => [l, siteNames.get(l)]));
  for (const row of cbInbox) {
    const n = (col: string) => Number(row[col]);
    for (const col of ['pending', 'processing', 'failed', 'dead']) expect(n(col), `${row.inbox}: ${col}`).toBe(0);
    for (const col of ['processed', 'ignored', 'duplicates']) expect(n(col), `${row.inbox}: ${col}`).toBeGreaterThan(0);
    expect(n('deliveries') - n('duplicates'), row.inbox).toBe(n('processed') + n('ignored'));
  }
  const cbInboxSum = (col: string) => cbInbox.reduce((n, r) => n + Number(r[col]), 0);
  expect({
    recorded: cbHooks.recorded,
    duplicate: cbHooks.duplicate,
    processed: cbHooks.processed,
    ignored: cbHooks.ignored,
    total: cbHooks.total,
  }).toEqual({
    recorded: cbInboxSum('deliveries') - cbInboxSum('duplicates'),
    duplicate: cbInboxSum('duplicates'),
    processed: cbInboxSum('processed'),
    ignored: cbInboxSum('ignored'),
    total: cbInboxSum('deliveries') + 1 + cbInboxSum('processed') + cbInboxSum('ignored'),
  });
  const cbWebhookTotals = /^Totals of the Chargebee webhooks: (.*)$/m.exec(output);
  expect(cbWebhookTotals, output).not.toBeNull();
  expect(numbers(cbWebhookTotals![1])).toEqual({
    deliveries: cbInboxSum('deliveries'),
    duplicates: cbInboxSum('duplicates'),
    refused: 1,
    processed: cbInboxSum('processed'),
    ignored: cbInboxSum('ignored'),
    pending: 0,
  });
  const cbNewest = tablesHeaded(output, 'newest state').filter((r) => CHARGEBEE.includes(r['newest state']));
  expect(
    cbNewest.map((r) => r['newest state']),
    output,
  ).toEqual(CHARGEBEE);
  for (const row of cbNewest) {
    const label = row['newest state'];
    for (const kind of [
      'customer emails',
      'customers deleted',
      'price revisions',
      'item names',
      'subscription quantities',
    ]) {
      const [agree, of] = ratio(row[kind]);
      expect(of, `${label}: ${kind} checked`).toBeGreaterThan(0);
      expect(agree, `${label}: ${kind} newest`).toBe(of);
    }
    const [linked, live] = ratio(row['linked subscriptions']);
    expect(linked, `${label}: linked`).toBe(live);
    expect(live, `${label}: live subscriptions`).toBe(cbAfterBackfill.get(label)!.subscription);
    expect(row['placeholders pending'], label).toBe('0');
    // The rows now: the backfill's, less the customers deleted at Chargebee.
    const deleted = ratio(row['customers deleted'])[1];
    const after = cbAfterBackfill.get(label)!;
    expect(providers.get(label)!.byType, label).toEqual({ ...after, customer: after.customer - deleted });
    expect(providers.get(label)!.sums, label).toMatchObject({ pending: 0, failed: 0, conflict: 0 });
  }
}, 150_000);
