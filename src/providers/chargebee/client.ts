// The Chargebee adapter's client side, with the official SDK: webhook intake
// (basic auth, checked in constant time, through the SDK's own validator),
// the inbox handler that applies an event, and the backfill's list endpoints
// (`next_offset` paging). What every adapter shares is in ../adapter.ts; the
// mapping in ./mapping.ts.
import { createHash, timingSafeEqual } from 'node:crypto';
import { basicAuthValidator } from 'chargebee';
import type Chargebee from 'chargebee';
import type pg from 'pg';
import {
  InvalidParameterError,
  WebhookVerificationError,
  type WebhookEvent,
  type WebhookHandlerResult,
} from '../../index.js';
import {
  applyMapped,
  recordProviderEvent,
  runBackfill,
  type BackfillOptions,
  type BackfillResult,
  type WorkspaceTarget,
} from '../adapter.js';
import {
  CHARGEBEE,
  CHARGEBEE_ENTITY,
  chargebeeResourceTime,
  mapChargebeeResource,
  type ChargebeeResource,
} from './mapping.js';

type Db = Parameters<typeof applyMapped>[0];

/** A Chargebee webhook as delivered: the event, its resource under `content.<resource>`. */
export interface ChargebeeEvent {
  id: string;
  event_type: string;
  occurred_at: number;
  api_version?: string;
  content: Record<string, unknown>;
  [key: string]: unknown;
}

/** The webhook endpoint's basic-auth credentials, as configured in Chargebee. */
export interface ChargebeeCredentials {
  username: string;
  password: string;
}

export interface ReceiveChargebeeWebhookOptions extends WorkspaceTarget<ChargebeeEvent> {
  /** The request body as received. */
  rawBody: string | Buffer;
  /** The `Authorization` header (Chargebee sends basic auth). */
  authorization: string | string[] | undefined;
  /** The accepted credentials: several while one pair is being rotated; any one may match. */
  credentials: ChargebeeCredentials | readonly ChargebeeCredentials[];
  /**
   * The Chargebee site the endpoint serves (e.g. from its URL): with neither `workspaceId` nor
   * `resolveWorkspace`, the workspace whose Chargebee configuration's `accountId` is this site.
   */
  site?: string;
}

