/**
 * The identity stores side by side, for wiring only: each part of the server takes the one
 * store it needs from here (`identity.people`, `identity.sessions`…).
 */
import type { Db } from '../storage/sqlite/database.js';
import { SqliteAudienceStore } from './audiences.js';
import { SqliteAuditLog } from './audit-log.js';
import { SqlitePeopleStore } from './people-store.js';
import { SqliteSessionStore, type SessionStoreOptions } from './session-store.js';

/** People and roles, sessions and tokens, audiences, and the audit log. */
export interface Identity {
  people: SqlitePeopleStore;
  sessions: SqliteSessionStore;
  audiences: SqliteAudienceStore;
  audit: SqliteAuditLog;
}

/** The identity stores on one SQLite database, sharing one clock. */
export function sqliteIdentity(db: Db, options: SessionStoreOptions = {}): Identity {
  return {
    people: new SqlitePeopleStore(db, options),
    sessions: new SqliteSessionStore(db, options),
    audiences: new SqliteAudienceStore(db, options),
    audit: new SqliteAuditLog(db, options),
  };
}
