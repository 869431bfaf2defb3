// A static check of the SQL in queries/: every reference to a tenant table
// must be tied to the workspace parameter, either directly
// (`alias.workspace_id = :workspaceId!`, `workspace_id = :workspaceId!`, the
// workspace_id value of an INSERT) or through a join on workspace_id to a
// reference that is. Deliberately simple and strict: a query it cannot read
// is a query to rewrite more plainly.

import { unscoped } from './catalog.js';

export const TENANT_TABLES: Record<string, string> = {
  workspaces: 'id',
  workspace_payment_providers: 'workspace_id',
  customers: 'workspace_id',
  products: 'workspace_id',
  prices: 'workspace_id',
  subscriptions: 'workspace_id',
  payment_sync_sessions: 'workspace_id',
  payment_sync_events: 'workspace_id',
  payment_webhook_events: 'workspace_id',
};

function stripComments(sql: string): string {
  return sql.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ');
}

/**
 * Names of the references in `sql` that are not tied to :workspaceId!; empty when all are. The
 * reading is the catalog check's (test/support/catalog.ts, `unscoped`), with :workspaceId! as the
 * scope and each tenant table's workspace column as its key.
 */
export function unscopedReferences(statement: string): string[] {
  return unscoped(stripComments(statement), new Map(Object.entries(TENANT_TABLES)), ':workspaceId!').map((r) =>
    r.alias === r.table ? r.table : `${r.table} ${r.alias}`,
  );
}
