/* @name CreateLogPartitions */
-- Scope: EVERY workspace (maintenance of both logs: the sync events and the
-- webhook inbox, partitioned by month, migration 0012). Creates the missing
-- monthly partitions from the current UTC month to monthsAhead months ahead
-- (default 3), moving the rows of those months the DEFAULT partition holds
-- into them; idempotent. One row per partition created. Run by the owner of
-- the tables (payment_sync_create_log_partitions is not granted to PUBLIC).
SELECT table_name AS "table_name!", partition_name AS "partition_name!", range_start AS "range_start!",
       range_end AS "range_end!", moved_rows AS "moved_rows!"
FROM payment_sync_create_log_partitions(:monthsAhead::integer);
