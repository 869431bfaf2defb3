// Stripe objects → this library's write params: pure functions, no I/O. The
// inputs are the official SDK's own types (`stripe`, imported for its types
// only: this module never loads the SDK), the outputs the params of
// create<Entity>WithSync / delete<Entity>WithSync, so both sides are checked
// at compile time. An object the library cannot store as given (a tiered
// price, a fractional amount, a subscription without items, ...) is a
// ProviderMappingError naming it: reported, never rounded or guessed.
//
// A note for callers mapping webhook events: `deleted: true` marks the
// deleted form the API returns ({ id, object, deleted: true }), but the
// `customer.deleted` / `product.deleted` / `price.deleted` events carry the
// object as it was, without that flag; the event type is then the delete
// signal (use stripeDeleteParams). `customer.subscription.deleted` is a
// canceled subscription (status 'canceled'), an upsert like any other.
import type Stripe from 'stripe';
import {
  type EntityType,
  ProviderMappingError,
  RECURRING_INTERVALS,
  SUBSCRIPTION_STATUSES,
  type SubscriptionStatus,
} from '../../index.js';
import {
  type CommonParams,
  commonParams,
  dateOf,
  type DeleteParams,
  exactUnits,
  field,
  isOneOf,
  type Mapped,
  ONE_TIME_SHAPE,
  type PriceShape,
  periodDates,
  recurringShape,
  refuseDeleted,
  safeNumber,
  type UpsertParams,
} from '../adapter.js';

/** The paymentProvider every Stripe object is written under. */
export const STRIPE = 'stripe';

/**
 * The params every upsert shares (commonParams): always 'stripe'; the Stripe id is the external
 * id; the time is the caller's (event.created, a list's fetch time); Stripe's metadata as sent
 * ({} when absent or null: the column is an object, never null). The snapshot is the object as
 * received: an API response or a webhook payload, parsed from JSON (the SDK's Stripe.Decimal
 * fields serialise back to their JSON string, its `lastResponse` is not enumerable).
 */
function common(
  workspaceId: string,
  object: { id: string; metadata?: Stripe.Metadata | null },
  providerUpdatedAt: Date,
): CommonParams {
  return commonParams(workspaceId, STRIPE, object, providerUpdatedAt, object.metadata ?? {});
}

/**
 * What maps a delete, named when a deleted form ({ id, object, deleted: true }) is passed as a
 * snapshot (refuseDeleted: refused, so no cast stores it).
 */
const DELETE_MAPPERS = 'mapStripeObject or stripeDeleteParams';

/**
 * The id of an expandable reference: Stripe sends a string id, or (expanded) the object, or its
 * deleted form ({ id, deleted: true }); all name the same object by its id.
 */
function referencedId(reference: unknown): string | undefined {
  if (typeof reference === 'string') return reference;
  if (typeof reference === 'object' && reference !== null && 'id' in reference && typeof reference.id === 'string') {
    return reference.id;
  }
  return undefined;
}

/** A Stripe customer: email and name as sent (null stays null; Stripe sends null or a string). */
export function stripeCustomerParams(
  workspaceId: string,
  customer: Stripe.Customer,
  providerUpdatedAt: Date,
): UpsertParams['customer'] {
  refuseDeleted(customer, 'customer', DELETE_MAPPERS);
  return {
    ...common(workspaceId, customer, providerUpdatedAt),
    // `?? null`: an absent field (name is optional in the SDK's type) is stored as null, not "keep".
    email: customer.email ?? null,
    name: customer.name ?? null,
  };
}

/** A Stripe product: name, description (null stays null), active. */
export function stripeProductParams(
  workspaceId: string,
  product: Stripe.Product,
  providerUpdatedAt: Date,
): UpsertParams['product'] {
  refuseDeleted(product, 'product', DELETE_MAPPERS);
  return {
    ...common(workspaceId, product, providerUpdatedAt),
    name: product.name,
    description: product.description ?? null,
    active: product.active,
  };
}

/**
 * The price's amount in integer minor units: `unit_amount` when it is a number, else
 * `unit_amount_decimal` when it is a whole number ("2000", "2000.000000000000"). A fractional
 * decimal, no amount at all (tiered, customer-chosen) or an amount beyond Number.MAX_SAFE_INTEGER
 * is refused: the library stores integer minor units only, and the price is reported, not rounded.
 */
