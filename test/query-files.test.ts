// The shape of queries/: file name = @name = facade export, one statement each,
// and every documented query (test/seed-queries.json, copied from the seed) present.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQueryFiles, readQueryFiles } from '../scripts/query-files.js';
import * as library from '../src/index.js';
import seed from './seed-queries.json' with { type: 'json' };

const queriesDir = join(import.meta.dirname, '..', 'queries');

/** queries/<area> -> the namespace that exports it. */
const namespaceOf: Record<string, string> = {
  workspaces: 'workspaces',
  customers: 'customers',
  products: 'products',
  prices: 'prices',
  subscriptions: 'subscriptions',
  'sync-sessions': 'syncSessions',
  'sync-events': 'syncEvents',
  'sync-status': 'syncStatus',
  analytics: 'analytics',
  'webhook-events': 'webhookEvents',
};

const lowerFirst = (name: string) => name[0].toLowerCase() + name.slice(1);

/** The SQL without its comments and string literals (each replaced by a space): what the server parses as code. */
function codeOf(sql: string): string {
  return sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'/g, ' ');
}

/**
 * Where the statement selects or returns every column of a table or subquery: `SELECT *`,
 * `RETURNING *`, `, *`, `DISTINCT [ON (...)] *`, `x.*`, `"x".*`. `count(*)` is not one.
 */
const STAR_COLUMNS =
  /(?:\b(?:SELECT|RETURNING|ALL|DISTINCT(?:\s+ON\s*\((?:[^()]|\([^()]*\))*\))?)|,)\s*\*|(?:\w+|"[^"]+")\s*\.\s*\*/gi;

describe('queries/', () => {
  it('follows the naming rule: queries/<area>/<Name>.sql holds exactly one @name Name', async () => {
    expect(await checkQueryFiles(queriesDir)).toEqual([]);
  });

  // Every query is a named prepared statement, prepared once per pooled connection (src/query.ts).
  // A result that follows the table (`SELECT *`, `RETURNING *`, `t.*`) changes type when a later
  // migration adds a column, and PostgreSQL then refuses the prepared statement on every
  // connection (0A000 `cached plan must not change result type`; test/schema-evolution.test.ts).
  it('lists its result columns: no query selects or returns * or x.*', async () => {
    const stars: string[] = [];
    for (const file of await readQueryFiles(queriesDir)) {
      for (const match of codeOf(file.sql).matchAll(STAR_COLUMNS)) {
        stars.push(
          `${relative(queriesDir, file.path)}: \`${match[0].replace(/\s+/g, ' ')}\` (list the columns instead)`,
        );
      }
    }
    expect(stars).toEqual([]);
  });

  it('exports every query file from its namespace under its documented name', async () => {
    const missing: string[] = [];
    for (const file of await readQueryFiles(queriesDir)) {
      const namespace = namespaceOf[file.area];
      const fn =
        namespace &&
        (library as unknown as Record<string, Record<string, unknown>>)[namespace]?.[lowerFirst(file.name)];
      if (typeof fn !== 'function') missing.push(`${file.area}/${file.name} -> ${namespace}.${lowerFirst(file.name)}`);
    }
    expect(missing).toEqual([]);
  });

  it('holds only documented queries (or the documented workspace extras)', async () => {
    const documented = new Set([
      ...Object.values(seed.files).flat(),
      'CreateWorkspace',
      'GetWorkspace',
      'DeleteWorkspace',
      // beyond the seed: bulk ingest (issue 7)
      'BulkUpsertCustomersWithSync',
      'BulkUpsertProductsWithSync',
      'BulkUpsertPricesWithSync',
      'BulkUpsertSubscriptionsWithSync',
      // beyond the seed: provider tombstones (SPEC "Provider delivery semantics")
      ...['Customer', 'Product', 'Price', 'Subscription'].flatMap((e) => [
        `Delete${e}WithSync`,
        `BulkDelete${e}sWithSync`,
      ]),
      // beyond the seed: the webhook inbox (README "Webhook inbox", migration 0008)
      'RecordWebhookEvent',
      'ClaimWebhookEvents',
      'CompleteWebhookEvent',
      'FailWebhookEvent',
      'IgnoreWebhookEvent',
      'RenewWebhookEventLease',
      'RetryWebhookEvent',
      'GetWebhookEventByProviderEventID',
      'ListWebhookEventsByStatus',
      'CountWebhookEventsByStatus',
      'PurgeWebhookEvents',
      // beyond the seed: the provider adapters' account lookup (SPEC "Provider adapters", migration 0009)
      'GetWorkspaceByProviderAccount',
      // beyond the seed: the backfill's comparison of what a provider still lists (README "Stripe adapter")
      'ListExternalIDsByProvider',
      // beyond the seed: retention of the sync event log (migration 0011)
      'PurgeSyncEvents',
      // beyond the seed: the monthly partitions of both logs (migration 0012)
      'CreateLogPartitions',
      'DropLogPartitions',
    ]);
    const undocumented = (await readQueryFiles(queriesDir)).map((f) => f.name).filter((n) => !documented.has(n));
    expect(undocumented).toEqual([]);
  });

  it('holds every one of the 100 documented queries, exported under its documented name', async () => {
    const names = Object.values(seed.files).flat();
    expect(names).toHaveLength(100);
    const files = new Map((await readQueryFiles(queriesDir)).map((f) => [f.name, f]));
    const ns = library as unknown as Record<string, Record<string, unknown>>;
    const problems: string[] = [];
    for (const name of names) {
      const file = files.get(name);
      if (!file) {
        problems.push(`${name}: no queries/<area>/${name}.sql`);
        continue;
      }
      if (typeof ns[namespaceOf[file.area]]?.[lowerFirst(name)] !== 'function') problems.push(`${name}: not exported`);
    }
    // A payment-sync query about one entity is also exported from that entity's namespace.
    const entityOf: [RegExp, string][] = [
      [/Customers?(By|Sync)/, 'customers'],
      [/Products?(By|Sync)/, 'products'],
      [/Prices?(By|Sync)/, 'prices'],
      [/Subscriptions?(By|Sync)/, 'subscriptions'],
    ];
    let aboutOneEntity = 0;
    for (const name of seed.files.payment_sync) {
      const entity = entityOf.find(([re]) => re.test(name))?.[1];
      if (entity) aboutOneEntity++;
      if (entity && typeof ns[entity]?.[lowerFirst(name)] !== 'function') problems.push(`${name}: not in ${entity}`);
    }
    expect(aboutOneEntity).toBe(16); // 8 reads, 4 status updates, 4 bulk updates
    expect(problems).toEqual([]);
  });
});
