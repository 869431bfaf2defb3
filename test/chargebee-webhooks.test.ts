// The Chargebee adapter's webhook side against real parts: deliveries authenticated by
// receiveChargebeeWebhook (basic auth, parsed by the official SDK's basicAuthValidator), recorded
// in the inbox of a real PostgreSQL, applied by processWebhookEvents with applyChargebeeEvent.
// Chargebee sends no signature: the endpoint's basic-auth pair is the proof, and the resource's
// resource_version (epoch milliseconds) orders changes finer than the event's occurred_at (seconds).
// The events are this project's own, in the shapes Chargebee documents (event: id, occurred_at,
// source, object 'event', api_version 'v2', event_type, content.<resource>).
import { describe, expect, it } from 'vitest';
import {
  customers,
  InvalidParameterError,
  prices,
  processWebhookEvents,
  products,
  subscriptions,
  UnknownProviderAccountError,
  webhookEvents,
  WebhookVerificationError,
  workspaces,
  type ProcessCounts,
} from '../src/index.js';
import {
  applyChargebeeEvent,
  receiveChargebeeWebhook,
  type ChargebeeCredentials,
  type ReceiveChargebeeWebhookOptions,
} from '../src/providers/chargebee/client.js';
import { useDatabase } from './support/database.js';

const db = useDatabase();
const CURRENT: ChargebeeCredentials = { username: 'psdb-webhooks', password: 'current-password-3f9a' };
const PREVIOUS: ChargebeeCredentials = { username: 'psdb-webhooks-old', password: 'previous-password-77c1' };
const T0 = 1_790_000_000; // unix seconds
const DAY = 86_400;
const ms = (seconds: number, extra = 0) => seconds * 1000 + extra;

// ---------------------------------------------------------------------------
// Example events and resources, in Chargebee's documented shapes
// ---------------------------------------------------------------------------

let n = 0;
/** A Chargebee event: `content.<resource>` the resource as it was when the event happened. */
function chargebeeEvent(eventType: string, content: Record<string, unknown>, occurredAt: number) {
  n += 1;
  return {
    id: `ev_psdb_${n}_${Math.random().toString(36).slice(2, 8)}`,
    occurred_at: occurredAt,
    source: 'admin_console',
    user: 'ops@example.com',
    object: 'event',
    api_version: 'v2',
    content,
    event_type: eventType,
    webhook_status: 'scheduled',
  };
}
type Event = ReturnType<typeof chargebeeEvent>;

/** A resource's times: resource_version (ms) and updated_at (its second). */
const times = (resourceVersion: number) => ({
  resource_version: resourceVersion,
  updated_at: Math.floor(resourceVersion / 1000),
});

function customer(id: string, email: string, resourceVersion: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    first_name: 'Ada',
    last_name: `of ${id}`,
    email,
    auto_collection: 'on',
    net_term_days: 0,
    allow_direct_debit: false,
    created_at: T0 - DAY,
    taxability: 'taxable',
    ...times(resourceVersion),
    pii_cleared: 'active',
    channel: 'web',
    object: 'customer',
    card_status: 'no_card',
    preferred_currency_code: 'USD',
    deleted: false,
    ...extra,
  };
}

function item(id: string, name: string, resourceVersion: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    name,
    external_name: name,
    status: 'active',
    ...times(resourceVersion),
    item_family_id: 'psdb-family',
    type: 'plan',
    is_shippable: false,
    is_giftable: false,
    enabled_for_checkout: true,
    enabled_in_portal: true,
    metered: false,
    channel: 'web',
    object: 'item',
    deleted: false,
    ...extra,
  };
}

function itemPrice(
  id: string,
  itemId: string,
  price: number,
  resourceVersion: number,
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    name: id,
    item_family_id: 'psdb-family',
    item_id: itemId,
    item_type: 'plan',
    status: 'active',
    pricing_model: 'per_unit',
    price,
    period: 1,
    period_unit: 'month',
    currency_code: 'USD',
    free_quantity: 0,
    channel: 'web',
    ...times(resourceVersion),
    object: 'item_price',
    deleted: false,
    ...extra,
  };
}

