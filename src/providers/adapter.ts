// What every provider adapter shares (src/providers/<name>/ holds only its
// mapping and its client): the mapped form of a provider object, applying it
// (one upsert or tombstone), recording a verified webhook event in the inbox,
// the resumable backfill loop over a provider's list endpoints, and the
// helpers every adapter's mapping uses (the last section).
import type pg from 'pg';
// The core only through its public entry: an adapter is built as its own entry point (dist/stripe.js)
// that imports dist/index.js at run time, so that there is one copy of the core (its error classes
// included) in a process however many adapters it loads.
import {
  customers,
  InvalidParameterError,
  PaymentSyncDbError,
  prices,
  products,
  ProviderMappingError,
  RECURRING_INTERVALS,
  subscriptions,
  syncSessions,
  syncStatus,
  UnknownProviderAccountError,
  webhookEvents,
  withTransaction,
  workspaces,
  type DeleteOutcome,
  type EntityType,
  type RecurringInterval,
  type SyncOutcome,
  type SyncSession,
  type WebhookEvent,
} from '../index.js';

const {
  createSyncSession,
  getActiveSyncSessionsByProvider,
  getLatestSyncSessionByProvider,
  updateSyncSessionError,
  updateSyncSessionProgress,
  updateSyncSessionStatus,
} = syncSessions;

type ParamsOf<F> = F extends (db: never, params: infer P) => unknown ? P : never;

/** The params of create<Entity>WithSync, per entity type. */
export interface UpsertParams {
  customer: ParamsOf<typeof customers.createCustomerWithSync>;
  product: ParamsOf<typeof products.createProductWithSync>;
  price: ParamsOf<typeof prices.createPriceWithSync>;
  subscription: ParamsOf<typeof subscriptions.createSubscriptionWithSync>;
}
/** The params of delete<Entity>WithSync (the same for every entity type). */
export type DeleteParams = ParamsOf<typeof customers.deleteCustomerWithSync>;

/**
 * A provider object as the library writes it: an upsert of its snapshot, or a
 * provider delete (a tombstone), of one entity type.
 */
export type Mapped = {
  [E in EntityType]:
    | { entityType: E; action: 'upsert'; params: UpsertParams[E] }
    | { entityType: E; action: 'delete'; params: DeleteParams };
}[EntityType];

type Db = Parameters<typeof customers.getCustomer>[0];

/** The functions of one entity type that an adapter drives. */
const ENTITY = {
  customer: {
    upsert: customers.createCustomerWithSync,
    delete: customers.deleteCustomerWithSync,
    byExternalId: customers.getCustomerByExternalID,
    bulk: customers.bulkUpsertCustomersWithSync,
  },
  product: {
    upsert: products.createProductWithSync,
    delete: products.deleteProductWithSync,
    byExternalId: products.getProductByExternalID,
    bulk: products.bulkUpsertProductsWithSync,
  },
  price: {
    upsert: prices.createPriceWithSync,
    delete: prices.deletePriceWithSync,
    byExternalId: prices.getPriceByExternalID,
    bulk: prices.bulkUpsertPricesWithSync,
  },
  subscription: {
    upsert: subscriptions.createSubscriptionWithSync,
    delete: subscriptions.deleteSubscriptionWithSync,
    byExternalId: subscriptions.getSubscriptionByExternalID,
    bulk: subscriptions.bulkUpsertSubscriptionsWithSync,
  },
} as const;

/**
 * Writes one mapped provider object: create<Entity>WithSync for a snapshot,
 * delete<Entity>WithSync for a provider delete. Resolves to the outcome
 * (`created`, `updated`, `unchanged`, `stale`, `deleted`).
 */
export async function applyMapped(db: Db, mapped: Mapped): Promise<SyncOutcome | DeleteOutcome> {
  const fns = ENTITY[mapped.entityType];
  if (mapped.action === 'delete') return (await fns.delete(db, mapped.params)).outcome;
  // The union of the four param types is what the entity's own function takes: TypeScript cannot
  // correlate `fns` with `mapped.params` through the index, hence the cast to the entity's function.
  const upsert = fns.upsert as (db: Db, params: Mapped['params']) => Promise<{ outcome: SyncOutcome }>;
  return (await upsert(db, mapped.params)).outcome;
}

