// The vocabularies of SPEC.md, as runtime lists and TypeScript unions. The
// database holds the same lists as CHECK constraints; these let a bad value
// be refused before a connection is even taken.

export const ENTITY_SYNC_STATUSES = ['pending', 'synced', 'failed', 'conflict'] as const;
export const SESSION_STATUSES = ['pending', 'running', 'completed', 'failed', 'cancelled'] as const;
export const SESSION_TYPES = ['full', 'incremental', 'webhook'] as const;
export const ENTITY_TYPES = ['customer', 'product', 'price', 'subscription'] as const;
export const SYNC_EVENT_TYPES = ['created', 'updated', 'deleted', 'skipped', 'failed', 'conflict'] as const;
export const PRICE_TYPES = ['one_time', 'recurring'] as const;
export const RECURRING_INTERVALS = ['day', 'week', 'month', 'year'] as const;
export const SUBSCRIPTION_STATUSES = [
  'incomplete',
  'incomplete_expired',
  'trialing',
  'active',
  'past_due',
  'canceled',
  'unpaid',
  'paused',
  // Chargebee's `future` (starts later; migration 0010): the only provider status without an equivalent above.
  'future',
] as const;
/** The webhook inbox's event statuses (SPEC "Webhook inbox"). */
export const WEBHOOK_EVENT_STATUSES = ['pending', 'processing', 'processed', 'failed', 'dead', 'ignored'] as const;
/** Provider names are free text of this shape: `stripe`, `chargebee`, `paddle`. */
export const PROVIDER_NAME_PATTERN = /^[a-z][a-z0-9_]{1,31}$/;

export type EntitySyncStatus = (typeof ENTITY_SYNC_STATUSES)[number];
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export type SessionType = (typeof SESSION_TYPES)[number];
export type EntityType = (typeof ENTITY_TYPES)[number];
export type SyncEventType = (typeof SYNC_EVENT_TYPES)[number];
export type PriceType = (typeof PRICE_TYPES)[number];
export type RecurringInterval = (typeof RECURRING_INTERVALS)[number];
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];
export type WebhookEventStatus = (typeof WEBHOOK_EVENT_STATUSES)[number];