function subscription(
  id: string,
  customerId: string,
  itemPriceId: string,
  status: string,
  resourceVersion: number,
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    billing_period: 1,
    billing_period_unit: 'month',
    customer_id: customerId,
    status,
    current_term_start: T0,
    current_term_end: T0 + 30 * DAY,
    created_at: T0 - DAY,
    ...times(resourceVersion),
    has_scheduled_changes: false,
    channel: 'web',
    object: 'subscription',
    currency_code: 'USD',
    subscription_items: [
      { item_price_id: itemPriceId, item_type: 'plan', quantity: 3, unit_price: 1000, amount: 3000, free_quantity: 0 },
    ],
    deleted: false,
    ...extra,
  };
}

/** The `Authorization` header of a basic-auth pair, as Chargebee sends it. */
const basic = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;

/** Delivers `event` as Chargebee would: the JSON body, with the endpoint's basic auth (default: the current pair). */
function deliver(
  event: Event | Record<string, unknown>,
  options: Partial<Omit<ReceiveChargebeeWebhookOptions, 'rawBody'>> & { body?: string } = {},
) {
  const { body, ...rest } = options;
  return receiveChargebeeWebhook(db.pool, {
    authorization: basic(CURRENT.username, CURRENT.password),
    credentials: [CURRENT],
    ...rest,
    rawBody: Buffer.from(body ?? JSON.stringify(event), 'utf8'),
  });
}

/**
 * Runs the worker's batches over the test's own workspaces until nothing is due; the counts summed
 * (another test's failed event, due again after its backoff, is not this test's).
 */
async function drain(workspaceIds: string[]): Promise<ProcessCounts> {
  const total: ProcessCounts = { processed: 0, failed: 0, dead: 0, ignored: 0, lost: 0 };
  for (const workspaceId of workspaceIds) {
    for (;;) {
      const counts = await processWebhookEvents(db.pool, {
        providerName: 'chargebee',
        workspaceId,
        limit: 50,
        handler: (event, tx) => applyChargebeeEvent(tx, event),
      });
      for (const key of Object.keys(total) as (keyof ProcessCounts)[]) total[key] += counts[key];
      if (Object.values(counts).every((v) => v === 0)) break;
    }
  }
  return total;
}

