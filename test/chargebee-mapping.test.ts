// The Chargebee mapping (src/providers/chargebee/mapping.ts): pure functions
// from the official SDK's types to the library's write params. The example
// resources are the project's own, shaped like Chargebee's documented JSON
// (product catalog 2.0): typed ones (the SDK's own interfaces, every required
// field present) and plain JSON ones (as an event's content or a list entry
// carries them, with fields the SDK does not declare). One database round trip
// at the end proves the mapped params are accepted by the real functions,
// including a `future` subscription (migration 0010).
import { readFileSync } from 'node:fs';
import type { Customer, Item, ItemPrice, Subscription } from 'chargebee';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { Mapped, UpsertParams } from '../src/providers/adapter.js';
import {
  CHARGEBEE,
  CHARGEBEE_ENTITY,
  chargebeeCustomerParams,
  chargebeeDeleteParams,
  chargebeeItemParams,
  chargebeeItemPriceParams,
  chargebeeResourceTime,
  chargebeeSubscriptionParams,
  mapChargebeeResource,
  type ChargebeeResource,
} from '../src/providers/chargebee/mapping.js';
import { customers, prices, products, ProviderMappingError, subscriptions } from '../src/index.js';
import type { EntityType, PriceType, SubscriptionStatus } from '../src/vocabulary.js';
import { useDatabase } from './support/database.js';
import { insertWorkspace } from './support/factories.js';

const WS = '7f3c2a1e-5b4d-4c6e-8f90-1a2b3c4d5e6f';
const at = new Date('2026-01-15T12:00:00.000Z');
/** 2026-01-01T00:00:00Z and 2026-02-01T00:00:00Z, in unix seconds. */
const JAN_1 = 1767225600;
const FEB_1 = 1769904000;
const seconds = (s: number) => new Date(s * 1000);

// ---------------------------------------------------------------------------
// Example resources (typed: the SDK's own interfaces, every required field present)
// ---------------------------------------------------------------------------

function customerExample(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'AzZlGJTPsdbJenny01',
    first_name: 'Jenny',
    last_name: 'Rosen',
    email: 'jenny.rosen@example.com',
    company: 'Rosen Labs',
    auto_collection: 'on',
    net_term_days: 0,
    allow_direct_debit: false,
    created_at: 1767000000,
    taxability: 'taxable',
    updated_at: 1767000000,
    resource_version: 1767000000123,
    locale: 'en',
    pii_cleared: 'active',
    channel: 'web',
    card_status: 'no_card',
    preferred_currency_code: 'USD',
    promotional_credits: 0,
    unbilled_charges: 0,
    refundable_credits: 0,
    excess_payments: 0,
    meta_data: { crm_id: 'crm-42' },
    deleted: false,
    ...overrides,
  };
}

function itemExample(overrides: Partial<Item> = {}): Item {
  return {
    id: 'psdb-scale',
    name: 'psdb-scale-internal',
    external_name: 'Scale',
    description: 'The Scale plan: unlimited projects',
    status: 'active',
    resource_version: 1767000000456,
    updated_at: 1767000000,
    item_family_id: 'psdb-family',
    type: 'plan',
    is_shippable: false,
    is_giftable: false,
    enabled_for_checkout: true,
    enabled_in_portal: true,
    item_applicability: 'all',
    metered: false,
    channel: 'web',
    metadata: { tier: 'scale' },
    deleted: false,
    ...overrides,
  };
}

function itemPriceExample(overrides: Partial<ItemPrice> = {}): ItemPrice {
  return {
    id: 'psdb-scale-USD-monthly',
    name: 'Scale USD Monthly',
    item_family_id: 'psdb-family',
    item_id: 'psdb-scale',
    status: 'active',
    external_name: 'Scale USD Monthly',
    pricing_model: 'per_unit',
    price: 2000,
    period: 1,
    period_unit: 'month',
    currency_code: 'USD',
    free_quantity: 0,
    channel: 'web',
    resource_version: 1767000000789,
    updated_at: 1767000000,
    created_at: 1767000000,
    is_taxable: true,
    item_type: 'plan',
    show_description_in_invoices: false,
    show_description_in_quotes: false,
    metadata: { region: 'us' },
    deleted: false,
    ...overrides,
  };
}

function subscriptionItemExample(
  item_price_id: string,
  item_type: Subscription.SubscriptionItem['item_type'],
  overrides: Partial<Subscription.SubscriptionItem> = {},
): Subscription.SubscriptionItem {
  return {
    item_price_id,
    item_type,
    quantity: 1,
    unit_price: 2000,
    amount: 2000,
    free_quantity: 0,
    ...overrides,
  };
}

function subscriptionExample(
  items: Subscription.SubscriptionItem[] = [subscriptionItemExample('psdb-scale-USD-monthly', 'plan')],
  overrides: Partial<Subscription> = {},
): Subscription {
  return {
    id: 'AzZlGJTPsdbSub0001',
    billing_period: 1,
    billing_period_unit: 'month',
    customer_id: 'AzZlGJTPsdbJenny01',
    status: 'active',
    current_term_start: JAN_1,
    current_term_end: FEB_1,
    next_billing_at: FEB_1,
    created_at: JAN_1,
    started_at: JAN_1,
    activated_at: JAN_1,
    created_from_ip: '203.0.113.7',
    updated_at: JAN_1,
    resource_version: JAN_1 * 1000 + 321,
    has_scheduled_advance_invoices: false,
    has_scheduled_changes: false,
    channel: 'web',
    currency_code: 'USD',
    subscription_items: items,
    due_invoices_count: 0,
    mrr: 2000,
    meta_data: { seats_source: 'hr' },
    deleted: false,
    decommissioned: false,
    ...overrides,
  };
}

/** A Chargebee resource as parsed JSON (an event's content, a list entry's value). */
type Payload = Record<string, unknown>;

