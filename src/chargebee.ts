// payment-sync-db/chargebee: the Chargebee adapter (SPEC "Provider adapters"),
// with the official `chargebee` SDK (v3) as an optional peer dependency. The
// core import (`payment-sync-db`) never loads this module nor the SDK.
export {
  applyChargebeeEvent,
  backfillChargebee,
  receiveChargebeeWebhook,
  type BackfillChargebeeOptions,
  type ChargebeeCredentials,
  type ChargebeeEvent,
  type ReceiveChargebeeWebhookOptions,
} from './providers/chargebee/client.js';
export {
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
} from './providers/chargebee/mapping.js';
export type {
  BackfillCounts,
  BackfillProgress,
  BackfillResult,
  DeleteParams,
  Mapped,
  UpsertParams,
} from './providers/adapter.js';
