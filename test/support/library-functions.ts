// Every query function the package exports, found by walking the exports
// (not a hand-kept list): a new query is covered the moment it is exported.
import * as library from '../../src/index.js';
import { randomUUID } from 'node:crypto';
import type { QueryInfo } from '../../src/query.js';

export interface LibraryFunction {
  /** `namespace.name`, first namespace it was found in. */
  name: string;
  fn: ((db: unknown, params: Record<string, unknown>) => Promise<unknown>) & { info: QueryInfo };
}

export function libraryFunctions(): LibraryFunction[] {
  const seen = new Map<unknown, LibraryFunction>();
  for (const [namespace, value] of Object.entries(library)) {
    if (typeof value !== 'object' || value === null) continue;
    for (const [name, fn] of Object.entries(value)) {
      if (typeof fn === 'function' && 'info' in fn && !seen.has(fn)) {
        seen.set(fn, { name: `${namespace}.${name}`, fn: fn as LibraryFunction['fn'] });
      }
    }
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const TABLES = [
  'payment_webhook_events',
  'workspace_payment_providers',
  'payment_sync_sessions',
  'payment_sync_events',
  'subscriptions',
  'customers',
  'products',
  'prices',
  'workspaces',
];

/**
 * The tenant table the statement writes (the first it updates or inserts into), else the first it
 * reads: what its `id` parameter means. (A provider write may read its parents' tables first.)
 */
export function subjectTable(info: QueryInfo): string {
  // The log partitions' maintenance (migration 0012) names no table: it works on both logs.
  if (/\bpayment_sync_(?:create|drop)_log_partitions\(/.test(info.text)) return 'payment_sync_events';
  const table = (verbs: string) => new RegExp(`\\b(?:${verbs})\\s+(${TABLES.join('|')})\\b`, 'i').exec(info.text);
  const m = table('update|into') ?? table('from');
  if (!m) throw new Error(`no tenant table in ${info.statement}`);
  return m[1].toLowerCase();
}

export function isWrite(info: QueryInfo): boolean {
  return /\b(insert\s+into|update\s+\w+(\s+(as\s+)?\w+)?\s+set|delete\s+from)\b/i.test(info.text);
}

const past = new Date('2026-01-01T00:00:00Z');
const later = new Date('2026-02-01T00:00:00Z');

/**
 * The key of `ids` that holds the claim token of the processing webhook event
 * `ids.payment_webhook_events` (what the fenced webhook functions present).
 */
export const WEBHOOK_CLAIM_TOKEN = 'webhook_claim_token';

/**
 * A value for every parameter name the library uses; `ids` and `externalIds`
 * (by table) decide whose objects are named. Throws for a parameter it does
 * not know, so a new query cannot go untested. The webhook inbox: `ids.payment_webhook_events`
 * is a processing event and `ids[WEBHOOK_CLAIM_TOKEN]` its claim token;
 * `externalIds.payment_webhook_events` is a provider event id (not an entity's
 * external id: it is left out of the batch columns).
 */
export function paramsFor(
  name: string,
  info: { params: readonly { name: string }[]; text: string; statement: string },
  table: string,
  workspaceId: string,
  ids: Record<string, string>,
  externalIds: Record<string, string>,
): Record<string, unknown> {
  const webhook = table === 'payment_webhook_events';
  // Entities' external ids (the provider event id of the inbox is none).
  const entityExternalIds = Object.entries(externalIds)
    .filter(([key]) => key !== 'payment_webhook_events')
    .map(([, value]) => value);
  // Batch columns (BulkUpsert*WithSync): one element per external id.
  const each = (value: () => unknown) => () => entityExternalIds.map(value);
  const values: Record<string, () => unknown> = {
    workspaceId: () => workspaceId,
    id: () => ids[table] ?? randomUUID(),
    customerId: () => ids.customers,
    productId: () => ids.products,
    priceId: () => ids.prices,
    // A parent by the provider's id is the alternative to the library's (exactly one of the two): omitted.
    customerExternalId: () => undefined,
    productExternalId: () => undefined,
    priceExternalId: () => undefined,
    customerExternalIds: () => undefined,
    productExternalIds: () => undefined,
    priceExternalIds: () => undefined,
    sessionId: () => ids.payment_sync_sessions,
    entityId: () => ids.customers,
    // A webhook event's external id is the object it is about (a customer), not the event's own id.
    externalId: () => (webhook ? externalIds.customers : (externalIds[table] ?? externalIds.customers)),
    externalIds: () => entityExternalIds,
    paymentProvider: () => 'stripe',
    providerName: () => 'stripe',
    paymentSyncStatus: () => 'synced',
    paymentSyncError: () => 'e',
    status: () => (table === 'subscriptions' ? 'active' : webhook ? 'pending' : 'running'),
    sessionType: () => 'full',
    entityType: () => 'customer',
    entityTypes: () => ['customer'],
    // The inbox's event type is the provider's own text, not a sync event type.
    eventType: () => (webhook ? 'customer.updated' : 'created'),
    eventMessage: () => 'm',
    errorMessage: () => 'e',
    limit: () => 100,
    expectedVersion: () => 0,
    name: () => 'x',
    email: () => 'x@example.com',
    description: () => 'd',
    metadata: () => ({ k: 'v' }),
    config: () => ({ region: 'us' }),
    progress: () => ({ done: 1 }),
    providerData: () => ({ id: 'x' }),
    eventDetails: () => ({ a: 1 }),
    currency: () => 'usd',
    unitAmount: () => 100,
    type: () => 'recurring',
    recurringInterval: () => 'month',
    recurringIntervalCount: () => 1,
    active: () => true,
    enabled: () => true,
    quantity: () => 1,
    cancelAtPeriodEnd: () => false,
    providerUpdatedAt: () => later,
    currentPeriodStart: () => past,
    currentPeriodEnd: () => later,
    canceledAt: () => later,
    trialEnd: () => later,
    providerUpdatedAts: each(() => later),
    emails: each(() => 'x@example.com'),
    names: each(() => 'x'),
    descriptions: each(() => 'd'),
    actives: each(() => true),
    metadatas: each(() => ({ k: 'v' })),
    providerDatas: each(() => ({ id: 'x' })),
    productIds: each(() => ids.products),
    customerIds: each(() => ids.customers),
    priceIds: each(() => ids.prices),
    currencies: each(() => 'usd'),
    unitAmounts: each(() => 100),
    types: each(() => 'recurring'),
    recurringIntervals: each(() => 'month'),
    recurringIntervalCounts: each(() => 1),
    statuses: each(() => 'active'),
    quantities: each(() => 1),
    currentPeriodStarts: each(() => past),
    currentPeriodEnds: each(() => later),
    cancelAtPeriodEnds: each(() => false),
    canceledAts: each(() => later),
    trialEnds: each(() => later),
    // The webhook inbox (src/webhook-events.ts).
    providerEventId: () => externalIds.payment_webhook_events,
    occurredAt: () => past,
    payload: () => ({ id: 'evt_1', type: 'customer.updated' }),
    leaseSeconds: () => 60,
    claimToken: () => ids[WEBHOOK_CLAIM_TOKEN],
    lastError: () => 'e',
    maxAttempts: () => 10,
    baseSeconds: () => 1,
    maxBackoffSeconds: () => 3600,
    olderThan: () => later,
    // The log partitions' maintenance (syncEvents.createLogPartitions).
    monthsAhead: () => 3,
    // The provider adapters' account lookup.
    accountId: () => 'acct_1',
    createdBefore: () => later,
  };
  const params: Record<string, unknown> = {};
  for (const { name: param } of info.params) {
    if (/^after[A-Z]/.test(param)) continue; // list cursors: the first page
    const value = values[param];
    if (!value && !(param in values))
      throw new Error(`isolation matrix: no value for parameter "${param}" of ${name}; add it here`);
    const v = value!();
    if (v !== undefined) params[param] = v;
  }
  return params;
}

/**
 * The values to EXPLAIN a query with: its parameters as the library sends them (jsonb as JSON
 * text), but the keyset cursors at their first-page sentinels (a time at -infinity, a `present`
 * field false, an id at the zero uuid), so every list plans its first page.
 */
export function planValues(names: readonly string[], params: Record<string, unknown>): unknown[] {
  return names.map((p) =>
    /^after\w*At$/.test(p)
      ? '-infinity'
      : /^after\w+Present$/.test(p)
        ? false
        : /^after/.test(p)
          ? '00000000-0000-0000-0000-000000000000'
          : encode(params[p]),
  );
}

function encode(value: unknown): unknown {
  if (value === null || value === undefined || value instanceof Date || Array.isArray(value)) return value ?? null;
  return typeof value === 'object' ? JSON.stringify(value) : value;
}
