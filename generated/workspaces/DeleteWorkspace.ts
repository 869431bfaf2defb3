/** Types generated for queries found in "queries/workspaces/DeleteWorkspace.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'DeleteWorkspace' parameters type */
export interface IDeleteWorkspaceParams {
  workspaceId: string;
}

/** 'DeleteWorkspace' return type */
export type IDeleteWorkspaceResult = void;

/** 'DeleteWorkspace' query type */
export interface IDeleteWorkspaceQuery {
  params: IDeleteWorkspaceParams;
  result: IDeleteWorkspaceResult;
}

const deleteWorkspaceIR: any = {"usedParamSet":{"workspaceId":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":154,"b":166}]}],"statement":"-- Scope: one workspace. Soft-deletes the workspace; resolves to the number of rows changed (0 or 1).\nUPDATE workspaces\nSET deleted_at = now()\nWHERE id = :workspaceId! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Soft-deletes the workspace; resolves to the number of rows changed (0 or 1).
 * UPDATE workspaces
 * SET deleted_at = now()
 * WHERE id = :workspaceId! AND deleted_at IS NULL
 * ```
 */
export const deleteWorkspace = new PreparedQuery<IDeleteWorkspaceParams,IDeleteWorkspaceResult>(deleteWorkspaceIR);


