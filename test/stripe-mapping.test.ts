// The Stripe mapping (src/providers/stripe/mapping.ts): pure functions from the
// official SDK's types to the library's write params. The example objects are
// the project's own, shaped like Stripe's published examples: typed ones (as
// the SDK returns them from the API: decimal fields as Stripe.Decimal) and
// plain JSON ones (as a webhook payload carries them: decimal fields as
// strings, older API versions' shapes). One database round trip at the end
// proves the mapped params are accepted by the real functions.
import { readFileSync } from 'node:fs';
import Stripe from 'stripe';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { Mapped, UpsertParams } from '../src/providers/adapter.js';
import {
  mapStripeObject,
  STRIPE,
  stripeCustomerParams,
  stripeDeleteParams,
  stripeEntityType,
  stripePriceParams,
  stripeProductParams,
  stripeSubscriptionParams,
} from '../src/providers/stripe/mapping.js';
import { customers, prices, products, ProviderMappingError, subscriptions } from '../src/index.js';
import type { PriceType, SubscriptionStatus } from '../src/vocabulary.js';
import { useDatabase } from './support/database.js';
import { insertWorkspace } from './support/factories.js';

const WS = '7f3c2a1e-5b4d-4c6e-8f90-1a2b3c4d5e6f';
const at = new Date('2026-01-15T12:00:00.000Z');
/** 2026-01-01T00:00:00Z and 2026-02-01T00:00:00Z, in unix seconds. */
const JAN_1 = 1767225600;
const FEB_1 = 1769904000;
const seconds = (s: number) => new Date(s * 1000);

// ---------------------------------------------------------------------------
// Example objects (typed: the SDK's own types, every required field present)
// ---------------------------------------------------------------------------

function customerExample(overrides: Partial<Stripe.Customer> = {}): Stripe.Customer {
  return {
    id: 'cus_PsdbJenny0001',
    object: 'customer',
    address: null,
    balance: 0,
    created: 1767000000,
    currency: 'usd',
    default_source: null,
    delinquent: false,
    description: null,
    discount: null,
    email: 'jenny.rosen@example.com',
    invoice_prefix: 'A1B2C3D',
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: { crm_id: 'crm-42' },
    name: 'Jenny Rosen',
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
    ...overrides,
  };
}

function productExample(overrides: Partial<Stripe.Product> = {}): Stripe.Product {
  return {
    id: 'prod_PsdbShirt0001',
    object: 'product',
    active: true,
    created: 1767000000,
    default_price: null,
    description: 'Comfortable gray cotton t-shirt',
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: {},
    name: 'T-shirt',
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: 'service',
    unit_label: null,
    updated: 1767000000,
    url: null,
    ...overrides,
  };
}

function priceExample(overrides: Partial<Stripe.Price> = {}): Stripe.Price {
  return {
    id: 'price_PsdbMonthly0001',
    object: 'price',
    active: true,
    billing_scheme: 'per_unit',
    created: 1767000000,
    currency: 'usd',
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: { tier: 'standard' },
    nickname: null,
    product: 'prod_PsdbShirt0001',
    recurring: { interval: 'month', interval_count: 1, meter: null, trial_period_days: null, usage_type: 'licensed' },
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: 'recurring',
    unit_amount: 2000,
    // The SDK (v23) returns decimal_string fields as Stripe.Decimal.
    unit_amount_decimal: Stripe.Decimal.from('2000'),
    ...overrides,
  };
}

function planExample(id: string): Stripe.Plan {
  return {
    id,
    object: 'plan',
    active: true,
    amount: 2000,
    amount_decimal: Stripe.Decimal.from('2000'),
    billing_scheme: 'per_unit',
    created: 1767000000,
    currency: 'usd',
    interval: 'month',
    interval_count: 1,
    livemode: false,
    metadata: {},
    meter: null,
    nickname: null,
    product: 'prod_PsdbShirt0001',
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: 'licensed',
  };
}

function itemExample(
  id: string,
  price: Stripe.Price,
  overrides: Partial<Stripe.SubscriptionItem> = {},
): Stripe.SubscriptionItem {
  return {
    id,
    object: 'subscription_item',
    billing_thresholds: null,
    created: 1767225600,
    current_period_end: FEB_1,
    current_period_start: JAN_1,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: planExample(price.id),
    price,
    quantity: 1,
    subscription: 'sub_PsdbJenny0001',
    tax_rates: [],
    ...overrides,
  };
}

