// Bad input, systematically (issue 5, item 4). For EVERY exported query
// function (found by walking the exports, see libraryFunctions()), starting
// from valid params naming real rows of a seeded workspace, one parameter at a
// time is replaced by bad values chosen by the parameter's KIND, which is
// derived from its name (a parameter means the same thing in every query, the
// premise of src/params.ts). Every case must be refused with
// InvalidParameterError naming that parameter (never matched on message
// text), before the database is touched: each call is made on a pool that was
// already end()ed, where a call that got past the checks fails with
// ConnectionError instead; and again on the real pool, with a snapshot of
// every tenant table before and after proving nothing was written.
//
// Bugs these cases found were fixed in src/params.ts (shared rules by name:
// `active`/`enabled`/`cancelAtPeriodEnd` booleans, the single timestamps and
// cursor timestamps, free text that must be a string, JSON that
// JSON.stringify would silently alter), and in src/query.ts (a list function
// given null or undefined params threw a TypeError, not InvalidParameterError).
//
// Then the other side: strings full of quotes, SQL, backslashes, LIKE
// wildcards, pgtyped/pg placeholder syntax, unicode and emoji, passed to every
// free-text parameter of every write function, are stored and read back
// verbatim.
//
// The webhook inbox (webhookEvents.*) is covered the same way: its status is
// the inbox's vocabulary, its eventType and providerEventId the provider's own
// text (1 to 255 characters, not the sync event vocabulary), its lease, attempt
// and backoff integers have the ranges of src/webhook-events.ts, its claim
// token is a uuid (the column's type), its payload a JSON object.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ConnectionError,
  ENTITY_SYNC_STATUSES,
  ENTITY_TYPES,
  InvalidParameterError,
  PRICE_TYPES,
  RECURRING_INTERVALS,
  SESSION_STATUSES,
  SESSION_TYPES,
  SUBSCRIPTION_STATUSES,
  SYNC_EVENT_TYPES,
  WEBHOOK_EVENT_STATUSES,
} from '../src/index.js';
import { MAX_ARRAY_LENGTH, MAX_LIST_LIMIT } from '../src/params.js';
import { useDatabase } from './support/database.js';
import {
  insertCustomer,
  insertPrice,
  insertProduct,
  insertRow,
  insertSubscription,
  insertSyncEvent,
  insertSyncSession,
  insertWebhookEvent,
  insertWorkspace,
  snapshot,
  type EntityRow,
} from './support/factories.js';
import {
  isWrite,
  libraryFunctions,
  paramsFor,
  subjectTable,
  WEBHOOK_CLAIM_TOKEN,
  type LibraryFunction,
} from './support/library-functions.js';

const db = useDatabase();

type Params = Record<string, unknown>;

interface Seed {
  workspaceId: string;
  ids: Record<string, string>;
  externalIds: Record<string, string>;
}

async function seedWorkspace(pool: pg.Pool): Promise<Seed> {
  const { id: workspaceId } = await insertWorkspace(pool);
  await insertRow(pool, 'workspace_payment_providers', { workspaceId, providerName: 'stripe', config: { a: 1 } });
  const customer = await insertCustomer(pool, workspaceId, { externalId: 'bad_cus', paymentSyncStatus: 'synced' });
  const product = await insertProduct(pool, workspaceId, { externalId: 'bad_prod' });
  const price = await insertPrice(pool, workspaceId, product.id, { externalId: 'bad_price' });
  const subscription = await insertSubscription(
    pool,
    workspaceId,
    { customerId: customer.id, priceId: price.id },
    { externalId: 'bad_sub' },
  );
  const session = await insertSyncSession(pool, workspaceId, { status: 'running' });
  const event = await insertSyncEvent(pool, workspaceId, session.id, { entityId: customer.id, externalId: 'bad_cus' });
  // The webhook inbox: the processing event (with its claim) is the one the fenced functions name.
  const claimed = await insertWebhookEvent(pool, workspaceId, { providerEventId: 'bad_evt', status: 'processing' });
  for (const status of ['pending', 'processed', 'failed', 'dead', 'ignored']) {
    await insertWebhookEvent(pool, workspaceId, { providerEventId: `bad_evt_${status}`, status });
  }
  return {
    workspaceId,
    ids: {
      customers: customer.id,
      products: product.id,
      prices: price.id,
      subscriptions: subscription.id,
      payment_sync_sessions: session.id,
      payment_sync_events: event.id,
      payment_webhook_events: claimed.id,
      [WEBHOOK_CLAIM_TOKEN]: claimed.claimToken!,
    },
    externalIds: {
      customers: 'bad_cus',
      products: 'bad_prod',
      prices: 'bad_price',
      subscriptions: 'bad_sub',
      payment_sync_events: 'bad_cus',
      payment_webhook_events: 'bad_evt',
    },
  };
}

// ---------------------------------------------------------------------------
// Bad values by kind.

/** A bad value and a label for failure messages (values may be circular, BigInt, 1,000,001 elements...). */
type Bad = readonly [label: string, value: unknown];

/** 1,000,001 elements: one more than MAX_ARRAY_LENGTH. Built once, shared by every array parameter. */
const OVERSIZED = new Array<string>(MAX_ARRAY_LENGTH + 1).fill('x');

