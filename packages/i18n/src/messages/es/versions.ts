import type en from '../en/versions.js';

export default {} satisfies Record<keyof typeof en, string>;
