/**
 * The identity stores side by side, for wiring only: each part of the server takes the one
 * store it needs from here (`identity.people`, `identity.sessions`…).
 */
import type { Queryable } from '../storage/sql/types.js';
import { SqlAudienceStore } from './audiences.js';
import { SqlAuditLog } from './audit-log.js';
import { SqlPeopleStore } from './people-store.js';
import { type SessionStoreOptions, SqlSessionStore } from './session-store.js';

/** People and roles, sessions and tokens, audiences, and the audit log. */
export interface Identity {
  people: SqlPeopleStore;
  sessions: SqlSessionStore;
  audiences: SqlAudienceStore;
  audit: SqlAuditLog;
}

/** The identity stores on one database (SQLite or PostgreSQL), sharing one clock. */
export function sqlIdentity(sql: Queryable, options: SessionStoreOptions = {}): Identity {
  return {
    people: new SqlPeopleStore(sql, options),
    sessions: new SqlSessionStore(sql, options),
    audiences: new SqlAudienceStore(sql, options),
    audit: new SqlAuditLog(sql, options),
  };
}
