/** Types generated for queries found in "queries/customers/DeleteCustomer.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'DeleteCustomer' parameters type */
export interface IDeleteCustomerParams {
  id: string;
  workspaceId: string;
}

/** 'DeleteCustomer' return type */
export type IDeleteCustomerResult = void;

/** 'DeleteCustomer' query type */
export interface IDeleteCustomerQuery {
  params: IDeleteCustomerParams;
  result: IDeleteCustomerResult;
}

const deleteCustomerIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":168,"b":180}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":191,"b":194}]}],"statement":"-- Scope: one workspace. Soft-deletes the customer; resolves to rows changed (0 or 1).\nUPDATE customers\nSET deleted_at = now(), updated_at = now()\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Soft-deletes the customer; resolves to rows changed (0 or 1).
 * UPDATE customers
 * SET deleted_at = now(), updated_at = now()
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * ```
 */
export const deleteCustomer = new PreparedQuery<IDeleteCustomerParams,IDeleteCustomerResult>(deleteCustomerIR);