/** The stored provider time of the live object, or null (never seen, a placeholder, or a tombstone). */
export async function storedProviderTime(
  db: Db,
  entityType: EntityType,
  key: { workspaceId: string; paymentProvider: string; externalId: string },
): Promise<Date | null> {
  const row = await ENTITY[entityType].byExternalId(db, key);
  return row?.providerUpdatedAt ?? null;
}

const plural = (name: string) =>
  name.endsWith('y') ? `${name.slice(0, -1)}ies` : name.endsWith('s') ? `${name}es` : `${name}s`;

/**
 * One bulk upsert of the snapshots of one entity type, all of one workspace and
 * provider: the single-row params become the bulk statement's columns
 * (`email` → `emails`, `currency` → `currencies`, a missing value → null).
 * A listing is a newer observation than what is stored, so an object listed
 * again with the same content is re-stamped with the listing's time (updated,
 * version + 1): the stored time stays the latest time the state was seen, and
 * an event older than that stays stale (see README "Stripe adapter").
 */
async function bulkUpsert(db: Db, entityType: EntityType, rows: readonly UpsertParams[EntityType][]) {
  const bulk = ENTITY[entityType].bulk;
  const first = rows[0] as Record<string, unknown>;
  const params: Record<string, unknown> = { workspaceId: first.workspaceId, paymentProvider: first.paymentProvider };
  for (const { name } of bulk.info.params) {
    if (name in params || name === 'paymentSyncStatus') continue;
    const single = Object.keys(first).find((key) => plural(key) === name) ?? name.replace(/s$/, '');
    params[name] = rows.map((row) => (row as Record<string, unknown>)[single] ?? null);
  }
  const run = bulk as unknown as (db: Db, params: Record<string, unknown>) => Promise<BulkCounts>;
  return run(db, params);
}

interface BulkCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  stale: number;
}

/** One page of a provider's list endpoint: the objects as listed, and the cursor after them (null: the last page). */
export interface BackfillPage {
  items: readonly unknown[];
  next: string | null;
}

/** What a backfill needs of a provider: its list endpoints and its mapping (the adapter's client and mapping). */
export interface BackfillSource {
  providerName: string;
  /** Lists a page of `entityType` after `cursor` (null: from the start). */
  list(entityType: EntityType, cursor: string | null, pageSize: number): Promise<BackfillPage>;
  /**
   * Maps a listed object of `entityType` (`listedAt`: the second its page was requested in);
   * ProviderMappingError when it cannot be stored (reported as refused); null to skip it.
   */
  map(workspaceId: string, item: unknown, listedAt: Date, entityType: EntityType): Mapped | null;
}

/** Per entity type: objects listed, and what the bulk upserts did with them. */
export interface BackfillCounts {
  listed: number;
  inserted: number;
  updated: number;
  unchanged: number;
  stale: number;
  /** Listed objects the library cannot store as given (see `refused` of the result). */
  refused: number;
}

export interface BackfillProgress {
  sessionId: string;
  entityType: EntityType;
  /** Pages written of this entity type in this run. */
  pages: number;
  /** True after its last page. */
  done: boolean;
  counts: Record<EntityType, BackfillCounts>;
}

export interface BackfillOptions {
  workspaceId: string;
  /** The entity types to list (default all four), written parents first: product, price, customer, subscription. */
  objects?: readonly EntityType[];
  /** Objects per page (default 100, the provider's usual maximum). */
  pageSize?: number;
  /** Called after every page is committed. */
  onProgress?: (progress: BackfillProgress) => void;
}

export interface BackfillResult {
  sessionId: string;
  /** True when this run continued a session (or the cursors of a failed one) instead of starting from the beginning. */
  resumed: boolean;
  counts: Record<EntityType, BackfillCounts>;
  /** The objects not written, with the reason. */
  refused: { entityType: EntityType; objectId: string; reason: string }[];
  /**
   * Per entity type listed from its beginning in this run: the external ids of the workspace's live
   * rows of this provider (created before the run) that the provider no longer lists. Reported,
   * not deleted: a list endpoint's silence is not a delete. null for a type this run resumed midway.
   */
  gone: Partial<Record<EntityType, string[] | null>>;
}

