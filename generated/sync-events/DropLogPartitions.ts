/** Types generated for queries found in "queries/sync-events/DropLogPartitions.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'DropLogPartitions' parameters type */
export interface IDropLogPartitionsParams {
  olderThan: DateOrString;
}

/** 'DropLogPartitions' return type */
export interface IDropLogPartitionsResult {
  dropped: boolean;
  partitionName: string;
  rangeEnd: Date;
  rangeStart: Date;
  tableName: string;
  unfinishedEvents: number;
}

/** 'DropLogPartitions' query type */
export interface IDropLogPartitionsQuery {
  params: IDropLogPartitionsParams;
  result: IDropLogPartitionsResult;
}

const dropLogPartitionsIR: any = {"usedParamSet":{"olderThan":true},"params":[{"name":"olderThan","required":true,"transform":{"type":"scalar"},"locs":[{"a":781,"b":791}]}],"statement":"-- Scope: EVERY workspace (retention by time, across workspaces, of both logs:\n-- migration 0012). Detaches and drops the monthly partitions that end at or\n-- before olderThan (not in the future); an inbox partition still holding an\n-- unfinished event (pending, processing, failed, dead) is kept and reported\n-- (dropped false, its unfinished events counted); the DEFAULT partitions are\n-- never touched. One row per partition dropped or kept. Run by the owner of\n-- the tables (payment_sync_drop_log_partitions is not granted to PUBLIC).\nSELECT table_name AS \"table_name!\", partition_name AS \"partition_name!\", range_start AS \"range_start!\",\n       range_end AS \"range_end!\", dropped AS \"dropped!\", unfinished_events AS \"unfinished_events!\"\nFROM payment_sync_drop_log_partitions(:olderThan!::timestamptz)"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: EVERY workspace (retention by time, across workspaces, of both logs:
 * -- migration 0012). Detaches and drops the monthly partitions that end at or
 * -- before olderThan (not in the future); an inbox partition still holding an
 * -- unfinished event (pending, processing, failed, dead) is kept and reported
 * -- (dropped false, its unfinished events counted); the DEFAULT partitions are
 * -- never touched. One row per partition dropped or kept. Run by the owner of
 * -- the tables (payment_sync_drop_log_partitions is not granted to PUBLIC).
 * SELECT table_name AS "table_name!", partition_name AS "partition_name!", range_start AS "range_start!",
 *        range_end AS "range_end!", dropped AS "dropped!", unfinished_events AS "unfinished_events!"
 * FROM payment_sync_drop_log_partitions(:olderThan!::timestamptz)
 * ```
 */
export const dropLogPartitions = new PreparedQuery<IDropLogPartitionsParams,IDropLogPartitionsResult>(dropLogPartitionsIR);


