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
 * A value for every parameter name the library uses; `ids` and `externalIds`
 * (by table) decide whose objects are named. Throws for a parameter it does
 * not know, so a new query cannot go untested.
 */
export function paramsFor(
  name: string,
  info: { params: readonly { name: string }[]; text: string; statement: string },
  table: string,
  workspaceId: string,
  ids: Record<string, string>,
  externalIds: Record<string, string>,
): Record<string, unknown> {
  // Batch columns (BulkUpsert*WithSync): one element per external id.
  const each = (value: () => unknown) => () => Object.values(externalIds).map(value);
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
    externalId: () => externalIds[table] ?? externalIds.customers,
    externalIds: () => Object.values(externalIds),
    paymentProvider: () => 'stripe',
    providerName: () => 'stripe',
    paymentSyncStatus: () => 'synced',
    paymentSyncError: () => 'e',
    status: () => (table === 'subscriptions' ? 'active' : 'running'),
    sessionType: () => 'full',
    entityType: () => 'customer',
    entityTypes: () => ['customer'],
    eventType: () => 'created',
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