/** The backfill's state in the session's progress (`progress.backfill`), written with every page. */
interface BackfillState {
  objects: EntityType[];
  cursors: Partial<Record<EntityType, string>>;
  done: EntityType[];
  counts: Record<EntityType, BackfillCounts>;
}

const ORDER: readonly EntityType[] = ['product', 'price', 'customer', 'subscription'];
const zero = (): BackfillCounts => ({ listed: 0, inserted: 0, updated: 0, unchanged: 0, stale: 0, refused: 0 });

function stateOf(progress: unknown): BackfillState | null {
  const state = (progress as { backfill?: unknown } | null)?.backfill as BackfillState | undefined;
  if (!state || !Array.isArray(state.objects) || typeof state.cursors !== 'object' || !Array.isArray(state.done)) {
    return null;
  }
  return state;
}

/**
 * A full sync of one workspace from a provider's list endpoints, resumable:
 * a `full` sync session; each page is one bulk upsert, committed in ONE
 * transaction with the session's cursor, so a crash between pages loses or
 * repeats nothing and a restarted backfill continues the active session from
 * its cursor (a failed one's successor continues from the failed session's
 * cursors). Completes the session, or fails it with the error and rethrows.
 */
export async function runBackfill(
  pool: pg.Pool,
  source: BackfillSource,
  options: BackfillOptions,
): Promise<BackfillResult> {
  const { workspaceId } = options;
  const providerName = source.providerName;
  const pageSize = options.pageSize ?? 100;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) {
    throw new InvalidParameterError('pageSize', `expected an integer from 1 to 1000; got ${String(pageSize)}`);
  }
  const wanted = new Set(options.objects ?? ORDER);
  for (const entityType of wanted) {
    if (!ORDER.includes(entityType)) throw new InvalidParameterError('objects', `unknown entity type ${entityType}`);
  }
  const runStartedAt = new Date();
  const active = (await getActiveSyncSessionsByProvider(pool, { workspaceId, providerName })).find(
    (s) => s.sessionType === 'full',
  );
  let session: SyncSession;
  let state: BackfillState | null;
  if (active) {
    session =
      active.status === 'pending'
        ? ((await updateSyncSessionStatus(pool, { workspaceId, id: active.id, status: 'running' })) ?? active)
        : active;
    state = stateOf(active.progress);
  } else {
    const latest = await getLatestSyncSessionByProvider(pool, { workspaceId, providerName });
    state = latest?.status === 'failed' && latest.sessionType === 'full' ? stateOf(latest.progress) : null;
    session = (await createSyncSession(pool, {
      workspaceId,
      providerName,
      sessionType: 'full',
      status: 'running',
      entityTypes: ORDER.filter((e) => wanted.has(e)),
      config: { pageSize },
    }))!;
  }
  const resumed = state !== null;
  const objects = state?.objects ?? ORDER.filter((e) => wanted.has(e));
  const current: BackfillState = {
    objects,
    cursors: { ...state?.cursors },
    done: [...(state?.done ?? [])],
    counts: Object.fromEntries(ORDER.map((e) => [e, { ...zero(), ...state?.counts?.[e] }])) as Record<
      EntityType,
      BackfillCounts
    >,
  };
  const result: BackfillResult = { sessionId: session.id, resumed, counts: current.counts, refused: [], gone: {} };
  try {
    for (const entityType of objects) {
      if (current.done.includes(entityType)) continue;
      const fromStart = current.cursors[entityType] === undefined;
      const seen = fromStart ? new Set<string>() : null;
      let pages = 0;
      for (;;) {
        // The provider's timestamps are seconds: the time of a listing is the second it began in,
        // so that an event of that second is not taken for older than the listed state.
        const listedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
        const page = await source.list(entityType, current.cursors[entityType] ?? null, pageSize);
        const rows: UpsertParams[EntityType][] = [];
        const counts = current.counts[entityType];
        counts.listed += page.items.length;
        for (const item of page.items) {
          let mapped: Mapped | null;
          try {
            mapped = source.map(workspaceId, item, listedAt, entityType);
          } catch (error) {
            if (!(error instanceof ProviderMappingError)) throw error;
            counts.refused += 1;
            result.refused.push({ entityType, objectId: error.objectId, reason: error.message });
            // Listed, so not gone: a row of it (stored before it became unmappable) is not reported.
            seen?.add(error.objectId);
            continue;
          }
          if (!mapped || mapped.entityType !== entityType || mapped.action !== 'upsert') continue;
          rows.push(mapped.params);
          seen?.add(mapped.params.externalId);
        }
        if (page.next === null) current.done.push(entityType);
        else current.cursors[entityType] = page.next;
        await withTransaction(pool, async (tx) => {
          if (rows.length > 0) {
            const written = await bulkUpsert(tx, entityType, rows);
            counts.inserted += written.inserted;
            counts.updated += written.updated;
            counts.unchanged += written.unchanged;
            counts.stale += written.stale;
          }
          const updated = await updateSyncSessionProgress(tx, {
            workspaceId,
            id: session.id,
            progress: { backfill: current } as unknown as Record<string, never>,
          });
          if (!updated) throw new PaymentSyncDbError(`sync session ${session.id} is gone`, { code: 'SESSION_GONE' });
        });
        pages += 1;
        const done = page.next === null;
        // A copy: the report is the counts as of this page, not the run's live tally.
        options.onProgress?.({
          sessionId: session.id,
          entityType,
          pages,
          done,
          counts: structuredClone(current.counts),
        });
        if (done) break;
      }
      result.gone[entityType] = seen
        ? await goneFrom(pool, entityType, workspaceId, providerName, seen, runStartedAt)
        : null;
    }
    await updateSyncSessionStatus(pool, { workspaceId, id: session.id, status: 'completed' });
    return result;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await updateSyncSessionError(pool, { workspaceId, id: session.id, errorMessage: message.slice(0, 10_000) }).catch(
      () => undefined,
    );
    throw error;
  }
}

