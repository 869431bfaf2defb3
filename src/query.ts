// The cardinality helpers: one small function per result shape, as in
// Slonik and sqlc. A facade function is a declaration over its generated
// query (`export const getCustomer = one(GetCustomer)`); everything that is
// more than the query (parameter checks, binding, row mapping, integer
// safety, error mapping) happens here, once, for all of them.
import type { PreparedQuery } from '@pgtyped/runtime';
import { processSQLQueryIR } from '@pgtyped/runtime';
import pg from 'pg';
import { InvalidParameterError, mapError, PaymentSyncDbError, TooManyRowsError, UnsafeIntegerError } from './errors.js';
import { checkParams, columnOf, MAX_LIST_LIMIT, oneOf, type Check, type ParamRules } from './params.js';
import { queryChannel, queryTraced, type QueryTraceContext } from './telemetry.js';
import type {
  EntitySyncStatus,
  EntityType,
  PriceType,
  RecurringInterval,
  SessionType,
  SyncEventType,
} from './vocabulary.js';

/** A pool, a pooled client or a client: whatever the caller owns. The same function runs on each. */
export type Db = pg.Pool | pg.PoolClient | pg.Client;

interface Compiled {
  /** The documented name (the SQL file's), given by nameQueries; the statement's name until then. */
  name: string;
  /** How the facade function reads the result. */
  cardinality: Cardinality;
  text: string;
  /** Parameter names in bind order, and whether each is required. */
  params: { name: string; required: boolean }[];
  /** Name of the server-side prepared statement (one per distinct SQL text). */
  statement: string;
  /**
   * The constant part of the pg query config, shared as the prototype of each
   * call's config (whose only own property is `values`): pg copies a config's
   * own properties on every call (utils.cloneQueryConfig), so keeping the
   * constant ones on the prototype makes that copy one property long.
   */
  config: { name: string; text: string; rowMode: 'array'; types: typeof typeParsers };
  /** The same without a statement name, for pools that send unnamed statements (PgBouncer transaction mode). */
  unnamed: { text: string; rowMode: 'array'; types: typeof typeParsers };
  /** The result columns last seen and how a row of them is built, reused while the columns stay the same. */
  columns?: { names: string[]; build: RowBuilder };
}

interface QueryIR {
  statement: string;
}

function compile(query: PreparedQuery<unknown, unknown>, cardinality: Cardinality): Compiled {
  const ir = (query as unknown as { queryIR: QueryIR }).queryIR;
  const { query: text, mapping } = processSQLQueryIR(ir as never);
  const params = mapping.map((m) => {
    // Arrays travel as one parameter (`= ANY(:ids)`, `unnest`), never expanded
    // into one bind parameter per element (pg wraps past 65,535 of them).
    if (m.type !== 0) throw new Error(`parameter "${m.name}" uses a spread; pass arrays as one parameter`);
    return { name: m.name, required: m.required, index: m.assignedIndex };
  });
  params.sort((a, b) => a.index - b.index);
  const statement = `psdb_${fnv1a(text)}`;
  return {
    name: statement,
    cardinality,
    text,
    params: params.map(({ name, required }) => ({ name, required })),
    statement,
    config: { name: statement, text, rowMode: 'array', types: typeParsers },
    unnamed: { text, rowMode: 'array', types: typeParsers },
  };
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36) + text.length.toString(36);
}

// Per-query type parsers: int8 (ids, amounts, counts) arrive as exact JS
// numbers or fail loudly; nothing is changed in pg's global parser registry.
function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new UnsafeIntegerError(value);
  return n;
}
const INT8_OID = 20;
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return parseInt8;
    return pg.types.getTypeParser(oid, format);
  },
};

const camelCache = new Map<string, string>();
function camel(column: string): string {
  let key = camelCache.get(column);
  if (key === undefined) {
    // `"count!"` / `"name?"` are pgtyped's nullability hints: not part of the key.
    key = column.replace(/[!?]$/, '').replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    camelCache.set(column, key);
  }
  return key;
}

