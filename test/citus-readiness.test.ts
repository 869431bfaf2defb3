// Citus readiness of the migrated schema (docs/SCALE-OUT.md): the catalog check of
// test/support/catalog.ts (keys, foreign keys, triggers and functions, policies, defaults,
// partitions) finds nothing in the schema the migrations make, finds exactly what is planted in
// a scratch schema, and scale-out/citus-distribute.sql distributes exactly the tables the
// catalog calls tenant tables, in an order Citus accepts. Citus itself is not installed here:
// this is what can be proven without it (with the static check of queries/,
// test/tenancy-static.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQueryFiles } from '../scripts/query-files.js';
import {
  ANCHOR,
  ANCHOR_COLUMN,
  DYNAMIC_TABLE,
  TENANT_COLUMN,
  citusReadiness,
  lex,
  statements,
} from './support/catalog.js';
import { useDatabase } from './support/database.js';

const db = useDatabase();

/**
 * Functions that are cross-workspace on purpose, exempt from the function rule (the static check's
 * CROSS_WORKSPACE, for functions): they run only as a statement of their own, on the coordinator,
 * never inside a query on a shard (checked below: no trigger, policy, default or query uses them).
 */
const CROSS_WORKSPACE_FUNCTIONS = [
  // Migration 0012's partition maintenance, run by a scheduler as the owner of the tables: retention
  // and partition creation are by time, across every workspace (the DEFAULT partition's rows of a
  // new month move into it; a partition's unfinished inbox events are counted before it is dropped).
  'psdb_create_log_partition',
  'payment_sync_create_log_partitions',
  'payment_sync_drop_log_partitions',
];
const options = { crossWorkspaceFunctions: CROSS_WORKSPACE_FUNCTIONS };
const SCRIPT = join(import.meta.dirname, '..', 'scale-out', 'citus-distribute.sql');

interface Distribution {
  table: string;
  column: string;
  colocateWith?: string;
}

