import type en from '../en/comments.js';

export default {} satisfies Record<keyof typeof en, string>;
