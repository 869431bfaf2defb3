/** Types generated for queries found in "queries/sync-events/CreateLogPartitions.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CreateLogPartitions' parameters type */
export interface ICreateLogPartitionsParams {
  monthsAhead?: number | null | void;
}

/** 'CreateLogPartitions' return type */
export interface ICreateLogPartitionsResult {
  movedRows: number;
  partitionName: string;
  rangeEnd: Date;
  rangeStart: Date;
  tableName: string;
}

/** 'CreateLogPartitions' query type */
export interface ICreateLogPartitionsQuery {
  params: ICreateLogPartitionsParams;
  result: ICreateLogPartitionsResult;
}

const createLogPartitionsIR: any = {"usedParamSet":{"monthsAhead":true},"params":[{"name":"monthsAhead","required":false,"transform":{"type":"scalar"},"locs":[{"a":667,"b":678}]}],"statement":"-- Scope: EVERY workspace (maintenance of both logs: the sync events and the\n-- webhook inbox, partitioned by month, migration 0012). Creates the missing\n-- monthly partitions from the current UTC month to monthsAhead months ahead\n-- (default 3), moving the rows of those months the DEFAULT partition holds\n-- into them; idempotent. One row per partition created. Run by the owner of\n-- the tables (payment_sync_create_log_partitions is not granted to PUBLIC).\nSELECT table_name AS \"table_name!\", partition_name AS \"partition_name!\", range_start AS \"range_start!\",\n       range_end AS \"range_end!\", moved_rows AS \"moved_rows!\"\nFROM payment_sync_create_log_partitions(:monthsAhead::integer)"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: EVERY workspace (maintenance of both logs: the sync events and the
 * -- webhook inbox, partitioned by month, migration 0012). Creates the missing
 * -- monthly partitions from the current UTC month to monthsAhead months ahead
 * -- (default 3), moving the rows of those months the DEFAULT partition holds
 * -- into them; idempotent. One row per partition created. Run by the owner of
 * -- the tables (payment_sync_create_log_partitions is not granted to PUBLIC).
 * SELECT table_name AS "table_name!", partition_name AS "partition_name!", range_start AS "range_start!",
 *        range_end AS "range_end!", moved_rows AS "moved_rows!"
 * FROM payment_sync_create_log_partitions(:monthsAhead::integer)
 * ```
 */
export const createLogPartitions = new PreparedQuery<ICreateLogPartitionsParams,ICreateLogPartitionsResult>(createLogPartitionsIR);