/** Marks a pool or client whose calls send unnamed statements (see withoutNamedStatements). */
const UNNAMED = Symbol.for('payment-sync-db.unnamedStatements');
type Marked = { [UNNAMED]?: true };

/**
 * Makes every call of this library on `db` send unnamed statements (the extended protocol without a
 * statement name: parsed on every call, never prepared once per connection), for PgBouncer in
 * transaction pooling mode before 1.21, or 1.21+ without `max_prepared_statements`, where a named
 * statement prepared on one server connection is missing on the next. For a pool, the clients it
 * connects from now on are marked too (mark it before its first use, or build it with
 * `createPool({ namedStatements: false })`). Returns `db`. Costs one parse per call on the server.
 */
export function withoutNamedStatements<D extends Db>(db: D): D {
  (db as Marked)[UNNAMED] = true;
  if (db instanceof pg.Pool) {
    db.on('connect', (client) => {
      (client as Marked)[UNNAMED] = true;
    });
  }
  return db;
}

async function execute(
  db: Db,
  compiled: Compiled,
  params: Record<string, unknown>,
  rules: ParamRules | undefined,
  check?: Check,
): Promise<{ rows: Record<string, unknown>[]; rowCount: number }> {
  const values = checkParams(compiled.params, params, rules);
  check?.(params);
  // Hot path: the config's constant part is its prototype (see Compiled.config).
  const config = Object.create((db as Marked)[UNNAMED] ? compiled.unnamed : compiled.config) as pg.QueryArrayConfig;
  config.values = values;
  let result: pg.QueryResult<unknown[]>;
  if (queryTraced()) result = await traced(db, compiled, config, params);
  else {
    try {
      result = await db.query(config);
    } catch (error) {
      throw mapError(error);
    }
  }
  const build = rowBuilderOf(compiled, result.fields);
  const raw = result.rows;
  const rows = new Array<Record<string, unknown>>(raw.length);
  for (let r = 0; r < raw.length; r++) rows[r] = build(raw[r]);
  return { rows, rowCount: result.rowCount ?? 0 };
}

/** The statement, published on the `payment-sync-db:query` TracingChannel (src/telemetry.ts). */
async function traced(
  db: Db,
  compiled: Compiled,
  config: pg.QueryArrayConfig,
  params: Record<string, unknown>,
): Promise<pg.QueryResult<unknown[]>> {
  const workspaceId = params.workspaceId;
  const context: QueryTraceContext = {
    query: compiled.name,
    text: compiled.text,
    statement: compiled.statement,
    cardinality: compiled.cardinality,
    workspaceId: typeof workspaceId === 'string' ? workspaceId : undefined,
  };
  let result: pg.QueryResult<unknown[]> | undefined;
  // The traced function resolves to the row count, so that the channel's `result` never holds rows.
  await queryChannel.tracePromise(async () => {
    try {
      result = await db.query(config);
    } catch (error) {
      throw mapError(error);
    }
    context.rowCount = result.rowCount ?? 0;
    return context.rowCount;
  }, context);
  return result!;
}

type RowBuilder = (values: unknown[]) => Record<string, unknown>;

/** How a row of these result columns is built: made once per query while its columns stay the same. */
function rowBuilderOf(compiled: Compiled, fields: readonly pg.FieldDef[]): RowBuilder {
  const seen = compiled.columns;
  if (seen && seen.names.length === fields.length) {
    let same = true;
    for (let i = 0; i < fields.length; i++) {
      if (seen.names[i] !== fields[i].name) {
        same = false;
        break;
      }
    }
    if (same) return seen.build;
  }
  const names = fields.map((f) => f.name);
  const build = rowBuilder(names.map(camel));
  compiled.columns = { names, build };
  return build;
}

