import type { Migration } from '../migrate.js';
import { initial } from './0001-initial.js';
import { identity } from './0002-identity.js';
import { comments } from './0003-comments.js';
import { consensus } from './0004-consensus.js';
import { versions } from './0005-versions.js';
import { rounds } from './0006-rounds.js';
import { roundProcessing } from './0007-round-processing.js';
import { invitationRevocation } from './0008-invitation-revocation.js';
import { roundTrust } from './0009-round-trust.js';
import { attribution } from './0010-attribution.js';
import { numbering } from './0011-numbering.js';
import { suggestions } from './0012-suggestions.js';
import { openChanges } from './0013-open-changes.js';
import { calls } from './0014-calls.js';
import { compilation } from './0015-compilation.js';
import { endorsement } from './0016-endorsement.js';
import { personLocale } from './0017-person-locale.js';
import { languageVersions } from './0018-language-versions.js';

/** Every migration, in version order. Append; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  initial,
  identity,
  comments,
  consensus,
  versions,
  rounds,
  roundProcessing,
  invitationRevocation,
  roundTrust,
  attribution,
  numbering,
  suggestions,
  openChanges,
  calls,
  compilation,
  endorsement,
  personLocale,
  languageVersions,
];
