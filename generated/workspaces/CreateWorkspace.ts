/** Types generated for queries found in "queries/workspaces/CreateWorkspace.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CreateWorkspace' parameters type */
export interface ICreateWorkspaceParams {
  name: string;
}

/** 'CreateWorkspace' return type */
export interface ICreateWorkspaceResult {
  createdAt: Date;
  deletedAt: Date | null;
  id: string;
  name: string;
  updatedAt: Date;
}

/** 'CreateWorkspace' query type */
export interface ICreateWorkspaceQuery {
  params: ICreateWorkspaceParams;
  result: ICreateWorkspaceResult;
}

const createWorkspaceIR: any = {"usedParamSet":{"name":true},"params":[{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":147}]}],"statement":"-- Scope: creates a workspace (tenant); it takes no workspace id, being the one that makes it. One row.\nINSERT INTO workspaces (name)\nVALUES (:name!)\nRETURNING id, name, created_at, updated_at, deleted_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: creates a workspace (tenant); it takes no workspace id, being the one that makes it. One row.
 * INSERT INTO workspaces (name)
 * VALUES (:name!)
 * RETURNING id, name, created_at, updated_at, deleted_at
 * ```
 */
export const createWorkspace = new PreparedQuery<ICreateWorkspaceParams,ICreateWorkspaceResult>(createWorkspaceIR);


