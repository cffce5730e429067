import * as z from 'zod';
import { fieldMessage } from './field-messages.js';

/**
 * Ids of workspaces and documents: lower-case letters, digits and dashes, 1–64 characters,
 * starting with a letter or digit. They appear in URLs and WebSocket room names, so the
 * alphabet is kept URL-safe and case-stable.
 */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, fieldMessage('errors.field.id'));
export type Id = z.infer<typeof Id>;