/** The external ids of the live rows of this provider created before `before` that `seen` does not hold. */
async function goneFrom(
  db: Db,
  entityType: EntityType,
  workspaceId: string,
  paymentProvider: string,
  seen: ReadonlySet<string>,
  before: Date,
): Promise<string[]> {
  const gone: string[] = [];
  const limit = 1000;
  let after: { externalId: string } | undefined;
  for (;;) {
    const page = await syncStatus.listExternalIDsByProvider(db, {
      workspaceId,
      paymentProvider,
      entityType,
      createdBefore: before,
      limit,
      after,
    });
    for (const { externalId } of page) if (!seen.has(externalId)) gone.push(externalId);
    if (page.length < limit) return gone;
    after = page[page.length - 1];
  }
}

/** Which workspace a verified webhook event belongs to: given, resolved by the caller, or by its provider account. */
export interface WorkspaceTarget<E> {
  /** The workspace of this endpoint (one endpoint per workspace). */
  workspaceId?: string;
  /** The workspace of this event, or null/undefined for the default: its account's workspace. */
  resolveWorkspace?: (event: E) => string | null | undefined | Promise<string | null | undefined>;
}

/** A verified provider event, as the inbox records it. */
export interface VerifiedEvent {
  id: string;
  type: string;
  occurredAt: Date;
  payload: Record<string, unknown>;
  /** The provider account it came from (Stripe Connect's `event.account`), if any. */
  account?: string | null;
  entityType?: EntityType | null;
  externalId?: string | null;
}

/**
 * Records a verified event in the inbox (idempotent on its id): in the
 * workspace given, else the one `resolveWorkspace` names, else the one whose
 * provider configuration names the event's account
 * (getWorkspaceByProviderAccount). No workspace is a typed error and writes
 * nothing: UnknownProviderAccountError for an account no workspace
 * configures, InvalidParameterError for an event without an account.
 */
