import type en from '../en/consensus.js';

export default {} satisfies Record<keyof typeof en, string>;