/** Equal, in time that does not depend on where two strings differ (both are hashed to 32 bytes first). */
function same(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** Which resource of `content` an event type is about, and whether it deletes it. */
function resourceOf(eventType: string): { kind: ChargebeeResource; deleted: boolean } | null {
  // item_price_* before item_*: the longer prefix first.
  for (const kind of ['item_price', 'item', 'customer', 'subscription'] as const) {
    if (eventType.startsWith(`${kind}_`)) {
      // subscription_deleted removes it; subscription_cancelled is a cancelled subscription, stored as such.
      return { kind, deleted: eventType === `${kind}_deleted` };
    }
  }
  return null;
}

/**
 * A Chargebee webhook delivery, authenticated and recorded in the inbox:
 * resolves to recordWebhookEvent's `{ duplicate, event }`. Authentication is
 * the endpoint's basic auth, parsed by the SDK's `basicAuthValidator` and
 * compared in constant time with each accepted pair. The workspace is
 * `workspaceId`, or what `resolveWorkspace(event)` names, or the one whose
 * Chargebee configuration names `site`. Wrong or missing credentials, or a
 * body that is not a Chargebee event, are a WebhookVerificationError, and
 * nothing is written.
 */
export async function receiveChargebeeWebhook(
  pool: pg.Pool,
  options: ReceiveChargebeeWebhookOptions,
): Promise<{ duplicate: boolean; event: WebhookEvent }> {
  await authenticate(options);
  const event = parse(options.rawBody);
  const about = resourceOf(event.event_type);
  const resource = about ? (event.content[about.kind] as { id?: unknown } | undefined) : undefined;
  const externalId = typeof resource?.id === 'string' ? resource.id : null;
  return recordProviderEvent(pool, CHARGEBEE, options, event, {
    id: event.id,
    type: event.event_type,
    occurredAt: new Date(event.occurred_at * 1000),
    payload: event,
    account: options.site ?? null,
    entityType: about && externalId ? CHARGEBEE_ENTITY[about.kind] : null,
    externalId: about ? externalId : null,
  });
}

async function authenticate(options: ReceiveChargebeeWebhookOptions): Promise<void> {
  const accepted = Array.isArray(options.credentials)
    ? (options.credentials as readonly ChargebeeCredentials[])
    : [options.credentials as ChargebeeCredentials];
  if (accepted.length === 0) throw new WebhookVerificationError('no webhook credentials configured');
  const validate = basicAuthValidator((username: string, password: string) =>
    // Every pair is compared, so the time does not tell which one (or how much of one) matched.
    accepted.reduce((ok, pair) => (same(pair.username, username) && same(pair.password, password)) || ok, false),
  );
  try {
    await validate({ authorization: options.authorization });
  } catch (error) {
    throw new WebhookVerificationError((error as Error)?.message ?? 'basic auth refused', error);
  }
}

function parse(rawBody: string | Buffer): ChargebeeEvent {
  let event: unknown;
  try {
    event = JSON.parse(typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8'));
  } catch (error) {
    throw new WebhookVerificationError('the body is not JSON', error);
  }
  const e = event as Partial<ChargebeeEvent> | null;
  if (
    typeof e !== 'object' ||
    e === null ||
    typeof e.id !== 'string' ||
    typeof e.event_type !== 'string' ||
    typeof e.occurred_at !== 'number' ||
    typeof e.content !== 'object' ||
    e.content === null
  ) {
    throw new WebhookVerificationError('the body is not a Chargebee event');
  }
  return e as ChargebeeEvent;
}

/**
 * The inbox handler for Chargebee events (processWebhookEvents /
 * startWebhookWorker: `handler: (event, tx) => applyChargebeeEvent(tx, event)`).
 * Customer, item, item price and subscription events upsert the resource they
 * carry (`content.<resource>`), or tombstone it (`*_deleted`), with the
 * resource's own time as `providerUpdatedAt`: `resource_version`, in
 * milliseconds, so two changes within one second are ordered (else
 * `updated_at`, else the event's `occurred_at`). An event older than the
 * stored state changes nothing. Any other event type resolves to `'ignored'`;
 * a resource the library cannot store (ProviderMappingError) fails the event.
 */
export async function applyChargebeeEvent(tx: Db, event: WebhookEvent): Promise<WebhookHandlerResult> {
  const payload = event.payload as unknown as ChargebeeEvent;
  const about = resourceOf(event.eventType);
  const resource = about ? (payload?.content?.[about.kind] as Record<string, unknown> | undefined) : undefined;
  if (!about || !resource || typeof resource !== 'object') return 'ignored';
  const at = chargebeeResourceTime(resource) ?? event.occurredAt;
  await applyMapped(tx, mapChargebeeResource(event.workspaceId, about.kind, resource, at, about.deleted));
}

export interface BackfillChargebeeOptions extends BackfillOptions {
  /** The SDK client of the workspace's Chargebee site. */
  chargebee: Chargebee;
}

/** The list endpoint of each entity type, and the key of the resource in each list entry. */
const LISTS = {
  product: { resource: 'item', list: (c: Chargebee, p: ListParams) => c.item.list(p) },
  price: { resource: 'item_price', list: (c: Chargebee, p: ListParams) => c.itemPrice.list(p) },
  customer: { resource: 'customer', list: (c: Chargebee, p: ListParams) => c.customer.list(p) },
  subscription: { resource: 'subscription', list: (c: Chargebee, p: ListParams) => c.subscription.list(p) },
} as const;
type ListParams = { limit: number; offset?: string };

/** The most a Chargebee list endpoint returns a page (its `limit` is 1 to 100). */
const CHARGEBEE_MAX_LIMIT = 100;

/**
 * The SDK rejects an API error (4xx, 5xx with Chargebee's JSON error body) with that parsed body,
 * not an Error: made one here, with Chargebee's message, the body as its cause and its fields kept
 * (http_status_code, api_error_code, error_code, type, param), so that the failed session's error
 * message says what Chargebee said. Errors (a network failure, a timeout) pass as they are.
 */
function chargebeeError(error: unknown): unknown {
  if (error instanceof Error || typeof error !== 'object' || error === null) return error;
  const body = error as Record<string, unknown>;
  const status = typeof body.http_status_code === 'number' ? ` ${body.http_status_code}` : '';
  const code = typeof body.api_error_code === 'string' ? ` ${body.api_error_code}` : '';
  const message = typeof body.message === 'string' ? body.message : JSON.stringify(body);
  const wrapped = new Error(`Chargebee API error${status}${code}: ${message}`, { cause: error });
  wrapped.name = 'ChargebeeApiError';
  for (const key of ['http_status_code', 'api_error_code', 'error_code', 'type', 'param']) {
    if (body[key] !== undefined) Object.assign(wrapped, { [key]: body[key] });
  }
  return wrapped;
}

/**
 * A full sync of one workspace from Chargebee: items (as products), item
 * prices (as prices), customers and subscriptions, paged with the SDK's list
 * endpoints (`next_offset`), each page one bulk upsert committed with the
 * session's cursor; restarted, it resumes from that cursor. Each resource is
 * written with its own time (`resource_version`), so a re-run of unchanged
 * resources writes nothing. Resolves to `{ sessionId, resumed, counts,
 * refused, gone }` (see runBackfill).
 */
export async function backfillChargebee(pool: pg.Pool, options: BackfillChargebeeOptions): Promise<BackfillResult> {
  const { chargebee } = options;
  // Checked before runBackfill starts a session: Chargebee would refuse the first page.
  if (typeof options.pageSize === 'number' && options.pageSize > CHARGEBEE_MAX_LIMIT) {
    throw new InvalidParameterError(
      'pageSize',
      `expected an integer from 1 to ${CHARGEBEE_MAX_LIMIT} (Chargebee lists at most ${CHARGEBEE_MAX_LIMIT} a page); got ${options.pageSize}`,
    );
  }
  return runBackfill(
    pool,
    {
      providerName: CHARGEBEE,
      async list(entityType, cursor, pageSize) {
        const { resource, list } = LISTS[entityType];
        const page = (await list(chargebee, { limit: pageSize, ...(cursor ? { offset: cursor } : {}) }).catch(
          (error: unknown) => {
            throw chargebeeError(error);
          },
        )) as {
          list: Record<string, unknown>[];
          next_offset?: string;
        };
        return { items: page.list.map((entry) => entry[resource]), next: page.next_offset ?? null };
      },
      map(workspaceId, item, listedAt, entityType) {
        const resource = item as Record<string, unknown>;
        // Its own time when it carries one (a re-run of unchanged resources is then a replay).
        const at = chargebeeResourceTime(resource) ?? listedAt;
        return mapChargebeeResource(workspaceId, LISTS[entityType].resource, resource, at);
      },
    },
    options,
  );
}
