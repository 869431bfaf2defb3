/** Types generated for queries found in "queries/products/DeleteProduct.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'DeleteProduct' parameters type */
export interface IDeleteProductParams {
  id: string;
  workspaceId: string;
}

/** 'DeleteProduct' return type */
export type IDeleteProductResult = void;

/** 'DeleteProduct' query type */
export interface IDeleteProductQuery {
  params: IDeleteProductParams;
  result: IDeleteProductResult;
}

const deleteProductIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":203,"b":215}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":226,"b":229}]}],"statement":"-- Scope: one workspace. Soft-deletes the product (its prices are left as they\n-- are); resolves to rows changed (0 or 1).\nUPDATE products\nSET deleted_at = now(), updated_at = now()\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Soft-deletes the product (its prices are left as they
 * -- are); resolves to rows changed (0 or 1).
 * UPDATE products
 * SET deleted_at = now(), updated_at = now()
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * ```
 */
export const deleteProduct = new PreparedQuery<IDeleteProductParams,IDeleteProductResult>(deleteProductIR);


