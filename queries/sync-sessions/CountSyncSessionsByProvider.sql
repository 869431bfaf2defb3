/* @name CountSyncSessionsByProvider */
-- Scope: one workspace. The number of live sessions of one provider.
SELECT count(*) AS "count!"
FROM payment_sync_sessions
WHERE workspace_id = :workspaceId! AND provider_name = :providerName! AND deleted_at IS NULL;
