/** Types generated for queries found in "queries/subscriptions/DeleteSubscription.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'DeleteSubscription' parameters type */
export interface IDeleteSubscriptionParams {
  id: string;
  workspaceId: string;
}

/** 'DeleteSubscription' return type */
export type IDeleteSubscriptionResult = void;

/** 'DeleteSubscription' query type */
export interface IDeleteSubscriptionQuery {
  params: IDeleteSubscriptionParams;
  result: IDeleteSubscriptionResult;
}

const deleteSubscriptionIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":176,"b":188}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":199,"b":202}]}],"statement":"-- Scope: one workspace. Soft-deletes the subscription; resolves to rows changed (0 or 1).\nUPDATE subscriptions\nSET deleted_at = now(), updated_at = now()\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. Soft-deletes the subscription; resolves to rows changed (0 or 1).
 * UPDATE subscriptions
 * SET deleted_at = now(), updated_at = now()
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * ```
 */
export const deleteSubscription = new PreparedQuery<IDeleteSubscriptionParams,IDeleteSubscriptionResult>(deleteSubscriptionIR);


