// The Citus readiness check of a schema, read from the catalog of a migrated
// database (docs/SCALE-OUT.md, "What is verified here"). Citus distributes
// every tenant table by workspace_id, colocated with `workspaces`, which is
// distributed by its id (scale-out/citus-distribute.sql). That routes a
// statement to one shard only if the schema keeps every rule below; the static
// check of queries/ (test/tenancy-static.test.ts) covers the statements.
//
// Tables
// * Tenant table: every table of the schema with a workspace_id column, other
//   than `workspaces` (the anchor). A partitioned table is one table (its
//   parent); its partitions are not tenant tables of their own.
// * Distribution column: workspace_id of a tenant table, id of `workspaces`;
//   NOT NULL, of the type of workspaces.id (colocation needs one type).
// * Partitions: a partition of a distributed table may not be partitioned
//   itself (Citus does not distribute multi-level partitioned tables).
// Keys
// * Primary key: every distributed table has one (or a REPLICA IDENTITY FULL or
//   USING INDEX): Citus moves shards online by logical replication, which
//   needs it for the UPDATEs and DELETEs during the move.
// * Every primary key, unique constraint, unique index (partial and expression
//   indexes included) and exclusion constraint has the distribution column
//   among its key columns (an exclusion constraint, with `=`): a shard can
//   only enforce uniqueness among its own rows.
// Foreign keys (defined on the parent; partitions' clones are skipped)
// * Between distributed tables: some position i pairs the referencing table's
//   distribution column with the referenced table's (workspace_id with
//   workspace_id, or with workspaces.id), so both rows are in one shard. No
//   ON DELETE SET NULL / SET DEFAULT, no ON UPDATE SET NULL / SET DEFAULT /
//   CASCADE (Citus refuses them when the key includes the distribution column).
// * None between a distributed table and a table that is not distributed (a
//   table without workspace_id stays local to the coordinator).
// Functions (every sql or plpgsql function of the schema, and the trigger
// function of every trigger on a distributed table, wherever it lives)
// * A statement of a function body that reads or writes a distributed table
//   (FROM, JOIN, UPDATE, INTO a tenant table or `workspaces`) must be tied to
//   ONE workspace: `[alias.]workspace_id = SCOPE` (`id = SCOPE` for
//   `workspaces`), or the workspace_id value of an INSERT is SCOPE, or the
//   reference joins on workspace_id to one that is. SCOPE is, in a trigger
//   function, NEW.<column> or OLD.<column> for the distribution column of the
//   table it fires on (its own row's workspace: the rows it touches are in its
//   own shard); in any other function, its uuid parameter named workspace,
//   workspace_id, p_workspace_id, _workspace_id or in_workspace_id (by name or
//   $n): the caller's workspace, which the caller's own statement is checked
//   for. A function that touches only NEW, OLD or its arguments passes.
// * Dynamic SQL (EXECUTE) is read from its string literals: format()'s
//   template (%I and %s as a table named at run time, which counts as a tenant
//   table), or the literal parts of a || concatenation (the rest as a table
//   named at run time); $n is the n-th USING expression. An EXECUTE whose text
//   has no literal to read is reported.
// * A trigger function of a distributed table touches no table that is not
//   distributed (it runs on the worker node that holds the shard).
// * A function in another language than sql and plpgsql that is the trigger
//   function of a distributed table is reported (it cannot be read), unless it
//   is built in (pg_catalog).
// The reading is per statement (split at semicolons, comments and string
// literals set aside), like the static check of queries/: deliberately simple
// and strict; a function it cannot read is a function to write more plainly.
// * Exempt, by name (`crossWorkspaceFunctions`): functions that are
//   cross-workspace on purpose and run only as a statement of their own, on
//   the coordinator (partition maintenance, run by a scheduler), like any
//   multi-shard query. An exempt function may not run on a shard: it is
//   reported if it is the trigger function of a distributed table, or named by
//   a policy or a default of one (and the caller checks that no query of
//   queries/ names it).
// Policies
// * A row-level-security policy of a distributed table reads no table (no
//   subquery): it is evaluated on the shard, row by row.
// Defaults
// * A nextval() default is on a bigint column (Citus's sequences on workers
//   need bigint).
import type pg from 'pg';

