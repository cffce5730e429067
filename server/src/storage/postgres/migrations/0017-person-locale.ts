import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * A person's interface language (issue 15; twin of SQLite's 0017): one of the six UN
 * languages, used for the mails they get; NULL means "follow the browser's preference".
 */
export const personLocale: PgMigration = {
  version: 17,
  name: 'person-locale',
  up: ddl(`
    ALTER TABLE people ADD COLUMN locale TEXT CHECK (locale IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
  `),
};
