/* @name GetWorkspaceByProviderAccount */
-- Scope: ALL workspaces, by design: the webhook intake's lookup of the
-- workspace whose enabled configuration of this provider names this account
-- (config.accountId; Stripe Connect: one endpoint receives every connected
-- account's events). The live workspaces that do, at most two: the facade
-- refuses a second as ambiguous. Over the (provider_name, accountId,
-- workspace_id) WHERE enabled index of migration 0009.
SELECT wpp.workspace_id, wpp.provider_name, wpp.config, wpp.enabled, wpp.created_at, wpp.updated_at,
       w.name AS "workspace_name!"
FROM workspace_payment_providers wpp
-- Each of the (at most two) configurations looks its workspace up by primary key: OFFSET 0 keeps the
-- planner from flattening this into a join that would read every workspace.
CROSS JOIN LATERAL (
  SELECT name FROM workspaces WHERE id = wpp.workspace_id AND deleted_at IS NULL OFFSET 0
) w
WHERE wpp.provider_name = :providerName!
  AND wpp.config ->> 'accountId' = :accountId!
  AND wpp.enabled
  AND wpp.config ? 'accountId'
ORDER BY wpp.workspace_id
LIMIT 2;