/**
 * A function from a row's values (pg's array row) to the camelCase object.
 * It returns one object literal of the columns in order: one allocation of a
 * fixed shape per row, where adding the keys one by one costs a keyed store
 * each (measured: 100 rows of 23 columns, 40 µs by the loop, 3 µs by the
 * literal; the keyset list pages spend it on every call). The keys are
 * written as JSON string literals, so no column name can be code. Where code
 * generation is disallowed (node --disallow-code-generation-from-strings), or
 * for a column that would be the prototype setter, the loop is used instead.
 * Both give the same object: keys in column order, a repeated key keeping its
 * first position and its last value.
 */
function rowBuilder(keys: string[]): RowBuilder {
  if (!keys.includes('__proto__')) {
    try {
      const body = `return {${keys.map((key, i) => `${JSON.stringify(key)}: v[${i}]`).join(', ')}};`;
      return new Function('v', body) as RowBuilder;
    } catch {
      // Code generation from strings is disallowed: the loop below.
    }
  }
  return (values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) row[keys[i]] = values[i];
    return row;
  };
}

/**
 * pgtyped types a CHECK-constrained text column as `string`. Parameters and
 * columns are named the same in every query, so the vocabularies are applied
 * here, once, by name: `paymentSyncStatus` is an EntitySyncStatus wherever it
 * appears. `status` means a different vocabulary per table and comes from the
 * declaration's `status` option (S).
 */
interface Vocabulary {
  paymentSyncStatus: EntitySyncStatus;
  sessionType: SessionType;
  entityType: EntityType;
  eventType: SyncEventType;
  type: PriceType;
  recurringInterval: RecurringInterval;
}
/** Batch columns (one array element per object, see `tally`): the same vocabularies, element-wise. */
interface ColumnVocabulary {
  types: PriceType;
  recurringIntervals: RecurringInterval;
}
type NarrowElements<V, U> = V extends readonly (infer E)[] ? (string extends E ? (U | Exclude<E, string>)[] : V) : V;
type NarrowValue<V, U> =
  string extends NonNullable<V>
    ? U | Exclude<V, string>
    : string[] extends NonNullable<V>
      ? U[] | Exclude<V, string[]>
      : V;
export type Narrow<T, S extends string = string, V extends string = never> = {
  [K in keyof T]: K extends V
    ? T[K]
    : K extends keyof Vocabulary
      ? NarrowValue<T[K], Vocabulary[K]>
      : K extends 'status'
        ? NarrowValue<T[K], S>
        : K extends 'entityTypes'
          ? NarrowValue<T[K], EntityType>
          : K extends keyof ColumnVocabulary
            ? NarrowElements<T[K], ColumnVocabulary[K]>
            : K extends 'statuses'
              ? NarrowElements<T[K], S>
              : T[K];
};

/** The parameters of a facade function: `ParamsOf<typeof customers.listCustomers>`. Each query's is also exported by name (`ListCustomersParams`). */
export type ParamsOf<F extends (db: Db, params: never) => unknown> = F extends (db: Db, params: infer P) => unknown
  ? P
  : never;
/**
 * What a facade function's query gives: for `one`, `many` and `list` the row (null excluded), for
 * the others what the call resolves to (`count`, `changed`: a number; `upsert`: `{ outcome, row }`;
 * `tally`: the counts). Each query's is also exported by name (`ListCustomersResult`).
 */
export type ResultOf<F extends (...args: never[]) => Promise<unknown>> =
  Awaited<ReturnType<F>> extends readonly (infer E)[] ? E : NonNullable<Awaited<ReturnType<F>>>;

export interface Options<S extends string = string, V extends string = never> {
  /**
   * Names that mean something else in this query than everywhere else (the webhook inbox's
   * `eventType` is the provider's own, not a sync event type): left unnarrowed in the types. Give
   * them their own `rules`.
   */
  verbatim?: readonly V[];
  /**
   * The vocabulary of this table's `status` column: checked at run time, narrowed in the types
   * (a batch's `statuses` array too, element-wise).
   */
  status?: readonly S[];
  /** Parameter checks beyond the shared ones. */
  rules?: ParamRules;
  /**
   * A check of the whole parameter object (e.g. `sameLength(...)` for the
   * columns of a batch), run after the per-name rules and before the
   * database is touched; it throws InvalidParameterError to refuse.
   */
  check?: Check;
}