function subscriptionExample(
  items: Stripe.SubscriptionItem[] = [itemExample('si_PsdbFirst0001', priceExample())],
  overrides: Partial<Stripe.Subscription> = {},
): Stripe.Subscription {
  return {
    id: 'sub_PsdbJenny0001',
    object: 'subscription',
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: JAN_1,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: 'classic' },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: 'charge_automatically',
    created: JAN_1,
    currency: 'usd',
    customer: 'cus_PsdbJenny0001',
    customer_account: null,
    days_until_due: null,
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    ended_at: null,
    invoice_settings: {
      account_tax_ids: null,
      custom_fields: null,
      description: null,
      footer: null,
      issuer: { type: 'self' },
    },
    items: {
      object: 'list',
      data: items,
      has_more: false,
      url: '/v1/subscription_items?subscription=sub_PsdbJenny0001',
    },
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    metadata: { seats_source: 'hr' },
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: null,
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: JAN_1,
    status: 'active',
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: null,
    trial_start: null,
    ...overrides,
  };
}

/** A Stripe object as parsed JSON. */
type Payload = { object?: unknown; id?: unknown; [key: string]: unknown };

/** A JSON round trip: the object as a webhook payload carries it (Decimals become strings). */
function asPayload<T>(object: T): Payload {
  return JSON.parse(JSON.stringify(object)) as Payload;
}

/** The ProviderMappingError `fn` throws. */
function mappingError(fn: () => unknown): ProviderMappingError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderMappingError);
    return error as ProviderMappingError;
  }
  throw new Error('expected a ProviderMappingError, but the call returned');
}

// ---------------------------------------------------------------------------
// Compile-time checks: `npm run typecheck` (tsc --noEmit includes test/) fails
// if any of these lines compiles. Vitest strips types, so it never calls this.
// ---------------------------------------------------------------------------
function _compileTimeChecks(
  customer: Stripe.Customer,
  deletedCustomer: Stripe.DeletedCustomer,
  product: Stripe.Product,
  price: Stripe.Price,
  subscription: Stripe.Subscription,
) {
  // @ts-expect-error a Stripe.Product is not a Stripe.Customer
  stripeCustomerParams(WS, product, at);
  // @ts-expect-error a Stripe.DeletedCustomer is a delete, not a customer snapshot
  stripeCustomerParams(WS, deletedCustomer, at);
  // @ts-expect-error a Stripe.Customer is not a Stripe.Subscription
  stripeSubscriptionParams(WS, customer, at);
  // @ts-expect-error a Stripe.Subscription is not a Stripe.Price
  stripePriceParams(WS, subscription, at);
  // @ts-expect-error unit_amount is a number (or null), not a string
  stripePriceParams(WS, { ...price, unit_amount: '2000' }, at);
  // @ts-expect-error providerUpdatedAt is a Date
  stripeProductParams(WS, product, '2026-01-15');
  // @ts-expect-error a product's params are not a price's (no currency, type, unitAmount)
  const _wrongTarget: UpsertParams['price'] = stripeProductParams(WS, product, at);
  // @ts-expect-error the status is the library's vocabulary, wider than one literal
  const _tooNarrow: 'active' = stripeSubscriptionParams(WS, subscription, at).status;
  // The outputs are the library's vocabularies, not any string.
  const _status: SubscriptionStatus = stripeSubscriptionParams(WS, subscription, at).status;
  const _type: PriceType = stripePriceParams(WS, price, at).type;
  const _mapped: Mapped | null = mapStripeObject(WS, customer, at);
}

// ---------------------------------------------------------------------------
// Pure mapping
// ---------------------------------------------------------------------------