function unitAmountOf(price: Stripe.Price): number {
  const amount: unknown = price.unit_amount;
  if (typeof amount === 'number') {
    // Beyond 2^53 - 1 a JSON number is no longer exact: refused rather than stored wrong.
    if (!Number.isSafeInteger(amount) || amount < 0) {
      throw new ProviderMappingError(
        price.id,
        `unit_amount ${amount} is not an integer from 0 to Number.MAX_SAFE_INTEGER (${Number.MAX_SAFE_INTEGER})`,
      );
    }
    return amount;
  }
  // The SDK's API responses carry a Stripe.Decimal here (v23 coerces decimal_string fields);
  // webhook payloads, parsed as plain JSON, a string. Both print as a plain decimal.
  const decimal = price.unit_amount_decimal as Stripe.Decimal | string | null | undefined;
  if (decimal !== null && decimal !== undefined) {
    const text = typeof decimal === 'string' ? decimal : decimal.toString();
    // unit_amount_decimal is in minor units already: exponent 0, any fraction is refused.
    const whole = exactUnits(price.id, text, 0, {
      notDecimal: () => `unit_amount_decimal "${text}" is not a non-negative decimal amount`,
      fractional: () =>
        `unit_amount_decimal "${text}" is a fractional amount of minor units; ` +
        'the library stores integer minor units only (not rounded)',
    });
    return safeNumber(
      price.id,
      whole,
      () => `unit_amount_decimal "${text}" is beyond Number.MAX_SAFE_INTEGER (${Number.MAX_SAFE_INTEGER})`,
    );
  }
  // No amount at all: say why, so the report is actionable.
  if (price.billing_scheme === 'tiered') {
    throw new ProviderMappingError(
      price.id,
      'a tiered price (billing_scheme "tiered") has no unit amount; the library stores one integer unit amount per price',
    );
  }
  if (price.custom_unit_amount) {
    throw new ProviderMappingError(
      price.id,
      'a customer-chosen price (custom_unit_amount) has no unit amount; the library stores one integer unit amount per price',
    );
  }
  throw new ProviderMappingError(price.id, 'the price has neither unit_amount nor unit_amount_decimal');
}

/** The price's type and interval: recurring carries interval and count, one_time neither (the table's shape CHECK). */
function shapeOf(price: Stripe.Price): PriceShape {
  if (price.type === 'one_time') return ONE_TIME_SHAPE;
  if (price.type !== 'recurring') {
    // The SDK's type allows any string (a future type): refused rather than guessed.
    throw new ProviderMappingError(price.id, `price type "${price.type}" is neither one_time nor recurring`);
  }
  const recurring = price.recurring;
  if (!recurring) throw new ProviderMappingError(price.id, 'a recurring price without `recurring`');
  // The column holds 1..1000; Stripe allows up to three years (1095 days): such a price is reported.
  const count = recurring.interval_count;
  return recurringShape(price.id, recurring.interval, count, {
    interval: () => `recurring.interval "${recurring.interval}" is not one of ${RECURRING_INTERVALS.join(', ')}`,
    count: () => `recurring.interval_count ${count} is outside 1..1000, the range the library stores`,
  });
}

/**
 * A Stripe price: currency (as sent; the library lower-cases it), active, its product by
 * Stripe id, type and interval, and the unit amount in integer minor units.
 */
export function stripePriceParams(
  workspaceId: string,
  price: Stripe.Price,
  providerUpdatedAt: Date,
): UpsertParams['price'] {
  refuseDeleted(price, 'price', DELETE_MAPPERS);
  // `product` is expandable (an id, a Product, a DeletedProduct): its id; the library resolves it
  // (or creates a placeholder product) in the same statement.
  const productExternalId = referencedId(price.product);
  if (productExternalId === undefined) throw new ProviderMappingError(price.id, 'price.product names no product');
  return {
    ...common(workspaceId, price, providerUpdatedAt),
    currency: price.currency,
    active: price.active,
    productExternalId,
    ...shapeOf(price),
    unitAmount: unitAmountOf(price),
  };
}

/**
 * The current period: newer API versions (2025-03-31 and later) put it on each item (the first
 * item's is taken), older ones on the subscription itself (fields v23's type no longer declares,
 * read by name). Start and end come from the same place.
 */
function periodOf(subscription: Stripe.Subscription, item: Stripe.SubscriptionItem): { start: unknown; end: unknown } {
  const onItem = { start: field(item, 'current_period_start'), end: field(item, 'current_period_end') };
  if (onItem.start != null || onItem.end != null) return onItem;
  return { start: field(subscription, 'current_period_start'), end: field(subscription, 'current_period_end') };
}

/**
 * A Stripe subscription: its customer by Stripe id, status as Stripe sends it, the FIRST item's
 * price and quantity (the library stores one price per subscription; every item stays in
 * providerData), the current period, cancel_at_period_end, canceled_at and trial_end.
 */