function rulesOf(options: Options<string, string>): ParamRules | undefined {
  if (!options.status) return options.rules;
  return { status: oneOf(options.status), statuses: columnOf(oneOf(options.status)), ...options.rules };
}

export type Cardinality = 'one' | 'many' | 'count' | 'changed' | 'list' | 'upsert' | 'tally';

/** What a facade function runs: for tooling (the isolation matrix, EXPLAIN checks, the benchmark). */
export interface QueryInfo {
  /** The documented name (the SQL file's, e.g. `GetCustomer`), once the package entry has named it; the statement's name before. */
  readonly name: string;
  cardinality: Cardinality;
  /** The SQL sent to the server, with $1..$n. */
  text: string;
  /** Parameter names in bind order (list cursors appear as after<Field>). */
  params: readonly { name: string; required: boolean }[];
  /** The prepared statement's name. */
  statement: string;
}

const compiledOf = new WeakMap<QueryInfo, Compiled>();

/**
 * Gives each facade function of a namespace module its documented name, the SQL file's
 * (`getCustomerByExternalID` runs GetCustomerByExternalID), as `info.name` and as the query name
 * the tracing channel publishes. The package entry calls it once per namespace; a query keeps the
 * first name it is given (a function re-exported by a second namespace has the same name there).
 */
export function nameQueries(namespace: Record<string, unknown>): void {
  for (const [key, fn] of Object.entries(namespace)) {
    const info = typeof fn === 'function' ? (fn as { info?: QueryInfo }).info : undefined;
    const compiled = info && compiledOf.get(info);
    if (compiled && compiled.name === compiled.statement) compiled.name = key[0].toUpperCase() + key.slice(1);
  }
}

/** Attaches `info` (non-enumerable) to a facade function. */
function described<F extends (...args: never[]) => unknown>(
  fn: F,
  cardinality: Cardinality,
  compiled: Compiled,
): F & { readonly info: QueryInfo } {
  const info: QueryInfo = {
    get name() {
      return compiled.name;
    },
    cardinality,
    text: compiled.text,
    params: compiled.params,
    statement: compiled.statement,
  };
  compiledOf.set(info, compiled);
  return Object.defineProperty(fn, 'info', { value: info, enumerable: false }) as F & { readonly info: QueryInfo };
}

/**
 * A facade function that runs `of`'s query its own way (maps its result, repeats it in batches):
 * `fn`, carrying `of`'s QueryInfo, so that tooling sees the query it runs.
 */
export function sameQuery<G extends (...args: never[]) => unknown>(
  of: { readonly info: QueryInfo },
  fn: G,
): G & { readonly info: QueryInfo } {
  return Object.defineProperty(fn, 'info', { value: of.info, enumerable: false }) as G & { readonly info: QueryInfo };
}

/** Single row or null. More than one row is a bug in the SQL and throws. */
export function one<P, R, S extends string = string, V extends string = never>(
  query: PreparedQuery<P, R>,
  options: Options<S, V> = {},
) {
  const compiled = compile(query as PreparedQuery<unknown, unknown>, 'one');
  const rules = rulesOf(options);
  return described(
    async (db: Db, params: Narrow<P, S, V>): Promise<Narrow<R, S, V> | null> => {
      const { rows } = await execute(db, compiled, params as Record<string, unknown>, rules, options.check);
      if (rows.length > 1) throw new TooManyRowsError(compiled.statement, rows.length);
      return (rows[0] as Narrow<R, S, V> | undefined) ?? null;
    },
    'one',
    compiled,
  );
}

