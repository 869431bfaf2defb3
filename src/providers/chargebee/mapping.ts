// Chargebee resources (product catalog 2.0) → this library's write params: pure
// functions, no I/O. The inputs are the official SDK's own types (`chargebee`,
// imported for its types only: this module never loads the SDK), the outputs
// the params of create<Entity>WithSync / delete<Entity>WithSync, so both sides
// are checked at compile time. A resource the library cannot store as given (a
// tiered price, a fractional amount, a subscription without items, a status it
// has no word for, ...) is a ProviderMappingError naming it: reported, never
// rounded or guessed.
//
// Chargebee's resources map to the library's entities as: customer → customer,
// item (plan, addon or charge) → product, item_price → price, subscription →
// subscription (CHARGEBEE_ENTITY).
//
// A note for callers mapping webhook events: an event's `content` holds the
// resources by kind (`content.customer`, `content.item`, `content.item_price`,
// `content.subscription`, often several: a subscription event carries its
// customer too). The `customer_deleted`, `item_deleted`, `item_price_deleted`
// and `subscription_deleted` events carry the resource as it was: the event
// type is the delete signal (pass `deleted` true, or use chargebeeDeleteParams).
// `subscription_cancelled` is a cancelled subscription (status 'cancelled'), an
// upsert like any other. The provider time: chargebeeResourceTime(resource)
// (millisecond resource_version), else the event's occurred_at (seconds).
import type { Customer, Item, ItemPrice, Subscription } from 'chargebee';
import { type EntityType, ProviderMappingError, RECURRING_INTERVALS, type SubscriptionStatus } from '../../index.js';
import {
  asReceived,
  type CommonParams,
  commonParams,
  dateOf,
  type DeleteParams,
  exactUnits,
  field,
  type Json,
  type Mapped,
  ONE_TIME_SHAPE,
  type PriceShape,
  periodDates,
  recurringShape,
  refuseDeleted,
  safeNumber,
  type UpsertParams,
} from '../adapter.js';

/** The paymentProvider every Chargebee resource is written under. */
export const CHARGEBEE = 'chargebee';

/**
 * The params every upsert shares (commonParams): always 'chargebee'; the Chargebee id is the
 * external id; the time is the caller's (chargebeeResourceTime, an event's occurred_at, a list's
 * fetch time); metadata by metadataOf. The snapshot is the resource as received (an API response,
 * the SDK returns the parsed JSON, or a webhook's event content): an item's `type`, a
 * subscription's raw `status` and every one of its items among what it keeps.
 */
function common(workspaceId: string, resource: { id: string }, providerUpdatedAt: Date): CommonParams {
  return commonParams(workspaceId, CHARGEBEE, resource, providerUpdatedAt, metadataOf(resource));
}

/** A JSON object: not null, not an array. */
function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string with something in it, else undefined (an absent, null or blank field). */
function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Chargebee's metadata: `meta_data` on customers and subscriptions, `metadata` on items and item
 * prices (either is read on any resource), when it is a JSON object; else {} (the column is an
 * object, never null). Chargebee allows any JSON there: a non-object stays in providerData.
 */
function metadataOf(resource: object): Json {
  for (const key of ['meta_data', 'metadata']) {
    const value = field(resource, key);
    if (isObject(value)) return asReceived(value);
  }
  return {};
}

/**
 * What maps a delete, named when a resource Chargebee marks deleted (`deleted: true`, every
 * resource carries the flag) is passed as a snapshot (refuseDeleted: refused, so no typed call
 * stores it as a live row).
 */
const DELETE_MAPPERS = 'mapChargebeeResource or chargebeeDeleteParams';

/**
 * A Chargebee customer: email (null when absent); name = first_name and last_name joined with
 * a space (either alone when the other is absent), else company, else null.
 */
