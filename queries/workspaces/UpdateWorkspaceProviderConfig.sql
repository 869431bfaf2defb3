/* @name UpdateWorkspaceProviderConfig */
-- Scope: one workspace. Upsert on (workspace_id, provider_name): creates the
-- provider configuration (config default {}, enabled default true) or
-- replaces config and/or enabled, each only when given (an omitted one keeps
-- its value). The row, or null when the workspace is unknown or soft-deleted.
INSERT INTO workspace_payment_providers AS wpp (workspace_id, provider_name, config, enabled)
SELECT w.id, :providerName!::text, COALESCE(:config::jsonb, '{}'), COALESCE(:enabled::boolean, true)
FROM workspaces w
WHERE w.id = :workspaceId! AND w.deleted_at IS NULL
ON CONFLICT (workspace_id, provider_name) DO UPDATE SET
  config = COALESCE(:config::jsonb, wpp.config),
  enabled = COALESCE(:enabled::boolean, wpp.enabled)
WHERE wpp.workspace_id = :workspaceId!
RETURNING wpp.workspace_id, wpp.provider_name, wpp.config, wpp.enabled, wpp.created_at, wpp.updated_at;
