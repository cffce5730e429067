import type { Migration } from '../migrate.js';

/**
 * Language versions of a document (issue 15). A document has a language; a language version is
 * a document of its own whose `original_id` names the original it translates paragraph by
 * paragraph (the same block ids). One version per language of an original; versions hang off
 * the original, never off another version; neither the language nor the original ever change.
 * `language_versions` records who made each and from what;
 * `translated_paragraphs` says, per paragraph of a version, what the original's text was when
 * it was last translated (edited in the version, or marked up to date), when and by whom.
 * A consultation round may offer language versions' saved versions (`round_languages`,
 * written once per language), and a public comment records the language it was made in
 * (null: the round's own version).
 */
export const languageVersions: Migration = {
  version: 18,
  name: 'language-versions',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
        CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
      ALTER TABLE documents ADD COLUMN original_id TEXT REFERENCES documents(id);
      CREATE UNIQUE INDEX documents_language_versions ON documents (original_id, language);
      CREATE TRIGGER documents_language_fixed BEFORE UPDATE OF language, original_id ON documents
        BEGIN SELECT RAISE(ABORT, 'a document''s language and original never change'); END;
      CREATE TRIGGER documents_versions_of_originals BEFORE INSERT ON documents
        WHEN NEW.original_id IS NOT NULL
          AND (SELECT original_id FROM documents WHERE id = NEW.original_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a language version is made of the original, not of another language version'); END;
      -- Who made each language version, when, and from what (the original's text or empty): a record.
      CREATE TABLE language_versions (
        document_id TEXT PRIMARY KEY REFERENCES documents(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES people(id),
        start TEXT NOT NULL CHECK (start IN ('original', 'empty'))
      );
      CREATE TRIGGER language_versions_no_update BEFORE UPDATE ON language_versions
        BEGIN SELECT RAISE(ABORT, 'a language version''s making is a record and never changes'); END;
      CREATE TRIGGER language_versions_no_delete BEFORE DELETE ON language_versions
        BEGIN SELECT RAISE(ABORT, 'a language version''s making is a record and is never deleted'); END;
      CREATE TABLE translated_paragraphs (
        document_id TEXT NOT NULL REFERENCES documents(id),
        block_id TEXT NOT NULL,
        original_text TEXT NOT NULL,
        translated_at TEXT NOT NULL,
        translated_by TEXT NOT NULL REFERENCES people(id),
        PRIMARY KEY (document_id, block_id)
      );
      CREATE TABLE round_languages (
        round_id TEXT NOT NULL REFERENCES rounds(id),
        language TEXT NOT NULL CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
        document_id TEXT NOT NULL REFERENCES documents(id),
        version_id TEXT NOT NULL REFERENCES versions(id),
        offered_at TEXT NOT NULL,
        offered_by TEXT NOT NULL REFERENCES people(id),
        PRIMARY KEY (round_id, language)
      );
      CREATE TRIGGER round_languages_no_update BEFORE UPDATE ON round_languages
        BEGIN SELECT RAISE(ABORT, 'a language offered in a round is a record and never changes'); END;
      CREATE TRIGGER round_languages_no_delete BEFORE DELETE ON round_languages
        BEGIN SELECT RAISE(ABORT, 'a language offered in a round is a record and is never withdrawn'); END;
      ALTER TABLE public_comments ADD COLUMN language TEXT
        CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
      CREATE TRIGGER public_comments_language_fixed BEFORE UPDATE OF language ON public_comments
        BEGIN SELECT RAISE(ABORT, 'the language a comment was made in never changes'); END;
    `);
  },
};
