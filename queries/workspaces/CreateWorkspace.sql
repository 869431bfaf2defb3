/* @name CreateWorkspace */
-- Scope: creates a workspace (tenant); it takes no workspace id, being the one that makes it. One row.
INSERT INTO workspaces (name)
VALUES (:name!)
RETURNING id, name, created_at, updated_at, deleted_at;
