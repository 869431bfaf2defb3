/* @name CreateSyncSession */
-- Scope: one workspace. Starts a sync session of one provider and type, with
-- status pending (default) or running (which stamps started_at). entityTypes
-- defaults to all four, config to {}. At most one active (pending or running)
-- live session per (workspace, provider, session type): a second is refused by
-- the payment_sync_sessions_one_active index. Resolves to the new row.
INSERT INTO payment_sync_sessions (workspace_id, provider_name, session_type, status, entity_types, config)
VALUES (
  :workspaceId!, :providerName!, :sessionType!,
  COALESCE(:status, 'pending'),
  COALESCE(:entityTypes::text[], ARRAY['customer', 'product', 'price', 'subscription']),
  COALESCE(:config::jsonb, '{}'))
RETURNING workspace_id, id, provider_name, session_type, status, entity_types, config, progress,
          error_message, started_at, completed_at, created_at, updated_at, deleted_at;
