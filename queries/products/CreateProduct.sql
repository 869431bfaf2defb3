/* @name CreateProduct */
-- Scope: one workspace. Inserts a product created locally (sync status pending);
-- active defaults to true, metadata to {}. A provider reference, when given,
-- must be unique among live rows. The inserted row.
INSERT INTO products (workspace_id, name, description, active, metadata, payment_provider, external_id)
VALUES (:workspaceId!, :name!, :description, COALESCE(:active, true), COALESCE(:metadata::jsonb, '{}'),
        :paymentProvider, :externalId)
RETURNING workspace_id, id, name, description, active, metadata, external_id, payment_provider,
          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
          provider_updated_at, provider_data, created_at, updated_at, deleted_at;
