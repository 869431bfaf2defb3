/* @name GetWorkspaceProviderConfig */
-- Scope: one workspace. The workspace's configuration of one payment provider
-- (settings and a reference to a secret store, never a secret), or null when
-- there is none or the workspace is soft-deleted. Enabled or not.
SELECT wpp.workspace_id, wpp.provider_name, wpp.config, wpp.enabled, wpp.created_at, wpp.updated_at
FROM workspace_payment_providers wpp
JOIN workspaces w ON w.id = wpp.workspace_id AND w.deleted_at IS NULL
WHERE wpp.workspace_id = :workspaceId!
  AND wpp.provider_name = :providerName!;