const ALL_VOCABULARY_VALUES = [
  ...new Set<string>([
    ...ENTITY_SYNC_STATUSES,
    ...SESSION_STATUSES,
    ...SESSION_TYPES,
    ...ENTITY_TYPES,
    ...SYNC_EVENT_TYPES,
    ...PRICE_TYPES,
    ...RECURRING_INTERVALS,
    ...SUBSCRIPTION_STATUSES,
    ...WEBHOOK_EVENT_STATUSES,
  ]),
];

/** The vocabulary a status-like parameter must be in (SPEC.md's tables), or undefined when the name is not one. */
function vocabularyOf(fnName: string, name: string): readonly string[] | undefined {
  const namespace = fnName.split('.')[0];
  switch (name) {
    case 'paymentSyncStatus':
      return ENTITY_SYNC_STATUSES;
    case 'sessionType':
      return SESSION_TYPES;
    case 'entityType':
      return ENTITY_TYPES;
    case 'eventType':
      // The webhook inbox's event type is the provider's own text (`customer.updated`): no vocabulary.
      return namespace === 'webhookEvents' ? undefined : SYNC_EVENT_TYPES;
    case 'type':
      return PRICE_TYPES;
    case 'recurringInterval':
      return RECURRING_INTERVALS;
    case 'status':
      // `status` is a different vocabulary per table; a session is created pending or running only.
      if (namespace === 'subscriptions') return SUBSCRIPTION_STATUSES;
      if (fnName === 'syncSessions.createSyncSession') return ['pending', 'running'];
      if (namespace === 'syncSessions') return SESSION_STATUSES;
      if (namespace === 'webhookEvents') return WEBHOOK_EVENT_STATUSES;
      throw new Error(`bad input: no vocabulary known for "status" of ${fnName}; add it here`);
    default:
      return undefined;
  }
}

function vocabularyBad(allowed: readonly string[]): Bad[] {
  // Every value of every OTHER vocabulary (e.g. 'active' where an entity sync status is
  // expected, 'completed' where a session may only be created pending or running), and junk.
  const others = ALL_VOCABULARY_VALUES.filter((v) => !allowed.includes(v)).map((v): Bad => [JSON.stringify(v), v]);
  return [
    ...others,
    ['"bogus"', 'bogus'],
    ['""', ''],
    ['upper case', allowed[0].toUpperCase()],
    ['trailing space', `${allowed[0]} `],
    ['leading space', ` ${allowed[0]}`],
    ['with NUL', `${allowed[0]}\u0000`],
    ['SQL', `${allowed[0]}' OR '1'='1`],
    ['number', 1],
    ['boolean', true],
    ['object', { value: allowed[0] }],
    ['array of a valid value', [allowed[0]]],
  ];
}

/** What PostgreSQL text cannot hold as given: NUL is refused by the server, a lone surrogate becomes U+FFFD. */
const unstorableText: Bad[] = [
  ['with NUL', 'a\u0000b'],
  ['lone high surrogate', 'a\ud83d'],
  ['lone low surrogate', '\ude00b'],
];

const uuidBad: Bad[] = [
  ['"not-a-uuid"', 'not-a-uuid'],
  ['""', ''],
  ['non-hex digit', '00000000-0000-0000-0000-00000000000g'],
  ['one digit short', '00000000-0000-0000-0000-00000000000'],
  ['one digit long', '00000000-0000-0000-0000-0000000000000'],
  ['trailing space', '00000000-0000-0000-0000-000000000000 '],
  ['SQL', "00000000-0000-0000-0000-000000000000' OR '1'='1"],
  ['number', 42],
  ['NaN', NaN],
  ['boolean', true],
  ['object', { id: '00000000-0000-0000-0000-000000000000' }],
  ['array of a uuid', ['00000000-0000-0000-0000-000000000000']],
];

const providerBad: Bad[] = [
  ['""', ''],
  ['one character', 's'],
  ['upper case', 'Stripe'],
  ['leading digit', '1stripe'],
  ['hyphen', 'stripe-eu'],
  ['accent', 'strípe'],
  ['33 characters', 's'.repeat(33)],
  ['trailing newline', 'stripe\n'],
  ['leading space', ' stripe'],
  ['SQL', "stripe' OR '1'='1"],
  ['number', 42],
  ['object', { name: 'stripe' }],
  ['array', ['stripe']],
];

/** The provider's own id: free text of 1 to 255 characters (the column's CHECK). */
const externalIdBad: Bad[] = [
  ['""', ''],
  ['256 characters', 'x'.repeat(256)],
  ['256 emoji (256 characters, 512 UTF-16 units)', '💳'.repeat(256)],
  ...unstorableText,
  ['number', 42],
  ['boolean', true],
  ['object', { id: 'cus_1' }],
  ['array', ['cus_1']],
];

/** An optional batch column given as something else than an array (or null). */
const optionalColumnBad: Bad[] = [
  ['string', 'x'],
  ['number', 1],
  ['object', { 0: 'x' }],
  ['empty array', []],
];