/** The tenant anchor: distributed by `id`; every tenant table by TENANT_COLUMN, colocated with it. */
export const ANCHOR = 'workspaces';
export const ANCHOR_COLUMN = 'id';
export const TENANT_COLUMN = 'workspace_id';
/** How a table named at run time (dynamic SQL: format's %I) appears in a violation. */
export const DYNAMIC_TABLE = '(a table named at run time)';

export type ReadinessRule =
  'distribution-column' | 'partition' | 'primary-key' | 'unique' | 'foreign-key' | 'function' | 'policy' | 'default';

export interface ReadinessViolation {
  rule: ReadinessRule;
  /** The table at fault (for a function: the table it touches). */
  table: string;
  /** The column, partition, index, constraint, function (`name(arguments)`) or policy at fault. */
  object: string;
  message: string;
}

export interface Readiness {
  /** Every tenant table (with workspace_id; partitioned tables once, their partitions not), by name. */
  tenantTables: string[];
  /** The anchor and the tenant tables with their distribution column (absent anchor: tenant tables only). */
  distributed: { table: string; column: string }[];
  /** Foreign keys between distributed tables, as [referencing, referenced] (self-references left out). */
  references: [string, string][];
  violations: ReadinessViolation[];
}

type Db = pg.Pool | pg.PoolClient;

interface TableRow {
  oid: string;
  name: string;
  kind: string;
  is_partition: boolean;
  root: string | null;
  ws_not_null: boolean | null;
  ws_type: string | null;
  id_not_null: boolean | null;
  id_type: string | null;
  replident: string;
}

const TABLES = `
SELECT c.oid::text AS oid, c.relname AS name, c.relkind::text AS kind, c.relispartition AS is_partition,
       root.relname AS root, ws.attnotnull AS ws_not_null, format_type(ws.atttypid, ws.atttypmod) AS ws_type,
       id.attnotnull AS id_not_null, format_type(id.atttypid, id.atttypmod) AS id_type,
       c.relreplident::text AS replident
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class root ON root.oid = pg_partition_root(c.oid) AND c.relispartition
LEFT JOIN pg_attribute ws ON ws.attrelid = c.oid AND ws.attname = '${TENANT_COLUMN}' AND ws.attnum > 0 AND NOT ws.attisdropped
LEFT JOIN pg_attribute id ON id.attrelid = c.oid AND id.attname = '${ANCHOR_COLUMN}' AND id.attnum > 0 AND NOT id.attisdropped
WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
  AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY c.relname`;

const INDEXES = `
SELECT i.indrelid::text AS rel, ci.relname AS name, i.indisprimary AS is_primary, i.indisexclusion AS is_exclusion,
       i.indnkeyatts AS nkeys, i.indkey::text AS keys, pg_get_indexdef(i.indexrelid) AS def,
       (SELECT array_agg(o.oprname::text ORDER BY k.ord)
          FROM pg_constraint x CROSS JOIN LATERAL unnest(x.conexclop) WITH ORDINALITY AS k (op, ord)
          JOIN pg_operator o ON o.oid = k.op
         WHERE x.conindid = i.indexrelid AND x.contype = 'x') AS exclusion_ops
FROM pg_index i JOIN pg_class ci ON ci.oid = i.indexrelid
WHERE i.indrelid = ANY ($1::oid[]) AND (i.indisunique OR i.indisexclusion)
ORDER BY ci.relname`;

const ATTNUMS = `
SELECT a.attrelid::text AS rel, a.attname AS name, a.attnum AS num
FROM pg_attribute a WHERE a.attrelid = ANY ($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped`;

