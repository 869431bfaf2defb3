/* @name CreateCustomer */
-- Scope: one workspace. Inserts a customer created locally (sync status pending).
-- A provider reference, when given, must be unique among live rows.
INSERT INTO customers (workspace_id, email, name, metadata, payment_provider, external_id)
VALUES (:workspaceId!, :email, :name, COALESCE(:metadata::jsonb, '{}'), :paymentProvider, :externalId)
RETURNING *;
