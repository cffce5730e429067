import type en from '../en/document.js';

export default {} satisfies Record<keyof typeof en, string>;
