/* @name CreateProductWithSync */
-- Scope: one workspace. Idempotent, monotonic upsert of a provider's product:
-- the live row of (workspace, provider, external id) is replaced by the given
-- object (an omitted description becomes null, active true, metadata {})
-- unless it holds a newer provider_updated_at; no row comes back for such a
-- stale write.
INSERT INTO products AS p (
  workspace_id, name, description, active, metadata, payment_provider, external_id,
  payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
VALUES (
  :workspaceId!, :name!, :description, COALESCE(:active, true), COALESCE(:metadata::jsonb, '{}'),
  :paymentProvider!, :externalId!,
  COALESCE(:paymentSyncStatus, 'synced'),
  CASE WHEN COALESCE(:paymentSyncStatus, 'synced') = 'synced' THEN now() END,
  :providerUpdatedAt!, :providerData::jsonb)
ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
DO UPDATE SET
  name = excluded.name,
  description = excluded.description,
  active = excluded.active,
  metadata = excluded.metadata,
  payment_sync_status = excluded.payment_sync_status,
  payment_synced_at = COALESCE(excluded.payment_synced_at, p.payment_synced_at),
  payment_sync_error = NULL,
  payment_sync_version = p.payment_sync_version + 1,
  provider_updated_at = excluded.provider_updated_at,
  provider_data = excluded.provider_data
WHERE p.provider_updated_at IS NULL OR p.provider_updated_at <= excluded.provider_updated_at
RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
          provider_updated_at, provider_data, created_at, updated_at, deleted_at, (xmax = 0) AS "inserted!";
