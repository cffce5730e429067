import type en from '../en/languages.js';

export default {} satisfies Record<keyof typeof en, string>;
