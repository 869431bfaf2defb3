// payment-sync-db/stripe: the Stripe adapter (SPEC "Provider adapters"), with
// the official `stripe` SDK as an optional peer dependency. The core import
// (`payment-sync-db`) never loads this module nor the SDK.
export {
  applyStripeEvent,
  backfillStripe,
  receiveStripeWebhook,
  type ApplyStripeEventOptions,
  type BackfillStripeOptions,
  type ReceiveStripeWebhookOptions,
} from './providers/stripe/client.js';
export {
  mapStripeObject,
  STRIPE,
  stripeCustomerParams,
  stripeDeleteParams,
  stripeEntityType,
  stripePriceParams,
  stripeProductParams,
  stripeSubscriptionParams,
} from './providers/stripe/mapping.js';
export type {
  BackfillCounts,
  BackfillProgress,
  BackfillResult,
  DeleteParams,
  Mapped,
  UpsertParams,
} from './providers/adapter.js';
