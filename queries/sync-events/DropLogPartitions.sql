/* @name DropLogPartitions */
-- Scope: EVERY workspace (retention by time, across workspaces, of both logs:
-- migration 0012). Detaches and drops the monthly partitions that end at or
-- before olderThan (not in the future); an inbox partition still holding an
-- unfinished event (pending, processing, failed, dead) is kept and reported
-- (dropped false, its unfinished events counted); the DEFAULT partitions are
-- never touched. One row per partition dropped or kept. Run by the owner of
-- the tables (payment_sync_drop_log_partitions is not granted to PUBLIC).
SELECT table_name AS "table_name!", partition_name AS "partition_name!", range_start AS "range_start!",
       range_end AS "range_end!", dropped AS "dropped!", unfinished_events AS "unfinished_events!"
FROM payment_sync_drop_log_partitions(:olderThan!::timestamptz);