export function chargebeeCustomerParams(
  workspaceId: string,
  customer: Customer,
  providerUpdatedAt: Date,
): UpsertParams['customer'] {
  refuseDeleted(customer, 'customer', DELETE_MAPPERS);
  // Chargebee has no single name field: the person's name, else the company's. Blank parts are
  // absent ones, each part is trimmed so that the join never leaves a stray space.
  const person = [customer.first_name, customer.last_name]
    .map((part) => nonBlank(part)?.trim())
    .filter((part) => part !== undefined)
    .join(' ');
  return {
    ...common(workspaceId, customer, providerUpdatedAt),
    // `?? null`: an absent field (Chargebee omits unset ones) is stored as null, not "keep".
    email: customer.email ?? null,
    name: person !== '' ? person : (nonBlank(customer.company) ?? null),
  };
}

/**
 * A Chargebee item (a plan, an addon or a charge) as a product: the name customers see
 * (`external_name`, else the internal `name`), description (null when absent), active.
 */
export function chargebeeItemParams(workspaceId: string, item: Item, providerUpdatedAt: Date): UpsertParams['product'] {
  refuseDeleted(item, 'item', DELETE_MAPPERS);
  return {
    ...common(workspaceId, item, providerUpdatedAt),
    // external_name is the customer-facing one (invoices, checkout); a blank one counts as absent,
    // since the column refuses an empty name.
    name: nonBlank(item.external_name) ?? item.name,
    description: item.description ?? null,
    // Only `active` is active: `archived` (no new sales) and `deleted` are not. The item's
    // `type` (plan, addon, charge) has no column: it stays in providerData.
    active: item.status === 'active',
  };
}

/** Currencies without minor units (ISO 4217 exponent 0) among those Chargebee bills in; see exponentOf for the rest. */
const ZERO_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'JPY',
  'KMF',
  'KRW',
  'MGA',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);

/** Currencies with three decimal places (ISO 4217 exponent 3): 1.230 KWD is 1230 fils, not 123. */
const THREE_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

/** Digits of minor units per major unit of `currency` (Chargebee sends upper case; any case is read). */
function exponentOf(currency: unknown): 0 | 2 | 3 {
  const code = typeof currency === 'string' ? currency.toUpperCase() : '';
  return ZERO_DECIMAL_CURRENCIES.has(code) ? 0 : THREE_DECIMAL_CURRENCIES.has(code) ? 3 : 2;
}

/** The pricing models with one amount per unit (or one flat amount): the only ones the library can store. */
const SINGLE_AMOUNT_MODELS: readonly string[] = ['flat_fee', 'per_unit'];

/**
 * The item price's amount in integer minor units: `price` (minor units) when it is a safe
 * non-negative integer, else `price_in_decimal` (MAJOR units, sites with multi-decimal pricing:
 * "12.50") converted exactly by the currency's exponent. A tiered, volume, stairstep or package
 * price (no single amount), an amount that is no whole number of minor units, or one beyond
 * Number.MAX_SAFE_INTEGER is refused: the library stores integer minor units only, not rounded.
 */
function unitAmountOf(itemPrice: ItemPrice): number {
  const id = itemPrice.id;
  const model: unknown = itemPrice.pricing_model;
  // Checked first: a tiered price's `price` (when sent at all) is not what a unit costs.
  if (typeof model !== 'string' || !SINGLE_AMOUNT_MODELS.includes(model)) {
    throw new ProviderMappingError(
      id,
      `pricing_model ${JSON.stringify(model) ?? 'absent'} has no single unit amount (only flat_fee and per_unit have one); ` +
        'the library stores one integer unit amount per price',
    );
  }
  const amount: unknown = itemPrice.price;
  if (typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= 0) return amount;
  const decimal: unknown = itemPrice.price_in_decimal;
  if (decimal !== null && decimal !== undefined) {
    const text = typeof decimal === 'string' ? decimal : JSON.stringify(decimal);
    const exponent = exponentOf(itemPrice.currency_code);
    // Major units scaled by the currency's exponent: digits beyond it are fractions of a minor
    // unit, exact only when zeros.
    const minor = exactUnits(id, decimal, exponent, {
      notDecimal: () => `price_in_decimal ${text} is not a non-negative decimal amount`,
      fractional: () =>
        `price_in_decimal "${text}" is not a whole number of minor units of ${String(itemPrice.currency_code)} ` +
        `(${exponent} decimal places); the library stores integer minor units only (not rounded)`,
    });
    return safeNumber(
      id,
      minor,
      () => `price_in_decimal "${text}" is beyond Number.MAX_SAFE_INTEGER (${Number.MAX_SAFE_INTEGER}) minor units`,
    );
  }
  if (amount !== null && amount !== undefined) {
    // Beyond 2^53 - 1 a JSON number is no longer exact: refused rather than stored wrong.
    throw new ProviderMappingError(
      id,
      `price ${JSON.stringify(amount)} is not an integer from 0 to Number.MAX_SAFE_INTEGER (${Number.MAX_SAFE_INTEGER})`,
    );
  }
  throw new ProviderMappingError(id, 'the item price has neither price nor price_in_decimal');
}

