/* @name CreateCustomer */
-- Scope: one workspace. Inserts a customer created locally (sync status pending).
-- A provider reference, when given, must be unique among live rows.
INSERT INTO customers (workspace_id, email, name, metadata, payment_provider, external_id)
VALUES (:workspaceId!, :email, :name, COALESCE(:metadata::jsonb, '{}'), :paymentProvider, :externalId)
RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
          created_at, updated_at, deleted_at;
