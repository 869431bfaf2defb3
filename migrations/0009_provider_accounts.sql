-- Provider accounts: one webhook endpoint receives the events of every
-- connected account (Stripe Connect's `event.account`), so the intake must
-- find the workspace whose provider configuration names that account
-- (config.accountId): GetWorkspaceByProviderAccount, across workspaces by
-- design. The index is deliberately not unique: a unique key without
-- workspace_id cannot be enforced by a database sharded by workspace (Citus),
-- so two workspaces naming the same account are found, and the facade refuses
-- to choose between them (AmbiguousProviderAccountError).

-- Up Migration

CREATE INDEX workspace_payment_providers_by_account
  ON workspace_payment_providers (provider_name, (config ->> 'accountId'), workspace_id)
  WHERE enabled AND config ? 'accountId';

-- Down Migration

DROP INDEX workspace_payment_providers_by_account;