const FOREIGN_KEYS = `
SELECT con.conname AS name, con.conrelid::text AS rel, con.confrelid::text AS ref,
       src.relname AS rel_name, srcn.nspname AS rel_schema, dst.relname AS ref_name, dstn.nspname AS ref_schema,
       con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update,
       ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k (n, o)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns,
       ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k (n, o)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o) AS ref_columns
FROM pg_constraint con
JOIN pg_class src ON src.oid = con.conrelid JOIN pg_namespace srcn ON srcn.oid = src.relnamespace
JOIN pg_class dst ON dst.oid = con.confrelid JOIN pg_namespace dstn ON dstn.oid = dst.relnamespace
WHERE con.contype = 'f' AND con.conparentid = 0
  AND (con.conrelid = ANY ($1::oid[]) OR con.confrelid = ANY ($1::oid[]))
ORDER BY src.relname, con.conname`;

const TRIGGERS = `
SELECT t.tgname AS name, t.tgrelid::text AS rel, t.tgfoid::text AS fn
FROM pg_trigger t
WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND t.tgrelid = ANY ($1::oid[])
ORDER BY t.tgname`;

const FUNCTIONS = `
SELECT p.oid::text AS oid, p.proname AS name, n.nspname AS schema, l.lanname AS language, p.prosrc AS source,
       pg_get_function_identity_arguments(p.oid) AS arguments
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
WHERE (n.nspname = $1 AND p.prokind IN ('f', 'p')
       AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'))
   OR p.oid = ANY ($2::oid[])
ORDER BY p.proname, p.oid`;

const POLICIES = `
SELECT pol.polname AS name, pol.polrelid::text AS rel,
       pg_get_expr(pol.polqual, pol.polrelid) AS qual, pg_get_expr(pol.polwithcheck, pol.polrelid) AS with_check
FROM pg_policy pol WHERE pol.polrelid = ANY ($1::oid[])
ORDER BY pol.polname`;

const DEFAULTS = `
SELECT d.adrelid::text AS rel, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
       pg_get_expr(d.adbin, d.adrelid) AS expression
FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
WHERE d.adrelid = ANY ($1::oid[]) AND NOT a.attisdropped
ORDER BY a.attname`;

export interface ReadinessOptions {
  /** The schema to read (default public). */
  schema?: string;
  /** Functions exempt from the body rule: cross-workspace on purpose, never run on a shard (see above). */
  crossWorkspaceFunctions?: readonly string[];
}