export async function recordProviderEvent<E>(
  pool: pg.Pool,
  providerName: string,
  target: WorkspaceTarget<E>,
  original: E,
  event: VerifiedEvent,
): Promise<{ duplicate: boolean; event: WebhookEvent }> {
  let workspaceId = target.workspaceId ?? (await target.resolveWorkspace?.(original)) ?? undefined;
  if (workspaceId === undefined && event.account) {
    const found = await workspaces.getWorkspaceByProviderAccount(pool, { providerName, accountId: event.account });
    if (!found) throw new UnknownProviderAccountError(providerName, event.account);
    workspaceId = found.workspaceId;
  }
  if (workspaceId === undefined) {
    throw new InvalidParameterError(
      'workspaceId',
      'the event names no provider account: pass workspaceId or resolveWorkspace',
    );
  }
  return webhookEvents.recordWebhookEvent(pool, {
    workspaceId,
    providerName,
    providerEventId: event.id,
    eventType: event.type,
    occurredAt: event.occurredAt,
    payload: event.payload as Parameters<typeof webhookEvents.recordWebhookEvent>[1]['payload'],
    entityType: event.entityType ?? null,
    externalId: event.externalId ?? null,
  });
}

// ---------------------------------------------------------------------------
// Mapping helpers every adapter's mapping uses
//
// Pure functions, no I/O, no provider's names: each mapping (src/providers/<name>/mapping.ts)
// keeps its own rules (which field holds what, its statuses, its item choice, its currencies)
// and words its own refusals, naming its provider's fields; what is the library's rule, the same
// for every provider, lives here once.
// ---------------------------------------------------------------------------

/** A jsonb param (metadata, providerData) as the generated params type it. */
export type Json = Exclude<UpsertParams['customer']['providerData'], null | undefined | void>;

/** The params every upsert shares (provider, id, time, metadata, the snapshot). */
export interface CommonParams {
  workspaceId: string;
  paymentProvider: string;
  externalId: string;
  providerUpdatedAt: Date;
  metadata: Json;
  providerData: Json;
}

/**
 * The params every upsert shares: the provider's id is the external id, the time is the caller's
 * (an event's time, a list's fetch time), `metadata` is what the mapping reads as the object's
 * metadata, and the whole object as received is the snapshot (providerData), so fields this
 * version does not know (future ones) are kept. paymentSyncStatus is left out: the query's
 * default (synced) applies.
 */
export function commonParams(
  workspaceId: string,
  paymentProvider: string,
  object: { id: string },
  providerUpdatedAt: Date,
  metadata: Json,
): CommonParams {
  return {
    workspaceId,
    paymentProvider,
    externalId: object.id,
    providerUpdatedAt,
    metadata,
    providerData: asReceived(object),
  };
}

/**
 * A provider object as the JSON it is: an API response (parsed from JSON) or a webhook payload.
 * The SDKs' interfaces do not fit the jsonb param type (Stripe's declare no index signature,
 * Chargebee's `[key: string]: unknown`), hence this one assertion; the library's jsonObject rule
 * still refuses, before the database, anything JSON cannot hold.
 */
export function asReceived(object: object): Json {
  return object as Json;
}

/** A field read by name, declared by the SDK's type or not (older API versions' fields): unknown until narrowed. */
export function field(object: object, key: string): unknown {
  return key in object ? (object as Record<string, unknown>)[key] : undefined;
}

/** Whether `value` is one of `values` (a vocabulary of the library or a provider), narrowed to it. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}

/**
 * A provider object marked deleted (`deleted: true`) is a delete, never a snapshot: refused, so
 * no typed call or cast stores it as a live row. `mappers` names the provider's functions that
 * map a delete ("mapStripeObject or stripeDeleteParams").
 */
export function refuseDeleted(object: { id: string; deleted?: unknown }, kind: string, mappers: string): void {
  if (object.deleted === true) {
    throw new ProviderMappingError(object.id, `a deleted ${kind} is a delete, not a snapshot: map it with ${mappers}`);
  }
}

