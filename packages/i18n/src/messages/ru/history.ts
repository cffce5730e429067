import type en from '../en/history.js';

export default {} satisfies Record<keyof typeof en, string>;
