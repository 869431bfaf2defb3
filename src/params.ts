// Parameter checks, by parameter name: a parameter means the same thing in
// every query (SPEC.md names them after the column they match), so one rule
// per name covers all 100 queries. Each rule refuses a bad value with an
// InvalidParameterError before a connection is taken, and may convert the
// value into what the database is sent (JSON text for jsonb).
import { InvalidParameterError } from './errors.js';
import {
  ENTITY_SYNC_STATUSES,
  ENTITY_TYPES,
  PRICE_TYPES,
  PROVIDER_NAME_PATTERN,
  RECURRING_INTERVALS,
  SESSION_TYPES,
  SYNC_EVENT_TYPES,
} from './vocabulary.js';

/** Checks one value (never null: nulls are handled before) and returns what is bound. */
export type Rule = (value: unknown, name: string) => unknown;
export type ParamRules = Record<string, Rule>;

export const MAX_LIST_LIMIT = 1000;
export const MAX_ARRAY_LENGTH = 1_000_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fail(name: string, reason: string, cause?: unknown): never {
  throw new InvalidParameterError(name, reason, cause);
}

function describe(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return typeof value;
  }
}

/** One of a fixed list of strings. */
export function oneOf(values: readonly string[]): Rule {
  return (value, name) =>
    typeof value === 'string' && values.includes(value)
      ? value
      : fail(name, `expected one of ${values.join(', ')}; got ${describe(value)}`);
}

export function pattern(regex: RegExp, what: string): Rule {
  return (value, name) =>
    typeof value === 'string' && regex.test(value) ? value : fail(name, `expected ${what}; got ${describe(value)}`);
}

export function integer(min: number, max: number): Rule {
  return (value, name) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max
      ? value
      : fail(name, `expected an integer from ${min} to ${max}; got ${describe(value)}`);
}

/** A non-empty array of at most MAX_ARRAY_LENGTH elements, each passing `element`. */
export function arrayOf(element: Rule): Rule {
  return (value, name) => {
    if (!Array.isArray(value)) fail(name, `expected an array; got ${describe(value)}`);
    if (value.length === 0) fail(name, 'expected at least one element');
    if (value.length > MAX_ARRAY_LENGTH)
      fail(name, `expected at most ${MAX_ARRAY_LENGTH} elements; got ${value.length}`);
    for (let i = 0; i < value.length; i++) {
      if (value[i] == null) fail(`${name}[${i}]`, 'must not be null');
      element(value[i], `${name}[${i}]`);
    }
    return value;
  };
}

export const uuid: Rule = (value, name) =>
  typeof value === 'string' && UUID.test(value) ? value : fail(name, `expected a uuid; got ${describe(value)}`);

/**
 * Why PostgreSQL would not store `value` as given, or undefined: text cannot
 * hold NUL (U+0000), and a lone UTF-16 surrogate would be stored as U+FFFD, so
 * two different strings could be stored as one.
 */
export function unstorable(value: string): string | undefined {
  if (value.includes('\u0000')) return 'contains NUL (U+0000), which PostgreSQL text and JSON cannot hold';
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) {
    return 'contains a lone UTF-16 surrogate, which PostgreSQL would store as U+FFFD';
  }
  return undefined;
}

/** `value` if PostgreSQL stores it as given (see unstorable), else InvalidParameterError. */
export function storable(value: string, name: string): string {
  const reason = unstorable(value);
  return reason === undefined ? value : fail(name, reason);
}

/** Length in Unicode code points, as PostgreSQL's length() counts: a surrogate pair (an emoji) is one. */
function codePoints(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) count--;
  }
  return count;
}

/** A string of 1 to `maxLength` characters, counted in code points as the column's CHECK counts them. */
export const text =
  (maxLength: number): Rule =>
  (value, name) => {
    if (typeof value !== 'string' || value.length === 0) {
      fail(name, `expected a string of 1 to ${maxLength} characters; got ${describe(value)}`);
    }
    storable(value, name);
    // A string's code points never outnumber its UTF-16 units: count them only when the units exceed the limit.
    if (value.length > maxLength && codePoints(value) > maxLength) {
      fail(name, `expected a string of 1 to ${maxLength} characters; got ${codePoints(value)}`);
    }
    return value;
  };

