export type { Dialect, Queryable, Row, RunResult, SqlDatabase, SqlValue } from './types.js';
export { isRefusedByTrigger, isUniqueViolation } from './types.js';
export { SqliteSql } from './sqlite.js';
export { PostgresSql, type PostgresOptions } from './postgres.js';
