/** Types generated for queries found in "queries/customers/GetCustomer.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'GetCustomer' parameters type */
export interface IGetCustomerParams {
  id: string;
  workspaceId: string;
}

/** 'GetCustomer' return type */
export interface IGetCustomerResult {
  createdAt: Date;
  deletedAt: Date | null;
  email: string | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  name: string | null;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'GetCustomer' query type */
export interface IGetCustomerQuery {
  params: IGetCustomerParams;
  result: IGetCustomerResult;
}

const getCustomerIR: any = {"usedParamSet":{"workspaceId":true,"id":true},"params":[{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":123}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":137}]}],"statement":"-- Scope: one workspace. The live customer with this id, or null.\nSELECT *\nFROM customers\nWHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The live customer with this id, or null.
 * SELECT *
 * FROM customers
 * WHERE workspace_id = :workspaceId! AND id = :id! AND deleted_at IS NULL
 * ```
 */
export const getCustomer = new PreparedQuery<IGetCustomerParams,IGetCustomerResult>(getCustomerIR);