/**
 * JSON.stringify's replacer for jsonb parameters: what JSON.stringify would
 * silently drop (a function or symbol value) or silently change (NaN and
 * Infinity into null, an invalid Date into null, an undefined array element
 * into null, a Map, Set, RegExp, Error or other non-plain object without
 * data into {}, a typed array into an object of indices) is refused instead,
 * and so is a string or key PostgreSQL cannot store as given (NUL, a lone
 * surrogate), so what is stored is what the caller passed. (An `undefined`
 * property is left out, as in any JSON; an object with a toJSON method is
 * stored as its toJSON says.)
 */
function strictJson(this: unknown, key: string, value: unknown): unknown {
  const where = key === '' ? 'the value' : `"${key}"`;
  const keyProblem = unstorable(key);
  if (keyProblem) throw new TypeError(`the key ${JSON.stringify(key)} ${keyProblem}`);
  // The holder's own value, before toJSON: what the caller passed.
  const original = (this as Record<string, unknown>)[key];
  if (typeof value === 'function' || typeof value === 'symbol') {
    throw new TypeError(`${where} is a ${typeof value}, which JSON cannot hold`);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError(`${where} is ${value}, which JSON cannot hold`);
  }
  if (typeof value === 'string') {
    const problem = unstorable(value);
    if (problem) throw new TypeError(`${where} ${problem}`);
    return value;
  }
  if (value === undefined && Array.isArray(this)) {
    throw new TypeError(`${where} is undefined, which JSON.stringify would turn into null in an array`);
  }
  if (original instanceof Date && Number.isNaN(original.getTime())) {
    throw new TypeError(`${where} is an invalid Date, which JSON.stringify would turn into null`);
  }
  if (value instanceof Map || value instanceof Set) {
    throw new TypeError(
      `${where} is a ${value instanceof Map ? 'Map' : 'Set'}, which JSON.stringify would turn into {}`,
    );
  }
  if (typeof value === 'object' && value !== null && value === original && !Array.isArray(value)) {
    if (ArrayBuffer.isView(value)) {
      throw new TypeError(`${where} is a ${value.constructor.name}, which JSON.stringify would turn into an object`);
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null && Object.keys(value).length === 0) {
      const kind = (value as object).constructor?.name || 'non-plain object';
      throw new TypeError(`${where} is a ${kind}, which JSON.stringify would turn into {}`);
    }
  }
  return value;
}

/**
 * Whether `value` is plain JSON data, which JSON.stringify encodes as it is: strings, finite
 * numbers, booleans, null, arrays without undefined elements, objects whose prototype is
 * Object.prototype or null, at most `depth` levels deep (anything else, a cycle included, is
 * left to strictJson). Walking it first lets the common case use JSON.stringify's fast path (a
 * replacer costs about 3x on a webhook payload).
 */