function integerBad(min: number, max: number): Bad[] {
  return [
    [`${min - 1} (below the minimum)`, min - 1],
    max < Number.MAX_SAFE_INTEGER
      ? [`${max + 1} (above the maximum)`, max + 1]
      : ['2^53 (beyond Number.MAX_SAFE_INTEGER)', 2 ** 53],
    ['MAX_SAFE_INTEGER + 2 (unsafe)', Number.MAX_SAFE_INTEGER + 2],
    ['1e21', 1e21],
    ['-1', -1],
    ['1.5 (fractional)', 1.5],
    [`${min}.01 (fractional)`, min + 0.01],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    [`'${min + 1}' (string)`, String(min + 1)],
    ['BigInt', BigInt(min + 1)],
    ['boolean', true],
    ['object', { value: min + 1 }],
  ];
}

const limitBad: Bad[] = [
  ['0', 0],
  ['-1', -1],
  [`${MAX_LIST_LIMIT + 1}`, MAX_LIST_LIMIT + 1],
  ['1.5', 1.5],
  ['NaN', NaN],
  ["'10' (string)", '10'],
  ['Infinity', Infinity],
  ['1e9', 1e9],
  ['BigInt 10', 10n],
  ['boolean', true],
  ['array', [10]],
];

const currencyBad: Bad[] = [
  ['""', ''],
  ['two letters', 'us'],
  ['four letters', 'usdd'],
  ['digit', 'u5d'],
  ['symbols', '$$$'],
  ['numeric code', '840'],
  ['inner space', 'u d'],
  ['non-ASCII letter', 'üsd'],
  ['number', 840],
  ['object', { code: 'usd' }],
];

/** PostgreSQL would read 'yes', 'on', 't' or 1 as true: only a real boolean is a boolean. */
const booleanBad: Bad[] = [
  ["'true'", 'true'],
  ["'false'", 'false'],
  ["'yes'", 'yes'],
  ["'on'", 'on'],
  ["'t'", 't'],
  ['1', 1],
  ['0', 0],
  ['object', {}],
  ['array', [true]],
];

const timestampBad: Bad[] = [
  ['invalid Date', new Date(NaN)],
  ["new Date('garbage')", new Date('garbage')],
  ['""', ''],
  ['epoch milliseconds (number)', 1_767_225_600_000],
  ['NaN', NaN],
  ['boolean', true],
  ['object', { at: '2026-01-01' }],
  ['array', [new Date()]],
  // Strings: only ISO 8601 with an offset (params.ts, `timestamp`). PostgreSQL itself would read
  // these, and store infinity (read back as the number Infinity) or the transaction's time.
  ["'infinity'", 'infinity'],
  ["'-infinity'", '-infinity'],
  ["'now'", 'now'],
  ["'today'", 'today'],
  ["'epoch'", 'epoch'],
  ["'not-a-date'", 'not-a-date'],
  ['no offset', '2026-01-01T00:00:00'],
  ['date only', '2026-01-01'],
  ['February 30th', '2026-02-30T00:00:00Z'],
  ['hour 24', '2026-01-01T24:00:00Z'],
  ['offset +25:00', '2026-01-01T00:00:00+25:00'],
  ['trailing text', '2026-01-01T00:00:00Z tomorrow'],
];

/** The first page of a keyset list binds these: a cursor's timestamp field may be one. */
const CURSOR_SENTINELS = new Set(["'infinity'", "'-infinity'"]);

function circular(): Record<string, unknown> {
  const value: Record<string, unknown> = { a: 1 };
  value.self = value;
  return value;
}

/** Non-serialisable JSON, and JSON that is not an object where a jsonb object is required. */
const jsonBad: Bad[] = [
  ['circular object', circular()],
  ['nested circular object', { outer: { inner: circular() } }],
  ['BigInt inside', { amount: 10n }],
  ['BigInt', 10n],
  ['function', () => ({})],
  ['function value inside (JSON.stringify would drop it)', { callback: () => 1 }],
  ['function inside an array (JSON.stringify would turn it into null)', { items: [() => 1] }],
  ['symbol value inside (JSON.stringify would drop it)', { tag: Symbol('tag') }],
  ['NaN inside (JSON.stringify would turn it into null)', { ratio: NaN }],
  ['Infinity inside (JSON.stringify would turn it into null)', { ratio: Infinity }],
  ['Map (JSON.stringify would turn it into {})', new Map([['a', 1]])],
  ['Set inside (JSON.stringify would turn it into {})', { ids: new Set([1, 2]) }],
  ['empty array', []],
  ['array of objects', [{ a: 1 }]],
  ['toJSON returning an array', { toJSON: () => [1, 2] }],
  ['toJSON returning a string', { toJSON: () => 'text' }],
  ['JSON text (a string)', '{"a":1}'],
  ['string', 'text'],
  ['number', 42],
  ['boolean', true],
  ['Date', new Date('2026-01-01T00:00:00Z')],
  ['NUL in a value', { note: 'a\u0000b' }],
  ['NUL in a key', { 'a\u0000b': 1 }],
  ['NUL in a nested array', { items: [{ name: '\u0000' }] }],
  ['lone surrogate in a value', { note: 'a\ud83d' }],
  ['lone surrogate in a key', { '\ude00': 1 }],
  // The fast path reads JSON.stringify's escapes: an escaped backslash before a NUL must not hide it.
  ['NUL after a backslash', { note: 'a\\\u0000' }],
  ['lone surrogate deep inside', { a: { b: [{ c: 'x\udc00' }] } }],
  ['invalid Date inside (JSON.stringify would turn it into null)', { at: new Date(NaN) }],
  ['RegExp inside (JSON.stringify would turn it into {})', { pattern: /x/ }],
  ['Error inside (JSON.stringify would turn it into {})', { error: new Error('boom') }],
  ['undefined array element (JSON.stringify would turn it into null)', { items: [1, undefined] }],
  ['typed array inside (JSON.stringify would turn it into an object)', { bytes: new Uint8Array([1, 2]) }],
];