const inboxCount = async () =>
  Number((await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM payment_webhook_events')).rows[0].n);

const keyOf = (workspaceId: string) => ({ workspaceId, paymentProvider: 'chargebee' });

// ---------------------------------------------------------------------------
// Intake
// ---------------------------------------------------------------------------

describe('receiveChargebeeWebhook: basic auth, then record', () => {
  it('records an authenticated event pending in the inbox, once: a redelivery is a duplicate', async () => {
    const { a } = await db.twoWorkspaces();
    const event = chargebeeEvent(
      'customer_created',
      { customer: customer('cb-intake-1', 'one@example.com', ms(T0)) },
      T0,
    );
    const first = await deliver(event, { workspaceId: a });
    expect(first.duplicate).toBe(false);
    expect(first.event).toMatchObject({
      workspaceId: a,
      providerName: 'chargebee',
      providerEventId: event.id,
      eventType: 'customer_created',
      entityType: 'customer',
      externalId: 'cb-intake-1',
      occurredAt: new Date(T0 * 1000),
      status: 'pending',
      payload: event,
    });
    const again = await deliver(event, { workspaceId: a });
    expect(again).toEqual({ duplicate: true, event: first.event });

    // The entity an event is about: item_price_* is a price (not an item), item_* a product.
    const price = await deliver(
      chargebeeEvent(
        'item_price_created',
        { item_price: itemPrice('psdb-intake-price', 'psdb-intake', 500, ms(T0)) },
        T0,
      ),
      { workspaceId: a },
    );
    expect(price.event).toMatchObject({ entityType: 'price', externalId: 'psdb-intake-price' });
    const product = await deliver(chargebeeEvent('item_created', { item: item('psdb-intake', 'Intake', ms(T0)) }, T0), {
      workspaceId: a,
    });
    expect(product.event).toMatchObject({ entityType: 'product', externalId: 'psdb-intake' });
    // An event about no resource of the four is recorded all the same, about nothing.
    const invoice = await deliver(
      chargebeeEvent('invoice_generated', { invoice: { id: 'inv_1', object: 'invoice' } }, T0),
      {
        workspaceId: a,
      },
    );
    expect(invoice.event).toMatchObject({ entityType: null, externalId: null, status: 'pending' });
  });

  it('accepts either pair while one is rotated (and a single pair); a wrong password or user is refused, nothing written', async () => {
    const { a } = await db.twoWorkspaces();
    const credentials = [CURRENT, PREVIOUS];
    const byOld = chargebeeEvent('customer_created', { customer: customer('cb-rot-1', 'r1@example.com', ms(T0)) }, T0);
    const byNew = chargebeeEvent('customer_created', { customer: customer('cb-rot-2', 'r2@example.com', ms(T0)) }, T0);
    const bySingle = chargebeeEvent(
      'customer_created',
      { customer: customer('cb-rot-3', 'r3@example.com', ms(T0)) },
      T0,
    );
    const old = basic(PREVIOUS.username, PREVIOUS.password);
    expect((await deliver(byOld, { authorization: old, credentials, workspaceId: a })).duplicate).toBe(false);
    expect((await deliver(byNew, { credentials, workspaceId: a })).duplicate).toBe(false);
    expect((await deliver(bySingle, { credentials: CURRENT, workspaceId: a })).duplicate).toBe(false);

    const stranger = chargebeeEvent(
      'customer_created',
      { customer: customer('cb-rot-4', 'r4@example.com', ms(T0)) },
      T0,
    );
    for (const authorization of [
      // The right user, a wrong password; a password of the other pair.
      basic(CURRENT.username, 'guessed-password'),
      basic(CURRENT.username, PREVIOUS.password),
      // A wrong user with the right password.
      basic('someone-else', CURRENT.password),
      // A prefix of the right password, and the right one with something after it.
      basic(CURRENT.username, CURRENT.password.slice(0, -1)),
      basic(CURRENT.username, `${CURRENT.password}x`),
    ]) {
      const error = await db.refusedWithoutWrites(
        () => deliver(stranger, { authorization, credentials, workspaceId: a }),
        WebhookVerificationError,
      );
      expect(error.code).toBe('WEBHOOK_VERIFICATION_FAILED');
    }
    // The previous pair, once it is no longer accepted.
    await db.refusedWithoutWrites(
      () => deliver(stranger, { authorization: old, credentials: [CURRENT], workspaceId: a }),
      WebhookVerificationError,
    );
    // No pair configured: nothing can authenticate.
    await db.refusedWithoutWrites(
      () => deliver(stranger, { credentials: [], workspaceId: a }),
      WebhookVerificationError,
    );
  });

  it('a missing or malformed header, a non-event JSON body or a non-JSON body write nothing', async () => {
    const { a } = await db.twoWorkspaces();
    const event = chargebeeEvent('customer_changed', { customer: customer('cb-bad', 'bad@example.com', ms(T0)) }, T0);
    const before = await inboxCount();
    const encoded = (text: string) => Buffer.from(text, 'utf8').toString('base64');
    for (const authorization of [
      undefined,
      '',
      `Bearer ${encoded(`${CURRENT.username}:${CURRENT.password}`)}`,
      'Basic',
      `Basic  ${encoded(`${CURRENT.username}:${CURRENT.password}`)}`,
      // No colon between user and password.
      `Basic ${encoded(`${CURRENT.username}${CURRENT.password}`)}`,
    ]) {
      await db.refusedWithoutWrites(() => deliver(event, { authorization, workspaceId: a }), WebhookVerificationError);
    }
    // Authenticated, but not a Chargebee event.
    for (const body of [
      JSON.stringify({ hello: 'world' }),
      JSON.stringify([event]),
      'null',
      JSON.stringify({ ...event, content: undefined }),
      JSON.stringify({ ...event, occurred_at: String(T0) }),
      JSON.stringify({ ...event, id: 42 }),
      // Not JSON at all.
      'event_type=customer_changed&id=ev_1',
      JSON.stringify(event).slice(0, -1),
    ]) {
      const error = await db.refusedWithoutWrites(
        () => deliver(event, { body, workspaceId: a }),
        WebhookVerificationError,
      );
      expect(error.message).toMatch(/not JSON|not a Chargebee event/);
    }
    expect(await inboxCount()).toBe(before);
    // The same event, well formed and authenticated, is recorded.
    expect((await deliver(event, { workspaceId: a })).duplicate).toBe(false);
    expect(await inboxCount()).toBe(before + 1);
  });

  it('the site names the workspace (config.accountId); an unknown site writes nothing; resolveWorkspace decides first', async () => {
    const { a, b } = await db.twoWorkspaces();
    for (const [workspaceId, accountId] of [
      [a, 'acme-psdb-test'],
      [b, 'globex-psdb-test'],
    ]) {
      await workspaces.updateWorkspaceProviderConfig(db.pool, {
        workspaceId,
        providerName: 'chargebee',
        config: { accountId },
      });
    }
    const toA = chargebeeEvent('customer_created', { customer: customer('cb-same-id', 'a@example.com', ms(T0)) }, T0);
    const toB = chargebeeEvent('customer_created', { customer: customer('cb-same-id', 'b@example.com', ms(T0)) }, T0);
    expect((await deliver(toA, { site: 'acme-psdb-test' })).event.workspaceId).toBe(a);
    expect((await deliver(toB, { site: 'globex-psdb-test' })).event.workspaceId).toBe(b);
    const unknown = chargebeeEvent('customer_created', { customer: customer('cb-x', 'x@example.com', ms(T0)) }, T0);
    const error = await db.refusedWithoutWrites(
      () => deliver(unknown, { site: 'nobody-psdb-test' }),
      UnknownProviderAccountError,
    );
    expect(error.message).toContain('nobody-psdb-test');
    // Neither a site nor a workspace: the intake cannot know the tenant.
    await db.refusedWithoutWrites(() => deliver(unknown), InvalidParameterError);
    // Wrong credentials are refused before the site is looked up (no lookup for a stranger).
    await db.refusedWithoutWrites(
      () => deliver(unknown, { site: 'acme-psdb-test', authorization: basic('x', 'y') }),
      WebhookVerificationError,
    );
    // resolveWorkspace decides first; its null falls back to the site.
    const routed = await deliver(unknown, {
      site: 'acme-psdb-test',
      resolveWorkspace: (event) => ((event.content.customer as { id: string }).id === 'cb-x' ? b : null),
    });
    expect(routed.event.workspaceId).toBe(b);
    const other = chargebeeEvent('customer_created', { customer: customer('cb-y', 'y@example.com', ms(T0)) }, T0);
    expect((await deliver(other, { site: 'acme-psdb-test', resolveWorkspace: () => null })).event.workspaceId).toBe(a);
  });
});

// ---------------------------------------------------------------------------
// Applying
// ---------------------------------------------------------------------------

describe('applyChargebeeEvent through processWebhookEvents', () => {
  it('duplicated, reordered deliveries interleaved across two workspaces converge to the newest state, once', async () => {
    const { a, b } = await db.twoWorkspaces();
    const events: { workspaceId: string; event: Event }[] = [];
    for (const [workspaceId, tag] of [
      [a, 'a'],
      [b, 'b'],
    ] as const) {
      const add = (type: string, content: Record<string, unknown>, at: number) =>
        events.push({ workspaceId, event: chargebeeEvent(type, content, at) });
      add('item_created', { item: item('psdb-conv', `Plan ${tag}`, ms(T0)) }, T0);
      add('item_updated', { item: item('psdb-conv', `Plan ${tag} v2`, ms(T0 + 1)) }, T0 + 1);
      const price = itemPrice('psdb-conv-USD', 'psdb-conv', tag === 'a' ? 1000 : 2000, ms(T0));
      add('item_price_created', { item_price: price }, T0);
      // A price created, then deleted.
      add('item_price_created', { item_price: itemPrice('psdb-conv-old', 'psdb-conv', 900, ms(T0)) }, T0);
      add(
        'item_price_deleted',
        { item_price: itemPrice('psdb-conv-old', 'psdb-conv', 900, ms(T0 + 6), { status: 'deleted', deleted: true }) },
        T0 + 6,
      );
      // Five versions of each customer, one second apart: the last is the truth.
      for (let c = 0; c < 5; c++) {
        for (let v = 0; v < 5; v++) {
          add(
            v === 0 ? 'customer_created' : 'customer_changed',
            { customer: customer(`cb-conv-${c}`, `${tag}${c}.v${v}@example.com`, ms(T0 + v, 100 + c)) },
            T0 + v,
          );
        }
      }
      // cb-conv-4 is deleted at T0 + 10; a change from before the delete is delivered too.
      add(
        'customer_deleted',
        { customer: customer('cb-conv-4', `${tag}4.v4@example.com`, ms(T0 + 10), { deleted: true }) },
        T0 + 10,
      );
      add('customer_changed', { customer: customer('cb-conv-4', `${tag}4.v9@example.com`, ms(T0 + 7)) }, T0 + 7);
      // The subscription starts in the future, is activated, set not to renew; A's is then cancelled.
      const sub = (status: string, at: number, extra: Record<string, unknown> = {}) => ({
        subscription: subscription('cb-sub-conv', 'cb-conv-0', 'psdb-conv-USD', status, ms(at), extra),
        customer: customer('cb-conv-0', `${tag}0.v4@example.com`, ms(T0 + 4, 100)),
      });
      add(
        'subscription_created',
        sub('future', T0 + 1, { current_term_start: undefined, current_term_end: undefined }),
        T0 + 1,
      );
      add('subscription_activated', sub('active', T0 + 2), T0 + 2);
      add('subscription_changed', sub('non_renewing', T0 + 3, { cancelled_at: T0 + 30 * DAY }), T0 + 3);
      if (tag === 'a') add('subscription_cancelled', sub('cancelled', T0 + 4, { cancelled_at: T0 + 4 }), T0 + 4);
      // Another subscription, created then deleted (subscription_deleted removes it).
      const gone = (at: number, extra: Record<string, unknown> = {}) => ({
        subscription: subscription('cb-sub-gone', 'cb-conv-1', 'psdb-conv-USD', 'active', ms(at), extra),
      });
      add('subscription_created', gone(T0 + 1), T0 + 1);
      add('subscription_deleted', gone(T0 + 5, { deleted: true }), T0 + 5);
      // Event types the adapter does not handle (item_family_* is not an item).
      add('invoice_generated', { invoice: { id: `inv_${tag}`, object: 'invoice', customer_id: 'cb-conv-0' } }, T0 + 3);
      add('item_family_created', { item_family: { id: 'psdb-family', name: 'Family', object: 'item_family' } }, T0);
    }
    // Every event, every other one twice (a redelivery), in a shuffled order, the two workspaces interleaved.
    const deliveries = [...events, ...events.filter((_, i) => i % 2 === 0)];
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = deliveries.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [deliveries[i], deliveries[j]] = [deliveries[j], deliveries[i]];
    }
    let duplicates = 0;
    for (const { workspaceId, event } of deliveries) {
      if ((await deliver(event, { workspaceId })).duplicate) duplicates += 1;
    }
    expect(duplicates).toBe(deliveries.length - events.length);

    const counts = await drain([a, b]);
    expect(counts).toEqual({ processed: events.length - 4, failed: 0, dead: 0, ignored: 4, lost: 0 });

    for (const [workspaceId, tag] of [
      [a, 'a'],
      [b, 'b'],
    ] as const) {
      const key = keyOf(workspaceId);
      for (let c = 0; c < 4; c++) {
        const row = await customers.getCustomerByExternalID(db.pool, { ...key, externalId: `cb-conv-${c}` });
        expect(row?.email, `${tag} cb-conv-${c}`).toBe(`${tag}${c}.v4@example.com`);
        // The resource's own time, to the millisecond.
        expect(row?.providerUpdatedAt).toEqual(new Date(ms(T0 + 4, 100 + c)));
      }
      // Deleted, and the change from before the delete did not bring it back.
      expect(await customers.getCustomerByExternalID(db.pool, { ...key, externalId: 'cb-conv-4' })).toBeNull();
      const product = await products.getProductByExternalID(db.pool, { ...key, externalId: 'psdb-conv' });
      expect(product?.name).toBe(`Plan ${tag} v2`);
      const price = await prices.getPriceByExternalID(db.pool, { ...key, externalId: 'psdb-conv-USD' });
      expect(price).toMatchObject({ unitAmount: tag === 'a' ? 1000 : 2000, productId: product!.id });
      expect(await prices.getPriceByExternalID(db.pool, { ...key, externalId: 'psdb-conv-old' })).toBeNull();
      const sub = await subscriptions.getSubscriptionByExternalID(db.pool, { ...key, externalId: 'cb-sub-conv' });
      const owner = await customers.getCustomerByExternalID(db.pool, { ...key, externalId: 'cb-conv-0' });
      expect(sub).toMatchObject({ quantity: 3, customerId: owner!.id, priceId: price!.id });
      if (tag === 'a') {
        expect(sub).toMatchObject({
          status: 'canceled',
          cancelAtPeriodEnd: false,
          canceledAt: new Date((T0 + 4) * 1000),
        });
      } else {
        // non_renewing: active until its term ends.
        expect(sub).toMatchObject({
          status: 'active',
          cancelAtPeriodEnd: true,
          canceledAt: new Date((T0 + 30 * DAY) * 1000),
        });
      }
      expect(
        await subscriptions.getSubscriptionByExternalID(db.pool, { ...key, externalId: 'cb-sub-gone' }),
      ).toBeNull();
    }
    // The deletes are tombstones: the rows stay, marked deleted by the provider at the delete's time.
    const { rows } = await db.pool.query<{ t: string; external_id: string; provider_deleted: boolean; at: Date }>(
      `SELECT 'customers' AS t, external_id, provider_deleted, provider_updated_at AS at FROM customers
         WHERE workspace_id = $1 AND external_id = 'cb-conv-4'
       UNION ALL SELECT 'prices', external_id, provider_deleted, provider_updated_at FROM prices
         WHERE workspace_id = $1 AND external_id = 'psdb-conv-old'
       UNION ALL SELECT 'subscriptions', external_id, provider_deleted, provider_updated_at FROM subscriptions
         WHERE workspace_id = $1 AND external_id = 'cb-sub-gone'
       ORDER BY 1`,
      [a],
    );
    expect(rows).toEqual([
      { t: 'customers', external_id: 'cb-conv-4', provider_deleted: true, at: new Date(ms(T0 + 10)) },
      { t: 'prices', external_id: 'psdb-conv-old', provider_deleted: true, at: new Date(ms(T0 + 6)) },
      { t: 'subscriptions', external_id: 'cb-sub-gone', provider_deleted: true, at: new Date(ms(T0 + 5)) },
    ]);
    const byStatus = await webhookEvents.countWebhookEventsByStatus(db.pool, { workspaceId: a });
    const ofA = events.filter((e) => e.workspaceId === a).length;
    expect(byStatus).toMatchObject({ processed: ofA - 2, ignored: 2, pending: 0, failed: 0, dead: 0 });

    // A late change from before the delete, delivered after it was applied: it stays deleted.
    const late = chargebeeEvent(
      'customer_changed',
      { customer: customer('cb-conv-4', 'late@example.com', ms(T0 + 9)) },
      T0 + 9,
    );
    await deliver(late, { workspaceId: a });
    expect(await drain([a])).toMatchObject({ processed: 1, failed: 0 });
    expect(await customers.getCustomerByExternalID(db.pool, { ...keyOf(a), externalId: 'cb-conv-4' })).toBeNull();
    // A change after the delete (a newer resource_version) is a live resource again.
    const after = chargebeeEvent(
      'customer_changed',
      { customer: customer('cb-conv-4', 'back@example.com', ms(T0 + 11)) },
      T0 + 11,
    );
    await deliver(after, { workspaceId: a });
    await drain([a]);
    expect((await customers.getCustomerByExternalID(db.pool, { ...keyOf(a), externalId: 'cb-conv-4' }))?.email).toBe(
      'back@example.com',
    );
  });

  it('an event older than the stored state changes nothing; a replay of the applied one neither', async () => {
    const { a } = await db.twoWorkspaces();
    const newer = chargebeeEvent(
      'customer_changed',
      { customer: customer('cb-old', 'new@example.com', ms(T0 + 60)) },
      T0 + 60,
    );
    const older = chargebeeEvent('customer_changed', { customer: customer('cb-old', 'old@example.com', ms(T0)) }, T0);
    await deliver(newer, { workspaceId: a });
    await drain([a]);
    const applied = await customers.getCustomerByExternalID(db.pool, { ...keyOf(a), externalId: 'cb-old' });
    expect(applied?.email).toBe('new@example.com');
    await deliver(older, { workspaceId: a });
    // The same resource in another event (a new id, the same resource_version): a replay.
    await deliver(chargebeeEvent('customer_changed', newer.content, T0 + 61), { workspaceId: a });
    expect((await drain([a])).processed).toBe(2);
    expect(await customers.getCustomerByExternalID(db.pool, { ...keyOf(a), externalId: 'cb-old' })).toEqual(applied);
  });

  it('a resource the library cannot store fails its event, the reason kept; other events are applied', async () => {
    const { a } = await db.twoWorkspaces();
    const tiered = itemPrice('psdb-tiered', 'psdb-t', 0, ms(T0), {
      pricing_model: 'tiered',
      price: undefined,
      tiers: [{ starting_unit: 1, price: 900 }],
    });
    const badPrice = await deliver(chargebeeEvent('item_price_created', { item_price: tiered }, T0), {
      workspaceId: a,
    });
    const transferred = subscription('cb-sub-transferred', 'cb-fine', 'psdb-any', 'transferred', ms(T0));
    const badSub = await deliver(chargebeeEvent('subscription_changed', { subscription: transferred }, T0), {
      workspaceId: a,
    });
    await deliver(
      chargebeeEvent('customer_created', { customer: customer('cb-fine', 'fine@example.com', ms(T0)) }, T0),
      {
        workspaceId: a,
      },
    );
    const counts = await processWebhookEvents(db.pool, {
      providerName: 'chargebee',
      workspaceId: a,
      handler: (event, tx) => applyChargebeeEvent(tx, event),
    });
    expect(counts).toMatchObject({ processed: 1, failed: 2 });
    for (const [recorded, reason] of [
      [badPrice, /pricing_model "tiered" has no single unit amount/],
      [badSub, /status "transferred" is not one of/],
    ] as const) {
      const failed = await webhookEvents.getWebhookEventByProviderEventID(db.pool, {
        workspaceId: a,
        providerName: 'chargebee',
        providerEventId: recorded.event.providerEventId,
      });
      expect(failed?.status).toBe('failed');
      expect(failed?.lastError).toContain('ProviderMappingError');
      expect(failed?.lastError).toMatch(reason);
    }
    expect(await prices.getPriceByExternalID(db.pool, { ...keyOf(a), externalId: 'psdb-tiered' })).toBeNull();
    expect(
      await subscriptions.getSubscriptionByExternalID(db.pool, { ...keyOf(a), externalId: 'cb-sub-transferred' }),
    ).toBeNull();
    expect((await customers.getCustomerByExternalID(db.pool, { ...keyOf(a), externalId: 'cb-fine' }))?.email).toBe(
      'fine@example.com',
    );
  });
});

describe('same-second events: resource_version orders what occurred_at cannot', () => {
  /** Two changes of one customer within one second (one occurred_at), the newer delivered and applied first. */
  async function sameSecond(withVersions: boolean) {
    const { a } = await db.twoWorkspaces();
    const id = `cb-same-${withVersions ? 'v' : 'u'}`;
    const at = T0 + 500;
    const resource = (email: string, resourceVersion: number) => {
      const r: Record<string, unknown> = customer(id, email, resourceVersion);
      if (!withVersions) delete r.resource_version;
      return r;
    };
    const older = chargebeeEvent('customer_changed', { customer: resource('first@example.com', ms(at, 200)) }, at);
    const newer = chargebeeEvent('customer_changed', { customer: resource('second@example.com', ms(at, 800)) }, at);
    await deliver(newer, { workspaceId: a });
    await drain([a]);
    await deliver(older, { workspaceId: a });
    await drain([a]);
    return customers.getCustomerByExternalID(db.pool, { ...keyOf(a), externalId: id });
  }

  it('with resource_version, the newer change wins though it was delivered first', async () => {
    const row = await sameSecond(true);
    expect(row?.email).toBe('second@example.com');
    expect(row?.providerUpdatedAt).toEqual(new Date(ms(T0 + 500, 800)));
  });

  it('without it (updated_at seconds only), the tie goes to the event processed last: the older state', async () => {
    const row = await sameSecond(false);
    expect(row?.email).toBe('first@example.com');
    expect(row?.providerUpdatedAt).toEqual(new Date(ms(T0 + 500)));
  });

  it('delivered together in reverse order and applied in one batch, the newer change wins', async () => {
    const { a } = await db.twoWorkspaces();
    const at = T0 + 900;
    const versions = [150, 450, 999];
    const events = versions.map((v, i) =>
      chargebeeEvent('customer_changed', { customer: customer('cb-same-batch', `v${i}@example.com`, ms(at, v)) }, at),
    );
    for (const event of [...events].reverse()) await deliver(event, { workspaceId: a });
    expect(await drain([a])).toMatchObject({ processed: 3, failed: 0 });
    const row = await customers.getCustomerByExternalID(db.pool, { ...keyOf(a), externalId: 'cb-same-batch' });
    expect(row?.email).toBe('v2@example.com');
  });
});