function plainJson(value: unknown, depth: number): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (depth === 0) return false;
      if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype) return false;
        for (let i = 0; i < value.length; i++) {
          const element: unknown = value[i];
          if (element === undefined || !plainJson(element, depth - 1)) return false;
        }
        return true;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key in value) {
        const property: unknown = (value as Record<string, unknown>)[key];
        if (property !== undefined && !plainJson(property, depth - 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * In JSON.stringify's output, the escape of a NUL or of a lone surrogate (the only \u escapes of
 * U+D800 to U+DFFF it writes), not preceded by an escaped backslash.
 */
const UNSTORABLE_ESCAPE = /(?:^|[^\\])(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/;

/** A jsonb value that must be a JSON object; sent as JSON text (pg would send a JS array as a PG array). */
export const jsonObject: Rule = (value, name) => {
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    fail(name, `expected a JSON object; got ${describe(value)}`);
  }
  if (plainJson(value, 64)) {
    const encoded = JSON.stringify(value);
    // Only an unstorable string or key needs strictJson's walk, for its message.
    if (!UNSTORABLE_ESCAPE.test(encoded)) return encoded;
  }
  let encoded: string | undefined;
  try {
    encoded = JSON.stringify(value, strictJson);
  } catch (error) {
    fail(name, `not serialisable as JSON (${(error as Error).message})`, error);
  }
  if (encoded === undefined) fail(name, 'not serialisable as JSON');
  // A toJSON() may turn the object into an array, a string, ...: what is stored must be an object.
  if (!encoded.startsWith('{')) fail(name, `expected a JSON object; its JSON is ${describe(JSON.parse(encoded))}`);
  return encoded;
};

/** ISO 4217 code; providers disagree on case (Stripe `usd`, Chargebee `USD`), stored lower-case. */
export const currency: Rule = (value, name) =>
  typeof value === 'string' && /^[A-Za-z]{3}$/.test(value)
    ? value.toLowerCase()
    : fail(name, `expected a three-letter ISO 4217 currency code; got ${describe(value)}`);

/** Any string PostgreSQL stores as given (no NUL, no lone surrogate); length and shape are left to the column's CHECK. */
export const string: Rule = (value, name) =>
  typeof value === 'string' ? storable(value, name) : fail(name, `expected a string; got ${describe(value)}`);

/** A real boolean: PostgreSQL would also read 'yes', 'on' or 1 as true. */
export const boolean: Rule = (value, name) =>
  typeof value === 'boolean' ? value : fail(name, `expected true or false; got ${describe(value)}`);

// ISO 8601 / RFC 3339 date-time with an offset: 2026-01-31T12:00:00Z, 2026-01-31 12:00:00.123+05:30.
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

/**
 * The instant an ISO 8601 timestamp with an offset names, truncated to the
 * millisecond, or undefined when `text` is not one (no offset, 'now',
 * 'infinity', February 30th...).
 */
function parseIsoTimestamp(text: string): Date | undefined {
  const m = ISO_TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second = 0] = m.slice(1, 7).map((part) => (part ? Number(part) : 0));
  const millisecond = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const offsetMinutes = m[8] ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11] ?? 0));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (Number(m[10] ?? 0) > 15 || Number(m[11] ?? 0) > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  date.setUTCHours(hour, minute, second, millisecond);
  return new Date(date.getTime() - offsetMinutes * 60_000);
}

/**
 * A valid Date, or an ISO 8601 timestamp string with an offset (`Z`,
 * `+02:00`), which is bound as the Date it names. Columns store milliseconds
 * (timestamptz(3)), and so does a Date: a string's sub-millisecond digits are
 * truncated here, so every write path compares what the column holds.
 * Anything else (a string without offset, 'now', 'infinity', epoch numbers)
 * is refused.
 */
export const timestamp: Rule = (value, name) => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? fail(name, 'is an invalid Date') : value;
  const parsed = typeof value === 'string' ? parseIsoTimestamp(value) : undefined;
  return (
    parsed ??
    fail(
      name,
      `expected a valid Date or an ISO 8601 timestamp with an offset (2026-01-31T12:00:00Z); got ${describe(value)}`,
    )
  );
};

/** The timestamp field of a list cursor: a timestamp, or the first page's sentinel ('-infinity' or 'infinity'). */
export const cursorTimestamp: Rule = (value, name) =>
  value === '-infinity' || value === 'infinity' ? value : timestamp(value, name);

/**
 * One column of a batch, bound as ONE array parameter and expanded in SQL
 * (`unnest(:emails::text[], ...)`), never one bind parameter per element:
 * 1 to MAX_ARRAY_LENGTH elements, each passing `element` and REPLACED by what
 * it returns (JSON text for a jsonb element, a lower-cased currency). With
 * `nullable`, a null or undefined element is allowed and bound as NULL (the
 * SQL then applies the column's default). Returns a new array; the caller's
 * is not modified.
 */
export function columnOf(element: Rule, options: { nullable?: boolean } = {}): Rule {
  return (value, name) => {
    if (!Array.isArray(value)) fail(name, `expected an array; got ${describe(value)}`);
    if (value.length === 0) fail(name, 'expected at least one element');
    if (value.length > MAX_ARRAY_LENGTH)
      fail(name, `expected at most ${MAX_ARRAY_LENGTH} elements; got ${value.length}`);
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item == null) {
        if (!options.nullable) fail(`${name}[${i}]`, 'must not be null');
        out[i] = null;
      } else {
        out[i] = element(item, `${name}[${i}]`);
      }
    }
    return out;
  };
}

