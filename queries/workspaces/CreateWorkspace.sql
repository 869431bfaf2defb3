/* @name CreateWorkspace */
-- Creates a workspace (tenant). One row.
INSERT INTO workspaces (name)
VALUES (:name!)
RETURNING *;
