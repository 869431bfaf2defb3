export * as customers from './customers.js';
export * as workspaces from './workspaces.js';
export * from './errors.js';
export * from './vocabulary.js';
export { migrate, migrationsDir, type MigrateOptions } from './migrate.js';
export { withTransaction, type IsolationLevel, type TransactionOptions } from './transaction.js';
export type { Db, Narrow, SyncOutcome } from './query.js';
export type { Customer } from './customers.js';
export type { Workspace } from './workspaces.js';
