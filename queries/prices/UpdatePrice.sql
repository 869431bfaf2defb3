/* @name UpdatePrice */
-- Scope: one workspace. Changes the given fields (an omitted field keeps its
-- value) and marks the price pending, since the provider has not seen the
-- change yet. Adds 1 to the version. Setting type to one_time clears the
-- interval and count unless they are given (then the shape check refuses
-- them); setting it to recurring needs an interval and count, given or stored.
-- The updated row, or null.
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
    payment_sync_status = 'pending',
    payment_sync_version = payment_sync_version + 1,
    updated_at = now()
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
RETURNING workspace_id, id, product_id, currency, unit_amount, type, recurring_interval,
          recurring_interval_count, active, metadata, external_id, payment_provider, payment_sync_status,
          payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at, provider_data,
          created_at, updated_at, deleted_at;