/** Unix seconds (the providers' timestamps) as a Date; null or absent stays null; anything else is refused. */
export function dateOf(objectId: string, name: string, seconds: unknown): Date | null {
  if (seconds === null || seconds === undefined) return null;
  const date = typeof seconds === 'number' ? new Date(seconds * 1000) : undefined;
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new ProviderMappingError(objectId, `${name} ${JSON.stringify(seconds)} is not a unix timestamp`);
  }
  return date;
}

/**
 * The current period of a subscription from its two unix-seconds fields (`names`: the provider's
 * field names, start first), each by dateOf. An end before the start is refused here, naming
 * the object, rather than by the table's CHECK (end >= start).
 */
export function periodDates(
  objectId: string,
  names: readonly [start: string, end: string],
  start: unknown,
  end: unknown,
): { currentPeriodStart: Date | null; currentPeriodEnd: Date | null } {
  const currentPeriodStart = dateOf(objectId, names[0], start);
  const currentPeriodEnd = dateOf(objectId, names[1], end);
  if (currentPeriodStart && currentPeriodEnd && currentPeriodEnd < currentPeriodStart) {
    throw new ProviderMappingError(
      objectId,
      `${names[1]} ${currentPeriodEnd.toISOString()} is before ${names[0]} ${currentPeriodStart.toISOString()}`,
    );
  }
  return { currentPeriodStart, currentPeriodEnd };
}

/** A price's type and interval: recurring carries interval and count, one_time neither (the table's shape CHECK). */
export type PriceShape =
  | { type: 'recurring'; recurringInterval: RecurringInterval; recurringIntervalCount: number }
  | { type: 'one_time'; recurringInterval: null; recurringIntervalCount: null };

/** The shape of a one-time price. */
export const ONE_TIME_SHAPE: PriceShape = Object.freeze({
  type: 'one_time',
  recurringInterval: null,
  recurringIntervalCount: null,
});

/**
 * A recurring price's shape: `interval` one of RECURRING_INTERVALS and `count` an integer in
 * 1..1000 (the range the column holds), else a ProviderMappingError with the mapping's own
 * wording (`refusals`, naming the provider's fields and values; worded only when refused).
 */
export function recurringShape(
  objectId: string,
  interval: unknown,
  count: unknown,
  refusals: { interval: () => string; count: () => string },
): PriceShape {
  if (!isOneOf(RECURRING_INTERVALS, interval)) throw new ProviderMappingError(objectId, refusals.interval());
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 1000) {
    throw new ProviderMappingError(objectId, refusals.count());
  }
  return { type: 'recurring', recurringInterval: interval, recurringIntervalCount: count };
}

const WHOLE_OR_DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * A non-negative decimal string ("2000", "12.50", "2000.000000000000") as a whole number of
 * units of 10^-exponent, exactly (exponent 0: the number itself; 2: "12.50" is 1250): digits
 * beyond the exponent must be zeros. Anything else (not a string, not such a decimal:
 * `refusals.notDecimal`; a fraction of a unit: `refusals.fractional`, the mapping's own wording,
 * worded only when refused) is refused, never rounded.
 */
export function exactUnits(
  objectId: string,
  decimal: unknown,
  exponent: number,
  refusals: { notDecimal: () => string; fractional: () => string },
): bigint {
  const match = typeof decimal === 'string' ? WHOLE_OR_DECIMAL.exec(decimal) : null;
  if (!match) throw new ProviderMappingError(objectId, refusals.notDecimal());
  const fraction = match[2] ?? '';
  if (/[^0]/.test(fraction.slice(exponent))) throw new ProviderMappingError(objectId, refusals.fractional());
  return BigInt(match[1]) * 10n ** BigInt(exponent) + BigInt(fraction.slice(0, exponent).padEnd(exponent, '0') || '0');
}

/**
 * An exact amount (exactUnits) as a number: refused (`refusal`, worded only when refused) beyond
 * Number.MAX_SAFE_INTEGER, where a number is no longer exact.
 */
export function safeNumber(objectId: string, value: bigint, refusal: () => string): number {
  if (value > MAX_SAFE) throw new ProviderMappingError(objectId, refusal());
  return Number(value);
}
