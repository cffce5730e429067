import type en from '../en/shell.js';

export default {} satisfies Record<keyof typeof en, string>;
