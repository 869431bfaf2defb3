// Sync gauges for dashboards: observable gauges read from the analytics and
// inbox queries (analytics.getWorkspaceSyncSummary,
// analytics.getProviderSyncStatusByWorkspace,
// webhookEvents.countWebhookEventsByStatus), for the workspaces the caller
// names, on each collection of the meter's readers. No SQL of its own: each
// workspace is read in one withWorkspace transaction (one connection, one
// snapshot, row-level security honoured), a few workspaces at a time.
import {
  ValueType,
  type Attributes,
  type BatchObservableResult,
  type Meter,
  type ObservableGauge,
} from '@opentelemetry/api';
import type pg from 'pg';
import {
  analytics,
  ENTITY_SYNC_STATUSES,
  InvalidParameterError,
  PROVIDER_NAME_PATTERN,
  webhookEvents,
  withWorkspace,
} from '../index.js';

export interface SyncMetricsOptions {
  /**
   * The workspaces to report, by id: a list, or a function called at the start of each collection
   * (e.g. your own list of paying tenants). Only these produce series: the caller bounds the
   * cardinality. Duplicates are dropped; past `maxWorkspaces`, the rest too.
   */
  workspaceIds: readonly string[] | (() => readonly string[] | Promise<readonly string[]>);
  /**
   * The providers whose entities are counted (`payment_sync.entities`): one
   * getProviderSyncStatusByWorkspace statement each per workspace. Default `['stripe', 'chargebee']`,
   * the providers this package has adapters for.
   */
  providers?: readonly string[];
  /**
   * The most workspaces one collection reads, default 50 (with the two default providers, 1,600
   * series of `payment_sync.entities`, under the SDK's default cardinality limit of 2,000 per
   * instrument). A collection given more reads the first `maxWorkspaces` and drops the rest, with
   * one process warning per registration.
   */
  maxWorkspaces?: number;
  /**
   * One series per workspace (`payment_sync.workspace_id`), default true. False: the values summed
   * over the workspaces (the age: the largest), no workspace attribute, a cardinality that does not
   * grow with the number of workspaces.
   */
  perWorkspace?: boolean;
  /** Workspaces read at once, each on one pooled connection. Default 4. */
  concurrency?: number;
  /**
   * A collection's deadline in milliseconds, default 8,000 (below Prometheus's default scrape
   * timeout of 10 s and the periodic reader's export timeout of 30 s, past which the SDK would drop
   * every value of the callback). The workspaces not read by then are reported to `onError` once
   * and have `payment_sync.collection.success` 0; the others' values are kept.
   */
  timeout?: number;
  /** `statement_timeout` of each workspace's transaction, in milliseconds. Default 5,000. */
  statementTimeout?: number;
  /** `SET LOCAL ROLE` for each workspace's transaction (withWorkspace's `role`), e.g. `payment_sync_app`. */
  role?: string;
  /**
   * Called for a failed read: of one workspace (`workspaceId` given: its typed error), of the
   * `workspaceIds` function, or the deadline passing (`workspaceId` undefined). A failure never
   * throws out of the collection and never drops the other workspaces' values. Default: a process
   * warning.
   */
  onError?: (error: unknown, workspaceId: string | undefined) => void;
}

/** The registered gauges: `unregister()` removes the callback (the collections that follow read nothing). */
export interface SyncMetrics {
  unregister(): void;
}

const DEFAULT_PROVIDERS = ['stripe', 'chargebee'] as const;
const DEFAULT_MAX_WORKSPACES = 50;
/** The SDK's default cardinality limit per instrument (one attribute set of it is the overflow's). */
const SDK_CARDINALITY_LIMIT = 2000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_MS = 2_147_483_647;

const A_WORKSPACE = 'payment_sync.workspace_id';
const A_PROVIDER = 'payment_sync.provider';
const A_ENTITY_TYPE = 'payment_sync.entity_type';
const A_SYNC_STATUS = 'payment_sync.sync_status';

/** What one workspace's transaction read. */
interface Reading {
  /** [provider, entityType, syncStatus, count] */
  entities: [string, string, string, number][];
  sessionsActive: number;
  sessionsFailed: number;
  lastCompletedSyncAt: Date | null;
  inboxDepth: number;
  inboxDead: number;
}

interface Collection {
  /** Every workspace this collection was to read, in order; a reading, or null when it failed. */
  workspaces: [string, Reading | null][];
  /** The workspaces the collection before named and this one does not. */
  dropped: string[];
  /** When it was read (the ages are computed from it). */
  at: number;
}