/** The script's create_distributed_table calls, in order; and any create_reference_table. */
function parseScript(text: string): { distributions: Distribution[]; references: string[]; statements: string[] } {
  const all = statements(text);
  const literal = (code: string, literals: string[]) =>
    code.replace(/'#(\d+)'/g, (_, n: string) => `'${literals[+n]}'`);
  const shown = all.map((s) => literal(s.code, s.literals).replace(/\s+/g, ' '));
  const distributions: Distribution[] = [];
  const references: string[] = [];
  for (const s of shown) {
    for (const m of s.matchAll(
      /\bcreate_distributed_table\(\s*'([^']+)'\s*,\s*'([^']+)'\s*(?:,\s*colocate_with\s*=>\s*'([^']+)'\s*)?\)/gi,
    )) {
      distributions.push({ table: m[1], column: m[2], ...(m[3] ? { colocateWith: m[3] } : {}) });
    }
    for (const m of s.matchAll(/\bcreate_reference_table\(\s*'([^']+)'/gi)) references.push(m[1]);
  }
  return { distributions, references, statements: shown };
}

describe('the migrated schema is ready for Citus', () => {
  it('breaks none of the rules: keys, foreign keys, triggers and functions, policies, defaults', async () => {
    const readiness = await citusReadiness(db.pool, options);
    expect(readiness.violations).toEqual([]);
    // The tables the rules ran over: every table with workspace_id, and the anchor.
    expect(readiness.tenantTables).toEqual(expect.arrayContaining(['customers', 'payment_webhook_events']));
    expect(readiness.tenantTables).not.toContain(ANCHOR);
    expect(readiness.distributed[0]).toEqual({ table: ANCHOR, column: ANCHOR_COLUMN });
    // Partitions (migration 0012 makes the event tables partitioned) are not tables of their own.
    const { rows: partitions } = await db.pool.query<{ relname: string }>(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relispartition`,
    );
    for (const { relname } of partitions) expect(readiness.tenantTables).not.toContain(relname);
  });

  it('runs the functions exempt as cross-workspace only on the coordinator: a query names one only as its one FROM item', async () => {
    // A query whose only FROM item is the function runs on the coordinator, and so does the function:
    // its statements are distributed queries of their own (multi-shard), never a task on a shard.
    const files = await readQueryFiles(join(import.meta.dirname, '..', 'queries'));
    expect(files.length).toBeGreaterThan(0);
    const misplaced: string[] = [];
    for (const file of files) {
      const { code } = lex(file.sql);
      for (const name of CROSS_WORKSPACE_FUNCTIONS.filter((n) => new RegExp(`\\b${n}\\b`, 'i').test(code))) {
        const alone =
          new RegExp(`\\bfrom\\s+${name}\\s*\\(`, 'i').test(code) && code.match(/\b(from|join)\b/gi)?.length === 1;
        if (!alone) misplaced.push(`${file.name}: ${name}`);
      }
    }
    expect(misplaced).toEqual([]);
    // (A trigger, policy or default that calls one is a violation of the check above.)
  });

  it('checked the trigger functions and the functions that touch tenant tables', async () => {
    // The rule reads these bodies: psdb_sync_event_session_open reads its own session (workspace_id =
    // NEW.workspace_id), psdb_provider_parent reads and writes its own workspace's rows through dynamic
    // SQL bound to its `workspace` parameter, the others touch NEW/OLD only. Break them and it fails:
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`
        CREATE OR REPLACE FUNCTION psdb_sync_event_session_open() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM 1 FROM payment_sync_sessions WHERE id = NEW.session_id;
          RETURN NEW;
        END;
        $$`);
      // psdb_provider_parent's lookup without its workspace_id = $1 (bound to its `workspace` parameter).
      const { rows } = await client.query<{ def: string }>(
        `SELECT pg_get_functiondef('psdb_provider_parent(text, uuid, text, text)'::regprocedure) AS def`,
      );
      const unbound = rows[0].def.replace('WHERE workspace_id = $1 AND payment_provider', 'WHERE payment_provider');
      expect(unbound).not.toBe(rows[0].def);
      await client.query(unbound);
      const broken = await citusReadiness(client, options);
      expect(broken.violations.map((v) => [v.rule, v.table, v.object])).toEqual([
        ['function', DYNAMIC_TABLE, 'psdb_provider_parent(entity text, workspace uuid, provider text, external text)'],
        ['function', 'payment_sync_sessions', 'psdb_sync_event_session_open()'],
      ]);
      expect(broken.violations[1].message).toMatch(
        /trigger function of payment_sync_events_session_open on payment_sync_events touches payment_sync_sessions without workspace_id = NEW\.workspace_id/,
      );
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});

describe('the catalog check', () => {
  it('reports exactly the violations planted in a scratch schema, and nothing that keeps the rules', async () => {
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`
        CREATE SCHEMA citus_scratch;
        SET LOCAL search_path = citus_scratch;
        CREATE TABLE workspaces (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);

        -- A tenant table keeping the rules, but for one unique index.
        CREATE TABLE notes (
          workspace_id uuid NOT NULL REFERENCES workspaces (id),
          id uuid NOT NULL DEFAULT gen_random_uuid(),
          slug text NOT NULL,
          body text,
          PRIMARY KEY (workspace_id, id)
        );
        CREATE UNIQUE INDEX notes_slug_key ON notes (slug);                               -- planted
        CREATE UNIQUE INDEX notes_workspace_slug_key ON notes (workspace_id, lower(slug)) WHERE body IS NOT NULL;
        ALTER TABLE notes ADD CONSTRAINT notes_no_overlap EXCLUDE USING btree (workspace_id WITH =, id WITH =);
        CREATE POLICY notes_tenant ON notes USING (workspace_id = current_setting('scratch.workspace', true)::uuid);

        CREATE TABLE note_links (
          workspace_id uuid NOT NULL REFERENCES workspaces (id),
          id uuid NOT NULL,
          note_id uuid NOT NULL,
          other_workspace_id uuid NOT NULL,
          PRIMARY KEY (workspace_id, id),
          CONSTRAINT note_links_note_fkey FOREIGN KEY (workspace_id, note_id) REFERENCES notes (workspace_id, id),
          -- planted: another column stands in for workspace_id
          CONSTRAINT note_links_other_note_fkey FOREIGN KEY (other_workspace_id, note_id) REFERENCES notes (workspace_id, id),
          -- planted: workspace_id on both sides, but paired with id
          CONSTRAINT note_links_swapped_fkey FOREIGN KEY (workspace_id, note_id) REFERENCES notes (id, workspace_id),
          -- planted: to the anchor from another column
          CONSTRAINT note_links_other_workspace_fkey FOREIGN KEY (other_workspace_id) REFERENCES workspaces (id)
        );

        CREATE POLICY notes_shared ON notes                                                -- planted
          USING (EXISTS (SELECT 1 FROM note_links l WHERE l.note_id = notes.id));

        -- planted: nullable workspace_id, no primary key, an int4 sequence.
        CREATE TABLE tags (workspace_id uuid REFERENCES workspaces (id), n serial, name text);

        -- A partitioned tenant table: one table, its partitions skipped; one planted unique index.
        CREATE TABLE events (
          workspace_id uuid NOT NULL REFERENCES workspaces (id),
          id uuid NOT NULL,
          created_at timestamptz NOT NULL,
          kind text NOT NULL,
          PRIMARY KEY (workspace_id, id, created_at)
        ) PARTITION BY RANGE (created_at);
        CREATE TABLE events_2026_01 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
        CREATE TABLE events_2026_02 PARTITION OF events FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
        CREATE UNIQUE INDEX events_kind_key ON events (kind, created_at);                  -- planted

        -- planted: a partition that is partitioned itself.
        CREATE TABLE deep (
          workspace_id uuid NOT NULL REFERENCES workspaces (id),
          id uuid NOT NULL,
          created_at timestamptz NOT NULL,
          kind text NOT NULL,
          PRIMARY KEY (workspace_id, id, created_at, kind)
        ) PARTITION BY RANGE (created_at);
        CREATE TABLE deep_2026_01 PARTITION OF deep FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')
          PARTITION BY LIST (kind);
        CREATE TABLE deep_2026_01_a PARTITION OF deep_2026_01 FOR VALUES IN ('a');

        -- A local table (no workspace_id): planted, its foreign key to a tenant table.
        CREATE TABLE audit_log (
          note_workspace_id uuid NOT NULL,
          note_id uuid NOT NULL,
          at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT audit_log_note_fkey FOREIGN KEY (note_workspace_id, note_id) REFERENCES notes (workspace_id, id)
        );

        -- Trigger functions keeping the rules: NEW only; its own workspace's rows.
        CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.body := trim(NEW.body); -- FROM notes in a comment is not a statement
          RETURN NEW;
        END $$;
        CREATE TRIGGER notes_touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION touch();
        CREATE FUNCTION link_note_exists() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM 1 FROM citus_scratch.notes n WHERE n.workspace_id = NEW.workspace_id AND n.id = NEW.note_id;
          IF NOT FOUND THEN RAISE EXCEPTION 'no note % FROM notes', NEW.note_id; END IF;
          UPDATE notes SET body = body WHERE workspace_id = NEW.workspace_id AND id = NEW.note_id;
          RETURN NEW;
        END $$;
        CREATE TRIGGER note_links_check BEFORE INSERT ON note_links FOR EACH ROW EXECUTE FUNCTION link_note_exists();

        -- planted: reads every workspace's notes.
        CREATE FUNCTION slug_taken() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM citus_scratch.notes WHERE slug = NEW.slug) THEN
            RAISE EXCEPTION 'slug % is taken', NEW.slug;
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER notes_slug_taken BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION slug_taken();

        -- planted: writes a row of another workspace (and an UPDATE whose only workspace_id is in SET).
        CREATE FUNCTION copy_to_other_workspace() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO notes (workspace_id, id, slug) VALUES (NEW.other_workspace_id, gen_random_uuid(), 'copy');
          RETURN NULL;
        END $$;
        CREATE TRIGGER note_links_copy AFTER INSERT ON note_links FOR EACH ROW EXECUTE FUNCTION copy_to_other_workspace();
        CREATE FUNCTION move_tag() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE tags SET workspace_id = NEW.workspace_id WHERE name = NEW.slug;
          RETURN NEW;
        END $$;
        CREATE TRIGGER notes_move_tag AFTER INSERT ON notes FOR EACH ROW EXECUTE FUNCTION move_tag();

        -- planted: a trigger of a distributed table writing a local table.
        CREATE FUNCTION audit_note() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO audit_log (note_workspace_id, note_id) VALUES (NEW.workspace_id, NEW.id);
          RETURN NULL;
        END $$;
        CREATE TRIGGER notes_audit AFTER INSERT ON notes FOR EACH ROW EXECUTE FUNCTION audit_note();

        -- Functions with dynamic SQL: planted, across workspaces; keeping the rules, bound to its workspace.
        CREATE FUNCTION count_rows(tbl text) RETURNS bigint LANGUAGE plpgsql AS $$
        DECLARE n bigint;
        BEGIN
          EXECUTE format('SELECT count(*) FROM %I', tbl) INTO n;
          RETURN n;
        END $$;
        CREATE FUNCTION count_workspace_rows(tbl text, workspace uuid) RETURNS bigint LANGUAGE plpgsql AS $$
        DECLARE n bigint;
        BEGIN
          EXECUTE format($q$SELECT count(*) FROM %I WHERE workspace_id = $1$q$, tbl) INTO n USING workspace;
          EXECUTE 'SELECT count(*) FROM notes WHERE workspace_id = $1 AND slug = ' || quote_literal(tbl) INTO n USING workspace;
          RETURN n;
        END $$;
        CREATE FUNCTION workspace_notes(workspace_id uuid) RETURNS SETOF notes LANGUAGE sql STABLE AS $$
          SELECT * FROM notes WHERE notes.workspace_id = $1
        $$;
      `);
      const readiness = await citusReadiness(client, { schema: 'citus_scratch' });
      expect(readiness.tenantTables.sort()).toEqual(['deep', 'events', 'note_links', 'notes', 'tags']);
      const found = readiness.violations.map((v) => [v.rule, v.table, v.object]).sort();
      expect(found).toEqual(
        [
          ['distribution-column', 'tags', TENANT_COLUMN],
          ['primary-key', 'tags', 'tags'],
          ['default', 'tags', 'n'],
          ['partition', 'deep', 'deep_2026_01'],
          ['unique', 'notes', 'notes_slug_key'],
          ['unique', 'events', 'events_kind_key'],
          ['foreign-key', 'note_links', 'note_links_other_note_fkey'],
          ['foreign-key', 'note_links', 'note_links_swapped_fkey'],
          ['foreign-key', 'note_links', 'note_links_other_workspace_fkey'],
          ['foreign-key', 'audit_log', 'audit_log_note_fkey'],
          ['function', 'notes', 'slug_taken()'],
          ['function', 'notes', 'copy_to_other_workspace()'],
          ['function', 'tags', 'move_tag()'],
          ['function', 'audit_log', 'audit_note()'],
          ['function', DYNAMIC_TABLE, 'count_rows(tbl text)'],
          ['policy', 'notes', 'notes_shared'],
        ].sort(),
      );
      const message = (object: string) => readiness.violations.find((v) => v.object === object)?.message;
      expect(message('notes_slug_key')).toMatch(/unique index notes_slug_key \(slug\) lacks workspace_id/);
      expect(message('note_links_swapped_fkey')).toMatch(
        /\(workspace_id, note_id\) -> notes \(id, workspace_id\) does not pair note_links\.workspace_id with notes\.workspace_id/,
      );
      expect(message('note_links_other_workspace_fkey')).toMatch(
        /does not pair note_links\.workspace_id with workspaces\.id/,
      );
      expect(message('audit_log_note_fkey')).toMatch(/a local table cannot reference a distributed table/);
      expect(message('slug_taken()')).toMatch(
        /trigger function of notes_slug_taken on notes touches notes without workspace_id = NEW\.workspace_id/,
      );
      expect(message('audit_note()')).toMatch(/touches audit_log, which is not distributed/);
      expect(message('count_rows(tbl text)')).toMatch(/without workspace_id = its workspace parameter \(it has none\)/);
      expect(message('deep_2026_01')).toMatch(/multi-level partitioned tables/);
      // The partitioned table counts once: no violation names a partition's own index or key.
      expect(readiness.violations.filter((v) => /events_2026/.test(v.object))).toEqual([]);
      // The foreign keys Citus would see between distributed tables (note_links -> notes, ... -> workspaces).
      expect(readiness.references).toEqual(expect.arrayContaining([['note_links', 'notes']]));

      // Exempt as cross-workspace: count_rows is no longer reported; a trigger function cannot be exempt.
      const exempted = await citusReadiness(client, {
        schema: 'citus_scratch',
        crossWorkspaceFunctions: ['count_rows', 'slug_taken'],
      });
      const moved = (list: typeof readiness.violations) => list.filter((v) => /count_rows|slug_taken/.test(v.object));
      expect(moved(exempted.violations)).toEqual([
        {
          rule: 'function',
          table: 'notes',
          object: 'slug_taken()',
          message:
            'slug_taken() is exempt as cross-workspace, but fires as trigger notes_slug_taken on a shard of notes',
        },
      ]);
      expect(exempted.violations.length).toBe(readiness.violations.length - 1);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});

describe('scale-out/citus-distribute.sql', () => {
  const script = parseScript(readFileSync(SCRIPT, 'utf8'));

  it('distributes every tenant table of the catalog by workspace_id, colocated with workspaces, and nothing else', async () => {
    const { tenantTables } = await citusReadiness(db.pool, options);
    const [anchor, ...tenants] = script.distributions;
    expect(anchor).toEqual({ table: ANCHOR, column: ANCHOR_COLUMN });
    expect(tenants.map((d) => d.table).sort()).toEqual([...tenantTables].sort());
    expect(new Set(tenants.map((d) => d.table)).size).toBe(tenants.length);
    for (const d of tenants) expect(d).toEqual({ table: d.table, column: TENANT_COLUMN, colocateWith: ANCHOR });
    expect(script.references).toEqual([]);
  });

  it('distributes a referenced table before the tables that reference it', async () => {
    const { references } = await citusReadiness(db.pool, options);
    const order = script.distributions.map((d) => d.table);
    expect(references.length).toBeGreaterThan(0);
    for (const [from, to] of references)
      expect(order.indexOf(to), `${from} -> ${to}`).toBeLessThan(order.indexOf(from));
  });

  it('starts with the guard against a database without citus, then distributes in one transaction', () => {
    const [guard, begin, ...rest] = script.statements;
    expect(guard).toMatch(/^DO '[\s\S]*SELECT 1 FROM pg_extension WHERE extname = 'citus'[\s\S]*RAISE EXCEPTION/);
    expect(begin).toBe('BEGIN');
    expect(rest.at(-1)).toBe('COMMIT');
    const allowed =
      /^(SET LOCAL citus\.|SELECT create_distributed_table\(|ALTER TABLE \w+ (DISABLE|ENABLE) TRIGGER \w+$)/;
    expect(rest.slice(0, -1).filter((s) => !allowed.test(s))).toEqual([]);
  });

  it('turns off, for the copy of existing rows into the shards, exactly the INSERT row triggers that read tables', async () => {
    // Citus creates a shard with the table's triggers, then copies the rows into it: a row trigger on
    // INSERT fires for each. One that reads a table may refuse an existing row (the session check
    // refuses the events of a finished session); one that only sets NEW's columns, on rows it
    // already set them on, changes nothing.
    const { rows } = await db.pool.query<{ table: string; trigger: string; source: string }>(`
      SELECT c.relname AS table, t.tgname AS trigger, p.prosrc AS source
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND NOT t.tgisinternal AND t.tgparentid = 0 AND NOT c.relispartition
        AND (t.tgtype & 1) = 1 AND (t.tgtype & 4) = 4
      ORDER BY 1, 2`);
    const reading = rows.filter((r) => /\b(from|join)\s+[a-z_]/i.test(lex(r.source).code));
    expect(reading.map((r) => [r.table, r.trigger])).toEqual([
      ['payment_sync_events', 'payment_sync_events_session_open'],
    ]);
    for (const { table, trigger } of reading) {
      const at = script.statements.indexOf(
        `SELECT create_distributed_table('${table}', '${TENANT_COLUMN}', colocate_with => '${ANCHOR}')`,
      );
      expect(script.statements.slice(at - 1, at + 2)).toEqual([
        `ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`,
        expect.stringContaining(`create_distributed_table('${table}'`),
        `ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`,
      ]);
    }
    const toggles = script.statements.filter((s) => /^ALTER TABLE/.test(s));
    expect(toggles).toHaveLength(reading.length * 2);

    // The statements themselves, on this PostgreSQL (Citus runs them on the coordinator and propagates
    // them): they reach every partition of a partitioned table, and the second undoes the first.
    const client = await db.pool.connect();
    const state = async () =>
      (
        await client.query<{ relname: string; tgenabled: string }>(
          `SELECT c.relname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
           WHERE t.tgname = ANY ($1) ORDER BY 1`,
          [reading.map((r) => r.trigger)],
        )
      ).rows;
    try {
      await client.query('BEGIN');
      const before = await state();
      expect(before.length).toBeGreaterThan(1); // the parent and its partitions
      expect(before.every((r) => r.tgenabled === 'O')).toBe(true);
      for (const s of toggles.filter((s) => /DISABLE/.test(s))) await client.query(s);
      expect((await state()).every((r) => r.tgenabled === 'D')).toBe(true);
      for (const s of toggles.filter((s) => /ENABLE/.test(s))) await client.query(s);
      expect(await state()).toEqual(before);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
