// Every statement touching a tenant table is constrained by the workspace
// parameter. Exceptions, by name: GetWorkspacesByProvider (the scheduler's
// documented cross-workspace query), GetWorkspaceByProviderAccount (the
// webhook intake's lookup of a connected account), ClaimWebhookEvents (the webhook worker's
// documented cross-workspace claim: a worker serves every tenant, its
// workspaceId filter is optional), CreateLogPartitions and DropLogPartitions (the
// maintenance of the partitioned logs, migration 0012: retention by time is global)
// and CreateWorkspace (it makes the tenant).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQueryFiles } from '../scripts/query-files.js';
import { unscopedReferences } from './support/tenancy.js';

const CROSS_WORKSPACE = new Set([
  'GetWorkspacesByProvider',
  // README "Stripe adapter": one endpoint receives every connected account's events; tested in isolation-matrix.
  'GetWorkspaceByProviderAccount',
  // README "Webhook inbox", "Cross-workspace on purpose"; its tenancy is tested in isolation-matrix.
  'ClaimWebhookEvents',
  // README "Partitioned logs": partitions hold every workspace's rows of a month; tested in isolation-matrix.
  'CreateLogPartitions',
  'DropLogPartitions',
  'CreateWorkspace',
]);

describe('static tenancy check of queries/', () => {
  it('finds every tenant-table reference tied to :workspaceId!', async () => {
    const files = await readQueryFiles(join(import.meta.dirname, '..', 'queries'));
    expect(files.length).toBeGreaterThan(0);
    const offenders = files
      .filter((f) => !CROSS_WORKSPACE.has(f.name))
      .map((f) => ({ query: f.name, unscoped: unscopedReferences(f.sql) }))
      .filter((r) => r.unscoped.length > 0);
    expect(offenders).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    expect(unscopedReferences('SELECT * FROM customers WHERE id = :id!;')).toEqual(['customers']);
    expect(
      unscopedReferences(
        'SELECT * FROM prices pr JOIN products p ON p.id = pr.product_id WHERE pr.workspace_id = :workspaceId!;',
      ),
    ).toEqual(['products p']);
    expect(unscopedReferences('INSERT INTO customers (workspace_id, name) VALUES (:otherId!, :name);')).toEqual([
      'customers',
    ]);
    expect(
      unscopedReferences(
        'SELECT 1 FROM customers WHERE workspace_id = :workspaceId! UNION ALL SELECT 1 FROM products WHERE id = :id!;',
      ),
    ).toEqual(['products']);
    expect(unscopedReferences('UPDATE workspaces SET name = :name WHERE id = :id!;')).toEqual(['workspaces']);
    // And accepts the plain forms.
    expect(
      unscopedReferences(
        'SELECT * FROM prices pr LEFT JOIN products p ON p.workspace_id = pr.workspace_id AND p.id = pr.product_id WHERE pr.workspace_id = :workspaceId!;',
      ),
    ).toEqual([]);
    expect(unscopedReferences('INSERT INTO customers (workspace_id, name) VALUES (:workspaceId!, :name);')).toEqual([]);
  });
});