/** The price's type and interval: recurring carries interval and count, one_time neither (the table's shape CHECK). */
function shapeOf(itemPrice: ItemPrice): PriceShape {
  const id = itemPrice.id;
  const itemType: unknown = itemPrice.item_type;
  // A charge is billed once (whatever period it might name).
  if (itemType === 'charge') return ONE_TIME_SHAPE;
  // Plans and addons recur; an absent item_type is read from the period alone. Any other (a
  // future item type) is refused rather than guessed.
  if (itemType !== undefined && itemType !== null && itemType !== 'plan' && itemType !== 'addon') {
    throw new ProviderMappingError(id, `item_type ${JSON.stringify(itemType)} is not one of plan, addon, charge`);
  }
  const unit: unknown = itemPrice.period_unit;
  const period: unknown = itemPrice.period;
  // No period at all: nothing recurs.
  if ((unit === undefined || unit === null) && (period === undefined || period === null)) return ONE_TIME_SHAPE;
  return recurringShape(id, unit, period, {
    interval: () => `period_unit ${JSON.stringify(unit) ?? 'absent'} is not one of ${RECURRING_INTERVALS.join(', ')}`,
    count: () => `period ${JSON.stringify(period) ?? 'absent'} is outside 1..1000, the range the library stores`,
  });
}

/**
 * A Chargebee item price: currency (as sent, upper case; the library lower-cases it), active, its
 * item (the product) by Chargebee id, type and interval, and the unit amount in integer minor units.
 */
export function chargebeeItemPriceParams(
  workspaceId: string,
  itemPrice: ItemPrice,
  providerUpdatedAt: Date,
): UpsertParams['price'] {
  refuseDeleted(itemPrice, 'item price', DELETE_MAPPERS);
  // The item is the product; the library resolves it (or creates a placeholder product) in the same statement.
  const productExternalId = nonBlank(itemPrice.item_id);
  if (productExternalId === undefined) throw new ProviderMappingError(itemPrice.id, 'item_id names no item');
  return {
    ...common(workspaceId, itemPrice, providerUpdatedAt),
    currency: itemPrice.currency_code,
    // Only `active` is active: `archived` and `deleted` are not.
    active: itemPrice.status === 'active',
    productExternalId,
    ...shapeOf(itemPrice),
    unitAmount: unitAmountOf(itemPrice),
  };
}

/**
 * Chargebee's subscription statuses in the library's vocabulary (migration 0010): `non_renewing`
 * is active until its term ends, so `active` with cancelAtPeriodEnd; the raw status stays in
 * providerData. Any other (`transferred`, a future one) is refused rather than guessed.
 */
