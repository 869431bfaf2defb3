/* @name CreateCustomerWithSync */
-- Scope: one workspace. Idempotent, monotonic upsert of a provider's customer:
-- the live row of (workspace, provider, external id) is updated unless it holds
-- a newer provider_updated_at; no row comes back for such a stale write.
INSERT INTO customers AS c (
  workspace_id, email, name, metadata, payment_provider, external_id,
  payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
VALUES (
  :workspaceId!, :email, :name, COALESCE(:metadata::jsonb, '{}'), :paymentProvider!, :externalId!,
  COALESCE(:paymentSyncStatus, 'synced'),
  CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() END,
  :providerUpdatedAt!, :providerData::jsonb)
ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
DO UPDATE SET
  email = excluded.email,
  name = excluded.name,
  metadata = excluded.metadata,
  payment_sync_status = excluded.payment_sync_status,
  payment_synced_at = COALESCE(excluded.payment_synced_at, c.payment_synced_at),
  payment_sync_error = NULL,
  payment_sync_version = c.payment_sync_version + 1,
  provider_updated_at = excluded.provider_updated_at,
  provider_data = excluded.provider_data
WHERE c.provider_updated_at IS NULL OR c.provider_updated_at <= excluded.provider_updated_at
RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
          created_at, updated_at, deleted_at, (xmax = 0) AS "inserted!";
