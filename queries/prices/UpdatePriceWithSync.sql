/* @name UpdatePriceWithSync */
-- Scope: one workspace. Applies a provider's view of the price by id: the
-- given fields (an omitted one keeps its value; type one_time clears the
-- interval and count as in UpdatePrice), the sync status (default synced,
-- which stamps payment_synced_at when the row becomes synced), provider
-- data and time. Monotonic: a
-- providerUpdatedAt older than the stored one changes nothing. Adds 1 to the
-- version. The updated row, or null when not found or stale.
WITH existing AS (
  SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
         recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
         payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
         created_at, updated_at, deleted_at
  FROM prices
  WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
    AND provider_updated_at = :providerUpdatedAt::timestamptz
    AND (product_id, currency, unit_amount, type, recurring_interval, recurring_interval_count, active,
         metadata, payment_provider, external_id, payment_sync_status, payment_sync_error, provider_data)
        IS NOT DISTINCT FROM (COALESCE(:productId, product_id), COALESCE(:currency, currency),
                              COALESCE(:unitAmount, unit_amount), COALESCE(:type, type),
                              CASE WHEN :type = 'one_time' THEN :recurringInterval ELSE COALESCE(:recurringInterval, recurring_interval) END,
                              CASE WHEN :type = 'one_time' THEN :recurringIntervalCount ELSE COALESCE(:recurringIntervalCount, recurring_interval_count) END,
                              COALESCE(:active, active), COALESCE(:metadata::jsonb, metadata),
                              COALESCE(:paymentProvider, payment_provider),
                              COALESCE(:externalId, external_id), COALESCE(:paymentSyncStatus, 'synced'),
                              :paymentSyncError::text, COALESCE(:providerData::jsonb, provider_data))
),
written AS (
  UPDATE prices
  SET product_id = COALESCE(:productId, product_id),
      currency = COALESCE(:currency, currency),
      unit_amount = COALESCE(:unitAmount, unit_amount),
      type = COALESCE(:type, type),
      recurring_interval = CASE WHEN :type = 'one_time' THEN :recurringInterval
                                ELSE COALESCE(:recurringInterval, recurring_interval) END,
      recurring_interval_count = CASE WHEN :type = 'one_time' THEN :recurringIntervalCount
                                      ELSE COALESCE(:recurringIntervalCount, recurring_interval_count) END,
      active = COALESCE(:active, active),
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
  RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
            recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
            payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
            created_at, updated_at, deleted_at
)
-- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
SELECT workspace_id AS "workspace_id!", id AS "id!", product_id, currency, unit_amount, type,
       recurring_interval, recurring_interval_count, active AS "active!", metadata AS "metadata!",
       external_id, payment_provider, payment_sync_status AS "payment_sync_status!", payment_synced_at,
       payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at,
       provider_data, created_at AS "created_at!", updated_at AS "updated_at!", deleted_at
FROM written
UNION ALL
SELECT workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
       recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
       payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
       created_at, updated_at, deleted_at
FROM existing;