/** A batch column of JSON objects (jsonb[]): each element JSON-encoded; null elements allowed. */
export const jsonObjects = columnOf(jsonObject, { nullable: true });
/** A batch column of timestamps (timestamptz[]), every element present. */
export const timestamps = columnOf(timestamp);
/** A batch column of optional timestamps: null elements allowed. */
export const optionalTimestamps = columnOf(timestamp, { nullable: true });
/** A batch column of optional strings (text[]): null elements allowed. */
export const optionalStrings = columnOf(string, { nullable: true });

/** A check of the whole parameter object, run after the per-name rules and before the database is touched. */
export type Check = (params: Record<string, unknown>) => void;

/**
 * The arrays named (those given: an omitted optional one is skipped) must all
 * have as many elements as the first, which is the batch: element i of each is
 * object i. InvalidParameterError names the first array that differs.
 */
export function sameLength(...names: readonly string[]): Check {
  return (params) => {
    const [first, ...others] = names;
    const reference = params[first];
    if (!Array.isArray(reference)) return;
    for (const name of others) {
      const value = params[name];
      if (Array.isArray(value) && value.length !== reference.length) {
        fail(name, `expected ${reference.length} elements, one per element of ${first}; got ${value.length}`);
      }
    }
  };
}

/**
 * A parent named either by the library's id or by the provider's (e.g.
 * `productId` or `productExternalId`): exactly one of the two. InvalidParameterError names the
 * id parameter when both or neither are given.
 */
export function eitherOf(idName: string, externalIdName: string): Check {
  return (params) => {
    const byId = params[idName] != null;
    const byExternalId = params[externalIdName] != null;
    if (byId === byExternalId) {
      fail(
        idName,
        `give ${idName} (the library's id) or ${externalIdName} (the provider's), not ${byId ? 'both' : 'neither'}`,
      );
    }
  };
}

/**
 * eitherOf for the columns of a batch: element i of exactly one of the two arrays (`productIds`,
 * `productExternalIds`) names object i's parent. InvalidParameterError names the element.
 */
export function eitherOfEach(idsName: string, externalIdsName: string, lengthOf: string): Check {
  return (params) => {
    const ids = params[idsName];
    const externalIds = params[externalIdsName];
    const length = (params[lengthOf] as unknown[] | undefined)?.length ?? 0;
    for (let i = 0; i < length; i++) {
      const byId = Array.isArray(ids) && ids[i] != null;
      const byExternalId = Array.isArray(externalIds) && externalIds[i] != null;
      if (byId === byExternalId) {
        fail(
          `${idsName}[${i}]`,
          `give ${idsName}[${i}] or ${externalIdsName}[${i}] for object ${i}, not ${byId ? 'both' : 'neither'}`,
        );
      }
    }
  };
}

/** Several whole-object checks, in order. */
export function allOf(...checks: Check[]): Check {
  return (params) => {
    for (const check of checks) check(params);
  };
}

const providerName = pattern(PROVIDER_NAME_PATTERN, 'a provider name matching ^[a-z][a-z0-9_]{1,31}$');
const externalId = text(255);

