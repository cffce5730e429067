import * as z from 'zod';

/**
 * Ids of workspaces and documents: lower-case letters, digits and dashes, 1–64 characters,
 * starting with a letter or digit. They appear in URLs and WebSocket room names, so the
 * alphabet is kept URL-safe and case-stable.
 */
export const Id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,63}$/,
    'must be 1–64 lower-case letters, digits or dashes, starting with a letter or digit',
  );
export type Id = z.infer<typeof Id>;