/** Provider config: also refuses anything that looks like a credential (workspaces.ts). */
const providerConfigBad: Array<readonly [label: string, value: unknown, parameter: string]> = [
  ['secret-looking key', { apiKey: 'abc' }, 'config.apiKey'],
  ['nested secret-looking key', { auth: { password: 'p' } }, 'config.auth.password'],
  ['secret-looking value', { account: 'sk_live_abc' }, 'config.account'],
  ['secret in an array', { keys: ['whsec_abc'] }, 'config.keys[0]'],
];

/**
 * Free text (names, emails, descriptions, messages): any string PostgreSQL can
 * store as given is valid text (length limits are the columns' CHECKs): bad are
 * NUL and lone surrogates, and values that are not strings at all, which pg
 * would otherwise coerce silently (`{}` into '{}', an array into a PostgreSQL
 * array literal, a function into its source).
 */
const freeTextBad: Bad[] = [
  ...unstorableText,
  ['number', 42],
  ['boolean', true],
  ['object', { text: 'x' }],
  ['array', ['x']],
  ['BigInt', 1n],
  ['function', () => 'x'],
  ['Date', new Date('2026-01-01T00:00:00Z')],
];

const UUID_NAME = /(^id|Id)$/;
const FREE_TEXT = new Set(['name', 'email', 'description', 'eventMessage', 'paymentSyncError']);
const BOOLEANS = new Set(['active', 'enabled', 'cancelAtPeriodEnd']);
const TIMESTAMPS = new Set([
  'providerUpdatedAt',
  'currentPeriodStart',
  'currentPeriodEnd',
  'canceledAt',
  'trialEnd',
  // The webhook inbox: when the provider says the event happened; the retention cut-off.
  'occurredAt',
  'olderThan',
  // The backfill's gone check: rows created before the run.
  'createdBefore',
]);
const JSON_OBJECTS = new Set(['metadata', 'config', 'progress', 'providerData', 'eventDetails', 'payload']);
const INTEGERS: Record<string, [min: number, max: number]> = {
  expectedVersion: [0, 2_147_483_647],
  quantity: [0, 2_147_483_647],
  recurringIntervalCount: [1, 1000],
  unitAmount: [0, Number.MAX_SAFE_INTEGER],
  // The webhook inbox (src/webhook-events.ts, `rules`).
  leaseSeconds: [1, 86_400],
  maxAttempts: [1, 1_000],
  baseSeconds: [0, 86_400],
  maxBackoffSeconds: [0, 7 * 86_400],
  // The log partitions' maintenance (syncEvents.createLogPartitions).
  monthsAhead: [0, 120],
};
/** Uuids whose name does not end in Id: the webhook claim token (a uuid column, drawn by the claim). */
const UUID_VALUED = new Set(['claimToken']);

/** A failed webhook event's error (lastError): a non-empty string of at most 100,000 characters PostgreSQL stores as given. */
const lastErrorBad: Bad[] = [['""', ''], ['100,001 characters', 'x'.repeat(100_001)], ...freeTextBad];

/**
 * Parameters a facade function makes optional although its query requires them (it fills in a
 * default): omitted, they are not refused.
 */
const FACADE_DEFAULTS: Record<string, readonly string[]> = {
  // Batches of `limit` (default 10,000) until one comes back short (src/webhook-events.ts).
  'webhookEvents.purgeWebhookEvents': ['limit'],
  'syncEvents.purgeSyncEvents': ['limit'],
};

/**
 * The bad values of one scalar parameter (or of one element of an array
 * parameter, named by its singular), by kind. Throws for a name it does not
 * know: a new parameter cannot slip in untested.
 */
