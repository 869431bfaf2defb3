/* @name GetWorkspacesByProvider */
-- Scope: ALL workspaces: the one cross-workspace query, for schedulers. The
-- enabled configurations of one provider whose workspace is live, with the
-- workspace's name; keyset-paginated in workspace_id order over the
-- (provider_name, workspace_id) WHERE enabled index.
SELECT wpp.workspace_id, wpp.provider_name, wpp.config, wpp.enabled, wpp.created_at, wpp.updated_at,
       w.name AS workspace_name
FROM workspace_payment_providers wpp
JOIN workspaces w ON w.id = wpp.workspace_id AND w.deleted_at IS NULL
WHERE wpp.provider_name = :providerName!
  AND wpp.enabled
  AND wpp.workspace_id > :afterWorkspaceId!::uuid
ORDER BY wpp.workspace_id
LIMIT :limit!;