describe('stripeCustomerParams', () => {
  it('maps email, name, metadata and keeps the whole object', () => {
    const customer = customerExample();
    expect(stripeCustomerParams(WS, customer, at)).toEqual({
      workspaceId: WS,
      paymentProvider: 'stripe',
      externalId: 'cus_PsdbJenny0001',
      providerUpdatedAt: at,
      email: 'jenny.rosen@example.com',
      name: 'Jenny Rosen',
      metadata: { crm_id: 'crm-42' },
      providerData: customer,
    });
    expect(STRIPE).toBe('stripe');
  });

  it('keeps null email and name null, and an absent name is null', () => {
    const params = stripeCustomerParams(WS, customerExample({ email: null, name: null }), at);
    expect(params.email).toBeNull();
    expect(params.name).toBeNull();
    const { name: _, ...withoutName } = customerExample();
    expect(stripeCustomerParams(WS, withoutName, at).name).toBeNull();
  });

  it('does not set paymentSyncStatus (the default applies)', () => {
    expect(stripeCustomerParams(WS, customerExample(), at)).not.toHaveProperty('paymentSyncStatus');
  });

  it('refuses a deleted customer forced through a cast', () => {
    const deleted: Stripe.DeletedCustomer = { id: 'cus_PsdbGone0001', object: 'customer', deleted: true };
    const error = mappingError(() => stripeCustomerParams(WS, deleted as unknown as Stripe.Customer, at));
    expect(error.objectId).toBe('cus_PsdbGone0001');
  });
});

describe('stripeProductParams', () => {
  it('maps name, description, active', () => {
    const product = productExample({ active: false, metadata: { sku: 'TS-GRY' } });
    expect(stripeProductParams(WS, product, at)).toEqual({
      workspaceId: WS,
      paymentProvider: 'stripe',
      externalId: 'prod_PsdbShirt0001',
      providerUpdatedAt: at,
      name: 'T-shirt',
      description: 'Comfortable gray cotton t-shirt',
      active: false,
      metadata: { sku: 'TS-GRY' },
      providerData: product,
    });
  });

  it('keeps a null description null', () => {
    expect(stripeProductParams(WS, productExample({ description: null }), at).description).toBeNull();
  });
});

