// A static check of the SQL in queries/: every reference to a tenant table
// must be tied to the workspace parameter, either directly
// (`alias.workspace_id = :workspaceId!`, `workspace_id = :workspaceId!`, the
// workspace_id value of an INSERT) or through a join on workspace_id to a
// reference that is. Deliberately simple and strict: a query it cannot read
// is a query to rewrite more plainly.

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

const KEYWORDS = new Set([
  'where',
  'on',
  'set',
  'join',
  'left',
  'right',
  'inner',
  'full',
  'cross',
  'order',
  'group',
  'limit',
  'using',
  'values',
  'returning',
  'union',
  'select',
  'and',
  'or',
  'lateral',
  'natural',
  'as',
  'having',
  'window',
  'for',
  'default',
  'do',
  'then',
  'when',
  'else',
  'end',
]);

interface Reference {
  table: string;
  alias: string;
  key: string;
  insert: boolean;
}

function stripComments(sql: string): string {
  return sql.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ');
}

function references(sql: string): Reference[] {
  const tables = Object.keys(TENANT_TABLES).join('|');
  const re = new RegExp(`\\b(from|join|update|into)\\s+(${tables})\\b(?:\\s+(?:as\\s+)?([a-z_][a-z0-9_]*))?`, 'gi');
  const refs: Reference[] = [];
  for (const m of sql.matchAll(re)) {
    const table = m[2].toLowerCase();
    const candidate = m[3]?.toLowerCase();
    const alias = candidate && !KEYWORDS.has(candidate) ? candidate : table;
    refs.push({ table, alias, key: TENANT_TABLES[table], insert: m[1].toLowerCase() === 'into' });
  }
  return refs;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The INSERT's value for its workspace column is :workspaceId!. */
function insertScoped(sql: string, ref: Reference): boolean {
  const m = new RegExp(`into\\s+${ref.table}\\b[^(]*\\(([^)]*)\\)\\s*(?:values\\s*\\(|select\\b)([\\s\\S]*)`, 'i').exec(
    sql,
  );
  if (!m) return false;
  const columns = m[1].split(',').map((c) => c.trim().toLowerCase());
  const index = columns.indexOf(ref.key);
  if (index < 0) return false;
  const values = m[2].split(',').map((v) => v.trim());
  return /^:workspaceId!(::uuid)?$/.test(values[index] ?? '') || /^\(?:workspaceId!/.test(values[index] ?? '');
}

/** Names of the references in `sql` that are not tied to :workspaceId!; empty when all are. */
export function unscopedReferences(statement: string): string[] {
  const sql = stripComments(statement);
  const refs = references(sql);
  const scoped = new Set<string>();
  const unqualified = [...sql.matchAll(/(?<![.\w])(workspace_id|id)\s*=\s*:workspaceId!/gi)].map((m) =>
    m[1].toLowerCase(),
  );
  const unqualifiedLeft: Record<string, number> = { workspace_id: 0, id: 0 };
  for (const key of unqualified) unqualifiedLeft[key]++;
  for (const ref of refs) {
    const qualified = new RegExp(
      `\\b${escape(ref.alias)}\\.${ref.key}\\s*=\\s*:workspaceId!|:workspaceId!\\s*=\\s*${escape(ref.alias)}\\.${ref.key}\\b`,
      'i',
    );
    if (qualified.test(sql) || (ref.insert && insertScoped(sql, ref))) scoped.add(ref.alias);
    else if (unqualifiedLeft[ref.key] > 0) {
      unqualifiedLeft[ref.key]--;
      scoped.add(ref.alias);
    }
  }
  // Joins on workspace_id carry the scope from one reference to another.
  for (let changed = true; changed;) {
    changed = false;
    for (const ref of refs) {
      if (scoped.has(ref.alias)) continue;
      for (const other of scoped) {
        const otherKey = refs.find((r) => r.alias === other)?.key ?? 'workspace_id';
        const a = `${escape(ref.alias)}\\.${ref.key}`;
        const b = `${escape(other)}\\.${otherKey}`;
        if (new RegExp(`\\b${a}\\s*=\\s*${b}\\b|\\b${b}\\s*=\\s*${a}\\b`, 'i').test(sql)) {
          scoped.add(ref.alias);
          changed = true;
          break;
        }
      }
    }
  }
  return refs.filter((r) => !scoped.has(r.alias)).map((r) => (r.alias === r.table ? r.table : `${r.table} ${r.alias}`));
}