/**
 * Registers observable gauges on `meter`, read from `pool` on each collection by one batch
 * callback (a collection asked for while one runs shares its result):
 *
 * - `payment_sync.entities` {entity}: live rows by `payment_sync.provider`, `payment_sync.entity_type`
 *   and `payment_sync.sync_status` (zeros included).
 *
 * - `payment_sync.sessions.active` {session}: live sessions pending or running.
 *
 * - `payment_sync.sessions.failed` {session}: live sessions that failed (a level, not a rate).
 *
 * - `payment_sync.last_completed_sync.age` (s): since the last completed session; absent when none.
 *
 * - `payment_sync.inbox.depth` {event}: webhook events waiting: pending, processing, failed (to retry).
 *
 * - `payment_sync.inbox.dead` {event}: events that exhausted their attempts.
 *
 * - `payment_sync.collection.success` (1): 1 when this collection read the workspace, else 0 (its
 *   other series then keep the last values read); 0 once for a workspace no longer named.
 *
 * Each carries `payment_sync.workspace_id` unless `perWorkspace` is false. Per workspace and
 * collection: one transaction of 2 + providers statements. InvalidParameterError for a bad option.
 */
export function registerSyncMetrics(meter: Meter, pool: pg.Pool, options: SyncMetricsOptions): SyncMetrics {
  const settings = check(options);
  const { providers, maxWorkspaces, perWorkspace, concurrency, timeout } = settings;
  const report = (error: unknown, workspaceId: string | undefined) => {
    try {
      if (options.onError) options.onError(error, workspaceId);
      else warn(`payment-sync-db: sync metrics: ${workspaceId ? `workspace ${workspaceId}: ` : ''}${messageOf(error)}`);
    } catch (thrown) {
      warn(`payment-sync-db: sync metrics: onError threw: ${messageOf(thrown)}`);
    }
  };

  const count = (name: string, description: string, unit: string) =>
    meter.createObservableGauge(name, { description, unit, valueType: ValueType.INT });
  const gauges = {
    entities: count('payment_sync.entities', 'Live billing rows by provider, entity type and sync status.', '{entity}'),
    sessionsActive: count('payment_sync.sessions.active', 'Live sync sessions pending or running.', '{session}'),
    sessionsFailed: count('payment_sync.sessions.failed', 'Live sync sessions that failed.', '{session}'),
    lastCompletedAge: meter.createObservableGauge('payment_sync.last_completed_sync.age', {
      description: 'Seconds since the last completed sync session.',
      unit: 's',
      valueType: ValueType.DOUBLE,
    }),
    inboxDepth: count(
      'payment_sync.inbox.depth',
      'Webhook events waiting to be applied: pending, processing, or failed and due again.',
      '{event}',
    ),
    inboxDead: count('payment_sync.inbox.dead', 'Webhook events that exhausted their attempts.', '{event}'),
    success: count('payment_sync.collection.success', '1 when the last collection read the workspace, else 0.', '1'),
  };
  const observables: ObservableGauge[] = Object.values(gauges);

  let warnedCap = false;
  let warnedCardinality = false;
  async function workspaceList(): Promise<string[] | undefined> {
    let given: readonly string[];
    try {
      given = typeof options.workspaceIds === 'function' ? await options.workspaceIds() : options.workspaceIds;
      if (!Array.isArray(given)) throw new InvalidParameterError('workspaceIds', 'the function must return an array');
    } catch (error) {
      report(error, undefined);
      return undefined;
    }
    const ids = [...new Set(given)];
    if (ids.length > maxWorkspaces) {
      if (!warnedCap) {
        warnedCap = true;
        warn(
          `payment-sync-db: sync metrics: ${ids.length} workspaces given, maxWorkspaces is ${maxWorkspaces}: ` +
            `the ${ids.length - maxWorkspaces} after the first ${maxWorkspaces} are not reported`,
        );
      }
      ids.length = maxWorkspaces;
    }
    const series = (perWorkspace ? ids.length : 1) * providers.length * 16;
    if (series >= SDK_CARDINALITY_LIMIT && !warnedCardinality) {
      warnedCardinality = true;
      warn(
        `payment-sync-db: sync metrics: payment_sync.entities has ${series} series, at or over the SDK's default ` +
          `cardinality limit of ${SDK_CARDINALITY_LIMIT}: raise the reader's cardinalitySelector or lower maxWorkspaces`,
      );
    }
    return ids;
  }

  async function read(workspaceId: string): Promise<Reading | null> {
    return withWorkspace(
      pool,
      workspaceId,
      async (client) => {
        const summary = await analytics.getWorkspaceSyncSummary(client, { workspaceId });
        if (!summary) return null;
        const inbox = await webhookEvents.countWebhookEventsByStatus(client, { workspaceId });
        const entities: Reading['entities'] = [];
        for (const provider of providers) {
          const rows = await analytics.getProviderSyncStatusByWorkspace(client, {
            workspaceId,
            paymentProvider: provider,
          });
          for (const row of rows) {
            for (const status of ENTITY_SYNC_STATUSES) entities.push([provider, row.entityType, status, row[status]]);
          }
        }
        return {
          entities,
          sessionsActive: summary.sessionsPending + summary.sessionsRunning,
          sessionsFailed: summary.sessionsFailed,
          lastCompletedSyncAt: summary.lastCompletedSyncAt,
          inboxDepth: inbox ? inbox.pending + inbox.processing + inbox.failed : 0,
          inboxDead: inbox?.dead ?? 0,
        };
      },
      { isolationLevel: 'repeatable read', statementTimeout: settings.statementTimeout, role: options.role },
    );
  }

  let previous: string[] = [];
  async function collect(): Promise<Collection | undefined> {
    const ids = await workspaceList();
    if (!ids) return undefined;
    const named = new Set(ids);
    const dropped = previous.filter((id) => !named.has(id));
    previous = ids;
    const readings = new Map<string, Reading | null>();
    let next = 0;
    let closed = false;
    const worker = async () => {
      while (!closed && next < ids.length) {
        const id = ids[next++];
        let reading: Reading | null;
        try {
          reading = await read(id);
          if (reading === null && !closed) report(new Error('no live workspace with this id'), id);
        } catch (error) {
          reading = null;
          if (!closed) report(error, id);
        }
        if (!closed) readings.set(id, reading);
      }
    };
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeout);
      timer.unref();
    });
    await Promise.race([Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker)), deadline]);
    clearTimeout(timer);
    closed = true;
    const late = ids.filter((id) => !readings.has(id));
    if (late.length > 0) {
      report(
        new Error(`${late.length} of ${ids.length} workspaces not read within ${timeout} ms: ${late.join(', ')}`),
        undefined,
      );
    }
    return { workspaces: ids.map((id) => [id, readings.get(id) ?? null]), dropped, at: Date.now() };
  }

  function observe(result: BatchObservableResult, collection: Collection) {
    const { at } = collection;
    const age = (reading: Reading) =>
      reading.lastCompletedSyncAt === null
        ? undefined
        : Math.max(0, (at - reading.lastCompletedSyncAt.getTime()) / 1000);
    if (perWorkspace) {
      // A workspace no longer named: success 0, once. The SDK keeps exporting its last values under
      // cumulative temporality (it never forgets an attribute set), so this marks them stale.
      for (const workspaceId of collection.dropped) result.observe(gauges.success, 0, { [A_WORKSPACE]: workspaceId });
      for (const [workspaceId, reading] of collection.workspaces) {
        const scope: Attributes = { [A_WORKSPACE]: workspaceId };
        result.observe(gauges.success, reading ? 1 : 0, scope);
        if (!reading) continue;
        for (const [provider, entityType, status, value] of reading.entities) {
          result.observe(gauges.entities, value, {
            ...scope,
            [A_PROVIDER]: provider,
            [A_ENTITY_TYPE]: entityType,
            [A_SYNC_STATUS]: status,
          });
        }
        result.observe(gauges.sessionsActive, reading.sessionsActive, scope);
        result.observe(gauges.sessionsFailed, reading.sessionsFailed, scope);
        const seconds = age(reading);
        if (seconds !== undefined) result.observe(gauges.lastCompletedAge, seconds, scope);
        result.observe(gauges.inboxDepth, reading.inboxDepth, scope);
        result.observe(gauges.inboxDead, reading.inboxDead, scope);
      }
      return;
    }
    // Summed over the workspaces read (the age: the largest); success 1 only when every one was read.
    const readings = collection.workspaces.map(([, reading]) => reading).filter((r): r is Reading => r !== null);
    result.observe(gauges.success, readings.length === collection.workspaces.length ? 1 : 0);
    if (readings.length === 0) return;
    const entities = new Map<string, { attributes: Attributes; value: number }>();
    for (const reading of readings) {
      for (const [provider, entityType, status, value] of reading.entities) {
        const key = `${provider}\0${entityType}\0${status}`;
        const sum = entities.get(key);
        if (sum) sum.value += value;
        else {
          entities.set(key, {
            attributes: { [A_PROVIDER]: provider, [A_ENTITY_TYPE]: entityType, [A_SYNC_STATUS]: status },
            value,
          });
        }
      }
    }
    for (const { attributes, value } of entities.values()) result.observe(gauges.entities, value, attributes);
    const total = (pick: (reading: Reading) => number) => readings.reduce((sum, reading) => sum + pick(reading), 0);
    result.observe(
      gauges.sessionsActive,
      total((r) => r.sessionsActive),
    );
    result.observe(
      gauges.sessionsFailed,
      total((r) => r.sessionsFailed),
    );
    const ages = readings.map(age).filter((seconds): seconds is number => seconds !== undefined);
    if (ages.length > 0) result.observe(gauges.lastCompletedAge, Math.max(...ages));
    result.observe(
      gauges.inboxDepth,
      total((r) => r.inboxDepth),
    );
    result.observe(
      gauges.inboxDead,
      total((r) => r.inboxDead),
    );
  }

  let registered = true;
  let running: Promise<Collection | undefined> | undefined;
  const callback = async (result: BatchObservableResult) => {
    try {
      running ??= collect().finally(() => {
        running = undefined;
      });
      const collection = await running;
      if (registered && collection) observe(result, collection);
    } catch (error) {
      // Nothing above should throw; if it does, the collection of the other instruments goes on.
      report(error, undefined);
    }
  };
  meter.addBatchObservableCallback(callback, observables);
  return {
    unregister() {
      if (!registered) return;
      registered = false;
      meter.removeBatchObservableCallback(callback, observables);
    },
  };
}

