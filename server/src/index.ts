/** What other workspace packages (tests, tools) may use of the server. */
export * from './collab/index.js';
export { startAccord, type Accord } from './accord.js';
export { loadConfig, type Config } from './config.js';
export { createLogger, type Logger } from './logger.js';
export { Persistence } from './extensions/persistence.js';
export { Authorization } from './extensions/authorization.js';
export { SqliteIdentityStore } from './identity/identity-store.js';
export { demoPeople, demoPassword } from './seed/demo-people.js';
export { Metrics } from './extensions/metrics.js';
export { openDatabase } from './storage/sqlite/database.js';
export { SqliteDocumentStore } from './storage/sqlite/document-store.js';
export { SqliteRecordStore } from './storage/sqlite/record-store.js';
export type { DocumentStore, RecordStore, StoredDocument } from './storage/types.js';
export { actions, permissions, type Action } from './authz/policy.js';
export { SqliteInvitationStore } from './identity/invitations.js';
export { createMailer, readOutbox, type Mail, type Mailer } from './mail/index.js';
