import type en from '../en/mail.js';

export default {} satisfies Record<keyof typeof en, string>;
