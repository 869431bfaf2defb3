/** Types generated for queries found in "queries/workspaces/GetWorkspace.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'GetWorkspace' parameters type */
export interface IGetWorkspaceParams {
  workspaceId: string;
}

/** 'GetWorkspace' return type */
export interface IGetWorkspaceResult {
  createdAt: Date;
  deletedAt: Date | null;
  id: string;
  name: string;
  updatedAt: Date;
}

/** 'GetWorkspace' query type */
export interface IGetWorkspaceQuery {
  params: IGetWorkspaceParams;
  result: IGetWorkspaceResult;
}

const getWorkspaceIR: any = {"usedParamSet":{"workspaceId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":158}]}],"statement":"-- Scope: one workspace. The live workspace with this id, or null.\nSELECT id, name, created_at, updated_at, deleted_at\nFROM workspaces\nWHERE id = :workspaceId! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live workspace with this id, or null.
 * SELECT id, name, created_at, updated_at, deleted_at
 * FROM workspaces
 * WHERE id = :workspaceId! AND deleted_at IS NULL
 * ```
 */
export const getWorkspace = new PreparedQuery<IGetWorkspaceParams,IGetWorkspaceResult>(getWorkspaceIR);


