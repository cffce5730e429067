/** Every message of one language, merged from its areas (one file per area; keys start with the area's name). */
import common from './common.js';
import shell from './shell.js';
import comments from './comments.js';
import history from './history.js';
import document from './document.js';
import consensus from './consensus.js';
import rounds from './rounds.js';
import versions from './versions.js';
import compilation from './compilation.js';
import languages from './languages.js';
import a11y from './a11y.js';
import errors from './errors.js';
import mail from './mail.js';

export default {
  ...common,
  ...shell,
  ...comments,
  ...history,
  ...document,
  ...consensus,
  ...rounds,
  ...versions,
  ...compilation,
  ...languages,
  ...a11y,
  ...errors,
  ...mail,
};
