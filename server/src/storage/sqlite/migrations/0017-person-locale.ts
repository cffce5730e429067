import type { Migration } from '../migrate.js';

/**
 * A person's interface language (issue 15): one of the six UN languages, remembered across
 * browsers and used for the mails they get; NULL means "follow the browser's preference".
 */
export const personLocale: Migration = {
  version: 17,
  name: 'person-locale',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN locale TEXT CHECK (locale IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
    `);
  },
};
