import type { PgMigration } from '../migrate.js';
import { initial } from './0001-initial.js';
import { identity } from './0002-identity.js';
import { comments } from './0003-comments.js';
import { consensus } from './0004-consensus.js';
import { versions } from './0005-versions.js';

/** Every migration, in version order, each the twin of SQLite's of the same version and name. Append; never edit one that has shipped. */
export const pgMigrations: readonly PgMigration[] = [initial, identity, comments, consensus, versions];
