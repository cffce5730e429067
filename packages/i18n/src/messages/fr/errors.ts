import type en from '../en/errors.js';

export default {} satisfies Record<keyof typeof en, string>;
