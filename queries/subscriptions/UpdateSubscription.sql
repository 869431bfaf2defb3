/* @name UpdateSubscription */
-- Scope: one workspace. Changes the given fields (an omitted field keeps its
-- value) and marks the subscription pending, since the provider has not seen
-- the change yet. Adds 1 to the version. A new customer_id or price_id must
-- name a row of the same workspace. The updated row, or null.
UPDATE subscriptions
SET customer_id = COALESCE(:customerId::uuid, customer_id),
    price_id = COALESCE(:priceId::uuid, price_id),
    status = COALESCE(:status, status),
    quantity = COALESCE(:quantity::integer, quantity),
    current_period_start = COALESCE(:currentPeriodStart::timestamptz, current_period_start),
    current_period_end = COALESCE(:currentPeriodEnd::timestamptz, current_period_end),
    cancel_at_period_end = COALESCE(:cancelAtPeriodEnd::boolean, cancel_at_period_end),
    canceled_at = COALESCE(:canceledAt::timestamptz, canceled_at),
    trial_end = COALESCE(:trialEnd::timestamptz, trial_end),
    metadata = COALESCE(:metadata::jsonb, metadata),
    payment_sync_status = 'pending',
    payment_sync_version = payment_sync_version + 1,
    updated_at = now()
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
          provider_updated_at, provider_data, created_at, updated_at, deleted_at;