/** The rules every query shares, by parameter name. */
export const sharedRules: ParamRules = {
  workspaceId: uuid,
  id: uuid,
  sessionId: uuid,
  productId: uuid,
  customerId: uuid,
  priceId: uuid,
  entityId: uuid,
  afterId: uuid,
  afterWorkspaceId: uuid,
  paymentProvider: providerName,
  providerName,
  paymentSyncStatus: oneOf(ENTITY_SYNC_STATUSES),
  sessionType: oneOf(SESSION_TYPES),
  entityType: oneOf(ENTITY_TYPES),
  entityTypes: arrayOf(oneOf(ENTITY_TYPES)),
  eventType: oneOf(SYNC_EVENT_TYPES),
  type: oneOf(PRICE_TYPES),
  recurringInterval: oneOf(RECURRING_INTERVALS),
  recurringIntervalCount: integer(1, 1000),
  externalId,
  externalIds: arrayOf(externalId),
  // A parent named by the provider's id (Create<Entity>WithSync): resolved, or created as a placeholder.
  productExternalId: externalId,
  customerExternalId: externalId,
  priceExternalId: externalId,
  limit: integer(1, MAX_LIST_LIMIT),
  expectedVersion: integer(0, 2_147_483_647),
  unitAmount: integer(0, Number.MAX_SAFE_INTEGER),
  quantity: integer(0, 2_147_483_647),
  currency,
  metadata: jsonObject,
  config: jsonObject,
  progress: jsonObject,
  providerData: jsonObject,
  eventDetails: jsonObject,
  // PostgreSQL would read 'yes', 'on', 't' or 1 as true: only a real boolean is accepted.
  active: boolean,
  enabled: boolean,
  cancelAtPeriodEnd: boolean,
  // Timestamps (and the timestamp fields of list cursors): a valid Date or a timestamp string.
  providerUpdatedAt: timestamp,
  currentPeriodStart: timestamp,
  currentPeriodEnd: timestamp,
  canceledAt: timestamp,
  trialEnd: timestamp,
  createdBefore: timestamp,
  // Retention cut-offs (purgeWebhookEvents, purgeSyncEvents).
  olderThan: timestamp,
  afterCreatedAt: cursorTimestamp,
  afterUpdatedAt: cursorTimestamp,
  afterPaymentSyncStatusChangedAt: cursorTimestamp,
  afterReceivedAt: cursorTimestamp,
  afterEntityType: string,
  afterExternalId: string,
  // The `present` cursor field of the *NeedingSync lists (query.ts, list): whether the row was described.
  afterProviderUpdatedAtPresent: boolean,
  // Free text: any string, but a string (pg would turn {} into '{}', an array into a
  // PostgreSQL array literal, a number into its digits, a function into its source).
  name: string,
  email: string,
  description: string,
  eventMessage: string,
  paymentSyncError: string,
  // Batch columns of the BulkUpsert*WithSync queries: one array per column,
  // element i of each describing object i (see columnOf and sameLength).
  providerUpdatedAts: timestamps,
  emails: optionalStrings,
  names: optionalStrings,
  descriptions: optionalStrings,
  actives: columnOf(boolean, { nullable: true }),
  metadatas: jsonObjects,
  providerDatas: jsonObjects,
  // Parents of a batch by the library's id or by the provider's, element by element (eitherOfEach).
  productIds: columnOf(uuid, { nullable: true }),
  customerIds: columnOf(uuid, { nullable: true }),
  priceIds: columnOf(uuid, { nullable: true }),
  productExternalIds: columnOf(externalId, { nullable: true }),
  customerExternalIds: columnOf(externalId, { nullable: true }),
  priceExternalIds: columnOf(externalId, { nullable: true }),
  currencies: columnOf(currency),
  unitAmounts: columnOf(integer(0, Number.MAX_SAFE_INTEGER)),
  types: columnOf(oneOf(PRICE_TYPES)),
  recurringIntervals: columnOf(oneOf(RECURRING_INTERVALS), { nullable: true }),
  recurringIntervalCounts: columnOf(integer(1, 1000), { nullable: true }),
  quantities: columnOf(integer(0, 2_147_483_647), { nullable: true }),
  cancelAtPeriodEnds: columnOf(boolean, { nullable: true }),
  currentPeriodStarts: optionalTimestamps,
  currentPeriodEnds: optionalTimestamps,
  canceledAts: optionalTimestamps,
  trialEnds: optionalTimestamps,
};

/**
 * Checks `params` against the shared rules (and `extra`, which wins) and
 * returns the values in bind order. A missing required parameter, an invalid
 * Date or a value a rule refuses throws InvalidParameterError.
 */
export function checkParams(
  order: readonly { name: string; required: boolean }[],
  params: Record<string, unknown>,
  extra: ParamRules | undefined,
): unknown[] {
  if (typeof params !== 'object' || params === null) fail('params', 'expected an object of parameters');
  const values = new Array<unknown>(order.length);
  for (let i = 0; i < order.length; i++) {
    const { name, required } = order[i];
    const value = params[name];
    if (value == null) {
      if (required) fail(name, 'is required');
      values[i] = null;
      continue;
    }
    if (value instanceof Date && Number.isNaN(value.getTime())) fail(name, 'is an invalid Date');
    const rule = extra?.[name] ?? sharedRules[name];
    values[i] = rule ? rule(value, name) : value;
  }
  return values;
}