const STATUSES: ReadonlyMap<unknown, { status: SubscriptionStatus; cancelAtPeriodEnd: boolean }> = new Map([
  ['future', { status: 'future', cancelAtPeriodEnd: false }],
  ['in_trial', { status: 'trialing', cancelAtPeriodEnd: false }],
  ['active', { status: 'active', cancelAtPeriodEnd: false }],
  ['non_renewing', { status: 'active', cancelAtPeriodEnd: true }],
  ['paused', { status: 'paused', cancelAtPeriodEnd: false }],
  ['cancelled', { status: 'canceled', cancelAtPeriodEnd: false }],
]);

/**
 * The item's quantity: `quantity`, else (sites with multi-decimal quantities) a whole
 * `quantity_in_decimal`, else 1 (a flat-fee item has none). A fractional quantity is refused,
 * not rounded; the library's quantity rule checks the rest (an integer >= 0) before the database.
 */
function quantityOf(subscriptionId: string, item: object): number {
  const quantity = field(item, 'quantity');
  if (typeof quantity === 'number') return quantity;
  if (quantity !== null && quantity !== undefined) {
    throw new ProviderMappingError(subscriptionId, `quantity ${JSON.stringify(quantity)} is not a number`);
  }
  const decimal = field(item, 'quantity_in_decimal');
  if (decimal === null || decimal === undefined) return 1;
  const refusal = () =>
    `quantity_in_decimal ${JSON.stringify(decimal)} is not a whole quantity; the library stores integer quantities only`;
  return Number(exactUnits(subscriptionId, decimal, 0, { notDecimal: refusal, fractional: refusal }));
}

/**
 * A Chargebee subscription: its customer by Chargebee id, the status in the library's vocabulary,
 * ONE item's price and quantity (the first plan item, else the first item: the library stores one
 * price per subscription; every item stays in providerData), the current term, cancelled_at and
 * trial_end.
 */
export function chargebeeSubscriptionParams(
  workspaceId: string,
  subscription: Subscription,
  providerUpdatedAt: Date,
): UpsertParams['subscription'] {
  const id = subscription.id;
  refuseDeleted(subscription, 'subscription', DELETE_MAPPERS);
  // The library resolves the customer (or creates a placeholder customer).
  const customerExternalId = nonBlank(subscription.customer_id);
  if (customerExternalId === undefined) throw new ProviderMappingError(id, 'customer_id names no customer');
  const status: unknown = subscription.status;
  const mapped = STATUSES.get(status);
  if (mapped === undefined) {
    throw new ProviderMappingError(
      id,
      `status ${JSON.stringify(status) ?? 'absent'} is not one of ${[...STATUSES.keys()].join(', ')}`,
    );
  }
  // One price per subscription: the plan item's (addons and charges may come first), else the
  // first item's. A product catalog 1.0 subscription (plan_id, no subscription_items) has none.
  const items: unknown = subscription.subscription_items;
  const list: readonly unknown[] = Array.isArray(items) ? items : [];
  const chosen: unknown = list.find((item) => isObject(item) && field(item, 'item_type') === 'plan') ?? list[0];
  if (!isObject(chosen)) {
    throw new ProviderMappingError(id, 'a subscription without any item (subscription_items) has no price to store');
  }
  const priceExternalId = nonBlank(field(chosen, 'item_price_id'));
  if (priceExternalId === undefined) {
    throw new ProviderMappingError(id, `its item ${list.indexOf(chosen)} has no item_price_id`);
  }
  // The current term is the current period; a `future` subscription has none yet (null). An end
  // before the start is reported here (periodDates), naming the resource.
  const { currentPeriodStart, currentPeriodEnd } = periodDates(
    id,
    ['current_term_start', 'current_term_end'],
    subscription.current_term_start,
    subscription.current_term_end,
  );
  return {
    ...common(workspaceId, subscription, providerUpdatedAt),
    customerExternalId,
    priceExternalId,
    status: mapped.status,
    quantity: quantityOf(id, chosen),
    currentPeriodStart,
    currentPeriodEnd,
    // True only for non_renewing (it ends at its term end); Chargebee has no separate flag.
    cancelAtPeriodEnd: mapped.cancelAtPeriodEnd,
    canceledAt: dateOf(id, 'cancelled_at', subscription.cancelled_at),
    trialEnd: dateOf(id, 'trial_end', subscription.trial_end),
  };
}