function scalarBad(fnName: string, name: string): Bad[] {
  const vocabulary = vocabularyOf(fnName, name);
  if (vocabulary) return vocabularyBad(vocabulary);
  // externalId is the provider's id (text), not one of ours; so is a parent's (productExternalId...).
  if (name === 'externalId' || /ExternalId$/.test(name)) return externalIdBad;
  // The webhook inbox's provider event id and event type: the provider's own text, 1 to 255 characters.
  if (name === 'providerEventId' || (name === 'eventType' && fnName.startsWith('webhookEvents.'))) {
    return externalIdBad;
  }
  // A provider account id (Stripe Connect's acct_...): the provider's own text, 1 to 255 characters.
  if (name === 'accountId') return externalIdBad;
  if (UUID_VALUED.has(name)) return uuidBad;
  if (name === 'lastError') return lastErrorBad;
  // An optional batch column of parents by provider id, omitted in the valid params: bad when not an array.
  if (/ExternalIds$/.test(name)) return optionalColumnBad;
  if (UUID_NAME.test(name)) return uuidBad;
  if (name === 'paymentProvider' || name === 'providerName') return providerBad;
  if (name === 'limit') return limitBad;
  if (name in INTEGERS) return integerBad(...INTEGERS[name]);
  if (name === 'currency') return currencyBad;
  if (BOOLEANS.has(name)) return booleanBad;
  if (TIMESTAMPS.has(name)) return timestampBad;
  if (JSON_OBJECTS.has(name)) return jsonBad;
  if (FREE_TEXT.has(name)) return freeTextBad;
  // The message of a failed session must say something.
  if (name === 'errorMessage') return [['""', ''], ...freeTextBad];
  throw new Error(`bad input: no kind known for parameter "${name}" of ${fnName}; add it here`);
}

/** The element name of an array parameter: externalIds -> externalId, currencies -> currency, statuses -> status. */
function singular(name: string): string {
  if (name.endsWith('ies')) return `${name.slice(0, -3)}y`;
  if (name.endsWith('uses')) return name.slice(0, -2);
  return name.slice(0, -1);
}

const NO_PARAMS = [
  ['null params', null],
  ['undefined params', undefined],
] as const;

interface Case {
  param: string;
  label: string;
  params: Params | null | undefined;
  /** The `.parameter` the InvalidParameterError must name. */
  parameter: string;
}

/** Every bad-input case of one function, from its valid params. */
function casesFor(lib: LibraryFunction, valid: Params): Case[] {
  const { name: fnName, fn } = lib;
  const cases: Case[] = [];
  const replaced = (param: string, value: unknown): Params => ({ ...valid, [param]: value });
  const add = (param: string, label: string, value: unknown, parameter = param) =>
    cases.push({ param, label, params: replaced(param, value), parameter });

  // The params object itself. A list function (keyset cursor) currently throws a TypeError
  // instead: a known bug, asserted apart in the tests at the end of this file.
  if (fn.info.cardinality !== 'list') {
    for (const [label, value] of NO_PARAMS) cases.push({ param: 'params', label, params: value, parameter: 'params' });
  }

  for (const { name: param, required } of fn.info.params) {
    if (/^after[A-Z]/.test(param)) continue; // list cursors: bound from `after`, below

    if (required && !FACADE_DEFAULTS[fnName]?.includes(param)) {
      add(param, 'missing (undefined)', undefined);
      add(param, 'missing (null)', null);
    }

    const value = valid[param];
    if (!Array.isArray(value)) {
      for (const [label, bad] of scalarBad(fnName, param)) add(param, label, bad);
      if (fnName === 'workspaces.updateWorkspaceProviderConfig' && param === 'config') {
        for (const [label, bad, parameter] of providerConfigBad) add(param, label, bad, parameter);
      }
      continue;
    }

    // An array parameter: externalIds and entityTypes, and the batch columns of the
    // BulkUpsert*WithSync queries (one array per column, element i describing object i).
    add(param, 'not an array (one element alone)', value[0]);
    add(param, 'not an array (object)', { 0: value[0] });
    add(param, 'empty array', []);
    add(param, `${OVERSIZED.length.toLocaleString('en')} elements`, OVERSIZED);
    const batch = fn.info.cardinality === 'tally';
    // One element more than the batch: refused by sameLength, which names the array that
    // differs from the first (externalIds). Changing externalIds itself would name another
    // column, so only the other columns are tried here.
    if (batch && param !== 'externalIds') add(param, 'one element more than externalIds', [...value, value[0]]);
    // One bad element, the rest valid, the length unchanged.
    const at = value.length > 1 ? 1 : 0;
    const withElement = (element: unknown) => value.map((v, i) => (i === at ? element : v));
    const elementName = singular(param);
    const nullable = batch && !required; // an optional batch column's element may be null (= the default)
    if (!nullable) {
      add(param, 'null element', withElement(null), `${param}[${at}]`);
      add(param, 'undefined element', withElement(undefined), `${param}[${at}]`);
    }
    for (const [label, bad] of scalarBad(fnName, elementName)) {
      add(param, `element: ${label}`, withElement(bad), `${param}[${at}]`);
    }
  }

  // Keyset cursors: `after` is the last row of the previous page; its fields bind after<Field>.
  // A `present` cursor field (after<Field>Present, the *NeedingSync lists) keys on whether the row's
  // field is set: any value, null included, is a position; only a missing field is bad.
  const present = new Set<string>();
  const fields = fn.info.params
    .map((p) => p.name)
    .filter((p) => /^after[A-Z]/.test(p))
    .map((p) => {
      const field = `${p[5].toLowerCase()}${p.slice(6)}`.replace(/Present$/, '');
      if (p.endsWith('Present')) present.add(field);
      return field;
    });
  if (fields.length > 0) {
    const row: Params = {};
    for (const field of fields) {
      row[field] = /At$/.test(field)
        ? new Date()
        : field === 'entityType'
          ? 'customer'
          : field === 'externalId'
            ? 'cus_cursor'
            : randomUUID();
    }
    for (const [label, value] of [
      ['after: empty object', {}],
      ['after: string', 'page-2'],
      ['after: number', 2],
    ] as const) {
      cases.push({ param: 'after', label, params: { ...valid, after: value }, parameter: `after.${fields[0]}` });
    }
    for (const field of fields) {
      const bound = `after${field[0].toUpperCase()}${field.slice(1)}`;
      const withField = (v: unknown) => ({ ...valid, after: { ...row, [field]: v } });
      cases.push({
        param: 'after',
        label: `after.${field} missing`,
        params: withField(undefined),
        parameter: `after.${field}`,
      });
      if (present.has(field)) continue;
      cases.push({
        param: 'after',
        label: `after.${field} null`,
        params: withField(null),
        parameter: `after.${field}`,
      });
      // entityType of the cross-entity cursor and externalId of the external-id list are positions
      // in text order: the first page binds '' and any text is a valid position, so there is no bad
      // text to try but what PostgreSQL cannot hold.
      if (field === 'entityType') continue;
      if (field === 'externalId') {
        for (const [label, bad] of unstorableText) {
          cases.push({ param: 'after', label: `after.${field}: ${label}`, params: withField(bad), parameter: bound });
        }
        continue;
      }
      const kind = /At$/.test(field) ? 'providerUpdatedAt' : 'id';
      for (const [label, bad] of scalarBad(fnName, kind)) {
        if (kind === 'providerUpdatedAt' && CURSOR_SENTINELS.has(label)) continue;
        cases.push({ param: 'after', label: `after.${field}: ${label}`, params: withField(bad), parameter: bound });
      }
    }
  }
  return cases;
}

