// The Stripe adapter's client side, with the official SDK: webhook intake
// (signature verification, Connect account to workspace, the inbox), the
// inbox handler that applies an event, and the backfill's list endpoints.
// What every adapter shares is in ../adapter.ts; the mapping in ./mapping.ts.
import Stripe from 'stripe';
import type pg from 'pg';
import { WebhookVerificationError, workspaces, type WebhookEvent, type WebhookHandlerResult } from '../../index.js';
import {
  applyMapped,
  recordProviderEvent,
  runBackfill,
  storedProviderTime,
  type BackfillOptions,
  type BackfillResult,
  type Mapped,
  type WorkspaceTarget,
} from '../adapter.js';
import { mapStripeObject, STRIPE, stripeEntityType } from './mapping.js';

type Db = Parameters<typeof applyMapped>[0];

export interface ReceiveStripeWebhookOptions extends WorkspaceTarget<Stripe.Event> {
  /** The request body exactly as received (bytes or text): the signature covers these bytes. */
  rawBody: string | Buffer;
  /** The `Stripe-Signature` header. */
  signature: string | string[] | undefined;
  /** The endpoint's signing secrets (`whsec_...`): several while one is being rotated; any one may verify. */
  secrets: string | readonly string[];
  /** Seconds a signature's timestamp may be old (the SDK's default, 300, when omitted). */
  tolerance?: number;
}

/**
 * A Stripe webhook delivery, verified with the SDK and recorded in the inbox:
 * resolves to recordWebhookEvent's `{ duplicate, event }`. The workspace is
 * `workspaceId`, or what `resolveWorkspace(event)` names, or (Stripe Connect)
 * the workspace whose Stripe configuration names `event.account`
 * (`config.accountId`). A signature no secret verifies, a timestamp outside
 * the tolerance, or a body that is not an event is a WebhookVerificationError,
 * and nothing is written; so is a missing header.
 */
export async function receiveStripeWebhook(
  pool: pg.Pool,
  options: ReceiveStripeWebhookOptions,
): Promise<{ duplicate: boolean; event: WebhookEvent }> {
  const event = verify(options);
  const object = event.data?.object as { object?: unknown; id?: unknown } | undefined;
  const entityType = object ? stripeEntityType(object) : null;
  return recordProviderEvent(pool, STRIPE, options, event, {
    id: event.id,
    type: event.type,
    occurredAt: new Date(event.created * 1000),
    payload: event as unknown as Record<string, unknown>,
    account: event.account ?? null,
    entityType,
    externalId: entityType && typeof object?.id === 'string' ? object.id : null,
  });
}

function verify(options: ReceiveStripeWebhookOptions): Stripe.Event {
  const header = Array.isArray(options.signature) ? options.signature[0] : options.signature;
  if (typeof header !== 'string' || header.length === 0) {
    throw new WebhookVerificationError('no Stripe-Signature header');
  }
  const secrets = typeof options.secrets === 'string' ? [options.secrets] : options.secrets;
  if (secrets.length === 0) throw new WebhookVerificationError('no signing secret configured');
  let last: unknown;
  for (const secret of secrets) {
    try {
      const event = Stripe.webhooks.constructEvent(options.rawBody, header, secret, options.tolerance);
      if (typeof event?.id !== 'string' || typeof event.type !== 'string' || typeof event.created !== 'number') {
        throw new WebhookVerificationError('the signed body is not a Stripe event');
      }
      return event;
    } catch (error) {
      if (error instanceof WebhookVerificationError) throw error;
      last = error;
    }
  }
  throw new WebhookVerificationError((last as Error)?.message?.split('\n')[0] ?? 'no secret verifies it', last);
}

/** The event types whose object applyStripeEvent writes; a `*.deleted` of a customer, product or price is a tombstone. */
const HANDLED = new Set([
  'customer.created',
  'customer.updated',
  'customer.deleted',
  'product.created',
  'product.updated',
  'product.deleted',
  'price.created',
  'price.updated',
  'price.deleted',
  'customer.subscription.created',
  'customer.subscription.updated',
  // A "deleted" subscription is a canceled one that Stripe still serves: stored with its status, not a tombstone.
  'customer.subscription.deleted',
  'customer.subscription.paused',
  'customer.subscription.resumed',
  'customer.subscription.pending_update_applied',
  'customer.subscription.pending_update_expired',
  'customer.subscription.trial_will_end',
]);
const TOMBSTONES = new Set(['customer.deleted', 'product.deleted', 'price.deleted']);

export interface ApplyStripeEventOptions {
  /**
   * The SDK client to refetch the object with (on the event's connected account). Stripe's
   * timestamps are seconds, so two events of one object in the same second cannot be ordered
   * by their time: with a client, an event whose second equals the stored object's is applied
   * by the object as Stripe serves it now (its newest state), not by the event's snapshot.
   */
  stripe?: Stripe;
  /** `'same-second'` (default with a client): refetch only on such a tie; `'always'`: refetch every event. */
  refetch?: 'same-second' | 'always';
}