/** A Chargebee resource deleted as of `providerUpdatedAt`: a monotonic tombstone by its Chargebee id. */
export function chargebeeDeleteParams(workspaceId: string, externalId: string, providerUpdatedAt: Date): DeleteParams {
  return { workspaceId, paymentProvider: CHARGEBEE, externalId, providerUpdatedAt };
}

/** The resource kinds Chargebee names in event content and list entries: 'customer' | 'item' | 'item_price' | 'subscription'. */
export type ChargebeeResource = 'customer' | 'item' | 'item_price' | 'subscription';

/** The library's entity type of each Chargebee resource kind: an item is a product, an item price a price. */
export const CHARGEBEE_ENTITY: Record<ChargebeeResource, EntityType> = Object.freeze({
  customer: 'customer',
  item: 'product',
  item_price: 'price',
  subscription: 'subscription',
});

/**
 * The time a Chargebee resource says it was last changed: resource_version (milliseconds, finer
 * than a second) when present, else updated_at (seconds) * 1000, else null.
 */
export function chargebeeResourceTime(resource: { resource_version?: unknown; updated_at?: unknown }): Date | null {
  // resource_version is the change's time in epoch milliseconds: two changes within one second
  // still order. A value that is no time (not a finite number) is as good as absent.
  for (const [value, scale] of [
    [resource.resource_version, 1],
    [resource.updated_at, 1000],
  ] as const) {
    if (typeof value !== 'number') continue;
    const date = new Date(value * scale);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return null;
}

/**
 * Maps a resource of one of the four kinds; `deleted` true maps to a delete (so does the
 * resource's own `deleted: true`). `kind` is the key Chargebee sends it under (an event's
 * content, a list entry). A kind not of the four, or a resource without an id, is a
 * ProviderMappingError.
 */
export function mapChargebeeResource(
  workspaceId: string,
  kind: ChargebeeResource,
  resource: Record<string, unknown>,
  providerUpdatedAt: Date,
  deleted?: boolean,
): Mapped {
  const id = resource.id;
  // `kind` is typed, but it often comes from JSON (a content key): checked, own keys only.
  if (!Object.hasOwn(CHARGEBEE_ENTITY, kind)) {
    throw new ProviderMappingError(
      String(id),
      `${JSON.stringify(kind)} is not one of ${Object.keys(CHARGEBEE_ENTITY).join(', ')}`,
    );
  }
  const entityType = CHARGEBEE_ENTITY[kind];
  if (typeof id !== 'string' || id === '') {
    throw new ProviderMappingError(String(id), `a Chargebee ${kind} without an id`);
  }
  // A delete event's resource, or one Chargebee itself marks deleted: a tombstone.
  if (deleted === true || resource.deleted === true) {
    return { entityType, action: 'delete', params: chargebeeDeleteParams(workspaceId, id, providerUpdatedAt) };
  }
  // Otherwise the resource is taken as the SDK type its kind names: the mappers read every field
  // defensively, and the library's parameter rules check every value before the database.
  switch (kind) {
    case 'customer':
      return {
        entityType: 'customer',
        action: 'upsert',
        params: chargebeeCustomerParams(workspaceId, resource as Customer, providerUpdatedAt),
      };
    case 'item':
      return {
        entityType: 'product',
        action: 'upsert',
        params: chargebeeItemParams(workspaceId, resource as Item, providerUpdatedAt),
      };
    case 'item_price':
      return {
        entityType: 'price',
        action: 'upsert',
        params: chargebeeItemPriceParams(workspaceId, resource as ItemPrice, providerUpdatedAt),
      };
    case 'subscription':
      return {
        entityType: 'subscription',
        action: 'upsert',
        params: chargebeeSubscriptionParams(workspaceId, resource as Subscription, providerUpdatedAt),
      };
  }
}
