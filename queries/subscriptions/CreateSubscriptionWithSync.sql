/* @name CreateSubscriptionWithSync */
-- Scope: one workspace. Idempotent, monotonic upsert of a provider's
-- subscription: the live row of (workspace, provider, external id) is replaced
-- by the provider's state unless it holds a newer provider_updated_at; no row
-- comes back for such a stale write. customer_id and price_id are the
-- library's ids (resolved by the caller), checked by composite foreign keys.
INSERT INTO subscriptions AS s (
  workspace_id, customer_id, price_id, status, quantity,
  current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end,
  metadata, payment_provider, external_id,
  payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
VALUES (
  :workspaceId!, :customerId!, :priceId!, :status!, COALESCE(:quantity::integer, 1),
  :currentPeriodStart, :currentPeriodEnd, COALESCE(:cancelAtPeriodEnd::boolean, false), :canceledAt, :trialEnd,
  COALESCE(:metadata::jsonb, '{}'), :paymentProvider!, :externalId!,
  COALESCE(:paymentSyncStatus, 'synced'),
  CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() END,
  :providerUpdatedAt!, :providerData::jsonb)
ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
DO UPDATE SET
  customer_id = excluded.customer_id,
  price_id = excluded.price_id,
  status = excluded.status,
  quantity = excluded.quantity,
  current_period_start = excluded.current_period_start,
  current_period_end = excluded.current_period_end,
  cancel_at_period_end = excluded.cancel_at_period_end,
  canceled_at = excluded.canceled_at,
  trial_end = excluded.trial_end,
  metadata = excluded.metadata,
  payment_sync_status = excluded.payment_sync_status,
  payment_synced_at = COALESCE(excluded.payment_synced_at, s.payment_synced_at),
  payment_sync_error = NULL,
  payment_sync_version = s.payment_sync_version + 1,
  provider_updated_at = excluded.provider_updated_at,
  provider_data = excluded.provider_data
WHERE s.provider_updated_at IS NULL OR s.provider_updated_at <= excluded.provider_updated_at
RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
          provider_updated_at, provider_data, created_at, updated_at, deleted_at, (xmax = 0) AS "inserted!";