export function stripeSubscriptionParams(
  workspaceId: string,
  subscription: Stripe.Subscription,
  providerUpdatedAt: Date,
): UpsertParams['subscription'] {
  const id = subscription.id;
  refuseDeleted(subscription, 'subscription', DELETE_MAPPERS);
  // `customer` is expandable (an id, a Customer, a DeletedCustomer): its id; the library resolves
  // it (or creates a placeholder customer).
  const customerExternalId = referencedId(subscription.customer);
  if (customerExternalId === undefined) throw new ProviderMappingError(id, 'subscription.customer names no customer');
  // Status is Stripe's own vocabulary, stored as sent; a value outside it (a future status) is refused.
  const status: unknown = subscription.status;
  if (!isOneOf<SubscriptionStatus>(SUBSCRIPTION_STATUSES, status)) {
    throw new ProviderMappingError(
      id,
      `status ${JSON.stringify(status)} is not one of ${SUBSCRIPTION_STATUSES.join(', ')}`,
    );
  }
  // One price per subscription: the first item's (`items.data` holds the first page, at least the first item).
  const items: unknown = field(subscription, 'items');
  const data: unknown = typeof items === 'object' && items !== null ? field(items, 'data') : undefined;
  const first: unknown = Array.isArray(data) ? data[0] : undefined;
  if (typeof first !== 'object' || first === null) {
    throw new ProviderMappingError(id, 'a subscription without any item has no price to store');
  }
  const item = first as Stripe.SubscriptionItem;
  // item.price.id; an item of a plan-based subscription (older API versions) may carry only
  // item.plan, whose id is a price id in Stripe.
  const priceExternalId = referencedId(field(item, 'price')) ?? referencedId(field(item, 'plan'));
  if (priceExternalId === undefined) {
    throw new ProviderMappingError(id, `its first item ${item.id} has neither a price nor a plan`);
  }
  const period = periodOf(subscription, item);
  // An end before the start is reported here (periodDates), naming the object.
  const { currentPeriodStart, currentPeriodEnd } = periodDates(
    id,
    ['current_period_start', 'current_period_end'],
    period.start,
    period.end,
  );
  return {
    ...common(workspaceId, subscription, providerUpdatedAt),
    customerExternalId,
    priceExternalId,
    status,
    // Quantity of the first item; Stripe omits it (or sends null) for metered items: 1.
    quantity: item.quantity ?? 1,
    currentPeriodStart,
    currentPeriodEnd,
    // Absent means Stripe's default (and the column's): false.
    cancelAtPeriodEnd: subscription.cancel_at_period_end ?? false,
    canceledAt: dateOf(id, 'canceled_at', subscription.canceled_at),
    trialEnd: dateOf(id, 'trial_end', subscription.trial_end),
  };
}

/** A Stripe object deleted as of `providerUpdatedAt`: a monotonic tombstone by its Stripe id. */
export function stripeDeleteParams(workspaceId: string, externalId: string, providerUpdatedAt: Date): DeleteParams {
  return { workspaceId, paymentProvider: STRIPE, externalId, providerUpdatedAt };
}

/** Which of our entity types a Stripe object (by its `object` field: 'customer', 'product', 'price', 'subscription') is, or null. */
export function stripeEntityType(object: { object?: unknown }): EntityType | null {
  switch (object.object) {
    case 'customer':
      return 'customer';
    case 'product':
      return 'product';
    case 'price':
      return 'price';
    case 'subscription':
      return 'subscription';
    default:
      // Anything else (invoice, plan, subscription_item, ...) is not one of ours. A plan is not
      // mapped: Stripe sends the same object as a price too (price.* events, the prices list).
      return null;
  }
}

/**
 * Maps any Stripe object of the four kinds (live or deleted form: `deleted: true` means a delete) to Mapped; null for other kinds of object.
 * (Generic over the object's own type only so that an object literal with more fields, a webhook
 * payload's `{ ...object, deleted: true }`, is not refused by TypeScript's excess-property check.)
 */
export function mapStripeObject<O extends { object?: unknown; id?: unknown }>(
  workspaceId: string,
  object: O,
  providerUpdatedAt: Date,
): Mapped | null {
  const loose: { object?: unknown; id?: unknown } = object;
  const entityType = stripeEntityType(loose);
  if (entityType === null) return null;
  const id = loose.id;
  if (typeof id !== 'string' || id === '') {
    throw new ProviderMappingError(String(id), `a Stripe ${entityType} without an id`);
  }
  // The deleted form ({ id, object, deleted: true }) of any of the four kinds is a delete.
  if (field(loose, 'deleted') === true) {
    return { entityType, action: 'delete', params: stripeDeleteParams(workspaceId, id, providerUpdatedAt) };
  }
  // Otherwise the object is taken as the SDK type its `object` field names: the mappers read
  // nested fields defensively, and the library's parameter rules check every value before the database.
  switch (entityType) {
    case 'customer':
      return {
        entityType,
        action: 'upsert',
        params: stripeCustomerParams(workspaceId, loose as Stripe.Customer, providerUpdatedAt),
      };
    case 'product':
      return {
        entityType,
        action: 'upsert',
        params: stripeProductParams(workspaceId, loose as Stripe.Product, providerUpdatedAt),
      };
    case 'price':
      return {
        entityType,
        action: 'upsert',
        params: stripePriceParams(workspaceId, loose as Stripe.Price, providerUpdatedAt),
      };
    case 'subscription':
      return {
        entityType,
        action: 'upsert',
        params: stripeSubscriptionParams(workspaceId, loose as Stripe.Subscription, providerUpdatedAt),
      };
  }
}
