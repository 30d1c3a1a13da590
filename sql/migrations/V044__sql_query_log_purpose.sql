-- What a gateway statement was sent for: run ('query'), shown as a plan in the console's 执行计划
-- ('explain') or prepared by a JDBC tool ('prepare'). Plans and prepares are logged like queries,
-- since planning a statement is work the gateway does for that person and may be refused.
ALTER TABLE sql_query_log ADD COLUMN purpose VARCHAR DEFAULT 'query';