/** Reads the schema's catalog and applies the rules above. */
export async function citusReadiness(db: Db, options: ReadinessOptions = {}): Promise<Readiness> {
  const schema = options.schema ?? 'public';
  const exempt = new Set(options.crossWorkspaceFunctions ?? []);
  const violations: ReadinessViolation[] = [];
  const flag = (rule: ReadinessRule, table: string, object: string, message: string) =>
    violations.push({ rule, table, object, message });

  const tables = (await db.query<TableRow>(TABLES, [schema])).rows;
  const anchor = tables.find((t) => t.name === ANCHOR && !t.is_partition);
  const tenants = tables.filter((t) => t.ws_type !== null && !t.is_partition && t !== anchor);
  /** oid -> name and distribution column, for every distributed table. */
  const dist = new Map<string, { name: string; column: string }>();
  if (anchor) dist.set(anchor.oid, { name: anchor.name, column: ANCHOR_COLUMN });
  for (const t of tenants) dist.set(t.oid, { name: t.name, column: TENANT_COLUMN });
  const distOids = [...dist.keys()];

  // Distribution columns.
  if (anchor && anchor.id_type === null) {
    flag(
      'distribution-column',
      anchor.name,
      ANCHOR_COLUMN,
      `${ANCHOR} has no ${ANCHOR_COLUMN} column to distribute by`,
    );
  }
  for (const t of tenants) {
    if (!t.ws_not_null) {
      flag(
        'distribution-column',
        t.name,
        TENANT_COLUMN,
        `${TENANT_COLUMN} is nullable: Citus refuses a row without a distribution value`,
      );
    }
    if (anchor?.id_type && t.ws_type !== anchor.id_type) {
      flag(
        'distribution-column',
        t.name,
        TENANT_COLUMN,
        `${TENANT_COLUMN} is ${t.ws_type}, ${ANCHOR}.${ANCHOR_COLUMN} is ${anchor.id_type}: colocated tables need one type`,
      );
    }
  }

  // Partitions of distributed tables that are partitioned themselves.
  for (const t of tables) {
    if (t.is_partition && t.kind === 'p' && t.root && [...dist.values()].some((d) => d.name === t.root)) {
      flag(
        'partition',
        t.root,
        t.name,
        `${t.name} is a partition of ${t.root} that is partitioned itself: Citus does not distribute multi-level partitioned tables`,
      );
    }
  }

  // Keys.
  const attnums = new Map<string, number>();
  for (const a of (await db.query<{ rel: string; name: string; num: number }>(ATTNUMS, [distOids])).rows) {
    if (a.name === dist.get(a.rel)?.column) attnums.set(a.rel, a.num);
  }
  const indexes = (
    await db.query<{
      rel: string;
      name: string;
      is_primary: boolean;
      is_exclusion: boolean;
      nkeys: number;
      keys: string;
      def: string;
      exclusion_ops: string[] | null;
    }>(INDEXES, [distOids])
  ).rows;
  for (const [oid, { name, column }] of dist) {
    const table = tables.find((t) => t.oid === oid)!;
    if (!indexes.some((i) => i.rel === oid && i.is_primary) && !['f', 'i'].includes(table.replident)) {
      flag(
        'primary-key',
        name,
        name,
        `${name} has no primary key: Citus moves shards online by logical replication, which needs one (or a REPLICA IDENTITY) for UPDATE and DELETE`,
      );
    }
    const num = attnums.get(oid);
    for (const index of indexes.filter((i) => i.rel === oid)) {
      const keys = index.keys.split(' ').slice(0, index.nkeys).map(Number);
      const at = num === undefined ? -1 : keys.indexOf(num);
      const columns = index.def.replace(/^.*? USING \w+ /, '');
      const kind = index.is_primary ? 'primary key' : index.is_exclusion ? 'exclusion constraint' : 'unique index';
      if (at < 0) {
        flag(
          index.is_primary ? 'primary-key' : 'unique',
          name,
          index.name,
          `${kind} ${index.name} ${columns} lacks ${column}: a shard can only enforce it among its own rows`,
        );
      } else if (index.is_exclusion && index.exclusion_ops?.[at] !== '=') {
        flag('unique', name, index.name, `exclusion constraint ${index.name} does not compare ${column} with =`);
      }
    }
  }

  // Foreign keys.
  const fks = (
    await db.query<{
      name: string;
      rel: string;
      ref: string;
      rel_name: string;
      rel_schema: string;
      ref_name: string;
      ref_schema: string;
      on_delete: string;
      on_update: string;
      columns: string[];
      ref_columns: string[];
    }>(FOREIGN_KEYS, [distOids])
  ).rows;
  const references: [string, string][] = [];
  const label = (schemaName: string, name: string) => (schemaName === schema ? name : `${schemaName}.${name}`);
  for (const fk of fks) {
    const from = dist.get(fk.rel);
    const to = dist.get(fk.ref);
    const rel = label(fk.rel_schema, fk.rel_name);
    const ref = label(fk.ref_schema, fk.ref_name);
    const shown = `${fk.name} (${fk.columns.join(', ')}) -> ${ref} (${fk.ref_columns.join(', ')})`;
    if (!from || !to) {
      flag(
        'foreign-key',
        rel,
        fk.name,
        from
          ? `${shown}: ${ref} is not distributed (no ${TENANT_COLUMN}): a distributed table cannot reference a local table`
          : `${shown}: ${rel} is not distributed (no ${TENANT_COLUMN}): a local table cannot reference a distributed table`,
      );
      continue;
    }
    if (fk.rel !== fk.ref) references.push([from.name, to.name]);
    const paired = fk.columns.some((c, i) => c === from.column && fk.ref_columns[i] === to.column);
    if (!paired) {
      flag(
        'foreign-key',
        rel,
        fk.name,
        `${shown} does not pair ${rel}.${from.column} with ${ref}.${to.column}: the two rows may be in different shards`,
      );
    } else if (['n', 'd'].includes(fk.on_delete) || ['n', 'd', 'c'].includes(fk.on_update)) {
      flag(
        'foreign-key',
        rel,
        fk.name,
        `${shown}: Citus refuses ON DELETE SET NULL/SET DEFAULT and ON UPDATE SET NULL/SET DEFAULT/CASCADE on a key with the distribution column`,
      );
    }
  }

  // Functions.
  const triggers = (await db.query<{ name: string; rel: string; fn: string }>(TRIGGERS, [distOids])).rows;
  const functions = (
    await db.query<{ oid: string; name: string; schema: string; language: string; source: string; arguments: string }>(
      FUNCTIONS,
      [schema, [...new Set(triggers.map((t) => t.fn))]],
    )
  ).rows;
  /** Every table a function body may name: distributed ones (and their partitions) by their column; local ones. */
  const keyOf = new Map<string, string>();
  for (const { name, column } of dist.values()) keyOf.set(name, column);
  for (const t of tables) {
    const root = t.root ? [...dist.values()].find((d) => d.name === t.root) : undefined;
    if (root) keyOf.set(t.name, root.column);
  }
  const local = tables.filter((t) => !keyOf.has(t.name)).map((t) => t.name);
  for (const fn of functions) {
    if (fn.schema === 'pg_catalog') continue;
    const signature = `${fn.name}(${fn.arguments})`;
    const fired = triggers.filter((t) => t.fn === fn.oid);
    if (exempt.has(fn.name) && fn.schema === schema) {
      for (const t of fired) {
        flag(
          'function',
          dist.get(t.rel)!.name,
          signature,
          `${signature} is exempt as cross-workspace, but fires as trigger ${t.name} on a shard of ${dist.get(t.rel)!.name}`,
        );
      }
      continue;
    }
    if (fn.language !== 'plpgsql' && fn.language !== 'sql') {
      if (fired.length > 0) {
        flag(
          'function',
          dist.get(fired[0].rel)!.name,
          signature,
          `trigger function in ${fn.language}: its body cannot be read`,
        );
      }
      continue;
    }
    let scope: string;
    let scopeText: string;
    if (fired.length > 0) {
      const columns = [...new Set(fired.map((t) => dist.get(t.rel)!.column))];
      scope = `(?:new|old)\\.(?:${columns.join('|')})(?![\\w$])`;
      scopeText = columns.map((c) => `NEW.${c}`).join(' or ');
    } else {
      const params = fn.arguments
        .split(',')
        .map((a) => a.trim().split(/\s+/))
        .map(([name, ...type], i) => ({ name, type: type.join(' '), position: i + 1 }))
        .filter((p) => /^(p_|_|in_)?workspace(_id)?$/i.test(p.name) && p.type === 'uuid');
      scope = params.length
        ? params.map((p) => `(?<![.\\w$])${p.name}(?![\\w$])|\\$${p.position}(?!\\d)`).join('|')
        : '(?!)';
      scopeText = params.length ? params.map((p) => p.name).join(' or ') : 'its workspace parameter (it has none)';
    }
    const found = functionReferences(fn.source, keyOf, fired.length > 0 ? local : [], scope);
    const where = fired.length
      ? `trigger function of ${fired.map((t) => `${t.name} on ${dist.get(t.rel)!.name}`).join(', ')}`
      : 'function';
    for (const { table, problem } of found) {
      const shownTable = table === '%I' ? DYNAMIC_TABLE : table;
      const message =
        problem === 'local'
          ? `${where} touches ${table}, which is not distributed: a trigger runs on the node of its shard`
          : problem === 'unreadable'
            ? `${where} runs dynamic SQL without a literal to read`
            : `${where} touches ${shownTable} without ${keyOf.get(table) ?? TENANT_COLUMN} = ${scopeText}: rows of another workspace (another shard)`;
      flag('function', shownTable, signature, message);
    }
  }

  // Policies.
  const policies = (
    await db.query<{ name: string; rel: string; qual: string | null; with_check: string | null }>(POLICIES, [distOids])
  ).rows;
  const calls = (expression: string) =>
    [...exempt].filter((name) => new RegExp(`(?<![\\w$])${escape(name)}\\s*\\(`, 'i').test(expression));
  for (const p of policies) {
    for (const name of calls(`${p.qual ?? ''} ${p.with_check ?? ''}`)) {
      flag('function', dist.get(p.rel)!.name, name, `policy ${p.name} calls ${name}, exempt as cross-workspace`);
    }
    if (/\bselect\b/i.test(`${p.qual ?? ''} ${p.with_check ?? ''}`)) {
      flag(
        'policy',
        dist.get(p.rel)!.name,
        p.name,
        `policy ${p.name} reads a table: it is evaluated on the shard, and may only look at the row`,
      );
    }
  }

  // Defaults.
  const defaults = (
    await db.query<{ rel: string; name: string; type: string; expression: string }>(DEFAULTS, [distOids])
  ).rows;
  for (const d of defaults) {
    for (const name of calls(d.expression)) {
      flag(
        'function',
        dist.get(d.rel)!.name,
        name,
        `the default of ${d.name} calls ${name}, exempt as cross-workspace`,
      );
    }
    if (/\bnextval\(/i.test(d.expression) && d.type !== 'bigint') {
      flag(
        'default',
        dist.get(d.rel)!.name,
        d.name,
        `${d.name} (${d.type}) defaults to ${d.expression}: Citus's sequences on workers need bigint`,
      );
    }
  }

  return {
    tenantTables: tenants.map((t) => t.name),
    distributed: [...dist.values()].map(({ name, column }) => ({ table: name, column })),
    references,
    violations,
  };
}

// --- Reading SQL text -------------------------------------------------------------------------

export interface Lexed {
  /** The text without comments, each string literal replaced by the marker '#<index>'. */
  code: string;
  /** The literals' contents, by index. */
  literals: string[];
}

/** Sets comments and string literals ('...', E'...', $tag$...$tag$) aside; "quoted" identifiers lose their quotes. */
export function lex(sql: string): Lexed {
  let code = '';
  const literals: string[] = [];
  const literal = (text: string) => {
    literals.push(text);
    code += `'#${literals.length - 1}'`;
  };
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    const previous = sql[i - 1] ?? '';
    if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      code += ' ';
    } else if (c === '/' && next === '*') {
      let depth = 1;
      i += 2;
      while (i < sql.length && depth > 0) {
        if (sql.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (sql.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else {
          i++;
        }
      }
      code += ' ';
    } else if (c === "'" || ((c === 'E' || c === 'e') && next === "'" && !/[\w$]/.test(previous))) {
      const escapes = c !== "'";
      let j = escapes ? i + 2 : i + 1;
      let text = '';
      while (j < sql.length) {
        const d = sql[j];
        if (escapes && d === '\\') {
          text += sql[j + 1] ?? '';
          j += 2;
        } else if (d === "'" && sql[j + 1] === "'") {
          text += "'";
          j += 2;
        } else if (d === "'") {
          break;
        } else {
          text += d;
          j++;
        }
      }
      literal(text);
      i = j + 1;
    } else if (c === '$' && !/[\w$]/.test(previous) && /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.test(sql.slice(i))) {
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i))![0];
      const end = sql.indexOf(tag, i + tag.length);
      const stop = end < 0 ? sql.length : end;
      literal(sql.slice(i + tag.length, stop));
      i = stop + tag.length;
    } else if (c === '"') {
      const end = sql.indexOf('"', i + 1);
      const stop = end < 0 ? sql.length : end;
      code += sql.slice(i + 1, stop);
      i = stop + 1;
    } else {
      code += c;
      i++;
    }
  }
  return { code, literals };
}