interface Settings {
  providers: readonly string[];
  maxWorkspaces: number;
  perWorkspace: boolean;
  concurrency: number;
  timeout: number;
  statementTimeout: number;
}

function check(options: SyncMetricsOptions): Settings {
  if (typeof options !== 'object' || options === null) throw new InvalidParameterError('options', 'expected an object');
  const ids = options.workspaceIds;
  if (Array.isArray(ids)) {
    ids.forEach((id: unknown, i) => {
      if (typeof id !== 'string' || !UUID.test(id)) {
        throw new InvalidParameterError(`workspaceIds[${i}]`, `expected a uuid; got ${JSON.stringify(id)}`);
      }
    });
  } else if (typeof ids !== 'function') {
    throw new InvalidParameterError('workspaceIds', 'expected an array of workspace ids or a function returning one');
  }
  const providers = options.providers ?? DEFAULT_PROVIDERS;
  if (!Array.isArray(providers)) throw new InvalidParameterError('providers', 'expected an array of provider names');
  providers.forEach((name: unknown, i) => {
    if (typeof name !== 'string' || !PROVIDER_NAME_PATTERN.test(name)) {
      throw new InvalidParameterError(`providers[${i}]`, `expected a provider name matching ${PROVIDER_NAME_PATTERN}`);
    }
  });
  const integer = (name: string, value: unknown, fallback: number, max: number): number => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
      throw new InvalidParameterError(name, `expected an integer from 1 to ${max}; got ${String(value)}`);
    }
    return value;
  };
  if (options.perWorkspace !== undefined && typeof options.perWorkspace !== 'boolean') {
    throw new InvalidParameterError('perWorkspace', 'expected a boolean');
  }
  if (options.role !== undefined && (typeof options.role !== 'string' || options.role === '')) {
    throw new InvalidParameterError('role', 'expected a role name');
  }
  if (options.onError !== undefined && typeof options.onError !== 'function') {
    throw new InvalidParameterError('onError', 'expected a function');
  }
  return {
    providers: [...new Set(providers)],
    maxWorkspaces: integer('maxWorkspaces', options.maxWorkspaces, DEFAULT_MAX_WORKSPACES, 100_000),
    perWorkspace: options.perWorkspace ?? true,
    concurrency: integer('concurrency', options.concurrency, 4, 100),
    timeout: integer('timeout', options.timeout, 8_000, MAX_MS),
    statementTimeout: integer('statementTimeout', options.statementTimeout, 5_000, MAX_MS),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function warn(message: string): void {
  process.emitWarning(message, { code: 'PAYMENT_SYNC_DB_METRICS' });
}
