export * as analytics from './analytics.js';
export * as customers from './customers.js';
export * as prices from './prices.js';
export * as products from './products.js';
export * as subscriptions from './subscriptions.js';
export * as syncEvents from './sync-events.js';
export * as syncSessions from './sync-sessions.js';
export * as syncStatus from './sync-status.js';
export * as webhookEvents from './webhook-events.js';
export * as workspaces from './workspaces.js';
export * from './errors.js';
export * from './vocabulary.js';
export {
  processWebhookEvents,
  startWebhookWorker,
  WebhookClaimLostError,
  type ProcessCounts,
  type ProcessOptions,
  type WebhookHandler,
  type WebhookHandlerResult,
  type WebhookWorker,
  type WorkerOptions,
} from './inbox.js';
export { createPool, type PoolOptions } from './pool.js';
export { migrate, migrationsDir, type MigrateOptions } from './migrate.js';
export {
  MIGRATIONS_TABLE,
  migrationStatus,
  packagedMigrations,
  type AppliedMigration,
  type MigrationStatus,
} from './migrate.js';
export {
  withSavepoint,
  withTransaction,
  withWorkspace,
  type IsolationLevel,
  type TransactionOptions,
  type WorkspaceOptions,
} from './transaction.js';
export { paginate } from './query.js';
export type { Db, DeleteOutcome, Narrow, SyncOutcome } from './query.js';
export type { ProviderSyncStatus, WorkspaceSyncSummary } from './analytics.js';
export type { Customer } from './customers.js';
export type { Price, PriceWithProduct } from './prices.js';
export type { Product } from './products.js';
export type { Subscription } from './subscriptions.js';
export type { SyncEvent, SyncEventsSummary } from './sync-events.js';
export type { SyncSession } from './sync-sessions.js';
export type { PriceWithProductRef, SyncEntity } from './sync-status.js';
export type { ProviderWorkspace, Workspace, WorkspaceProviderConfig } from './workspaces.js';
export type { WebhookEvent } from './webhook-events.js';