/** The statements of a script or body: split at semicolons outside literals, trimmed, empty ones dropped. */
export function statements(sql: string): Lexed[] {
  const { code, literals } = lex(sql);
  return code
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => ({ code: s, literals }));
}

/** The text of a marker ('#3'), else undefined. */
function literalOf(expression: string, literals: string[]): string | undefined {
  const m = /^\s*'#(\d+)'\s*$/.exec(expression);
  return m ? literals[Number(m[1])] : undefined;
}

/** Splits at top-level commas (outside parentheses). */
function splitTopLevel(text: string, separator: RegExp = /,/y): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (depth === 0) {
      separator.lastIndex = i;
      const m = separator.exec(text);
      if (m) {
        parts.push(text.slice(start, i));
        start = i + m[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

/** The index of the first top-level keyword of `words` in `text` (outside parentheses), or -1. */
function topLevelKeyword(text: string, words: string[]): { at: number; word: string } | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (depth === 0 && /[a-z]/i.test(text[i]) && !/[\w$]/.test(text[i - 1] ?? '')) {
      const word = /^[a-z_]\w*/i.exec(text.slice(i))![0].toLowerCase();
      if (words.includes(word)) return { at: i, word };
      i += word.length - 1;
    }
  }
  return undefined;
}

/** The SQL an EXECUTE runs, as far as it can be read (undefined: nothing to read), $n replaced by USING's. */
function dynamicSql(rest: string, literals: string[]): string | undefined {
  const first = topLevelKeyword(rest, ['into', 'using']);
  const expression = first ? rest.slice(0, first.at) : rest;
  let using: string[] = [];
  const usingAt = first?.word === 'using' ? first.at : rest.search(/\busing\b/i);
  if (usingAt >= 0) {
    const tail = rest.slice(usingAt + 'using'.length);
    const end = topLevelKeyword(tail, ['into']);
    using = splitTopLevel(end ? tail.slice(0, end.at) : tail);
  }
  let text: string | undefined;
  const format = /^\s*format\s*\(([\s\S]*)\)\s*$/i.exec(expression);
  if (format) {
    const template = literalOf(splitTopLevel(format[1])[0] ?? '', literals);
    // %% is a literal %; %I and %s (a name or a value) may be a table; %L is a quoted value.
    text = template
      ?.split('%%')
      .map((part) => part.replace(/%(?:\d+\$)?[Is]/g, '%I').replace(/%(?:\d+\$)?L/g, "''"))
      .join('%');
  } else {
    const parts = splitTopLevel(expression, /\|\|/y);
    const read = parts.map((p) => literalOf(p, literals));
    text = read.some((p) => p !== undefined) ? read.map((p) => p ?? ' %I ').join('') : undefined;
  }
  return text?.replace(/\$(\d+)(?!\d)/g, (whole, n: string) => using[Number(n) - 1] ?? whole);
}

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
  'loop',
  'into',
  'from',
  'offset',
  'fetch',
  'except',
  'intersect',
]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Reference {
  table: string;
  alias: string;
  key: string;
  insert: boolean;
}

