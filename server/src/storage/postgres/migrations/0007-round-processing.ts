import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * Processing a closed consultation round (twin of SQLite's 0007): dispositions are never
 * overwritten (each decision a new row, the newest per comment counts; append-only by
 * trigger), and a round's revised version is linked once and for good.
 */
export const roundProcessing: PgMigration = {
  version: 7,
  name: 'round-processing',
  up: ddl(`
    CREATE TABLE comment_dispositions (
      seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      comment_id TEXT NOT NULL REFERENCES public_comments(id),
      round_id TEXT NOT NULL REFERENCES rounds(id),
      disposition TEXT NOT NULL CHECK (disposition IN ('accepted', 'partly-accepted', 'not-accepted', 'noted', 'out-of-scope')),
      -- Raw text as typed; always rendered as text.
      response TEXT NOT NULL DEFAULT '' CHECK (length(response) <= 5000),
      -- The live paragraph the comment changed, by block id.
      changed_block_id TEXT,
      decided_at TEXT NOT NULL,
      decided_by TEXT NOT NULL REFERENCES people(id)
    );
    CREATE INDEX comment_dispositions_by_round ON comment_dispositions (round_id, comment_id, seq);

    CREATE TABLE round_revisions (
      round_id TEXT PRIMARY KEY REFERENCES rounds(id),
      version_id TEXT NOT NULL UNIQUE REFERENCES versions(id),
      published_at TEXT NOT NULL,
      published_by TEXT NOT NULL REFERENCES people(id)
    );

    CREATE TRIGGER comment_dispositions_no_update BEFORE UPDATE ON comment_dispositions
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('comment_dispositions is append-only: record a new decision instead');
    CREATE TRIGGER comment_dispositions_no_delete BEFORE DELETE ON comment_dispositions
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('comment_dispositions is append-only');
    CREATE TRIGGER comment_dispositions_no_truncate BEFORE TRUNCATE ON comment_dispositions
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('comment_dispositions is append-only');
    CREATE TRIGGER round_revisions_no_update BEFORE UPDATE ON round_revisions
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a round''s revised version, once published, cannot change');
    CREATE TRIGGER round_revisions_no_delete BEFORE DELETE ON round_revisions
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a round''s revised version, once published, cannot change');
    CREATE TRIGGER round_revisions_no_truncate BEFORE TRUNCATE ON round_revisions
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('a round''s revised version, once published, cannot change');
  `),
};
