/* @name DeleteSyncSession */
-- Scope: one workspace. Soft-deletes the session (allowed in any status; an
-- active one no longer blocks a new session). Its events stay. Resolves to
-- rows changed (0 or 1).
UPDATE payment_sync_sessions
SET deleted_at = now()
WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL;