/** The references of a statement to `tables` (name -> distribution column; `%I` stands for a table named at run time). */
function referencesIn(sql: string, names: string[]): { table: string; alias: string; insert: boolean }[] {
  if (names.length === 0) return [];
  const alternation = names
    .map(escape)
    .sort((a, b) => b.length - a.length)
    .join('|');
  const re = new RegExp(
    `\\b(from|join|update|into)\\s+(?:only\\s+)?(?:[a-z_][\\w$]*\\.)?(${alternation})(?![\\w$%])(?:\\s+(?:as\\s+)?([a-z_][\\w$]*))?`,
    'gi',
  );
  return [...sql.matchAll(re)].map((m) => {
    const table = names.find((n) => n.toLowerCase() === m[2].toLowerCase())!;
    const candidate = m[3]?.toLowerCase();
    return {
      table,
      alias: candidate && !KEYWORDS.has(candidate) ? candidate : table,
      insert: m[1].toLowerCase() === 'into',
    };
  });
}

/** The INSERT's value for the reference's key column is the scope. */
function insertScoped(sql: string, ref: Reference, scope: string): boolean {
  const m = new RegExp(
    `\\binto\\s+(?:[a-z_][\\w$]*\\.)?${escape(ref.table)}(?:\\s+as\\s+[a-z_][\\w$]*)?\\s*\\(([^)]*)\\)\\s*(values\\s*\\(|select\\b)([\\s\\S]*)`,
    'i',
  ).exec(sql);
  if (!m) return false;
  const columns = m[1].split(',').map((c) => c.trim().toLowerCase());
  const index = columns.indexOf(ref.key);
  if (index < 0) return false;
  let values = m[3];
  if (/^values/i.test(m[2])) {
    let depth = 1;
    let end = 0;
    while (end < values.length && depth > 0) {
      if (values[end] === '(') depth++;
      else if (values[end] === ')') depth--;
      end++;
    }
    values = values.slice(0, end - 1);
  }
  const value = splitTopLevel(values)[index] ?? '';
  return new RegExp(`^\\(?\\s*(?:${scope})\\s*\\)?(?:::uuid)?$`, 'i').test(value);
}