/** What a call did: `InvalidParameterError(<parameter>)`, another error's class and message, or `resolved`. */
async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'resolved';
  } catch (error) {
    if (error instanceof InvalidParameterError) return `InvalidParameterError(${error.parameter})`;
    const e = error as Error;
    return `${e?.constructor?.name ?? typeof error}: ${String(e?.message ?? error).slice(0, 120)}`;
  }
}

describe('bad input', () => {
  const functions = libraryFunctions();
  let seed: Seed;
  /** A pool that was end()ed before any call: a call that reaches it fails with ConnectionError. */
  let ended: pg.Pool;
  let total = 0;
  const covered = new Set<string>();

  beforeAll(async () => {
    seed = await seedWorkspace(db.pool);
    ended = new pg.Pool({ connectionString: db.url, max: 1 });
    await ended.end();
  });

  const validParams = (lib: LibraryFunction) =>
    paramsFor(lib.name, lib.fn.info, subjectTable(lib.fn.info), seed.workspaceId, seed.ids, seed.externalIds);

  for (const lib of functions) {
    it(`${lib.name}: every bad value is refused before the database, nothing written`, async () => {
      const valid = validParams(lib);
      // The valid params pass every check: on the ended pool they get as far as the pool.
      const reached = await lib.fn(ended, valid).catch((error: unknown) => error);
      expect(reached, `${lib.name} with valid params`).toBeInstanceOf(ConnectionError);
      const failures: string[] = [];
      // So do they without a parameter the facade defaults.
      for (const param of FACADE_DEFAULTS[lib.name] ?? []) {
        for (const omitted of [undefined, null]) {
          const got = await outcome(() => lib.fn(ended, { ...valid, [param]: omitted }));
          if (!got.startsWith('ConnectionError')) {
            failures.push(
              `${param} = ${omitted} (the facade's default, ended pool): expected ConnectionError, got ${got}`,
            );
          }
        }
      }

      const cases = casesFor(lib, valid);
      const before = await snapshot(db.pool);
      for (const c of cases) {
        const expected = `InvalidParameterError(${c.parameter})`;
        // On the ended pool: proves the refusal happened before a connection was asked for.
        const onEnded = await outcome(() => lib.fn(ended, c.params as Params));
        // On the real pool: what a caller would see; the snapshot below proves nothing was written.
        const onReal = await outcome(() => lib.fn(db.pool, c.params as Params));
        for (const [where, got] of [
          ['ended pool', onEnded],
          ['real pool', onReal],
        ]) {
          if (got !== expected) failures.push(`${c.param} = ${c.label} (${where}): expected ${expected}, got ${got}`);
        }
      }
      if (process.env.BAD_DUMP)
        (await import('node:fs')).appendFileSync(
          process.env.BAD_DUMP,
          failures.map((f) => `${lib.name}\t${f}\n`).join(''),
        );
      const after = await snapshot(db.pool);
      total += cases.length;
      covered.add(lib.name);
      expect(failures, `${lib.name}: ${failures.length} of ${cases.length} cases not refused as expected`).toEqual([]);
      expect(after, `${lib.name}: a refused call wrote something`).toEqual(before);
    });
  }

  it('tried every exported query function, and enough cases', () => {
    console.log(
      `bad input: ${total} cases across ${covered.size} functions (each called on the ended pool and on the real pool)`,
    );
    expect(covered.size).toBe(functions.length);
    expect(functions.length).toBeGreaterThanOrEqual(107);
    expect(total).toBeGreaterThanOrEqual(8_500);
  });

  it('null or undefined params: every function rejects before the database, nothing written', async () => {
    const before = await snapshot(db.pool);
    const reached: string[] = [];
    for (const lib of functions) {
      for (const [label, params] of NO_PARAMS) {
        for (const pool of [ended, db.pool]) {
          const error = await lib.fn(pool, params as never).catch((e: unknown) => e);
          if (!(error instanceof Error) || error instanceof ConnectionError) reached.push(`${lib.name}: ${label}`);
        }
      }
    }
    expect(reached).toEqual([]);
    expect(await snapshot(db.pool)).toEqual(before);
  });

  // list() destructures `after` out of params before the shared checks run: it must refuse a
  // missing params object itself, as the other helpers do (found by this file; fixed in src/query.ts).
  it('list functions refuse null or undefined params with InvalidParameterError(params)', async () => {
    const wrong: string[] = [];
    for (const lib of functions.filter((f) => f.fn.info.cardinality === 'list')) {
      for (const [label, params] of NO_PARAMS) {
        const got = await outcome(() => lib.fn(ended, params as never));
        if (got !== 'InvalidParameterError(params)') wrong.push(`${lib.name}: ${label}: ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('an ISO 8601 string with an offset is the instant it names, to the millisecond; nothing else is read', async () => {
    const lib = functions.find((f) => f.name === 'customers.createCustomerWithSync')!;
    const write = (providerUpdatedAt: unknown, externalId: string) =>
      lib.fn(db.pool, { ...validParams(lib), externalId, providerUpdatedAt }) as Promise<{ row: EntityRow }>;
    for (const [text, iso] of [
      ['2026-03-01T12:00:00Z', '2026-03-01T12:00:00.000Z'],
      ['2026-03-01 12:00:00.123456+05:30', '2026-03-01T06:30:00.123Z'],
      ['2026-03-01T12:00:00.9999-0200', '2026-03-01T14:00:00.999Z'],
      ['2024-02-29t23:59:59.5z', '2024-02-29T23:59:59.500Z'],
      ['2026-03-01T12:00+01', '2026-03-01T11:00:00.000Z'],
    ]) {
      const { row } = await write(text, `iso_${iso}`);
      expect(row.providerUpdatedAt, text).toEqual(new Date(iso));
    }
  });
});

// ---------------------------------------------------------------------------
// Hostile but VALID text: stored and read back verbatim.

/** Strings that break naive quoting, LIKE patterns, placeholder substitution or encodings. */
const HOSTILE_STRINGS = [
  "Robert'); DROP TABLE customers;--",
  "'",
  "''",
  '"',
  '\\',
  "\\'; SELECT 1; --",
  '%_',
  '%',
  '_',
  '$1',
  '$1::text, $2',
  ':workspaceId!',
  ':name',
  '$$; SELECT pg_sleep(10); $$',
  '/* @name Evil */ SELECT 1; -- ',
  "E'\\x41'",
  '\\x00',
  'line one\nline two\r\n\ttabbed',
  '  padded  ',
  'Zoë Ñandú — 日本語 עברית العربية',
  '💳🧾 👩‍👩‍👧‍👦 🏳️‍🌈',
  '\u200b\u200d\ufeff zero-width',
  'null',
  'NULL',
  'undefined',
  '{}',
  '{"a":1}',
  '[1,2]',
  '{a,b}',
];

/** Free-text parameters (and the batch columns of free text): any string is valid. */
const TEXT_PARAMS = new Set([
  'name',
  'email',
  'description',
  'eventMessage',
  'errorMessage',
  'paymentSyncError',
  'externalId',
  'externalIds',
  'names',
  'emails',
  'descriptions',
  // The webhook inbox: the provider's event id, a failed event's error.
  'providerEventId',
  'lastError',
]);

/** A function's free-text parameters: TEXT_PARAMS, and the webhook inbox's eventType (the provider's own text). */
function textParamsOf(lib: LibraryFunction): string[] {
  const webhook = lib.name.startsWith('webhookEvents.');
  return lib.fn.info.params.map((p) => p.name).filter((p) => TEXT_PARAMS.has(p) || (webhook && p === 'eventType'));
}

/** Text a table holds unique per (workspace, provider): each call gets its own, hostile text included. */
const UNIQUE_TEXT = new Set(['externalId', 'externalIds', 'providerEventId']);

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe('hostile text is stored verbatim', () => {
  const writes = libraryFunctions().filter((lib) => isWrite(lib.fn.info) && textParamsOf(lib).length > 0);
  let seed: Seed;
  let n = 0;
  let tried = 0;
  const covered = new Set<string>();

  beforeAll(async () => {
    seed = await seedWorkspace(db.pool);
  });

  /** A fresh row of `table` for an update to change (undefined for the tables only inserted into). */
  async function fixture(
    table: string,
    externalId: string,
  ): Promise<(EntityRow & { claimToken?: string | null }) | undefined> {
    const { workspaceId, ids } = seed;
    switch (table) {
      case 'customers':
        return insertCustomer(db.pool, workspaceId, { externalId });
      case 'products':
        return insertProduct(db.pool, workspaceId, { externalId });
      case 'prices':
        return insertPrice(db.pool, workspaceId, ids.products, { externalId });
      case 'subscriptions':
        return insertSubscription(
          db.pool,
          workspaceId,
          { customerId: ids.customers, priceId: ids.prices },
          { externalId },
        );
      case 'payment_sync_sessions':
        // Its own provider: a running session of it blocks nobody.
        return insertSyncSession(db.pool, workspaceId, { status: 'running', providerName: `verbatim${n}` });
      case 'payment_webhook_events':
        // A claimed event, for failWebhookEvent to fail (fenced by its claim token).
        return insertWebhookEvent(db.pool, workspaceId, { providerEventId: externalId, status: 'processing' });
      default:
        return undefined;
    }
  }

  for (const lib of writes) {
    const textParams = textParamsOf(lib);
    it(`${lib.name}: ${textParams.join(', ')} stored and read back verbatim`, async () => {
      const { info } = lib.fn;
      const table = subjectTable(info);
      const insert = /insert\s+into/i.test(info.text);
      const mismatches: string[] = [];
      for (const param of textParams) {
        for (const text of HOSTILE_STRINGS) {
          n += 1;
          const isExternalId = UNIQUE_TEXT.has(param);
          // External ids (and provider event ids) are unique per (workspace, provider): each call gets
          // its own, hostile text included.
          const value = isExternalId ? `${n}|${text}` : text;
          const externalId = isExternalId ? value : `verbatim_${n}`;
          // A bulk update matches rows BY external id: the row must already carry it.
          const row = insert ? undefined : await fixture(table, externalId);
          const params = paramsFor(
            lib.name,
            info,
            table,
            seed.workspaceId,
            {
              ...seed.ids,
              ...(row ? { [table]: row.id } : {}),
              ...(row?.claimToken ? { [WEBHOOK_CLAIM_TOKEN]: row.claimToken } : {}),
            },
            { [table]: externalId },
          );
          params[param] = Array.isArray(params[param]) ? [value] : value;

          const resolved = (await lib.fn(db.pool, params)) as any;
          // recordWebhookEvent resolves to { duplicate, event } (its insert is a 'one' query).
          const webhook = lib.name === 'webhookEvents.recordWebhookEvent';
          if (webhook) expect(resolved.duplicate, `${lib.name} ${param} = ${JSON.stringify(text)}`).toBe(false);
          const result = webhook ? resolved.event : resolved;
          let id: string;
          switch (info.cardinality) {
            case 'one':
              id = result.id;
              if (result[param] !== value)
                mismatches.push(`${param} = ${JSON.stringify(text)}: returned ${JSON.stringify(result[param])}`);
              break;
            case 'upsert': {
              const stored = result.row;
              id = stored.id;
              if (stored[param] !== value)
                mismatches.push(`${param} = ${JSON.stringify(text)}: returned ${JSON.stringify(stored[param])}`);
              break;
            }
            case 'changed':
              expect(result, `${lib.name} ${param} = ${JSON.stringify(text)}: rows changed`).toBe(1);
              id = row!.id;
              break;
            case 'tally': {
              expect(
                result.inserted ?? result.deleted,
                `${lib.name} ${param} = ${JSON.stringify(text)}: inserted`,
              ).toBe(1);
              const found = await db.pool.query<{ id: string }>(
                `SELECT id FROM ${table} WHERE workspace_id = $1 AND payment_provider = 'stripe' AND external_id = $2`,
                [seed.workspaceId, externalId],
              );
              id = found.rows[0].id;
              break;
            }
            default:
              throw new Error(`no read-back for ${info.cardinality}`);
          }
          const column = snake(Array.isArray(params[param]) ? singular(param) : param);
          const { rows } = await db.pool.query(`SELECT ${column} AS v FROM ${table} WHERE id = $1`, [id]);
          if (rows.length !== 1 || rows[0].v !== value) {
            mismatches.push(`${param} = ${JSON.stringify(text)}: stored ${JSON.stringify(rows[0]?.v)}`);
          }
          tried += 1;
        }
      }
      covered.add(lib.name);
      expect(mismatches).toEqual([]);
    });
  }

  it('tried every free-text parameter of every write function', async () => {
    console.log(`hostile text: ${tried} values stored and read back verbatim across ${covered.size} write functions`);
    expect(covered.size).toBe(writes.length);
    expect(writes.length).toBeGreaterThanOrEqual(33);
    expect(tried).toBeGreaterThanOrEqual(writes.length * HOSTILE_STRINGS.length);
    // And the tables the hostile SQL names are all still there.
    const { rows } = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY($1)`,
      [
        [
          'workspaces',
          'customers',
          'products',
          'prices',
          'subscriptions',
          'payment_sync_sessions',
          'payment_sync_events',
          'payment_webhook_events',
        ],
      ],
    );
    expect(rows[0].n).toBe(8);
  });
});
