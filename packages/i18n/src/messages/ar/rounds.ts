import type en from '../en/rounds.js';

export default {} satisfies Record<keyof typeof en, string>;
