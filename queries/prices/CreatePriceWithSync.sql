/* @name CreatePriceWithSync */
-- Scope: one workspace. Idempotent, monotonic upsert of a provider's price:
-- the live row of (workspace, provider, external id) is replaced by the given
-- object (every business column, product included; omitted optional ones
-- become null, active true, metadata {}) unless it holds a newer
-- provider_updated_at; no row comes back for such a stale write.
INSERT INTO prices AS pr (
  workspace_id, product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count,
  active, metadata, payment_provider, external_id,
  payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
VALUES (
  :workspaceId!, :productId!, :currency!, :unitAmount!, :type!, :recurringInterval, :recurringIntervalCount,
  COALESCE(:active, true), COALESCE(:metadata::jsonb, '{}'), :paymentProvider!, :externalId!,
  COALESCE(:paymentSyncStatus, 'synced'),
  CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() END,
  :providerUpdatedAt!, :providerData::jsonb)
ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
DO UPDATE SET
  product_id = excluded.product_id,
  currency = excluded.currency,
  unit_amount = excluded.unit_amount,
  type = excluded.type,
  recurring_interval = excluded.recurring_interval,
  recurring_interval_count = excluded.recurring_interval_count,
  active = excluded.active,
  metadata = excluded.metadata,
  payment_sync_status = excluded.payment_sync_status,
  payment_synced_at = COALESCE(excluded.payment_synced_at, pr.payment_synced_at),
  payment_sync_error = NULL,
  payment_sync_version = pr.payment_sync_version + 1,
  provider_updated_at = excluded.provider_updated_at,
  provider_data = excluded.provider_data
WHERE pr.provider_updated_at IS NULL OR pr.provider_updated_at <= excluded.provider_updated_at
RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
          created_at, updated_at, deleted_at, (xmax = 0) AS "inserted!";
