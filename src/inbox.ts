// The inbox's worker side: claim a batch of due webhook events and apply each
// exactly once. For each event, the handler's effect and the event's
// completion commit together or not at all: the batch runs in ONE transaction
// (one commit per batch), each event in a savepoint of it, so a handler that
// throws rolls back its own effect alone and its failure is recorded in the
// same transaction. Completion is fenced by the claim (src/webhook-events.ts):
// when another worker has taken the event since (this worker's lease expired),
// the completion finds nothing, and the event's effect is rolled back.
import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { PaymentSyncDbError } from './errors.js';
import { withSavepoint, withTransaction } from './transaction.js';
import {
  claimWebhookEvents,
  completeWebhookEvent,
  failWebhookEvent,
  ignoreWebhookEvent,
  renewWebhookEventLease,
  type WebhookEvent,
} from './webhook-events.js';

/** What a handler resolves to: nothing (processed) or `'ignored'` (an event type it does not handle). */
export type WebhookHandlerResult = void | 'processed' | 'ignored';
/** Applies one event: its writes go through `tx`, the transaction its completion commits in. */
export type WebhookHandler = (event: WebhookEvent, tx: pg.PoolClient) => Promise<WebhookHandlerResult>;

export interface ProcessOptions {
  handler: WebhookHandler;
  /** Events claimed per batch (default 10). */
  limit?: number;
  /** How long a claim holds its events before another worker may take them (default 60 s). */
  leaseSeconds?: number;
  /** Attempts before an event is dead (default 10). */
  maxAttempts?: number;
  /** Backoff of a failed event: baseSeconds * 2^(attempts - 1), at most maxBackoffSeconds (defaults 1 s, 1 h). */
  baseSeconds?: number;
  maxBackoffSeconds?: number;
  providerName?: string;
  workspaceId?: string;
}

export interface ProcessCounts {
  processed: number;
  failed: number;
  dead: number;
  ignored: number;
  /** Events whose claim another worker took over before this one finished them (effect rolled back). */
  lost: number;
}

/** The claim no longer holds the event: its lease expired and another worker claimed it. */
export class WebhookClaimLostError extends PaymentSyncDbError {
  constructor(event: WebhookEvent) {
    super(`webhook event ${event.id} (${event.providerEventId}) is no longer held by this claim`, {
      code: 'CLAIM_LOST',
      table: 'payment_webhook_events',
    });
  }
}

function settings(options: ProcessOptions) {
  return {
    limit: options.limit ?? 10,
    leaseSeconds: options.leaseSeconds ?? 60,
    maxAttempts: options.maxAttempts ?? 10,
    baseSeconds: options.baseSeconds ?? 1,
    maxBackoffSeconds: options.maxBackoffSeconds ?? 3600,
  };
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // What PostgreSQL text can hold: no NUL, no lone surrogate.
  const storable = text
    .replace(/\0/g, '\\0')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return storable.slice(0, 10_000) || 'error';
}

/**
 * Claims one batch of due events and applies each with `handler`, in one
 * transaction with a savepoint per event: an event's effect and its
 * processed (or ignored) mark commit together; a handler that throws rolls
 * its effect back to the savepoint and the event is failed (backoff) or dead
 * (after `maxAttempts`), its error kept. An event claimed more than
 * `maxAttempts` times (its workers died on it) is dead without running the
 * handler again. Resolves to the counts of this batch (all 0 when nothing was
 * due). A worker that dies mid-batch loses nothing: nothing of the batch
 * commits, and the events are due again when the lease expires.
 */
export async function processWebhookEvents(pool: pg.Pool, options: ProcessOptions): Promise<ProcessCounts> {
  const s = settings(options);
  const counts: ProcessCounts = { processed: 0, failed: 0, dead: 0, ignored: 0, lost: 0 };
  const claimed = await claimWebhookEvents(pool, {
    limit: s.limit,
    leaseSeconds: s.leaseSeconds,
    providerName: options.providerName,
    workspaceId: options.workspaceId,
  });
  if (claimed.length === 0) return counts;
  // UPDATE ... RETURNING promises no order: apply them oldest first, as claimed.
  claimed.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.id < b.id ? -1 : 1));
  // While the batch runs, the leases of its events not yet handled are renewed every third of a
  // lease (fenced: a lost claim is not renewed), so a slow handler keeps the events behind it.
  const waiting = new Set(claimed);
  const renew = setInterval(
    () => {
      for (const event of waiting) {
        renewWebhookEventLease(pool, {
          workspaceId: event.workspaceId,
          id: event.id,
          claimToken: event.claimToken!,
          leaseSeconds: s.leaseSeconds,
        }).catch(() => undefined);
      }
    },
    Math.max(250, (s.leaseSeconds * 1000) / 3),
  );
  try {
    await runBatch(pool, claimed, waiting, options, s, counts);
  } finally {
    clearInterval(renew);
  }
  return counts;
}