describe('stripePriceParams', () => {
  it('maps a recurring price', () => {
    const price = priceExample();
    expect(stripePriceParams(WS, price, at)).toEqual({
      workspaceId: WS,
      paymentProvider: 'stripe',
      externalId: 'price_PsdbMonthly0001',
      providerUpdatedAt: at,
      currency: 'usd',
      active: true,
      productExternalId: 'prod_PsdbShirt0001',
      type: 'recurring',
      recurringInterval: 'month',
      recurringIntervalCount: 1,
      unitAmount: 2000,
      metadata: { tier: 'standard' },
      providerData: price,
    });
  });

  it('maps a one_time price with neither interval nor count', () => {
    const params = stripePriceParams(WS, priceExample({ type: 'one_time', recurring: null, unit_amount: 4999 }), at);
    expect(params).toMatchObject({
      type: 'one_time',
      recurringInterval: null,
      recurringIntervalCount: null,
      unitAmount: 4999,
    });
  });

  it('passes the currency as sent (the library lower-cases it)', () => {
    expect(stripePriceParams(WS, priceExample({ currency: 'EUR' }), at).currency).toBe('EUR');
  });

  it('takes the product id from an id, a Product or a DeletedProduct', () => {
    const product = productExample({ id: 'prod_PsdbExpanded01' });
    const deleted: Stripe.DeletedProduct = { id: 'prod_PsdbDeleted01', object: 'product', deleted: true };
    expect(stripePriceParams(WS, priceExample({ product: 'prod_PsdbAsId0001' }), at).productExternalId).toBe(
      'prod_PsdbAsId0001',
    );
    expect(stripePriceParams(WS, priceExample({ product }), at).productExternalId).toBe('prod_PsdbExpanded01');
    expect(stripePriceParams(WS, priceExample({ product: deleted }), at).productExternalId).toBe('prod_PsdbDeleted01');
  });

  it('takes a whole unit_amount_decimal when unit_amount is null (Decimal or string)', () => {
    const decimal = priceExample({ unit_amount: null, unit_amount_decimal: Stripe.Decimal.from('2000.000000000000') });
    expect(stripePriceParams(WS, decimal, at).unitAmount).toBe(2000);
    const payload = { ...asPayload(priceExample()), unit_amount: null, unit_amount_decimal: '2000.000000000000' };
    expect(mapStripeObject(WS, payload, at)).toMatchObject({ action: 'upsert', params: { unitAmount: 2000 } });
    const plain = { ...asPayload(priceExample()), unit_amount: null, unit_amount_decimal: '150' };
    expect(mapStripeObject(WS, plain, at)).toMatchObject({ params: { unitAmount: 150 } });
  });

  it('refuses a fractional unit_amount_decimal (reported, not rounded)', () => {
    const decimal = priceExample({ unit_amount: null, unit_amount_decimal: Stripe.Decimal.from('0.5') });
    const error = mappingError(() => stripePriceParams(WS, decimal, at));
    expect(error.objectId).toBe('price_PsdbMonthly0001');
    expect(error.code).toBe('PROVIDER_MAPPING');
    expect(error.message).toMatch(/fractional/);
    const payload = { ...asPayload(priceExample()), unit_amount: null, unit_amount_decimal: '2000.5' };
    expect(mappingError(() => mapStripeObject(WS, payload, at)).message).toMatch(/"2000\.5" is a fractional/);
  });

  it('refuses a tiered price, which has no unit amount', () => {
    const tiered = priceExample({
      billing_scheme: 'tiered',
      tiers_mode: 'graduated',
      unit_amount: null,
      unit_amount_decimal: null,
      tiers: [
        { flat_amount: null, flat_amount_decimal: null, unit_amount: 1000, unit_amount_decimal: null, up_to: 10 },
        { flat_amount: null, flat_amount_decimal: null, unit_amount: 800, unit_amount_decimal: null, up_to: null },
      ],
    });
    expect(mappingError(() => stripePriceParams(WS, tiered, at)).message).toMatch(/tiered/);
  });

  it('refuses a customer-chosen amount (custom_unit_amount)', () => {
    const custom = priceExample({
      type: 'one_time',
      recurring: null,
      unit_amount: null,
      unit_amount_decimal: null,
      custom_unit_amount: { maximum: null, minimum: 500, preset: 1000 },
    });
    expect(mappingError(() => stripePriceParams(WS, custom, at)).message).toMatch(/custom_unit_amount/);
  });

  it('refuses an amount beyond Number.MAX_SAFE_INTEGER', () => {
    const huge = priceExample({ unit_amount: null, unit_amount_decimal: Stripe.Decimal.from('9007199254740992') });
    expect(mappingError(() => stripePriceParams(WS, huge, at)).message).toMatch(/MAX_SAFE_INTEGER/);
    const max = priceExample({ unit_amount: null, unit_amount_decimal: Stripe.Decimal.from('9007199254740991') });
    expect(stripePriceParams(WS, max, at).unitAmount).toBe(Number.MAX_SAFE_INTEGER);
    expect(mappingError(() => stripePriceParams(WS, priceExample({ unit_amount: 2 ** 53 }), at)).message).toMatch(
      /MAX_SAFE_INTEGER/,
    );
  });

  it('refuses an interval count outside what the library stores', () => {
    const threeYearsOfDays = priceExample({
      recurring: {
        interval: 'day',
        interval_count: 1095,
        meter: null,
        trial_period_days: null,
        usage_type: 'licensed',
      },
    });
    expect(mappingError(() => stripePriceParams(WS, threeYearsOfDays, at)).message).toMatch(/1\.\.1000/);
  });
});

