import type en from '../en/a11y.js';

export default {} satisfies Record<keyof typeof en, string>;