/** A JSON round trip: the resource as an event or a list response carries it. */
function asPayload<T>(resource: T): Payload {
  return JSON.parse(JSON.stringify(resource)) as Payload;
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
function _compileTimeChecks(customer: Customer, item: Item, itemPrice: ItemPrice, subscription: Subscription) {
  // @ts-expect-error an Item is not a Customer
  chargebeeCustomerParams(WS, item, at);
  // @ts-expect-error a Customer is not an Item
  chargebeeItemParams(WS, customer, at);
  // @ts-expect-error a Customer is not a Subscription
  chargebeeSubscriptionParams(WS, customer, at);
  // @ts-expect-error a Subscription is not an ItemPrice
  chargebeeItemPriceParams(WS, subscription, at);
  // @ts-expect-error price is a number of minor units, not a string
  chargebeeItemPriceParams(WS, { ...itemPrice, price: '2000' }, at);
  // @ts-expect-error status is Chargebee's vocabulary
  chargebeeSubscriptionParams(WS, { ...subscription, status: 'dormant' }, at);
  // @ts-expect-error providerUpdatedAt is a Date
  chargebeeItemParams(WS, item, '2026-01-15');
  // @ts-expect-error a product's params are not a price's (no currency, type, unitAmount)
  const _wrongTarget: UpsertParams['price'] = chargebeeItemParams(WS, item, at);
  // @ts-expect-error the status is the library's vocabulary, wider than one literal
  const _tooNarrow: 'active' = chargebeeSubscriptionParams(WS, subscription, at).status;
  // @ts-expect-error an invoice is not one of the four resource kinds
  mapChargebeeResource(WS, 'invoice', customer, at);
  // @ts-expect-error there is no `plan` resource in product catalog 2.0 (an item of type plan)
  const _noPlan: EntityType = CHARGEBEE_ENTITY.plan;
  // @ts-expect-error the resource time is read from a resource, not a bare number
  chargebeeResourceTime(1767000000123);
  // The outputs are the library's vocabularies, not any string.
  const _status: SubscriptionStatus = chargebeeSubscriptionParams(WS, subscription, at).status;
  const _type: PriceType = chargebeeItemPriceParams(WS, itemPrice, at).type;
  const _entity: EntityType = CHARGEBEE_ENTITY.item_price;
  const _kind: ChargebeeResource = 'item_price';
  // The SDK's interfaces are resources as mapChargebeeResource takes them, and carry a time.
  const _mapped: Mapped = mapChargebeeResource(WS, 'customer', customer, at, false);
  const _time: Date | null = chargebeeResourceTime(subscription);
}

// ---------------------------------------------------------------------------
// Pure mapping
// ---------------------------------------------------------------------------

describe('chargebeeCustomerParams', () => {
  it('maps email, the joined name, meta_data and keeps the whole resource', () => {
    const customer = customerExample();
    expect(chargebeeCustomerParams(WS, customer, at)).toEqual({
      workspaceId: WS,
      paymentProvider: 'chargebee',
      externalId: 'AzZlGJTPsdbJenny01',
      providerUpdatedAt: at,
      email: 'jenny.rosen@example.com',
      name: 'Jenny Rosen',
      metadata: { crm_id: 'crm-42' },
      providerData: customer,
    });
    expect(CHARGEBEE).toBe('chargebee');
  });

  it('takes either name alone, else the company, else null', () => {
    const name = (overrides: Partial<Customer>) => chargebeeCustomerParams(WS, customerExample(overrides), at).name;
    expect(name({ last_name: undefined })).toBe('Jenny');
    expect(name({ first_name: undefined })).toBe('Rosen');
    expect(name({ first_name: ' Jenny ', last_name: ' Rosen ' })).toBe('Jenny Rosen');
    expect(name({ first_name: undefined, last_name: undefined })).toBe('Rosen Labs');
    expect(name({ first_name: '', last_name: '  ' })).toBe('Rosen Labs');
    expect(name({ first_name: undefined, last_name: undefined, company: undefined })).toBeNull();
  });

  it('maps an absent email to null', () => {
    const { email: _, ...withoutEmail } = customerExample();
    expect(chargebeeCustomerParams(WS, withoutEmail, at).email).toBeNull();
  });

  it('writes {} when meta_data is absent or not an object (it stays in providerData)', () => {
    const { meta_data: _, ...withoutMetadata } = customerExample();
    expect(chargebeeCustomerParams(WS, withoutMetadata, at).metadata).toEqual({});
    for (const meta_data of [null, ['a', 'b'], 'crm-42', 42]) {
      const params = chargebeeCustomerParams(WS, customerExample({ meta_data }), at);
      expect(params.metadata).toEqual({});
      expect(params.providerData).toMatchObject({ meta_data });
    }
  });

  it('does not set paymentSyncStatus (the default applies)', () => {
    expect(chargebeeCustomerParams(WS, customerExample(), at)).not.toHaveProperty('paymentSyncStatus');
  });

  it('refuses a resource Chargebee marks deleted (a delete, not a snapshot)', () => {
    const error = mappingError(() => chargebeeCustomerParams(WS, customerExample({ deleted: true }), at));
    expect(error.objectId).toBe('AzZlGJTPsdbJenny01');
    expect(error.message).toMatch(/a deleted customer is a delete/);
  });
});

describe('chargebeeItemParams', () => {
  it('maps a plan item: external_name, description, active, metadata; the type stays in providerData', () => {
    const item = itemExample();
    expect(chargebeeItemParams(WS, item, at)).toEqual({
      workspaceId: WS,
      paymentProvider: 'chargebee',
      externalId: 'psdb-scale',
      providerUpdatedAt: at,
      name: 'Scale',
      description: 'The Scale plan: unlimited projects',
      active: true,
      metadata: { tier: 'scale' },
      providerData: item,
    });
  });

  it('falls back to the internal name when external_name is absent or blank', () => {
    const { external_name: _, ...withoutExternal } = itemExample();
    expect(chargebeeItemParams(WS, withoutExternal, at).name).toBe('psdb-scale-internal');
    expect(chargebeeItemParams(WS, itemExample({ external_name: ' ' }), at).name).toBe('psdb-scale-internal');
  });

  it('maps addon and charge items alike, keeping their type in providerData', () => {
    for (const type of ['addon', 'charge'] as const) {
      const params = chargebeeItemParams(WS, itemExample({ id: `psdb-${type}`, type }), at);
      expect(params).toMatchObject({ externalId: `psdb-${type}`, name: 'Scale', providerData: { type } });
    }
  });

  it('is active only when its status is active (archived, deleted, absent: not)', () => {
    expect(chargebeeItemParams(WS, itemExample({ status: 'archived', archived_at: JAN_1 }), at).active).toBe(false);
    expect(chargebeeItemParams(WS, itemExample({ status: 'deleted' }), at).active).toBe(false);
    expect(chargebeeItemParams(WS, itemExample({ status: undefined }), at).active).toBe(false);
  });

  it('maps an absent description and metadata to null and {}', () => {
    const { description: _d, metadata: _m, ...bare } = itemExample();
    expect(chargebeeItemParams(WS, bare, at)).toMatchObject({ description: null, metadata: {} });
  });
});

describe('chargebeeItemPriceParams', () => {
  it('maps a recurring per_unit plan price', () => {
    const itemPrice = itemPriceExample();
    expect(chargebeeItemPriceParams(WS, itemPrice, at)).toEqual({
      workspaceId: WS,
      paymentProvider: 'chargebee',
      externalId: 'psdb-scale-USD-monthly',
      providerUpdatedAt: at,
      // As sent (upper case): the library lower-cases it.
      currency: 'USD',
      active: true,
      productExternalId: 'psdb-scale',
      type: 'recurring',
      recurringInterval: 'month',
      recurringIntervalCount: 1,
      unitAmount: 2000,
      metadata: { region: 'us' },
      providerData: itemPrice,
    });
  });

  it('maps every period unit with its count, for plans and addons', () => {
    for (const [period_unit, period] of [
      ['day', 30],
      ['week', 2],
      ['month', 3],
      ['year', 1],
    ] as const) {
      for (const item_type of ['plan', 'addon'] as const) {
        expect(chargebeeItemPriceParams(WS, itemPriceExample({ period_unit, period, item_type }), at)).toMatchObject({
          type: 'recurring',
          recurringInterval: period_unit,
          recurringIntervalCount: period,
        });
      }
    }
    // item_type absent: the period decides.
    expect(chargebeeItemPriceParams(WS, itemPriceExample({ item_type: undefined }), at).type).toBe('recurring');
  });

  it('maps a charge, or an item price without a period, to one_time (neither interval nor count)', () => {
    const oneTime = { type: 'one_time', recurringInterval: null, recurringIntervalCount: null };
    const {
      period: _p,
      period_unit: _u,
      ...charge
    } = itemPriceExample({
      id: 'psdb-setup-USD',
      item_id: 'psdb-setup',
      item_type: 'charge',
      pricing_model: 'flat_fee',
      price: 4999,
    });
    expect(chargebeeItemPriceParams(WS, charge, at)).toMatchObject({ ...oneTime, unitAmount: 4999 });
    // A charge is one_time whatever period it names.
    expect(
      chargebeeItemPriceParams(WS, itemPriceExample({ item_type: 'charge', period: 1, period_unit: 'month' }), at),
    ).toMatchObject(oneTime);
    const { period: _p2, period_unit: _u2, ...noPeriod } = itemPriceExample();
    expect(chargebeeItemPriceParams(WS, noPeriod, at)).toMatchObject(oneTime);
  });

  it('refuses a period the library cannot store', () => {
    const refused = (overrides: Payload) =>
      mappingError(() => mapChargebeeResource(WS, 'item_price', { ...asPayload(itemPriceExample()), ...overrides }, at))
        .message;
    expect(refused({ period_unit: 'quarter' })).toMatch(/period_unit "quarter" is not one of day, week, month, year/);
    expect(refused({ period: 0 })).toMatch(/period 0 is outside 1\.\.1000/);
    expect(refused({ period: 1001 })).toMatch(/period 1001 is outside 1\.\.1000/);
    expect(refused({ period: 1.5 })).toMatch(/period 1\.5 is outside/);
    expect(refused({ period: '1' })).toMatch(/period "1" is outside/);
    expect(refused({ period: null })).toMatch(/period null is outside 1\.\.1000/);
    expect(refused({ period_unit: null })).toMatch(/period_unit null is not one of/);
    const { period: _, ...unitOnly } = asPayload(itemPriceExample());
    expect(mappingError(() => mapChargebeeResource(WS, 'item_price', unitOnly, at)).message).toMatch(
      /period absent is outside/,
    );
    expect(refused({ item_type: 'bundle' })).toMatch(/item_type "bundle" is not one of plan, addon, charge/);
  });

  it('takes a flat_fee price as its amount', () => {
    const flat = itemPriceExample({ pricing_model: 'flat_fee', price: 99_00 });
    expect(chargebeeItemPriceParams(WS, flat, at).unitAmount).toBe(9900);
  });

  it('refuses tiered, volume, stairstep and package prices, which have no single amount', () => {
    for (const pricing_model of ['tiered', 'volume', 'stairstep'] as const) {
      const tiered = itemPriceExample({
        pricing_model,
        price: undefined,
        tiers: [
          { starting_unit: 1, ending_unit: 10, price: 1000 },
          { starting_unit: 11, price: 800 },
        ],
      });
      const error = mappingError(() => chargebeeItemPriceParams(WS, tiered, at));
      expect(error.objectId).toBe('psdb-scale-USD-monthly');
      expect(error.message).toMatch(new RegExp(`pricing_model "${pricing_model}" has no single unit amount`));
    }
    const packaged = { ...asPayload(itemPriceExample()), pricing_model: 'package', price: 5000 };
    expect(mappingError(() => mapChargebeeResource(WS, 'item_price', packaged, at)).message).toMatch(
      /"package" has no single unit amount/,
    );
    const { pricing_model: _, ...noModel } = asPayload(itemPriceExample());
    expect(mappingError(() => mapChargebeeResource(WS, 'item_price', noModel, at)).message).toMatch(
      /pricing_model absent/,
    );
  });

  it('converts price_in_decimal (major units) exactly to minor units', () => {
    const amount = (price_in_decimal: string, currency_code = 'USD') =>
      chargebeeItemPriceParams(WS, itemPriceExample({ price: undefined, price_in_decimal, currency_code }), at)
        .unitAmount;
    expect(amount('12.50')).toBe(1250);
    expect(amount('12.5')).toBe(1250);
    expect(amount('12')).toBe(1200);
    expect(amount('0.01')).toBe(1);
    expect(amount('0')).toBe(0);
    expect(amount('12.500000')).toBe(1250);
    expect(amount('9.99', 'EUR')).toBe(999);
    // Zero-decimal currencies: the major unit is the minor unit.
    expect(amount('1500', 'JPY')).toBe(1500);
    expect(amount('1500.00', 'JPY')).toBe(1500);
    expect(amount('25000', 'krw')).toBe(25000);
    expect(amount('990', 'XOF')).toBe(990);
    // Three-decimal currencies: 1.230 KWD is 1,230 fils.
    expect(amount('1.230', 'KWD')).toBe(1230);
    expect(amount('12.5', 'BHD')).toBe(12500);
    expect(amount('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses a price_in_decimal that is no whole number of minor units (reported, not rounded)', () => {
    const refused = (price_in_decimal: string, currency_code = 'USD') =>
      mappingError(() =>
        chargebeeItemPriceParams(WS, itemPriceExample({ price: undefined, price_in_decimal, currency_code }), at),
      );
    const error = refused('12.505');
    expect(error.objectId).toBe('psdb-scale-USD-monthly');
    expect(error.code).toBe('PROVIDER_MAPPING');
    expect(error.message).toMatch(/"12\.505" is not a whole number of minor units of USD \(2 decimal places\)/);
    expect(refused('1500.5', 'JPY').message).toMatch(/of JPY \(0 decimal places\)/);
    expect(refused('1.2345', 'KWD').message).toMatch(/of KWD \(3 decimal places\)/);
    expect(refused('0.001').message).toMatch(/not a whole number of minor units/);
    for (const bad of ['12,50', '-1.00', '1e3', '.5', '12.', ' 12.50', '']) {
      expect(refused(bad).message).toMatch(/is not a non-negative decimal amount/);
    }
    expect(refused('90071992547409.92').message).toMatch(/MAX_SAFE_INTEGER/);
    const numeric = { ...asPayload(itemPriceExample()), price: null, price_in_decimal: 12.5 };
    expect(mappingError(() => mapChargebeeResource(WS, 'item_price', numeric, at)).message).toMatch(
      /price_in_decimal 12\.5 is not a non-negative decimal amount/,
    );
  });

  it('prefers a valid integer price; an invalid one gives way to price_in_decimal, else is refused', () => {
    expect(
      chargebeeItemPriceParams(WS, itemPriceExample({ price: 2000, price_in_decimal: '20.00' }), at).unitAmount,
    ).toBe(2000);
    expect(
      chargebeeItemPriceParams(WS, itemPriceExample({ price: 20.5, price_in_decimal: '0.21' }), at).unitAmount,
    ).toBe(21);
    for (const price of [-1, 20.5, 2 ** 53]) {
      expect(mappingError(() => chargebeeItemPriceParams(WS, itemPriceExample({ price }), at)).message).toMatch(
        /is not an integer from 0 to Number\.MAX_SAFE_INTEGER/,
      );
    }
    expect(
      mappingError(() => chargebeeItemPriceParams(WS, itemPriceExample({ price: undefined }), at)).message,
    ).toMatch(/neither price nor price_in_decimal/);
  });

  it('takes a zero-decimal currency price as sent (already in its minor unit)', () => {
    const yen = itemPriceExample({ id: 'psdb-scale-JPY-monthly', currency_code: 'JPY', price: 3000 });
    expect(chargebeeItemPriceParams(WS, yen, at)).toMatchObject({ currency: 'JPY', unitAmount: 3000 });
  });

  it('is active only when its status is active', () => {
    expect(chargebeeItemPriceParams(WS, itemPriceExample({ status: 'archived' }), at).active).toBe(false);
    expect(chargebeeItemPriceParams(WS, itemPriceExample({ status: 'deleted' }), at).active).toBe(false);
  });

  it('refuses an item price without its item', () => {
    const error = mappingError(() => chargebeeItemPriceParams(WS, itemPriceExample({ item_id: undefined }), at));
    expect(error.objectId).toBe('psdb-scale-USD-monthly');
    expect(error.message).toMatch(/item_id names no item/);
  });
});

describe('chargebeeSubscriptionParams', () => {
  it('maps customer, status, the plan item, the term and the dates', () => {
    const subscription = subscriptionExample(undefined, { trial_end: JAN_1 - 86400 });
    expect(chargebeeSubscriptionParams(WS, subscription, at)).toEqual({
      workspaceId: WS,
      paymentProvider: 'chargebee',
      externalId: 'AzZlGJTPsdbSub0001',
      providerUpdatedAt: at,
      customerExternalId: 'AzZlGJTPsdbJenny01',
      priceExternalId: 'psdb-scale-USD-monthly',
      status: 'active',
      quantity: 1,
      currentPeriodStart: seconds(JAN_1),
      currentPeriodEnd: seconds(FEB_1),
      cancelAtPeriodEnd: false,
      canceledAt: null,
      trialEnd: seconds(JAN_1 - 86400),
      metadata: { seats_source: 'hr' },
      providerData: subscription,
    });
  });

  it("maps every one of Chargebee's statuses to the library's vocabulary", () => {
    const cases = [
      ['future', 'future', false],
      ['in_trial', 'trialing', false],
      ['active', 'active', false],
      ['non_renewing', 'active', true],
      ['paused', 'paused', false],
      ['cancelled', 'canceled', false],
    ] as const;
    for (const [status, expected, cancelAtPeriodEnd] of cases) {
      const params = chargebeeSubscriptionParams(WS, subscriptionExample(undefined, { status }), at);
      expect(params.status, status).toBe(expected);
      expect(params.cancelAtPeriodEnd, status).toBe(cancelAtPeriodEnd);
      // The raw status stays in providerData (non_renewing is told apart from active there).
      expect(params.providerData).toMatchObject({ status });
    }
  });

  it('maps a cancelled subscription with its cancelled_at', () => {
    const cancelled = subscriptionExample(undefined, {
      status: 'cancelled',
      cancelled_at: JAN_1 + 3600,
      cancel_reason: 'not_paid',
    });
    expect(chargebeeSubscriptionParams(WS, cancelled, at)).toMatchObject({
      status: 'canceled',
      canceledAt: seconds(JAN_1 + 3600),
      cancelAtPeriodEnd: false,
    });
  });

  it('refuses a status it has no word for (transferred, an unknown one)', () => {
    const transferred = subscriptionExample(undefined, { status: 'transferred' });
    const error = mappingError(() => chargebeeSubscriptionParams(WS, transferred, at));
    expect(error.objectId).toBe('AzZlGJTPsdbSub0001');
    expect(error.message).toMatch(/status "transferred" is not one of future, in_trial, active, non_renewing/);
    const dormant = { ...asPayload(subscriptionExample()), status: 'dormant' };
    expect(mappingError(() => mapChargebeeResource(WS, 'subscription', dormant, at)).message).toMatch(/"dormant"/);
    // A key of Object.prototype is no status either.
    const proto = { ...asPayload(subscriptionExample()), status: 'constructor' };
    expect(mappingError(() => mapChargebeeResource(WS, 'subscription', proto, at)).message).toMatch(/"constructor"/);
  });

  it('stores the plan item when addons come first, and keeps every item in providerData', () => {
    const subscription = subscriptionExample([
      subscriptionItemExample('psdb-seats-USD-monthly', 'addon', { quantity: 10, unit_price: 500, amount: 5000 }),
      subscriptionItemExample('psdb-storage-USD-monthly', 'addon', { quantity: 2 }),
      subscriptionItemExample('psdb-scale-USD-monthly', 'plan', { quantity: 3 }),
      subscriptionItemExample('psdb-setup-USD', 'charge', {
        charge_once: true,
        charge_on_event: 'subscription_creation',
      }),
    ]);
    const params = chargebeeSubscriptionParams(WS, subscription, at);
    expect(params.priceExternalId).toBe('psdb-scale-USD-monthly');
    expect(params.quantity).toBe(3);
    const data = params.providerData as { subscription_items: { item_price_id: string }[] };
    expect(data.subscription_items.map((item) => item.item_price_id)).toEqual([
      'psdb-seats-USD-monthly',
      'psdb-storage-USD-monthly',
      'psdb-scale-USD-monthly',
      'psdb-setup-USD',
    ]);
  });

  it('takes the first item when none is a plan', () => {
    const subscription = subscriptionExample([
      subscriptionItemExample('psdb-seats-USD-monthly', 'addon', { quantity: 10 }),
      subscriptionItemExample('psdb-storage-USD-monthly', 'addon', { quantity: 2 }),
    ]);
    expect(chargebeeSubscriptionParams(WS, subscription, at)).toMatchObject({
      priceExternalId: 'psdb-seats-USD-monthly',
      quantity: 10,
    });
  });

  it('defaults an absent quantity to 1, reads a whole quantity_in_decimal, refuses a fractional one', () => {
    const quantity = (overrides: Partial<Subscription.SubscriptionItem>) => {
      const { quantity: _, ...item } = subscriptionItemExample('psdb-scale-USD-monthly', 'plan', overrides);
      return chargebeeSubscriptionParams(WS, subscriptionExample([item]), at).quantity;
    };
    expect(quantity({})).toBe(1);
    expect(quantity({ quantity_in_decimal: '3.000' })).toBe(3);
    expect(quantity({ quantity_in_decimal: '12' })).toBe(12);
    expect(() => quantity({ quantity_in_decimal: '2.5' })).toThrow(
      /quantity_in_decimal "2\.5" is not a whole quantity/,
    );
    const stringly = asPayload(subscriptionExample());
    (stringly.subscription_items as Payload[])[0].quantity = '3';
    expect(mappingError(() => mapChargebeeResource(WS, 'subscription', stringly, at)).message).toMatch(
      /quantity "3" is not a number/,
    );
  });

  it('refuses a subscription without any item (absent, empty, or not an item)', () => {
    const { subscription_items: _, ...withoutItems } = subscriptionExample();
    expect(mappingError(() => chargebeeSubscriptionParams(WS, withoutItems, at)).message).toMatch(/without any item/);
    expect(mappingError(() => chargebeeSubscriptionParams(WS, subscriptionExample([]), at)).message).toMatch(
      /without any item/,
    );
    // A product catalog 1.0 subscription: plan_id, no subscription_items.
    const legacy = { ...asPayload(withoutItems), plan_id: 'psdb-basic', plan_quantity: 1 };
    expect(mappingError(() => mapChargebeeResource(WS, 'subscription', legacy, at)).message).toMatch(
      /without any item/,
    );
    const garbage = { ...asPayload(subscriptionExample()), subscription_items: ['psdb-scale-USD-monthly'] };
    expect(mappingError(() => mapChargebeeResource(WS, 'subscription', garbage, at)).message).toMatch(
      /without any item/,
    );
  });

  it('refuses an item without an item_price_id', () => {
    const payload = asPayload(subscriptionExample());
    delete (payload.subscription_items as Payload[])[0].item_price_id;
    expect(mappingError(() => mapChargebeeResource(WS, 'subscription', payload, at)).message).toMatch(
      /item 0 has no item_price_id/,
    );
  });

  it('refuses a subscription without a customer', () => {
    expect(
      mappingError(() => chargebeeSubscriptionParams(WS, subscriptionExample(undefined, { customer_id: '' }), at))
        .message,
    ).toMatch(/customer_id names no customer/);
  });

  it('maps an absent term to null (a future subscription has none yet)', () => {
    const {
      current_term_start: _s,
      current_term_end: _e,
      ...future
    } = subscriptionExample(undefined, {
      status: 'future',
      start_date: FEB_1,
    });
    expect(chargebeeSubscriptionParams(WS, future, at)).toMatchObject({
      status: 'future',
      currentPeriodStart: null,
      currentPeriodEnd: null,
      canceledAt: null,
      trialEnd: null,
    });
  });

  it('refuses a term that ends before it starts (the CHECK would), and a time that is no timestamp', () => {
    const backwards = subscriptionExample(undefined, { current_term_start: FEB_1, current_term_end: JAN_1 });
    const error = mappingError(() => chargebeeSubscriptionParams(WS, backwards, at));
    expect(error.objectId).toBe('AzZlGJTPsdbSub0001');
    expect(error.message).toMatch(/current_term_end .* is before current_term_start/);
    const stringly = { ...asPayload(subscriptionExample()), trial_end: '2026-01-01' };
    expect(mappingError(() => mapChargebeeResource(WS, 'subscription', stringly, at)).message).toMatch(
      /trial_end "2026-01-01" is not a unix timestamp/,
    );
  });
});

describe('chargebeeResourceTime', () => {
  it('reads resource_version, in milliseconds (finer than a second)', () => {
    expect(chargebeeResourceTime({ resource_version: 1702000000123, updated_at: 1702000000 })).toEqual(
      new Date(1702000000123),
    );
    expect(chargebeeResourceTime(customerExample())?.toISOString()).toBe(new Date(1767000000123).toISOString());
    expect(chargebeeResourceTime(customerExample())?.getUTCMilliseconds()).toBe(123);
  });

  it('falls back to updated_at (seconds), else null', () => {
    expect(chargebeeResourceTime({ updated_at: 1702000000 })).toEqual(new Date(1702000000000));
    expect(chargebeeResourceTime(customerExample({ resource_version: undefined }))).toEqual(seconds(1767000000));
    // A resource_version that is no time is as good as absent.
    expect(chargebeeResourceTime({ resource_version: '1702000000123', updated_at: 1702000000 })).toEqual(
      new Date(1702000000000),
    );
    expect(chargebeeResourceTime({ resource_version: Number.NaN, updated_at: 1702000000 })).toEqual(
      new Date(1702000000000),
    );
    expect(chargebeeResourceTime({})).toBeNull();
    expect(chargebeeResourceTime({ resource_version: null, updated_at: null })).toBeNull();
    expect(chargebeeResourceTime({ updated_at: 1e300 })).toBeNull();
  });
});

describe('the mapping module', () => {
  const source = readFileSync(new URL('../src/providers/chargebee/mapping.ts', import.meta.url), 'utf8');

  it('imports the SDK for its types only (it never loads chargebee at run time)', () => {
    const fromChargebee = [...source.matchAll(/^import\s+([^;]*?)\s+from\s+'chargebee(?:\/[^']*)?';/gm)].map(
      (m) => m[1],
    );
    expect(fromChargebee).toEqual(['type { Customer, Item, ItemPrice, Subscription }']);
    // What TypeScript emits for the module loads nothing of the SDK.
    const emitted = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    expect(emitted).toMatch(/from '\.\.\/\.\.\/index\.js'/);
    expect(emitted).not.toMatch(/(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]chargebee(?:\/[^'"]*)?['"]/);
  });

  it('reaches the core only through its entry (../../index.js)', () => {
    const relative = [...source.matchAll(/from '(\.\.?\/[^']+)'/g)].map((m) => m[1]);
    expect(relative.sort()).toEqual(['../../index.js', '../adapter.js']);
  });
});

describe('chargebeeDeleteParams, CHARGEBEE_ENTITY and mapChargebeeResource', () => {
  it('builds delete params', () => {
    expect(chargebeeDeleteParams(WS, 'psdb-scale', at)).toEqual({
      workspaceId: WS,
      paymentProvider: 'chargebee',
      externalId: 'psdb-scale',
      providerUpdatedAt: at,
    });
  });

  it('names the entity type of each resource kind', () => {
    expect(CHARGEBEE_ENTITY).toEqual({
      customer: 'customer',
      item: 'product',
      item_price: 'price',
      subscription: 'subscription',
    });
    expect(Object.isFrozen(CHARGEBEE_ENTITY)).toBe(true);
  });

  it('maps each kind to an upsert of its entity', () => {
    expect(mapChargebeeResource(WS, 'customer', customerExample(), at)).toEqual({
      entityType: 'customer',
      action: 'upsert',
      params: chargebeeCustomerParams(WS, customerExample(), at),
    });
    expect(mapChargebeeResource(WS, 'item', itemExample(), at)).toEqual({
      entityType: 'product',
      action: 'upsert',
      params: chargebeeItemParams(WS, itemExample(), at),
    });
    expect(mapChargebeeResource(WS, 'item_price', asPayload(itemPriceExample()), at)).toEqual({
      entityType: 'price',
      action: 'upsert',
      params: chargebeeItemPriceParams(WS, itemPriceExample(), at),
    });
    expect(mapChargebeeResource(WS, 'subscription', asPayload(subscriptionExample()), at)).toEqual({
      entityType: 'subscription',
      action: 'upsert',
      params: chargebeeSubscriptionParams(WS, subscriptionExample(), at),
    });
  });

  it('maps `deleted` (a *_deleted event) and a resource marked deleted to a delete of its entity', () => {
    const resources: [ChargebeeResource, Payload, EntityType][] = [
      ['customer', asPayload(customerExample()), 'customer'],
      ['item', asPayload(itemExample()), 'product'],
      ['item_price', asPayload(itemPriceExample()), 'price'],
      ['subscription', asPayload(subscriptionExample()), 'subscription'],
    ];
    for (const [kind, resource, entityType] of resources) {
      const expected = {
        entityType,
        action: 'delete',
        params: { workspaceId: WS, paymentProvider: 'chargebee', externalId: resource.id, providerUpdatedAt: at },
      };
      expect(mapChargebeeResource(WS, kind, resource, at, true)).toEqual(expected);
      expect(mapChargebeeResource(WS, kind, { ...resource, deleted: true }, at)).toEqual(expected);
      // Even a resource the upsert would refuse is deleted by its id.
      expect(mapChargebeeResource(WS, kind, { id: resource.id }, at, true)).toEqual(expected);
      expect(mapChargebeeResource(WS, kind, resource, at, false).action).toBe('upsert');
    }
  });

  it('maps the resources of an event content and of list entries by their key', () => {
    // A subscription_created event: the subscription and its customer, each under its kind.
    const event = {
      id: 'ev_AzZlGJTPsdbEvent01',
      occurred_at: JAN_1 + 5,
      event_type: 'subscription_created',
      content: { subscription: asPayload(subscriptionExample()), customer: asPayload(customerExample()) },
    };
    const mapped = Object.entries(event.content).map(([kind, resource]) =>
      mapChargebeeResource(
        WS,
        kind as ChargebeeResource,
        resource,
        chargebeeResourceTime(resource) ?? seconds(event.occurred_at),
      ),
    );
    expect(mapped.map((m) => [m.entityType, m.params.externalId, m.params.providerUpdatedAt])).toEqual([
      ['subscription', 'AzZlGJTPsdbSub0001', new Date(JAN_1 * 1000 + 321)],
      ['customer', 'AzZlGJTPsdbJenny01', new Date(1767000000123)],
    ]);
    // A list response: { list: [{ item_price: {...} }, ...], next_offset }.
    const list = [
      { item_price: asPayload(itemPriceExample()) },
      { item_price: asPayload(itemPriceExample({ id: 'x' })) },
    ];
    const entries = list.flatMap((entry) => Object.entries(entry));
    expect(entries.map(([kind, r]) => mapChargebeeResource(WS, kind as ChargebeeResource, r, at).entityType)).toEqual([
      'price',
      'price',
    ]);
  });

  it('refuses a kind not of the four, and a resource without an id', () => {
    for (const kind of ['invoice', 'plan', 'addon', 'constructor', 'toString']) {
      const error = mappingError(() => mapChargebeeResource(WS, kind as ChargebeeResource, { id: 'inv_1' }, at));
      expect(error.objectId).toBe('inv_1');
      expect(error.message).toMatch(/is not one of customer, item, item_price, subscription/);
    }
    expect(mappingError(() => mapChargebeeResource(WS, 'customer', { first_name: 'Jenny' }, at)).message).toMatch(
      /a Chargebee customer without an id/,
    );
    expect(mappingError(() => mapChargebeeResource(WS, 'item', { id: '' }, at, true)).message).toMatch(/without an id/);
  });

  it('keeps unknown future fields in providerData', () => {
    const customer = { ...asPayload(customerExample()), loyalty_tier: { level: 3, since: JAN_1 }, nickname: 'JR' };
    const mapped = mapChargebeeResource(WS, 'customer', customer, at);
    expect(mapped.action).toBe('upsert');
    expect(mapped.params).toMatchObject({
      email: 'jenny.rosen@example.com',
      providerData: { loyalty_tier: { level: 3, since: JAN_1 }, nickname: 'JR' },
    });
    const item = { ...asPayload(itemExample()), usage_policy: 'fair', bundle_items: [{ item_id: 'a', quantity: 1 }] };
    expect(mapChargebeeResource(WS, 'item', item, at).params).toMatchObject({
      providerData: { usage_policy: 'fair', bundle_items: [{ item_id: 'a', quantity: 1 }] },
    });
  });

  it('reads metadata from meta_data or metadata, whichever is an object', () => {
    const { meta_data: _, ...customer } = asPayload(customerExample());
    expect(mapChargebeeResource(WS, 'customer', { ...customer, metadata: { a: '1' } }, at).params).toMatchObject({
      metadata: { a: '1' },
    });
    const { metadata: _m, ...item } = asPayload(itemExample());
    expect(mapChargebeeResource(WS, 'item', { ...item, metadata: null }, at).params).toMatchObject({ metadata: {} });
    expect(mapChargebeeResource(WS, 'item', { ...item, meta_data: { b: 2 } }, at).params).toMatchObject({
      metadata: { b: 2 },
    });
  });
});

// ---------------------------------------------------------------------------
// Database round trip: the mapped params go through the real functions.
// ---------------------------------------------------------------------------

describe('the mapped params, written', () => {
  const db = useDatabase();

  type Written = { outcome: string; row: { id: string } };
  async function apply(mapped: Mapped): Promise<Written> {
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

  /** Maps a resource as an event or a list carries it, at the time the resource itself states. */
  const mapped = (ws: string, kind: ChargebeeResource, resource: Payload, deleted?: boolean) =>
    mapChargebeeResource(ws, kind, resource, chargebeeResourceTime(resource) ?? at, deleted);

  it('stores a consistent set: customer, items, item prices and subscriptions naming them by Chargebee id', async () => {
    const ws = (await insertWorkspace(db.pool)).id;
    const customer = asPayload(customerExample());
    const plan = asPayload(itemExample());
    const seats = asPayload(
      itemExample({ id: 'psdb-seats', name: 'psdb-seats', external_name: 'Extra seats', type: 'addon' }),
    );
    const monthly = asPayload(itemPriceExample());
    // A multi-decimal site: no `price`, the amount in major units.
    const seatsMonthly = asPayload(
      itemPriceExample({
        id: 'psdb-seats-USD-monthly',
        item_id: 'psdb-seats',
        item_type: 'addon',
        price: undefined,
        price_in_decimal: '5.25',
      }),
    );
    // non_renewing, its addon first: stored as active, cancel at period end, the plan's price.
    const subscription = asPayload(
      subscriptionExample(
        [
          subscriptionItemExample('psdb-seats-USD-monthly', 'addon', { quantity: 7 }),
          subscriptionItemExample('psdb-scale-USD-monthly', 'plan', { quantity: 2 }),
        ],
        { status: 'non_renewing', trial_end: JAN_1 },
      ),
    );
    // Starts on February 1st: no term yet.
    const {
      current_term_start: _s,
      current_term_end: _e,
      ...future
    } = asPayload(subscriptionExample(undefined, { id: 'AzZlGJTPsdbSub0002', status: 'future', start_date: FEB_1 }));

    const c = await apply(mapped(ws, 'customer', customer));
    const p = await apply(mapped(ws, 'item', plan));
    const a = await apply(mapped(ws, 'item', seats));
    const m = await apply(mapped(ws, 'item_price', monthly));
    const sm = await apply(mapped(ws, 'item_price', seatsMonthly));
    const s = await apply(mapped(ws, 'subscription', subscription));
    const f = await apply(mapped(ws, 'subscription', future));
    expect([c, p, a, m, sm, s, f].map((w) => w.outcome)).toEqual(Array(7).fill('created'));

    expect(await customers.getCustomer(db.pool, { workspaceId: ws, id: c.row.id })).toMatchObject({
      externalId: 'AzZlGJTPsdbJenny01',
      paymentProvider: 'chargebee',
      paymentSyncStatus: 'synced',
      email: 'jenny.rosen@example.com',
      name: 'Jenny Rosen',
      metadata: { crm_id: 'crm-42' },
      // resource_version's milliseconds survive (timestamptz(3)).
      providerUpdatedAt: new Date(1767000000123),
      providerData: customer,
    });
    expect(await products.getProduct(db.pool, { workspaceId: ws, id: p.row.id })).toMatchObject({
      externalId: 'psdb-scale',
      name: 'Scale',
      description: 'The Scale plan: unlimited projects',
      active: true,
      providerData: expect.objectContaining({ type: 'plan' }),
    });
    expect(await products.getProduct(db.pool, { workspaceId: ws, id: a.row.id })).toMatchObject({
      externalId: 'psdb-seats',
      name: 'Extra seats',
      providerData: expect.objectContaining({ type: 'addon' }),
    });
    expect(await prices.getPrice(db.pool, { workspaceId: ws, id: m.row.id })).toMatchObject({
      productId: p.row.id,
      currency: 'usd',
      unitAmount: 2000,
      type: 'recurring',
      recurringInterval: 'month',
      recurringIntervalCount: 1,
      active: true,
      metadata: { region: 'us' },
    });
    expect(await prices.getPrice(db.pool, { workspaceId: ws, id: sm.row.id })).toMatchObject({
      productId: a.row.id,
      currency: 'usd',
      unitAmount: 525,
      providerData: expect.objectContaining({ price_in_decimal: '5.25' }),
    });
    const stored = await subscriptions.getSubscription(db.pool, { workspaceId: ws, id: s.row.id });
    expect(stored).toMatchObject({
      externalId: 'AzZlGJTPsdbSub0001',
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
      providerUpdatedAt: new Date(JAN_1 * 1000 + 321),
    });
    const data = stored?.providerData as { status: string; subscription_items: { item_price_id: string }[] };
    expect(data.status).toBe('non_renewing');
    expect(data.subscription_items.map((item) => item.item_price_id)).toEqual([
      'psdb-seats-USD-monthly',
      'psdb-scale-USD-monthly',
    ]);
    expect(await subscriptions.getSubscription(db.pool, { workspaceId: ws, id: f.row.id })).toMatchObject({
      externalId: 'AzZlGJTPsdbSub0002',
      customerId: c.row.id,
      priceId: m.row.id,
      status: 'future',
      currentPeriodStart: null,
      currentPeriodEnd: null,
      cancelAtPeriodEnd: false,
    });

    // A replay of the same snapshot writes nothing; a newer change (resource_version later) updates.
    expect((await apply(mapped(ws, 'subscription', subscription))).outcome).toBe('unchanged');
    const activated = {
      ...future,
      status: 'active',
      current_term_start: FEB_1,
      current_term_end: FEB_1 + 28 * 86400,
      resource_version: FEB_1 * 1000 + 1,
    };
    expect((await apply(mapped(ws, 'subscription', activated))).outcome).toBe('updated');
    expect(await subscriptions.getSubscription(db.pool, { workspaceId: ws, id: f.row.id })).toMatchObject({
      status: 'active',
      currentPeriodStart: seconds(FEB_1),
    });
    // The older `future` snapshot delivered late is stale.
    expect((await apply(mapped(ws, 'subscription', future))).outcome).toBe('stale');

    // customer_deleted: a tombstone of the same row.
    const gone = await apply(mapChargebeeResource(ws, 'customer', customer, new Date(1767000000123 + 60_000), true));
    expect(gone.outcome).toBe('deleted');
    expect(gone.row.id).toBe(c.row.id);
    expect(await customers.getCustomer(db.pool, { workspaceId: ws, id: c.row.id })).toBeNull();
  });
});