/** The references of one statement that are not tied to the scope (also the static query check's, test/support/tenancy.ts). */
export function unscoped(statement: string, keyOf: Map<string, string>, scope: string): Reference[] {
  // An UPDATE's SET list assigns, it does not filter.
  const sql = statement.replace(/(\bupdate\b[\s\S]*?\bset\b)[\s\S]*?(?=\bwhere\b|\bfrom\b|\breturning\b|$)/gi, '$1 ');
  const refs: Reference[] = referencesIn(sql, [...keyOf.keys()]).map((r) => ({ ...r, key: keyOf.get(r.table)! }));
  const scoped = new Set<string>();
  const left: Record<string, number> = {};
  for (const key of new Set(refs.map((r) => r.key))) {
    const k = escape(key);
    left[key] = [
      ...sql.matchAll(new RegExp(`(?<![.\\w$])${k}\\s*=\\s*(?:${scope})|(?:${scope})\\s*=\\s*${k}(?![\\w$])`, 'gi')),
    ].length;
  }
  for (const ref of refs) {
    const a = escape(ref.alias);
    const k = escape(ref.key);
    const qualified = new RegExp(`\\b${a}\\.${k}\\s*=\\s*(?:${scope})|(?:${scope})\\s*=\\s*${a}\\.${k}\\b`, 'i');
    if (qualified.test(sql) || (ref.insert && insertScoped(sql, ref, scope))) scoped.add(ref.alias);
    else if (left[ref.key] > 0) {
      left[ref.key]--;
      scoped.add(ref.alias);
    }
  }
  // Joins on the distribution column carry the scope from one reference to another.
  for (let changed = true; changed;) {
    changed = false;
    for (const ref of refs) {
      if (scoped.has(ref.alias)) continue;
      for (const other of refs.filter((r) => scoped.has(r.alias))) {
        const a = `${escape(ref.alias)}\\.${escape(ref.key)}`;
        const b = `${escape(other.alias)}\\.${escape(other.key)}`;
        if (new RegExp(`\\b${a}\\s*=\\s*${b}\\b|\\b${b}\\s*=\\s*${a}\\b`, 'i').test(sql)) {
          scoped.add(ref.alias);
          changed = true;
          break;
        }
      }
    }
  }
  return refs.filter((r) => !scoped.has(r.alias));
}