describe('stripeSubscriptionParams', () => {
  it('maps customer, status, the first item, the period and the flags', () => {
    const subscription = subscriptionExample(undefined, {
      cancel_at_period_end: true,
      canceled_at: JAN_1 + 3600,
      trial_end: JAN_1 - 86400,
    });
    expect(stripeSubscriptionParams(WS, subscription, at)).toEqual({
      workspaceId: WS,
      paymentProvider: 'stripe',
      externalId: 'sub_PsdbJenny0001',
      providerUpdatedAt: at,
      customerExternalId: 'cus_PsdbJenny0001',
      priceExternalId: 'price_PsdbMonthly0001',
      status: 'active',
      quantity: 1,
      currentPeriodStart: seconds(JAN_1),
      currentPeriodEnd: seconds(FEB_1),
      cancelAtPeriodEnd: true,
      canceledAt: seconds(JAN_1 + 3600),
      trialEnd: seconds(JAN_1 - 86400),
      metadata: { seats_source: 'hr' },
      providerData: subscription,
    });
  });

  it('keeps null canceled_at and trial_end null', () => {
    const params = stripeSubscriptionParams(WS, subscriptionExample(), at);
    expect(params.canceledAt).toBeNull();
    expect(params.trialEnd).toBeNull();
    expect(params.cancelAtPeriodEnd).toBe(false);
  });

  it('takes the customer id from an id, a Customer or a DeletedCustomer', () => {
    const expanded = customerExample({ id: 'cus_PsdbExpanded01' });
    const deleted: Stripe.DeletedCustomer = { id: 'cus_PsdbDeleted01', object: 'customer', deleted: true };
    const of = (customer: Stripe.Subscription['customer']) =>
      stripeSubscriptionParams(WS, subscriptionExample(undefined, { customer }), at).customerExternalId;
    expect(of('cus_PsdbAsId0001')).toBe('cus_PsdbAsId0001');
    expect(of(expanded)).toBe('cus_PsdbExpanded01');
    expect(of(deleted)).toBe('cus_PsdbDeleted01');
  });

  it('stores the first of several items (price and quantity) and keeps all items in providerData', () => {
    const seats = priceExample({ id: 'price_PsdbSeats0001', unit_amount: 500 });
    const subscription = subscriptionExample([
      itemExample('si_PsdbFirst0001', priceExample(), { quantity: 3 }),
      itemExample('si_PsdbSecond001', seats, { quantity: 10 }),
    ]);
    const params = stripeSubscriptionParams(WS, subscription, at);
    expect(params.priceExternalId).toBe('price_PsdbMonthly0001');
    expect(params.quantity).toBe(3);
    const data = params.providerData as { items: { data: { id: string }[] } };
    expect(data.items.data.map((item) => item.id)).toEqual(['si_PsdbFirst0001', 'si_PsdbSecond001']);
  });

  it('defaults an absent or null quantity to 1', () => {
    const { quantity: _, ...metered } = itemExample('si_PsdbMetered01', priceExample());
    expect(stripeSubscriptionParams(WS, subscriptionExample([metered]), at).quantity).toBe(1);
    const payload = asPayload(subscriptionExample());
    (payload.items as { data: Record<string, unknown>[] }).data[0].quantity = null;
    expect(mapStripeObject(WS, payload, at)).toMatchObject({ params: { quantity: 1 } });
  });

  it('reads the period from the subscription itself for older API versions (and a plan-only item)', () => {
    // A 2020-era payload: the period on the subscription, an item with a plan and no price, no period.
    const legacy = {
      id: 'sub_PsdbLegacy0001',
      object: 'subscription',
      customer: 'cus_PsdbJenny0001',
      status: 'past_due',
      cancel_at_period_end: false,
      canceled_at: null,
      trial_end: null,
      current_period_start: JAN_1,
      current_period_end: FEB_1,
      metadata: {},
      items: {
        object: 'list',
        data: [
          { id: 'si_PsdbLegacy0001', object: 'subscription_item', plan: asPayload(planExample('plan_PsdbGold01')) },
        ],
        has_more: false,
      },
    };
    expect(mapStripeObject(WS, legacy, at)).toEqual({
      entityType: 'subscription',
      action: 'upsert',
      params: expect.objectContaining({
        priceExternalId: 'plan_PsdbGold01',
        quantity: 1,
        status: 'past_due',
        currentPeriodStart: seconds(JAN_1),
        currentPeriodEnd: seconds(FEB_1),
        providerData: legacy,
      }),
    });
    // The same, through the typed function: the v23 type lacks these fields, the object has them.
    const typed: Stripe.Subscription & { current_period_start: number; current_period_end: number } = {
      ...subscriptionExample([{ ...itemExample('si_PsdbFirst0001', priceExample()) }]),
      current_period_start: JAN_1 + 10,
      current_period_end: FEB_1 + 10,
    };
    const items = typed.items.data as Partial<Stripe.SubscriptionItem>[];
    delete items[0].current_period_start;
    delete items[0].current_period_end;
    expect(stripeSubscriptionParams(WS, typed, at)).toMatchObject({
      currentPeriodStart: seconds(JAN_1 + 10),
      currentPeriodEnd: seconds(FEB_1 + 10),
    });
  });

  it("prefers the first item's period when the item has one", () => {
    const typed: Stripe.Subscription & { current_period_start: number; current_period_end: number } = {
      ...subscriptionExample(),
      current_period_start: 1,
      current_period_end: 2,
    };
    expect(stripeSubscriptionParams(WS, typed, at)).toMatchObject({
      currentPeriodStart: seconds(JAN_1),
      currentPeriodEnd: seconds(FEB_1),
    });
  });

  it('maps an absent period to null', () => {
    const payload = asPayload(subscriptionExample());
    const item = (payload.items as { data: Record<string, unknown>[] }).data[0];
    delete item.current_period_start;
    delete item.current_period_end;
    expect(mapStripeObject(WS, payload, at)).toMatchObject({
      params: { currentPeriodStart: null, currentPeriodEnd: null },
    });
  });

  it('refuses a period that ends before it starts (the CHECK would)', () => {
    const backwards = subscriptionExample([
      itemExample('si_PsdbFirst0001', priceExample(), { current_period_start: FEB_1, current_period_end: JAN_1 }),
    ]);
    const error = mappingError(() => stripeSubscriptionParams(WS, backwards, at));
    expect(error.objectId).toBe('sub_PsdbJenny0001');
    expect(error.message).toMatch(/current_period_end .* is before current_period_start/);
  });

  it('refuses a subscription without any item', () => {
    const error = mappingError(() => stripeSubscriptionParams(WS, subscriptionExample([]), at));
    expect(error.message).toMatch(/without any item/);
  });

  it("keeps every status of Stripe's vocabulary as sent, and refuses an unknown one", () => {
    for (const status of ['trialing', 'canceled', 'incomplete_expired', 'paused', 'unpaid'] as const) {
      expect(stripeSubscriptionParams(WS, subscriptionExample(undefined, { status }), at).status).toBe(status);
    }
    expect(
      mappingError(() => stripeSubscriptionParams(WS, subscriptionExample(undefined, { status: 'dormant' }), at))
        .message,
    ).toMatch(/"dormant"/);
  });
});

