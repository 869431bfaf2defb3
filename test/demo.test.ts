// The main job must keep working: npm run demo, in its quick size, on the
// test server (it makes and drops a scratch database of its own, and starts
// and stops its own stripe-stateful-mock). And its output must tell one story.
// Stripe, through the adapter: the objects created on each workspace's
// connected account are the ones its backfill listed, its bar ends on the
// counts the backfill table reports, the rows stored are the ones it inserted
// (the fractional price refused); the webhook deliveries (redeliveries, out of
// order, late) all land in their account's workspace, the inbox ends with
// nothing pending, the final state is the newest, the tampered delivery is
// refused. Chargebee, through the demo's mapping: the counts each progress bar
// ends on are the numbers the tables printed afterwards report for that sync,
// every kind of provider delivery (redeliveries, deletes, children before
// their parents) included, and no placeholder of a parent is left pending.
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

/** The rows of each table whose first column is `first` (the sync's label), by that label, as numbers. */
function tablesBySync(output: string, first: string): Map<string, Counts> {
  const syncs = new Map<string, Counts>();
  for (const { [first]: sync, ...counts } of tablesHeaded(output, first)) {
    syncs.set(sync, Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])));
  }
  return syncs;
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

it('runs a full sync of two workspaces (Stripe through the adapter, Chargebee) and proves their isolation', () => {
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
  const providers = providerTables(output);
  expect([...providers.keys()].sort(), output).toEqual([...CHARGEBEE, ...STRIPE].sort());

  // --- Stripe: created at the mock, backfilled, what the database holds. ---
  const createdAt = finalBars(output, /\S.*? @ stripe mock/);
  expect([...createdAt.keys()], output).toEqual(WORKSPACES.map((w) => `${w} @ stripe mock`));
  const backfillBars = finalBars(output, /\S.*? <- stripe/);
  expect([...backfillBars.keys()], output).toEqual(STRIPE);
  const backfillRows = tablesHeaded(output, 'backfill');
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
  const inbox = tablesHeaded(output, 'inbox');
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
  const newest = tablesHeaded(output, 'newest state');
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

  // --- Chargebee: each bar ends on the numbers the tables report for its sync. ---
  const bars = finalBars(output, /\S.*? <- chargebee/);
  expect([...bars.keys()], output).toEqual(CHARGEBEE);
  // Every live row of a sync's provider is its doing (one sync per workspace and provider): a row
  // it created, or a placeholder a child created that the parent's own snapshot filled, less
  // those the provider deleted; its failed and conflict rows are the bar's failed and conflict.
  const fromBars = new Map(
    [...bars].map(([s, b]) => [
      s,
      { total: b.created + b.filled - b.deleted, pending: 0, failed: b.failed, conflict: b.conflict },
    ]),
  );
  const fromRows = new Map(
    CHARGEBEE.map((s) => {
      const r = providers.get(s)!.sums;
      return [s, { total: r.total, pending: r.pending, failed: r.failed, conflict: r.conflict }];
    }),
  );
  expect(fromBars, output).toEqual(fromRows);
  // The per-sync table (read back from the database) shows every count of the bar, and the same.
  const barCounts = new Map([...bars].map(([s, { total: _total, ...b }]) => [s, b]));
  expect(tablesBySync(output, 'sync'), output).toEqual(barCounts);

  // Children before parents: the placeholders the early subscriptions left are all filled by
  // their parents' snapshots, none is pending at the end, and every live subscription points
  // at the customer and price its provider object names.
  const early = tablesBySync(output, 'children first');
  expect([...early.keys()], output).toEqual(CHARGEBEE);
  for (const [sync, row] of early) {
    expect(row.subscriptions, `${sync}: subscriptions delivered first`).toBeGreaterThan(0);
    expect(row.placeholders, `${sync}: placeholders`).toBeGreaterThan(0);
    expect(row.filled, `${sync}: filled`).toBe(row.placeholders);
    expect(row.filled, `${sync}: filled`).toBe(bars.get(sync)!.filled);
    expect(row['pending at end'], `${sync}: placeholders pending at the end`).toBe(0);
    expect(row['linked subscriptions'], `${sync}: linked`).toBe(providers.get(sync)!.byType.subscription);
  }

  // The quick run still has every kind of case, in every sync.
  const kinds = ['created', 'filled', 'updated', 'unchanged', 'stale', 'deleted', 'refused', 'failed', 'conflict'];
  for (const [sync, bar] of barCounts) {
    expect(Object.keys(bar), sync).toEqual(kinds);
    for (const k of kinds) expect(bar[k], `${sync}: ${k}`).toBeGreaterThan(0);
  }

  // The closing totals are the sums of the bars.
  const totals = /^Totals of the 2 Chargebee syncs, bars and tables alike: (.*)$/m.exec(output);
  expect(totals, output).not.toBeNull();
  const summed: Counts = {};
  for (const bar of barCounts.values()) for (const [k, v] of Object.entries(bar)) summed[k] = (summed[k] ?? 0) + v;
  expect(numbers(totals![1])).toEqual(summed);
}, 150_000);
