// The Stripe adapter's webhook side against real parts: payloads signed with
// the official SDK's own test-header helper, verified by receiveStripeWebhook
// (the SDK's constructEvent), recorded in the inbox of a real PostgreSQL,
// applied by processWebhookEvents with applyStripeEvent; the same-second rule
// refetches from stripe-stateful-mock (a third-party Stripe-compatible server)
// through the official SDK.
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customers,
  InvalidParameterError,
  prices,
  processWebhookEvents,
  subscriptions,
  UnknownProviderAccountError,
  webhookEvents,
  WebhookVerificationError,
  workspaces,
  type ProcessCounts,
} from '../src/index.js';
import { applyStripeEvent, receiveStripeWebhook, type ApplyStripeEventOptions } from '../src/stripe.js';
import { useDatabase } from './support/database.js';
import { signature, startStripeServer, type StripeServer } from './support/stripe-server.js';

const db = useDatabase();
const SECRET = 'whsec_payment_sync_db_test_current';
const OLD_SECRET = 'whsec_payment_sync_db_test_previous';
const T0 = 1_790_000_000; // unix seconds

let server: StripeServer;
beforeAll(async () => {
  server = await startStripeServer();
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

let n = 0;
/** A Stripe event as Stripe sends it: `data.object` the object's state when the event happened. */
function stripeEvent(type: string, object: Record<string, unknown>, created: number, account?: string) {
  n += 1;
  return {
    id: `evt_test_${n}_${Math.random().toString(36).slice(2, 8)}`,
    object: 'event',
    api_version: '2026-10-28',
    created,
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    ...(account ? { account } : {}),
  };
}

const customer = (id: string, email: string, extra: Record<string, unknown> = {}) => ({
  id,
  object: 'customer',
  email,
  name: `Name of ${id}`,
  metadata: {},
  created: T0 - 1000,
  livemode: false,
  ...extra,
});

type Event = ReturnType<typeof stripeEvent>;

/** Delivers `event` as Stripe would: the JSON body, signed with `secret` at `timestamp` (default now). */
function deliver(
  event: Event | Record<string, unknown>,
  options: { secret?: string; timestamp?: number; secrets?: string[]; workspaceId?: string; body?: string } = {},
) {
  const body = options.body ?? JSON.stringify(event);
  return receiveStripeWebhook(db.pool, {
    rawBody: Buffer.from(body, 'utf8'),
    signature: signature(JSON.stringify(event), options.secret ?? SECRET, options.timestamp),
    secrets: options.secrets ?? [SECRET],
    workspaceId: options.workspaceId,
  });
}

/**
 * Runs the worker's batches over the test's own workspaces until nothing is due; the counts summed
 * (another test's failed event, due again after its backoff, is not this test's).
 */
async function drain(workspaceIds: string[], options: ApplyStripeEventOptions = {}): Promise<ProcessCounts> {
  const total: ProcessCounts = { processed: 0, failed: 0, dead: 0, ignored: 0, lost: 0 };
  for (const workspaceId of workspaceIds) {
    for (;;) {
      const counts = await processWebhookEvents(db.pool, {
        providerName: 'stripe',
        workspaceId,
        limit: 50,
        handler: (event, tx) => applyStripeEvent(tx, event, options),
      });
      for (const key of Object.keys(total) as (keyof ProcessCounts)[]) total[key] += counts[key];
      if (Object.values(counts).every((v) => v === 0)) break;
    }
  }
  return total;
}

const inboxCount = async () =>
  Number((await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM payment_webhook_events')).rows[0].n);

describe('receiveStripeWebhook: verify with the SDK, then record', () => {
  it('records a signed event pending in the inbox, once: a redelivery is a duplicate', async () => {
    const { a } = await db.twoWorkspaces();
    const event = stripeEvent('customer.created', customer('cus_intake_1', 'one@example.com'), T0);
    const first = await deliver(event, { workspaceId: a });
    expect(first.duplicate).toBe(false);
    expect(first.event).toMatchObject({
      workspaceId: a,
      providerName: 'stripe',
      providerEventId: event.id,
      eventType: 'customer.created',
      entityType: 'customer',
      externalId: 'cus_intake_1',
      occurredAt: new Date(T0 * 1000),
      status: 'pending',
      payload: event,
    });
    const again = await deliver(event, { workspaceId: a });
    expect(again).toEqual({ duplicate: true, event: first.event });
  });

  it('accepts any of several secrets while one is rotated; no matching secret is refused', async () => {
    const { a } = await db.twoWorkspaces();
    const secrets = [SECRET, OLD_SECRET];
    const byOld = stripeEvent('customer.created', customer('cus_rot_1', 'r1@example.com'), T0);
    const byNew = stripeEvent('customer.created', customer('cus_rot_2', 'r2@example.com'), T0);
    expect((await deliver(byOld, { secret: OLD_SECRET, secrets, workspaceId: a })).duplicate).toBe(false);
    expect((await deliver(byNew, { secret: SECRET, secrets, workspaceId: a })).duplicate).toBe(false);
    const stranger = stripeEvent('customer.created', customer('cus_rot_3', 'r3@example.com'), T0);
    await db.refusedWithoutWrites(
      () => deliver(stranger, { secret: 'whsec_someone_else', secrets, workspaceId: a }),
      WebhookVerificationError,
    );
  });

  it('a tampered body, a stale timestamp, a missing header or a signed non-event write nothing', async () => {
    const { a } = await db.twoWorkspaces();
    const event = stripeEvent('customer.updated', customer('cus_tamper', 'before@example.com'), T0);
    const before = await inboxCount();
    // The body changed after signing (the signature covers the bytes).
    const tampered = JSON.stringify({ ...event, data: { object: customer('cus_tamper', 'evil@example.com') } });
    const error = await db.refusedWithoutWrites(
      () => deliver(event, { body: tampered, workspaceId: a }),
      WebhookVerificationError,
    );
    expect(error.code).toBe('WEBHOOK_VERIFICATION_FAILED');
    // Older than the SDK's tolerance (300 s): a replayed capture.
    const stale = Math.floor(Date.now() / 1000) - 301;
    await db.refusedWithoutWrites(() => deliver(event, { timestamp: stale, workspaceId: a }), WebhookVerificationError);
    // ...accepted when the endpoint allows that much.
    const tolerant = await receiveStripeWebhook(db.pool, {
      rawBody: JSON.stringify(event),
      signature: signature(JSON.stringify(event), SECRET, stale),
      secrets: SECRET,
      tolerance: 600,
      workspaceId: a,
    });
    expect(tolerant.duplicate).toBe(false);
    await db.refusedWithoutWrites(
      () => receiveStripeWebhook(db.pool, { rawBody: JSON.stringify(event), signature: undefined, secrets: [SECRET] }),
      WebhookVerificationError,
    );
    const notAnEvent = JSON.stringify({ hello: 'world' });
    await db.refusedWithoutWrites(
      () =>
        receiveStripeWebhook(db.pool, {
          rawBody: notAnEvent,
          signature: signature(notAnEvent, SECRET),
          secrets: [SECRET],
          workspaceId: a,
        }),
      WebhookVerificationError,
    );
    expect(await inboxCount()).toBe(before + 1);
  });

  it('Stripe Connect: event.account names the workspace (config.accountId); an unknown account writes nothing', async () => {
    const { a, b } = await db.twoWorkspaces();
    for (const [workspaceId, accountId] of [
      [a, 'acct_connect_a'],
      [b, 'acct_connect_b'],
    ]) {
      await workspaces.updateWorkspaceProviderConfig(db.pool, {
        workspaceId,
        providerName: 'stripe',
        config: { accountId },
      });
    }
    const toA = stripeEvent('customer.created', customer('cus_same_id', 'a@example.com'), T0, 'acct_connect_a');
    const toB = stripeEvent('customer.created', customer('cus_same_id', 'b@example.com'), T0, 'acct_connect_b');
    expect((await deliver(toA)).event.workspaceId).toBe(a);
    expect((await deliver(toB)).event.workspaceId).toBe(b);
    const unknown = stripeEvent('customer.created', customer('cus_x', 'x@example.com'), T0, 'acct_nobody');
    const error = await db.refusedWithoutWrites(() => deliver(unknown), UnknownProviderAccountError);
    expect(error.message).toContain('acct_nobody');
    // No account and no workspace given: the intake cannot know the tenant.
    const orphan = stripeEvent('customer.created', customer('cus_y', 'y@example.com'), T0);
    await db.refusedWithoutWrites(() => deliver(orphan), InvalidParameterError);
    // resolveWorkspace decides first when given.
    const routed = await receiveStripeWebhook(db.pool, {
      rawBody: JSON.stringify(orphan),
      signature: signature(JSON.stringify(orphan), SECRET),
      secrets: [SECRET],
      resolveWorkspace: (event) => ((event.data.object as { id: string }).id === 'cus_y' ? b : null),
    });
    expect(routed.event.workspaceId).toBe(b);
  });
});

describe('applyStripeEvent through processWebhookEvents', () => {
  it('duplicated, reordered deliveries interleaved across two workspaces converge to the newest state, once', async () => {
    const { a, b } = await db.twoWorkspaces();
    const events: { workspaceId: string; event: Event }[] = [];
    for (const [workspaceId, tag] of [
      [a, 'a'],
      [b, 'b'],
    ] as const) {
      const add = (event: Event) => events.push({ workspaceId, event });
      add(
        stripeEvent(
          'product.created',
          { id: 'prod_conv', object: 'product', name: `Plan ${tag}`, active: true, description: null, metadata: {} },
          T0,
        ),
      );
      const price = {
        id: 'price_conv',
        object: 'price',
        active: true,
        currency: 'usd',
        product: 'prod_conv',
        type: 'recurring',
        recurring: { interval: 'month', interval_count: 1 },
        unit_amount: tag === 'a' ? 1000 : 2000,
        unit_amount_decimal: tag === 'a' ? '1000' : '2000',
        metadata: {},
      };
      add(stripeEvent('price.created', price, T0));
      // Five versions of each customer, one second apart: the last is the truth.
      for (let c = 0; c < 6; c++) {
        for (let v = 0; v < 5; v++) {
          add(
            stripeEvent(
              v === 0 ? 'customer.created' : 'customer.updated',
              customer(`cus_conv_${c}`, `${tag}${c}.v${v}@example.com`),
              T0 + v,
            ),
          );
        }
      }
      // cus_conv_5 is deleted at T0 + 10; an update from before the delete arrives after it.
      add(stripeEvent('customer.deleted', customer('cus_conv_5', `${tag}5.v4@example.com`), T0 + 10));
      const sub = (status: string) => ({
        id: 'sub_conv',
        object: 'subscription',
        customer: 'cus_conv_0',
        status,
        cancel_at_period_end: false,
        canceled_at: null,
        trial_end: null,
        metadata: {},
        items: {
          object: 'list',
          data: [
            {
              id: 'si_1',
              object: 'subscription_item',
              price,
              quantity: 3,
              current_period_start: T0,
              current_period_end: T0 + 2_592_000,
            },
          ],
        },
      });
      add(stripeEvent('customer.subscription.created', sub('incomplete'), T0 + 1));
      add(stripeEvent('customer.subscription.updated', sub('active'), T0 + 2));
      // An event type the adapter does not handle.
      add(stripeEvent('invoice.paid', { id: `in_${tag}`, object: 'invoice' }, T0 + 3));
    }
    // Every event twice (a redelivery), all in a shuffled order, the two workspaces interleaved.
    const deliveries = [...events, ...events.filter((_, i) => i % 2 === 0)];
    let seed = 7;
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
    expect(counts).toEqual({ processed: events.length - 2, failed: 0, dead: 0, ignored: 2, lost: 0 });

    for (const [workspaceId, tag] of [
      [a, 'a'],
      [b, 'b'],
    ] as const) {
      const key = { workspaceId, paymentProvider: 'stripe' };
      for (let c = 0; c < 5; c++) {
        const row = await customers.getCustomerByExternalID(db.pool, { ...key, externalId: `cus_conv_${c}` });
        expect(row?.email, `${tag} cus_conv_${c}`).toBe(`${tag}${c}.v4@example.com`);
        expect(row?.providerUpdatedAt).toEqual(new Date((T0 + 4) * 1000));
      }
      // Deleted, and the update from before the delete did not bring it back.
      expect(await customers.getCustomerByExternalID(db.pool, { ...key, externalId: 'cus_conv_5' })).toBeNull();
      const price = await prices.getPriceByExternalID(db.pool, { ...key, externalId: 'price_conv' });
      expect(price?.unitAmount).toBe(tag === 'a' ? 1000 : 2000);
      const sub = await subscriptions.getSubscriptionByExternalID(db.pool, { ...key, externalId: 'sub_conv' });
      const owner = await customers.getCustomerByExternalID(db.pool, { ...key, externalId: 'cus_conv_0' });
      expect(sub).toMatchObject({ status: 'active', quantity: 3, customerId: owner!.id, priceId: price!.id });
    }
    const byStatus = await webhookEvents.countWebhookEventsByStatus(db.pool, { workspaceId: a });
    expect(byStatus).toMatchObject({ processed: events.length / 2 - 1, ignored: 1, pending: 0, failed: 0, dead: 0 });
  });

  it('an event older than the stored state changes nothing; a replay of the applied one neither', async () => {
    const { a } = await db.twoWorkspaces();
    const newer = stripeEvent('customer.updated', customer('cus_old', 'new@example.com'), T0 + 60);
    const older = stripeEvent('customer.updated', customer('cus_old', 'old@example.com'), T0);
    await deliver(newer, { workspaceId: a });
    await drain([a]);
    const applied = await customers.getCustomerByExternalID(db.pool, {
      workspaceId: a,
      paymentProvider: 'stripe',
      externalId: 'cus_old',
    });
    await deliver(older, { workspaceId: a });
    expect((await drain([a])).processed).toBe(1);
    const after = await customers.getCustomerByExternalID(db.pool, {
      workspaceId: a,
      paymentProvider: 'stripe',
      externalId: 'cus_old',
    });
    expect(after).toEqual(applied);
  });

  it('an object the library cannot store fails its event, the reason kept; other events are applied', async () => {
    const { a } = await db.twoWorkspaces();
    const tiered = {
      id: 'price_tiered',
      object: 'price',
      active: true,
      currency: 'usd',
      product: 'prod_t',
      type: 'recurring',
      recurring: { interval: 'month', interval_count: 1 },
      billing_scheme: 'tiered',
      unit_amount: null,
      unit_amount_decimal: null,
      metadata: {},
    };
    const bad = await deliver(stripeEvent('price.created', tiered, T0), { workspaceId: a });
    await deliver(stripeEvent('customer.created', customer('cus_fine', 'fine@example.com'), T0), { workspaceId: a });
    const counts = await processWebhookEvents(db.pool, {
      providerName: 'stripe',
      workspaceId: a,
      handler: (event, tx) => applyStripeEvent(tx, event),
    });
    expect(counts).toMatchObject({ processed: 1, failed: 1 });
    const failed = await webhookEvents.getWebhookEventByProviderEventID(db.pool, {
      workspaceId: a,
      providerName: 'stripe',
      providerEventId: bad.event.providerEventId,
    });
    expect(failed?.status).toBe('failed');
    expect(failed?.lastError).toContain('ProviderMappingError');
    expect(
      await prices.getPriceByExternalID(db.pool, {
        workspaceId: a,
        paymentProvider: 'stripe',
        externalId: 'price_tiered',
      }),
    ).toBeNull();
  });
});

describe('same-second events: Stripe timestamps are seconds', () => {
  /**
   * Two changes of one customer within one second: the event of the newer state is processed
   * first, the older one after it (Stripe does not deliver in order). Their times are equal, so
   * the library's rule for a tie applies the one processed last.
   */
  async function sameSecond(stripe: Stripe, options: (stripe: Stripe) => ApplyStripeEventOptions) {
    const { a } = await db.twoWorkspaces();
    const created = await stripe.customers.create({ email: 'first@example.com', name: 'Same Second' });
    const updated = await stripe.customers.update(created.id, { email: 'second@example.com' });
    const at = T0 + 500;
    const older = stripeEvent('customer.updated', created as unknown as Record<string, unknown>, at);
    const newer = stripeEvent('customer.updated', updated as unknown as Record<string, unknown>, at);
    await deliver(newer, { workspaceId: a });
    await drain([a], options(stripe));
    await deliver(older, { workspaceId: a });
    await drain([a], options(stripe));
    return customers.getCustomerByExternalID(db.pool, {
      workspaceId: a,
      paymentProvider: 'stripe',
      externalId: created.id,
    });
  }

  it('without a client, the event processed last wins the tie: the older state (why the refetch exists)', async () => {
    const row = await sameSecond(server.client(), () => ({}));
    expect(row?.email).toBe('first@example.com');
  });

  it('with the SDK client, a tie is resolved by the object as Stripe serves it now: the newest state', async () => {
    const row = await sameSecond(server.client(), (stripe) => ({ stripe }));
    expect(row?.email).toBe('second@example.com');
  });

  it("refetch 'always' applies Stripe's current state to every event; an object Stripe no longer has is a tombstone", async () => {
    const stripe = server.client();
    const { a } = await db.twoWorkspaces();
    const live = await stripe.customers.create({ email: 'served@example.com' });
    // The event's snapshot is stale; Stripe's current state wins.
    await deliver(stripeEvent('customer.updated', customer(live.id, 'snapshot@example.com'), T0), { workspaceId: a });
    // An object Stripe answers 404 for.
    await deliver(stripeEvent('customer.updated', customer('cus_missing_at_stripe', 'ghost@example.com'), T0), {
      workspaceId: a,
    });
    expect(await drain([a], { stripe, refetch: 'always' })).toMatchObject({ processed: 2, failed: 0 });
    const key = { workspaceId: a, paymentProvider: 'stripe' };
    expect((await customers.getCustomerByExternalID(db.pool, { ...key, externalId: live.id }))?.email).toBe(
      'served@example.com',
    );
    expect(
      await customers.getCustomerByExternalID(db.pool, { ...key, externalId: 'cus_missing_at_stripe' }),
    ).toBeNull();
    const { rows } = await db.pool.query<{ provider_deleted: boolean }>(
      `SELECT provider_deleted FROM customers WHERE workspace_id = $1 AND external_id = 'cus_missing_at_stripe'`,
      [a],
    );
    expect(rows).toEqual([{ provider_deleted: true }]);
  });
});
