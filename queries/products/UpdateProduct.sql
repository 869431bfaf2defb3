/* @name UpdateProduct */
-- Scope: one workspace. Changes the given fields (an omitted field keeps its
-- value) and marks the product pending, since the provider has not seen the
-- change yet. Adds 1 to the version. The updated row, or null.
UPDATE products
SET name = COALESCE(:name, name),
    description = COALESCE(:description, description),
    active = COALESCE(:active, active),
    metadata = COALESCE(:metadata::jsonb, metadata),
    payment_sync_status = 'pending',
    payment_sync_version = payment_sync_version + 1,
    updated_at = now()
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
          provider_updated_at, provider_data, created_at, updated_at, deleted_at;
