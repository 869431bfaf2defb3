// The main job must keep working: npm run demo, in its quick size, on the
// test server (it makes and drops a scratch database of its own). And its
// output must tell one story: the counts each progress bar ends on are the
// numbers the tables printed afterwards report for that sync, every kind of
// provider delivery (redeliveries, deletes, children before their parents)
// included, and no placeholder of a parent is left pending at the end.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';

type Counts = Record<string, number>;

const SYNCS = ['Acme Corp <- stripe', 'Acme Corp <- chargebee', 'Globex <- stripe', 'Globex <- chargebee'];

/** The counts of each bar's final (100%) line, by bar label ("Acme Corp <- stripe"). */
function finalBars(output: string): Map<string, Counts> {
  const bars = new Map<string, Counts>();
  for (const [, label, stats] of output.matchAll(/^(\S.*? <- \w+)\s+\[[#-]+\]\s+100% \d+\/\d+\s+(.*)$/gm)) {
    bars.set(label, Object.fromEntries([...stats.matchAll(/(\w+) (\d+)/g)].map(([, k, v]) => [k, Number(v)])));
  }
  return bars;
}

/** A table's cells (columns are two or more spaces apart), by column header. */
function tableRows(lines: string[], start: number): { rows: Record<string, string>[]; end: number } {
  const headers = lines[start].trim().split(/\s{2,}/);
  const rows: Record<string, string>[] = [];
  let i = start + 2; // past the header and its rule
  for (; i < lines.length; i++) {
    const cells = lines[i].trim().split(/\s{2,}/);
    // A blank line, a heading, the header of the next table (its rule below it): the table ended.
    if (cells.length !== headers.length || /^\s*-+( +-+)*$/.test(lines[i + 1] ?? '')) break;
    rows.push(Object.fromEntries(headers.map((h, k) => [h, cells[k]])));
  }
  return { rows, end: i };
}

/**
 * From the per-provider entity tables ("  stripe:" under "<workspace>: N sync
 * sessions ..."): the rows of each sync summed over the entity types.
 */
function providerTables(output: string): Map<string, Counts> {
  const lines = output.split('\n');
  const sums = new Map<string, Counts>();
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
      sums.set(`${workspace} <- ${provider}`, {
        rows: rows.length,
        total: sum('total'),
        pending: sum('pending'),
        failed: sum('failed'),
        conflict: sum('conflict'),
        subscriptions: Number(rows.find((r) => r['entity type'] === 'subscription')?.total),
      });
      provider = '';
    }
  }
  return sums;
}

/** The rows of each table whose first column is `first` (the sync's label), by that label. */
function tablesBySync(output: string, first: string): Map<string, Counts> {
  const lines = output.split('\n');
  const syncs = new Map<string, Counts>();
  lines.forEach((line, i) => {
    if (line.trim().split(/\s{2,}/)[0] !== first) return;
    for (const { [first]: sync, ...counts } of tableRows(lines, i).rows) {
      syncs.set(sync, Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])));
    }
  });
  return syncs;
}

it('runs a full sync of two workspaces and proves their isolation', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--quick'], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, DATABASE_URL: inject('serverUrl') },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status, output).toBe(0);
  expect(output).toMatch(/Acme Corp: 2 sync sessions \(2 completed\)/);
  expect(output).toMatch(/Globex: 2 sync sessions \(2 completed\)/);
  expect(output).toMatch(/entity type\s+total\s+synced\s+pending\s+failed\s+conflict/);
  expect(output).toMatch(/found 0; its own list holds 0 rows of other workspaces/);

  // Each bar ends on the numbers the tables report for its sync.
  const bars = finalBars(output);
  expect([...bars.keys()], output).toEqual(SYNCS);
  const rowTables = providerTables(output);
  expect([...rowTables.keys()], output).toEqual(SYNCS);
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
    [...rowTables].map(([s, r]) => [s, { total: r.total, pending: r.pending, failed: r.failed, conflict: r.conflict }]),
  );
  expect(fromBars, output).toEqual(fromRows);
  // The per-sync table (read back from the database) shows every count of the bar, and the same.
  expect(tablesBySync(output, 'sync'), output).toEqual(bars);

  // Children before parents: the placeholders the early subscriptions left are all filled by
  // their parents' snapshots, none is pending at the end, and every live subscription points
  // at the customer and price its provider object names.
  const early = tablesBySync(output, 'children first');
  expect([...early.keys()], output).toEqual(SYNCS);
  for (const [sync, row] of early) {
    expect(row.subscriptions, `${sync}: subscriptions delivered first`).toBeGreaterThan(0);
    expect(row.placeholders, `${sync}: placeholders`).toBeGreaterThan(0);
    expect(row.filled, `${sync}: filled`).toBe(row.placeholders);
    expect(row.filled, `${sync}: filled`).toBe(bars.get(sync)!.filled);
    expect(row['pending at end'], `${sync}: placeholders pending at the end`).toBe(0);
    expect(row['linked subscriptions'], `${sync}: linked`).toBe(rowTables.get(sync)!.subscriptions);
  }

  // The quick run still has every kind of case, in every sync.
  const kinds = ['created', 'filled', 'updated', 'unchanged', 'stale', 'deleted', 'refused', 'failed', 'conflict'];
  for (const [sync, bar] of bars) {
    expect(Object.keys(bar), sync).toEqual(kinds);
    for (const k of kinds) expect(bar[k], `${sync}: ${k}`).toBeGreaterThan(0);
  }

  // The closing totals are the sums of the bars.
  const totals = /^Totals of the 4 syncs, bars and tables alike: (.*)$/m.exec(output);
  expect(totals, output).not.toBeNull();
  const stated = Object.fromEntries([...totals![1].matchAll(/(\w+) (\d+)/g)].map(([, k, v]) => [k, Number(v)]));
  const summed: Counts = {};
  for (const bar of bars.values()) for (const [k, v] of Object.entries(bar)) summed[k] = (summed[k] ?? 0) + v;
  expect(stated).toEqual(summed);
}, 150_000);