/** Every row, as an array. */
export function many<P, R, S extends string = string, V extends string = never>(
  query: PreparedQuery<P, R>,
  options: Options<S, V> = {},
) {
  const compiled = compile(query as PreparedQuery<unknown, unknown>, 'many');
  const rules = rulesOf(options);
  return described(
    async (db: Db, params: Narrow<P, S, V>): Promise<Narrow<R, S, V>[]> => {
      const { rows } = await execute(db, compiled, params as Record<string, unknown>, rules, options.check);
      return rows as Narrow<R, S, V>[];
    },
    'many',
    compiled,
  );
}

/** The number in the first column of the single row the query returns. */
export function count<P, R, S extends string = string, V extends string = never>(
  query: PreparedQuery<P, R>,
  options: Options<S, V> = {},
) {
  const compiled = compile(query as PreparedQuery<unknown, unknown>, 'count');
  const rules = rulesOf(options);
  return described(
    async (db: Db, params: Narrow<P, S, V>): Promise<number> => {
      const { rows } = await execute(db, compiled, params as Record<string, unknown>, rules, options.check);
      const value = rows[0] === undefined ? undefined : Object.values(rows[0])[0];
      if (typeof value !== 'number') {
        throw new PaymentSyncDbError(`count query ${compiled.statement} returned ${String(value)}`, {
          code: 'UNEXPECTED_RESULT',
        });
      }
      return value;
    },
    'count',
    compiled,
  );
}

/** The number of rows the statement changed (deletes, bulk updates). */
export function changed<P, R, S extends string = string, V extends string = never>(
  query: PreparedQuery<P, R>,
  options: Options<S, V> = {},
) {
  const compiled = compile(query as PreparedQuery<unknown, unknown>, 'changed');
  const rules = rulesOf(options);
  return described(
    async (db: Db, params: Narrow<P, S, V>): Promise<number> => {
      const { rowCount } = await execute(db, compiled, params as Record<string, unknown>, rules, options.check);
      return rowCount;
    },
    'changed',
    compiled,
  );
}

/**
 * The kind of a cursor field, which decides its first-page sentinel. `present`
 * keys on whether the field is set (`<field> IS NOT NULL` in the SQL, false
 * first): it binds `after<Field>Present`, a boolean, and a null field is a
 * valid position (an undefined one is missing).
 */
type Sentinel = 'timestamp' | 'uuid' | 'text' | 'present';
const lowest: Record<Sentinel, string | boolean> = {
  timestamp: '-infinity',
  uuid: '00000000-0000-0000-0000-000000000000',
  text: '',
  present: false,
};
const highest: Record<Sentinel, string | boolean> = {
  timestamp: 'infinity',
  uuid: 'ffffffff-ffff-ffff-ffff-ffffffffffff',
  text: '\u{10FFFF}',
  present: true,
};

export interface ListOptions<S extends string = string, V extends string = never> extends Options<S, V> {
  /** The row fields that make the keyset, in order, with their kind. Default `createdAt`, `id`. */
  cursor?: Record<string, Sentinel>;
  /** `asc` (default) or `desc`: only decides the sentinel used for the first page. */
  order?: 'asc' | 'desc';
}

type CursorParam<K extends string> = `after${Capitalize<K>}` | `after${Capitalize<K>}Present`;

/**
 * Keyset-paginated list. The SQL takes `:limit!` and one `:after<Field>!`
 * per cursor field; the caller passes `limit` and optionally `after`, the last
 * row of the previous page. The first page binds a sentinel below (or above)
 * every row, so the SQL has one shape and one plan for every page. A cursor
 * is a position, not a snapshot: a row committed after the sweep passed its
 * key is returned by the next sweep from the first page, not by this one
 * (README, "What a cursor guarantees").
 */
