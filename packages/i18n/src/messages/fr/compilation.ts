import type en from '../en/compilation.js';

export default {} satisfies Record<keyof typeof en, string>;
