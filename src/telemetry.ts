// Tracing: every statement a facade function sends is published on the
// `node:diagnostics_channel` TracingChannel `payment-sync-db:query` (start,
// end, asyncStart, asyncEnd, error), the way Node's own modules and a growing
// part of its ecosystem expose their work. Nothing here depends on a tracing
// library: an APM agent, a logger or `payment-sync-db/opentelemetry`
// subscribes; with no subscriber a call costs one boolean check.
import diagnosticsChannel from 'node:diagnostics_channel';
import type { Cardinality } from './query.js';

/** The name of the TracingChannel every query call is published on. */
export const QUERY_CHANNEL = 'payment-sync-db:query';

/**
 * What a subscriber of `payment-sync-db:query` receives, one object per statement sent (a facade
 * call that sends several, such as an upsert retried on a new snapshot or a batched delete,
 * publishes each). It holds the SQL text, never the values bound to it; the result set is not in
 * it either (`result` is the row count).
 */
export interface QueryTraceContext {
  /** The query's documented name (the SQL file's, e.g. `GetCustomer`): the span name. */
  query: string;
  /** The SQL text sent, with $1..$n placeholders. */
  text: string;
  /** The prepared statement's name (`psdb_...`), also when the pool sends unnamed statements. */
  statement: string;
  /** How the facade function reads the result (`one`, `list`, ...). */
  cardinality: Cardinality;
  /** The `workspaceId` parameter of the call, when it has one; an attribute only when a subscriber asks. */
  workspaceId: string | undefined;
  /** Set on success: the rows returned or changed (pg's rowCount). */
  rowCount?: number;
  /** Set by the channel on success: the row count again (never the rows). */
  result?: number;
  /** Set by the channel on failure: the typed error (a PaymentSyncDbError subclass; `code` is the SQLSTATE where there is one). */
  error?: unknown;
}

/** The channel itself, for subscribers: `queryChannel.subscribe({ start, asyncEnd, error })`. */
export const queryChannel = diagnosticsChannel.tracingChannel<QueryTraceContext>(QUERY_CHANNEL);

const parts = [
  queryChannel.start,
  queryChannel.end,
  queryChannel.asyncStart,
  queryChannel.asyncEnd,
  queryChannel.error,
] as const;

/** Whether anyone listens (TracingChannel.hasSubscribers is Node 20.13+; the parts' flags work on every version). */
export const queryTraced: () => boolean =
  typeof (queryChannel as { hasSubscribers?: boolean }).hasSubscribers === 'boolean'
    ? () => (queryChannel as unknown as { hasSubscribers: boolean }).hasSubscribers
    : () => parts.some((channel) => channel.hasSubscribers);