describe('the mapping module', () => {
  it('imports the SDK for its types only (it never loads stripe at run time)', () => {
    const source = readFileSync(new URL('../src/providers/stripe/mapping.ts', import.meta.url), 'utf8');
    const fromStripe = [...source.matchAll(/^import\s+([^;]*?)\s+from\s+'stripe(?:\/[^']*)?';/gm)].map((m) => m[1]);
    expect(fromStripe).toEqual(['type Stripe']);
    // What TypeScript emits for the module loads nothing of the SDK.
    const emitted = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    expect(emitted).toMatch(/from '\.\.\/\.\.\/index\.js'/);
    expect(emitted).not.toMatch(/(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]stripe(?:\/[^'"]*)?['"]/);
  });
});

describe('stripeDeleteParams, stripeEntityType and mapStripeObject', () => {
  it('builds delete params', () => {
    expect(stripeDeleteParams(WS, 'prod_PsdbShirt0001', at)).toEqual({
      workspaceId: WS,
      paymentProvider: 'stripe',
      externalId: 'prod_PsdbShirt0001',
      providerUpdatedAt: at,
    });
  });

  it('names the entity type by the object field', () => {
    expect(stripeEntityType(customerExample())).toBe('customer');
    expect(stripeEntityType(productExample())).toBe('product');
    expect(stripeEntityType(priceExample())).toBe('price');
    expect(stripeEntityType(subscriptionExample())).toBe('subscription');
    for (const object of ['invoice', 'plan', 'subscription_item', 'event', undefined, 42]) {
      expect(stripeEntityType({ object })).toBeNull();
    }
    expect(stripeEntityType({})).toBeNull();
  });

  it('maps each live kind to an upsert', () => {
    expect(mapStripeObject(WS, customerExample(), at)).toEqual({
      entityType: 'customer',
      action: 'upsert',
      params: stripeCustomerParams(WS, customerExample(), at),
    });
    expect(mapStripeObject(WS, productExample(), at)).toMatchObject({ entityType: 'product', action: 'upsert' });
    expect(mapStripeObject(WS, priceExample(), at)).toMatchObject({ entityType: 'price', action: 'upsert' });
    expect(mapStripeObject(WS, subscriptionExample(), at)).toMatchObject({
      entityType: 'subscription',
      action: 'upsert',
    });
  });

  it('maps the deleted forms to deletes', () => {
    const deleted: [Stripe.DeletedCustomer | Stripe.DeletedProduct | Stripe.DeletedPrice, string][] = [
      [{ id: 'cus_PsdbGone0001', object: 'customer', deleted: true }, 'customer'],
      [{ id: 'prod_PsdbGone0001', object: 'product', deleted: true }, 'product'],
      [{ id: 'price_PsdbGone0001', object: 'price', deleted: true }, 'price'],
    ];
    for (const [object, entityType] of deleted) {
      expect(mapStripeObject(WS, object, at)).toEqual({
        entityType,
        action: 'delete',
        params: { workspaceId: WS, paymentProvider: 'stripe', externalId: object.id, providerUpdatedAt: at },
      });
    }
    const deletedSubscription = { id: 'sub_PsdbGone0001', object: 'subscription', deleted: true };
    expect(mapStripeObject(WS, deletedSubscription, at)).toMatchObject({
      entityType: 'subscription',
      action: 'delete',
    });
  });

  it('returns null for other kinds of object', () => {
    expect(mapStripeObject(WS, { id: 'in_PsdbInvoice001', object: 'invoice', customer: 'cus_X' }, at)).toBeNull();
    expect(mapStripeObject(WS, asPayload(planExample('plan_PsdbGold01')), at)).toBeNull();
    expect(mapStripeObject(WS, { id: 'si_PsdbFirst0001', object: 'subscription_item' }, at)).toBeNull();
    expect(mapStripeObject(WS, { id: 'x' }, at)).toBeNull();
  });

  it('refuses an object of our kinds without an id', () => {
    expect(mappingError(() => mapStripeObject(WS, { object: 'customer' }, at)).message).toMatch(/without an id/);
  });

  it('keeps unknown future fields in providerData', () => {
    const customer = { ...asPayload(customerExample()), loyalty_tier: { level: 3, since: JAN_1 }, nickname: 'JR' };
    const mapped = mapStripeObject(WS, customer, at);
    expect(mapped?.action).toBe('upsert');
    expect(mapped?.params).toMatchObject({
      email: 'jenny.rosen@example.com',
      providerData: { loyalty_tier: { level: 3, since: JAN_1 }, nickname: 'JR' },
    });
  });

  it('writes {} for absent or null metadata', () => {
    const { metadata: _, ...withoutMetadata } = asPayload(productExample());
    expect(mapStripeObject(WS, withoutMetadata, at)).toMatchObject({ params: { metadata: {} } });
    expect(mapStripeObject(WS, { ...withoutMetadata, metadata: null }, at)).toMatchObject({ params: { metadata: {} } });
  });
});

// ---------------------------------------------------------------------------
// Database round trip: the mapped params go through the real functions.
// ---------------------------------------------------------------------------

describe('the mapped params, written', () => {
  const db = useDatabase();

  type Written = { outcome: string; row: { id: string } };
  async function apply(mapped: Mapped | null): Promise<Written> {
    if (!mapped) throw new Error('not one of the four kinds');
    switch (mapped.entityType) {
      case 'customer':
        return mapped.action === 'upsert'
          ? customers.createCustomerWithSync(db.pool, mapped.params)
          : customers.deleteCustomerWithSync(db.pool, mapped.params);
      case 'product':
        return mapped.action === 'upsert'
          ? products.createProductWithSync(db.pool, mapped.params)
          : products.deleteProductWithSync(db.pool, mapped.params);
      case 'price':
        return mapped.action === 'upsert'
          ? prices.createPriceWithSync(db.pool, mapped.params)
          : prices.deletePriceWithSync(db.pool, mapped.params);
      case 'subscription':
        return mapped.action === 'upsert'
          ? subscriptions.createSubscriptionWithSync(db.pool, mapped.params)
          : subscriptions.deleteSubscriptionWithSync(db.pool, mapped.params);
    }
  }

  it('stores a consistent set: customer, product, prices, and a subscription naming them by Stripe id', async () => {
    const ws = (await insertWorkspace(db.pool)).id;
    const customer = customerExample();
    const product = productExample();
    const monthly = priceExample();
    // A webhook-style payload: unit_amount null, the amount as a whole decimal string.
    const seats = {
      ...asPayload(priceExample({ id: 'price_PsdbSeats0001' })),
      unit_amount: null,
      unit_amount_decimal: '1500.000000000000',
      currency: 'USD',
    };
    const subscription = subscriptionExample(
      [
        itemExample('si_PsdbFirst0001', monthly, { quantity: 2 }),
        itemExample('si_PsdbSecond001', priceExample({ id: 'price_PsdbSeats0001' }), { quantity: 7 }),
      ],
      { customer, cancel_at_period_end: true, trial_end: JAN_1 },
    );

    const c = await apply(mapStripeObject(ws, customer, at));
    const p = await apply(mapStripeObject(ws, product, at));
    const m = await apply(mapStripeObject(ws, monthly, at));
    const s7 = await apply(mapStripeObject(ws, seats, at));
    const s = await apply(mapStripeObject(ws, subscription, at));
    expect([c, p, m, s7, s].map((w) => w.outcome)).toEqual(['created', 'created', 'created', 'created', 'created']);

    const storedCustomer = await customers.getCustomer(db.pool, { workspaceId: ws, id: c.row.id });
    expect(storedCustomer).toMatchObject({
      externalId: 'cus_PsdbJenny0001',
      paymentProvider: 'stripe',
      paymentSyncStatus: 'synced',
      email: 'jenny.rosen@example.com',
      name: 'Jenny Rosen',
      metadata: { crm_id: 'crm-42' },
      providerUpdatedAt: at,
      providerData: asPayload(customer),
    });
    expect(await products.getProduct(db.pool, { workspaceId: ws, id: p.row.id })).toMatchObject({
      externalId: 'prod_PsdbShirt0001',
      name: 'T-shirt',
      description: 'Comfortable gray cotton t-shirt',
      active: true,
    });
    expect(await prices.getPrice(db.pool, { workspaceId: ws, id: m.row.id })).toMatchObject({
      productId: p.row.id,
      currency: 'usd',
      unitAmount: 2000,
      type: 'recurring',
      recurringInterval: 'month',
      recurringIntervalCount: 1,
      // The SDK's Decimal is stored as its JSON string.
      providerData: expect.objectContaining({ unit_amount_decimal: '2000' }),
    });
    expect(await prices.getPrice(db.pool, { workspaceId: ws, id: s7.row.id })).toMatchObject({
      productId: p.row.id,
      currency: 'usd',
      unitAmount: 1500,
    });
    const storedSubscription = await subscriptions.getSubscription(db.pool, { workspaceId: ws, id: s.row.id });
    expect(storedSubscription).toMatchObject({
      externalId: 'sub_PsdbJenny0001',
      customerId: c.row.id,
      priceId: m.row.id,
      status: 'active',
      quantity: 2,
      currentPeriodStart: seconds(JAN_1),
      currentPeriodEnd: seconds(FEB_1),
      cancelAtPeriodEnd: true,
      canceledAt: null,
      trialEnd: seconds(JAN_1),
      metadata: { seats_source: 'hr' },
    });
    const data = storedSubscription?.providerData as { items: { data: { id: string; quantity: number }[] } };
    expect(data.items.data.map((item) => [item.id, item.quantity])).toEqual([
      ['si_PsdbFirst0001', 2],
      ['si_PsdbSecond001', 7],
    ]);

    // A replay of the same snapshot writes nothing; a deleted form is a tombstone.
    expect((await apply(mapStripeObject(ws, subscription, at))).outcome).toBe('unchanged');
    const later = new Date(at.getTime() + 60_000);
    const gone = await apply(
      mapStripeObject(ws, { id: 'cus_PsdbJenny0001', object: 'customer', deleted: true }, later),
    );
    expect(gone.outcome).toBe('deleted');
    expect(gone.row.id).toBe(c.row.id);
    expect(await customers.getCustomer(db.pool, { workspaceId: ws, id: c.row.id })).toBeNull();
  });
});
