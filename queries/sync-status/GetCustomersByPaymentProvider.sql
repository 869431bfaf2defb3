/* @name GetCustomersByPaymentProvider */
-- Scope: one workspace. Live customers of one payment provider, whatever their sync
-- status; keyset-paginated in (created_at, id) order. A list.
SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
       created_at, updated_at, deleted_at
FROM customers
WHERE workspace_id = :workspaceId!
  AND payment_provider = :paymentProvider!
  AND deleted_at IS NULL
  AND (created_at, id) > (:afterCreatedAt!::timestamptz, :afterId!::uuid)
ORDER BY created_at, id
LIMIT :limit!;
