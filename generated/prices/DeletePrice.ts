/** Types generated for queries found in "queries/prices/DeletePrice.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'DeletePrice' parameters type */
export interface IDeletePriceParams {
  id: string;
  workspaceId: string;
}

/** 'DeletePrice' return type */
export type IDeletePriceResult = void;

/** 'DeletePrice' query type */
export interface IDeletePriceQuery {
  params: IDeletePriceParams;
  result: IDeletePriceResult;
}

const deletePriceIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":162,"b":174}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":185,"b":188}]}],"statement":"-- Scope: one workspace. Soft-deletes the price; resolves to rows changed (0 or 1).\nUPDATE prices\nSET deleted_at = now(), updated_at = now()\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Soft-deletes the price; resolves to rows changed (0 or 1).
 * UPDATE prices
 * SET deleted_at = now(), updated_at = now()
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * ```
 */
export const deletePrice = new PreparedQuery<IDeletePriceParams,IDeletePriceResult>(deletePriceIR);


