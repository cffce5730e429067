import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * Endorsement by silence procedure (issue 14; twin of SQLite's 0016): a procedure puts a saved version to the
 * workspace until a deadline; objections break silence; the outcome is written once, by the
 * first read after the deadline (no scheduler). `version_compilation` keeps what a version
 * cited when it was saved (its sources by block and the annex of contributions), so its
 * exports cite the sources as they were. Every table is a record: append-only by trigger.
 */
export const endorsement: PgMigration = {
  version: 16,
  name: 'endorsement',
  up: ddl(`
    CREATE TABLE silence_procedures (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      version_id TEXT NOT NULL REFERENCES versions(id),
      deadline TEXT NOT NULL,
      note TEXT,
      started_at TEXT NOT NULL,
      started_by TEXT NOT NULL REFERENCES people(id)
    );
    CREATE INDEX silence_procedures_by_document ON silence_procedures (document_id, started_at);
    CREATE INDEX silence_procedures_by_version ON silence_procedures (version_id, deadline);
    CREATE TABLE silence_objections (
      id TEXT PRIMARY KEY,
      procedure_id TEXT NOT NULL REFERENCES silence_procedures(id),
      person_id TEXT NOT NULL REFERENCES people(id),
      reason TEXT NOT NULL,
      at TEXT NOT NULL
    );
    CREATE INDEX silence_objections_by_procedure ON silence_objections (procedure_id, at);
    -- The outcome, written once by the first read after the deadline.
    CREATE TABLE silence_outcomes (
      procedure_id TEXT PRIMARY KEY REFERENCES silence_procedures(id),
      version_id TEXT NOT NULL REFERENCES versions(id),
      outcome TEXT NOT NULL CHECK (outcome IN ('endorsed', 'not-endorsed')),
      decided_at TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    );
    CREATE INDEX silence_outcomes_by_version ON silence_outcomes (version_id, outcome);
    -- What a version cited when saved: JSON {blockId: [BlockSource]} and the annex's contributions.
    CREATE TABLE version_compilation (
      version_id TEXT PRIMARY KEY REFERENCES versions(id),
      sources TEXT NOT NULL,
      annex TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    );
    CREATE TRIGGER silence_procedures_no_update BEFORE UPDATE ON silence_procedures
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('silence procedures are a record and never change');
    CREATE TRIGGER silence_procedures_no_delete BEFORE DELETE ON silence_procedures
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('silence procedures are a record and are never deleted');
    CREATE TRIGGER silence_procedures_no_truncate BEFORE TRUNCATE ON silence_procedures
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('silence procedures are a record and are never deleted');
    CREATE TRIGGER silence_objections_no_update BEFORE UPDATE ON silence_objections
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('silence objections are a record and never change');
    CREATE TRIGGER silence_objections_no_delete BEFORE DELETE ON silence_objections
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('silence objections are a record and are never deleted');
    CREATE TRIGGER silence_objections_no_truncate BEFORE TRUNCATE ON silence_objections
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('silence objections are a record and are never deleted');
    CREATE TRIGGER silence_outcomes_no_update BEFORE UPDATE ON silence_outcomes
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('silence outcomes are a record and never change');
    CREATE TRIGGER silence_outcomes_no_delete BEFORE DELETE ON silence_outcomes
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('silence outcomes are a record and are never deleted');
    CREATE TRIGGER silence_outcomes_no_truncate BEFORE TRUNCATE ON silence_outcomes
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('silence outcomes are a record and are never deleted');
    CREATE TRIGGER version_compilation_no_update BEFORE UPDATE ON version_compilation
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('version compilation are a record and never change');
    CREATE TRIGGER version_compilation_no_delete BEFORE DELETE ON version_compilation
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('version compilation are a record and are never deleted');
    CREATE TRIGGER version_compilation_no_truncate BEFORE TRUNCATE ON version_compilation
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('version compilation are a record and are never deleted');
  `),
};