async function runBatch(
  pool: pg.Pool,
  claimed: WebhookEvent[],
  waiting: Set<WebhookEvent>,
  options: ProcessOptions,
  s: ReturnType<typeof settings>,
  counts: ProcessCounts,
): Promise<void> {
  await withTransaction(pool, async (tx) => {
    for (const event of claimed) {
      const fence = { workspaceId: event.workspaceId, id: event.id, claimToken: event.claimToken! };
      const fail = async (error: unknown) => {
        const failed = await failWebhookEvent(tx, {
          ...fence,
          lastError: messageOf(error),
          maxAttempts: s.maxAttempts,
          baseSeconds: s.baseSeconds,
          maxBackoffSeconds: s.maxBackoffSeconds,
        });
        if (!failed) counts.lost++;
        else if (failed.status === 'dead') counts.dead++;
        else counts.failed++;
      };
      if (event.attempts > s.maxAttempts) {
        waiting.delete(event);
        await fail(new Error(`claimed ${event.attempts} times without finishing: its workers died on it`));
        continue;
      }
      try {
        await withSavepoint(tx, async (sp) => {
          const result = await options.handler(event, sp as pg.PoolClient);
          // Its row is locked by the completion below until the batch commits: renew it no more.
          waiting.delete(event);
          const done =
            result === 'ignored' ? await ignoreWebhookEvent(sp, fence) : await completeWebhookEvent(sp, fence);
          if (!done) throw new WebhookClaimLostError(event);
          if (result === 'ignored') counts.ignored++;
          else counts.processed++;
        });
      } catch (error) {
        waiting.delete(event);
        if (error instanceof WebhookClaimLostError) counts.lost++;
        else await fail(error);
      }
    }
  });
}

export interface WorkerOptions extends ProcessOptions {
  /** Batches run at once, each on its own connection (default 1). */
  concurrency?: number;
  /** Polling interval when nothing is due and no notification came (default 1,000 ms). */
  pollIntervalMs?: number;
  /**
   * LISTEN on `payment_webhook_events` for new events (a trigger notifies on every insert), with
   * polling as the fallback. Default true; set false behind PgBouncer in transaction mode, where
   * LISTEN does not work: the worker then polls only.
   */
  listen?: boolean;
}

export interface WebhookWorker {
  /** Counts since start, over every batch. */
  readonly counts: ProcessCounts;
  /** `batch` after every non-empty batch; `error` when a batch failed as a whole (it is retried). */
  readonly events: EventEmitter;
  /** Stops claiming, waits for the batches in flight to finish, releases the listener. */
  stop(): Promise<void>;
}

/**
 * A long-running worker: `concurrency` loops, each claiming and processing
 * batches (processWebhookEvents) while events are due, then waiting for a
 * notification or the poll interval (processWebhookEvents renews the leases
 * of a running batch). Its LISTEN connection is re-established when it dies.
 * `stop()` finishes the batches in flight and resolves.
 */
export function startWebhookWorker(pool: pg.Pool, options: WorkerOptions): WebhookWorker {
  const events = new EventEmitter();
  const counts: ProcessCounts = { processed: 0, failed: 0, dead: 0, ignored: 0, lost: 0 };
  let stopping = false;
  const sleepers = new Set<() => void>();
  const wake = () => {
    for (const resume of sleepers) resume();
    sleepers.clear();
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        sleepers.delete(done);
        resolve();
      }, ms);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      sleepers.add(done);
    });

  // LISTEN on a connection of its own; when that connection dies, listen again after the poll
  // interval (polling carries on meanwhile).
  let listener: { client: pg.PoolClient; release(destroy?: boolean): void } | undefined;
  let relisten: NodeJS.Timeout | undefined;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const listen = async (): Promise<void> => {
    if (stopping || options.listen === false) return;
    let release: ((destroy?: boolean) => void) | undefined;
    try {
      const own = await pool.connect();
      let released = false;
      // Once only: a dying connection may report more than one error, and stop() may race it.
      release = (destroy?: boolean) => {
        if (released) return;
        released = true;
        own.release(destroy);
      };
      const releaseOwn = release;
      own.on('notification', wake);
      own.on('error', (error) => {
        events.emit('error', error);
        releaseOwn(true);
        if (listener?.client === own) listener = undefined;
        if (!stopping && !relisten)
          relisten = setTimeout(() => ((relisten = undefined), void listen()), pollIntervalMs);
      });
      await own.query('LISTEN payment_webhook_events');
      if (stopping) releaseOwn();
      else listener = { client: own, release: releaseOwn };
    } catch (error) {
      events.emit('error', error);
      release?.(true);
      if (!stopping && !relisten) relisten = setTimeout(() => ((relisten = undefined), void listen()), pollIntervalMs);
    }
  };
  const listening = listen();

  const loop = async () => {
    while (!stopping) {
      let batch: ProcessCounts;
      try {
        batch = await processWebhookEvents(pool, options);
      } catch (error) {
        events.emit('error', error);
        await sleep(pollIntervalMs);
        continue;
      }
      const total = batch.processed + batch.failed + batch.dead + batch.ignored + batch.lost;
      for (const key of Object.keys(counts) as (keyof ProcessCounts)[]) counts[key] += batch[key];
      if (total > 0) events.emit('batch', batch);
      else if (!stopping) await sleep(pollIntervalMs);
    }
  };
  // An EventEmitter without an `error` listener throws: errors are reported to listeners only.
  events.on('error', () => undefined);
  const loops = Array.from({ length: options.concurrency ?? 1 }, () => loop());

  return {
    counts,
    events,
    async stop() {
      stopping = true;
      wake();
      clearTimeout(relisten);
      await Promise.all(loops);
      await listening;
      const own = listener;
      listener = undefined;
      if (own) {
        await own.client.query('UNLISTEN payment_webhook_events').catch(() => undefined);
        own.release();
      }
    },
  };
}
