/**
 * PostgreSQL DDL with SQLite's text semantics: every `TEXT` column (written in upper case)
 * gets `COLLATE "C"`, so comparisons, ORDER BY, unique keys and `lower()` behave byte by byte
 * as SQLite's BINARY collation does, whatever locale the database was created with. Without
 * it an en_US database would sort 'a' before 'B' where SQLite sorts 'B' first, and the same
 * store would answer in a different order on each dialect.
 */
export function ddl(sql: string): string {
  return sql.replace(/\bTEXT\b(?! COLLATE)/g, 'TEXT COLLATE "C"');
}
