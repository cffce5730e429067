import * as z from 'zod';
import { Id } from './ids.js';

/** A workspace: one body (an advisory group, a forum) with its documents and people. */
export const Workspace = z.object({
  id: Id,
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Workspace = z.infer<typeof Workspace>;