export function list<P, R, S extends string = string, K extends string = 'createdAt' | 'id', V extends string = never>(
  query: PreparedQuery<P, R>,
  options: ListOptions<S, V> & { cursor?: Record<K, Sentinel> } = {},
) {
  const compiled = compile(query as PreparedQuery<unknown, unknown>, 'list');
  const rules = rulesOf(options);
  const cursor = Object.entries(options.cursor ?? { createdAt: 'timestamp', id: 'uuid' }) as [string, Sentinel][];
  const sentinel = options.order === 'desc' ? highest : lowest;
  type Params = Omit<Narrow<P, S, V>, CursorParam<K>> & { after?: Pick<R, K & keyof R> | null };
  return described(
    async (db: Db, params: Params): Promise<Narrow<R, S, V>[]> => {
      if (typeof params !== 'object' || params === null) {
        throw new InvalidParameterError('params', 'expected an object of parameters');
      }
      const { after, ...rest } = params as Record<string, unknown> & { after?: Record<string, unknown> | null };
      const bound: Record<string, unknown> = rest;
      for (const [field, kind] of cursor) {
        const name = `after${field[0].toUpperCase()}${field.slice(1)}${kind === 'present' ? 'Present' : ''}`;
        if (after == null) bound[name] = sentinel[kind];
        else if (kind === 'present') {
          // null is a position here (the field not set); only a missing field is not.
          if (after[field] === undefined)
            throw new InvalidParameterError(`after.${field}`, 'missing from the cursor row');
          bound[name] = after[field] !== null;
        } else if (after[field] == null)
          throw new InvalidParameterError(`after.${field}`, 'missing from the cursor row');
        else bound[name] = after[field];
      }
      const { rows } = await execute(db, compiled, bound, rules, options.check);
      return rows as Narrow<R, S, V>[];
    },
    'list',
    compiled,
  );
}

/**
 * Every row of a keyset list, as an async iterator that holds one page at a time (bounded
 * memory): `for await (const c of paginate(customers.listCustomers, pool, { workspaceId }))`.
 * `params` are the list's own, without `after`; `limit` is the page size (default 500). Each page
 * is one call of `fn` after the last row of the page before, so the iteration has the list's
 * guarantees (README, "What a cursor guarantees"); it ends after the first short page. Breaking
 * out of the loop stops it: no further page is read.
 */
export async function* paginate<P extends { after?: unknown; limit: number }, R>(
  fn: ((db: Db, params: P) => Promise<R[]>) & { readonly info: QueryInfo },
  db: Db,
  params: Omit<P, 'after' | 'limit'> & { limit?: number },
): AsyncGenerator<R, void, undefined> {
  if (fn?.info?.cardinality !== 'list') {
    throw new InvalidParameterError('fn', 'expected a keyset list function (one whose info.cardinality is list)');
  }
  if (typeof params !== 'object' || params === null) {
    throw new InvalidParameterError('params', 'expected an object of parameters');
  }
  if ('after' in params) throw new InvalidParameterError('params.after', 'paginate starts at the first page');
  const limit = params.limit ?? 500;
  let after: R | undefined;
  for (;;) {
    const page = await fn(db, { ...params, limit, after } as unknown as P);
    for (const row of page) yield row;
    if (page.length < limit) return;
    after = page[page.length - 1];
  }
}

/**
 * A batched delete: `batch` (a `changed` statement deleting at most `limit` rows) run again and
 * again, each batch its own statement (short transactions, no long lock), until a batch comes back
 * short. `limit` is optional here (default 1,000). Resolves to the rows deleted in all.
 */
export function inBatches<P extends { limit: number }>(
  batch: ((db: Db, params: P) => Promise<number>) & { readonly info: QueryInfo },
) {
  return sameQuery(batch, async (db: Db, params: Omit<P, 'limit'> & { limit?: number }): Promise<number> => {
    if (typeof params !== 'object' || params === null) {
      throw new InvalidParameterError('params', 'expected an object of parameters');
    }
    const limit = params.limit ?? MAX_LIST_LIMIT;
    let total = 0;
    for (;;) {
      const deleted = await batch(db, { ...params, limit } as P);
      total += deleted;
      if (deleted < limit) return total;
    }
  });
}

export const SYNC_OUTCOMES = ['created', 'updated', 'unchanged', 'stale'] as const;
export const DELETE_OUTCOMES = ['deleted', 'unchanged', 'stale'] as const;
/** The cursor of the *NeedingSync lists: rows never described by the provider first, then
 * in the order they entered the queue (the time of their last change of sync status). */
