/* @name UpdateCustomerWithSync */
-- Scope: one workspace. Applies a provider's view of the customer by id: the
-- given fields (an omitted one keeps its value), the sync status (default
-- synced, which stamps payment_synced_at when the row becomes synced),
-- provider data and time. Monotonic:
-- a providerUpdatedAt older than the stored one changes nothing (null). The
-- same providerUpdatedAt with the same content (every column the write would
-- set) is an unchanged replay: nothing is written and the stored row comes
-- back as it was. Otherwise adds 1 to the version and returns the updated
-- row; null when not found or stale.
WITH existing AS (
  SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
         payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
         created_at, updated_at, deleted_at
  FROM customers
  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
    AND provider_updated_at = :providerUpdatedAt::timestamptz
    AND (email, name, metadata, payment_provider, external_id, payment_sync_status, payment_sync_error, provider_data)
        IS NOT DISTINCT FROM (COALESCE(:email, email), COALESCE(:name, name), COALESCE(:metadata::jsonb, metadata),
                              COALESCE(:paymentProvider, payment_provider), COALESCE(:externalId, external_id),
                              COALESCE(:paymentSyncStatus, 'synced'), :paymentSyncError::text,
                              COALESCE(:providerData::jsonb, provider_data))
),
written AS (
  UPDATE customers
  SET email = COALESCE(:email, email),
      name = COALESCE(:name, name),
      metadata = COALESCE(:metadata::jsonb, metadata),
      payment_provider = COALESCE(:paymentProvider, payment_provider),
      external_id = COALESCE(:externalId, external_id),
      payment_sync_status = COALESCE(:paymentSyncStatus, 'synced'),
      updated_at = now(),
      payment_sync_error = :paymentSyncError,
      payment_sync_version = payment_sync_version + 1,
      provider_updated_at = COALESCE(:providerUpdatedAt, provider_updated_at),
      provider_data = COALESCE(:providerData::jsonb, provider_data)
  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
    AND (provider_updated_at IS NULL OR :providerUpdatedAt::timestamptz IS NULL
         OR provider_updated_at <= :providerUpdatedAt::timestamptz)
    AND NOT EXISTS (SELECT FROM existing)
  RETURNING workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
            payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
            created_at, updated_at, deleted_at
)
-- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
SELECT workspace_id AS "workspace_id!", id AS "id!", email, name, metadata AS "metadata!", external_id,
       payment_provider, payment_sync_status AS "payment_sync_status!", payment_synced_at,
       payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at, provider_data,
       created_at AS "created_at!", updated_at AS "updated_at!", deleted_at
FROM written
UNION ALL
SELECT workspace_id, id, email, name, metadata, external_id, payment_provider, payment_sync_status,
       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
       created_at, updated_at, deleted_at
FROM existing;