/**
 * The inbox handler for Stripe events (processWebhookEvents / startWebhookWorker:
 * `handler: (event, tx) => applyStripeEvent(tx, event)`). Customer, product,
 * price and subscription events upsert the object they carry, or tombstone it
 * (`customer.deleted`, `product.deleted`, `price.deleted`), with the event's
 * time as `providerUpdatedAt`: an event older than the stored state changes
 * nothing (stale), a redelivered one nothing either (unchanged). Any other
 * event type resolves to `'ignored'`. An object the library cannot store
 * (ProviderMappingError) fails the event.
 */
export async function applyStripeEvent(
  tx: Db,
  event: WebhookEvent,
  options: ApplyStripeEventOptions = {},
): Promise<WebhookHandlerResult> {
  const payload = event.payload as unknown as Stripe.Event;
  const object = payload?.data?.object as { object?: unknown; id?: unknown } | undefined;
  if (!HANDLED.has(event.eventType) || !object || stripeEntityType(object) === null) return 'ignored';
  const at = event.occurredAt;
  let mapped = mapEvent(event.workspaceId, event.eventType, object, at);
  if (!mapped) return 'ignored';
  const { stripe } = options;
  if (stripe) {
    const tie =
      (options.refetch ?? 'same-second') === 'always' ||
      (await storedProviderTime(tx, mapped.entityType, mapped.params))?.getTime() === at.getTime();
    if (tie) {
      const current = await retrieve(stripe, mapped.entityType, mapped.params.externalId, payload.account);
      mapped = current
        ? mapEvent(event.workspaceId, current.deleted ? 'deleted' : 'updated', current, at)
        : mapEvent(event.workspaceId, 'deleted', object, at);
      if (!mapped) return 'ignored';
    }
  }
  await applyMapped(tx, mapped);
}

function mapEvent(
  workspaceId: string,
  type: string,
  object: { object?: unknown; id?: unknown },
  at: Date,
): Mapped | null {
  const tombstone = TOMBSTONES.has(type) || type === 'deleted';
  return mapStripeObject(workspaceId, tombstone ? Object.assign({}, object, { deleted: true }) : object, at);
}

type Retrieved = { object?: unknown; id?: unknown; deleted?: boolean };

/** The object as Stripe serves it now, or null when Stripe no longer has it (404). */
async function retrieve(
  stripe: Stripe,
  entityType: NonNullable<ReturnType<typeof stripeEntityType>>,
  id: string,
  account: string | undefined,
): Promise<Retrieved | null> {
  const options = account ? { stripeAccount: account } : undefined;
  try {
    switch (entityType) {
      case 'customer':
        return (await stripe.customers.retrieve(id, {}, options)) as Retrieved;
      case 'product':
        return (await stripe.products.retrieve(id, {}, options)) as Retrieved;
      case 'price':
        return (await stripe.prices.retrieve(id, {}, options)) as Retrieved;
      case 'subscription':
        return (await stripe.subscriptions.retrieve(id, {}, options)) as Retrieved;
    }
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return null;
    throw error;
  }
}

export interface BackfillStripeOptions extends BackfillOptions {
  /** The SDK client (its API key: the platform's for Stripe Connect). */
  stripe: Stripe;
  /**
   * The connected account to list (`Stripe-Account`): by default the workspace's Stripe
   * configuration's `accountId`, when it names one; null lists the key's own account.
   */
  account?: string | null;
}

/**
 * A full sync of one workspace from Stripe: products, prices, customers and
 * subscriptions (every status) paged with the SDK's list endpoints, each page
 * one bulk upsert committed with the session's cursor (`starting_after`);
 * restarted, it resumes from that cursor. Objects are written with the second
 * their page was listed in as `providerUpdatedAt`, so a webhook event of an
 * older second changes nothing and a newer one applies. Resolves to
 * `{ sessionId, resumed, counts, refused, gone }` (see runBackfill).
 */
export async function backfillStripe(pool: pg.Pool, options: BackfillStripeOptions): Promise<BackfillResult> {
  const { stripe } = options;
  // The account is looked up once, for the first page: runBackfill refuses bad options before any query.
  let requestOptions: Promise<Stripe.RequestOptions | undefined> | undefined;
  const resolveRequest = async (): Promise<Stripe.RequestOptions | undefined> => {
    let account = options.account;
    if (account === undefined) {
      const config = await workspaces.getWorkspaceProviderConfig(pool, {
        workspaceId: options.workspaceId,
        providerName: STRIPE,
      });
      const configured = (config?.config as { accountId?: unknown } | undefined)?.accountId;
      account = typeof configured === 'string' ? configured : null;
    }
    return account ? { stripeAccount: account } : undefined;
  };
  return runBackfill(
    pool,
    {
      providerName: STRIPE,
      async list(entityType, cursor, pageSize) {
        const request = await (requestOptions ??= resolveRequest());
        const page = { limit: pageSize, ...(cursor ? { starting_after: cursor } : {}) };
        const listed =
          entityType === 'customer'
            ? await stripe.customers.list(page, request)
            : entityType === 'product'
              ? await stripe.products.list(page, request)
              : entityType === 'price'
                ? await stripe.prices.list(page, request)
                : await stripe.subscriptions.list({ ...page, status: 'all' }, request);
        const items = listed.data as { id: string }[];
        return { items, next: listed.has_more && items.length > 0 ? items[items.length - 1].id : null };
      },
      map: (workspaceId, item, listedAt) => mapStripeObject(workspaceId, item as { object?: unknown }, listedAt),
    },
    options,
  );
}