export const NEEDING_SYNC_CURSOR = {
  providerUpdatedAt: 'present',
  paymentSyncStatusChangedAt: 'timestamp',
  id: 'uuid',
} as const;

/** What a provider write did: `created` or `updated` a row, or wrote nothing: `unchanged` (a replay) or `stale` (older). */
export type SyncOutcome = (typeof SYNC_OUTCOMES)[number];
/** What a provider delete did: `deleted` (a tombstone written), or nothing: `unchanged` (a replay) or `stale` (older). */
export type DeleteOutcome = (typeof DELETE_OUTCOMES)[number];

/**
 * A provider write of one object (create or delete with sync) that says what
 * it did. The SQL returns one row with an `outcome` column: the row it wrote,
 * or the stored row it left alone (stale, unchanged). No row means that a
 * concurrent writer changed the stored row between the statement's snapshot
 * and its write, so that neither explains the other: the statement runs
 * again, on a new snapshot (three times at most, then UPSERT_CONTENDED).
 */
export function upsert<
  P,
  R extends { outcome: string },
  O extends string,
  S extends string = string,
  V extends string = never,
>(query: PreparedQuery<P, R>, options: Options<S, V> & { outcomes: readonly O[] }) {
  const write = compile(query as PreparedQuery<unknown, unknown>, 'upsert');
  const rules = rulesOf(options);
  const outcomes = new Set<string>(options.outcomes);
  type Row = Narrow<Omit<R, 'outcome'>, S, V>;
  return described(
    async (db: Db, params: Narrow<P, S, V>): Promise<{ outcome: O; row: Row }> => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const { rows } = await execute(db, write, params as Record<string, unknown>, rules, options.check);
        if (rows.length > 1) throw new TooManyRowsError(write.statement, rows.length);
        if (rows.length === 1) {
          const { outcome, ...row } = rows[0];
          if (typeof outcome !== 'string' || !outcomes.has(outcome)) {
            throw new PaymentSyncDbError(`${write.statement} returned the outcome ${String(outcome)}`, {
              code: 'UNEXPECTED_RESULT',
            });
          }
          return { outcome: outcome as O, row: row as Row };
        }
      }
      throw new PaymentSyncDbError('a concurrent writer changed the row three times running; try again', {
        code: 'UPSERT_CONTENDED',
      });
    },
    'upsert',
    write,
  );
}

/**
 * The params of a batch statement: an optional array parameter is a column
 * whose value may be absent, so its elements may be null (the SQL applies the
 * column's default); a required array's elements are all present.
 */
export type BatchParams<P> = {
  [K in keyof P]: undefined extends P[K] ? NullableElements<P[K]> : P[K];
};
type NullableElements<V> = V extends readonly (infer E)[] ? (E | null)[] : V;

/**
 * A statement that always returns exactly one row of counts (a bulk write's
 * tally, e.g. `{ inserted, updated, stale }`): resolves to that row. Meant for
 * batch statements taking one array parameter per column (`unnest`): pass
 * `check: sameLength(...)` so arrays of unequal length are refused before the
 * database is touched.
 */
export function tally<P, R, S extends string = string, V extends string = never>(
  query: PreparedQuery<P, R>,
  options: Options<S, V> = {},
) {
  const compiled = compile(query as PreparedQuery<unknown, unknown>, 'tally');
  const rules = rulesOf(options);
  return described(
    async (db: Db, params: BatchParams<Narrow<P, S, V>>): Promise<Narrow<R, S, V>> => {
      const { rows } = await execute(db, compiled, params as Record<string, unknown>, rules, options.check);
      if (rows.length !== 1) {
        throw new PaymentSyncDbError(`tally query ${compiled.statement} returned ${rows.length} rows, expected 1`, {
          code: 'UNEXPECTED_RESULT',
        });
      }
      return rows[0] as Narrow<R, S, V>;
    },
    'tally',
    compiled,
  );
}