/**
 * What a function body touches that breaks the rules: distributed tables (`keyOf`: name -> its
 * distribution column) outside the scope, `local` tables at all, dynamic SQL it cannot read.
 * The tables named at run time (format's %I) count as distributed, by workspace_id.
 */
export function functionReferences(
  body: string,
  keyOf: Map<string, string>,
  local: string[],
  scope: string,
): { table: string; problem: 'unscoped' | 'local' | 'unreadable' }[] {
  const found = new Map<string, 'unscoped' | 'local' | 'unreadable'>();
  const dynamicKeys = new Map([...keyOf, ['%I', TENANT_COLUMN]]);
  for (const { code, literals } of statements(body)) {
    for (const ref of unscoped(code, keyOf, scope)) found.set(ref.table, 'unscoped');
    for (const ref of referencesIn(code, local)) found.set(ref.table, 'local');
    for (const m of code.matchAll(/\bexecute\s+(?!function\b|procedure\b)/gi)) {
      const text = dynamicSql(code.slice(m.index + m[0].length), literals);
      if (text === undefined) {
        found.set('(dynamic SQL)', 'unreadable');
        continue;
      }
      for (const inner of statements(text)) {
        for (const ref of unscoped(inner.code, dynamicKeys, scope)) found.set(ref.table, 'unscoped');
        for (const ref of referencesIn(inner.code, local)) found.set(ref.table, 'local');
      }
    }
  }
  return [...found].map(([table, problem]) => ({ table, problem }));
}
