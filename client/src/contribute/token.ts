/**
 * A confirmed contributor's bearer token for one call, and their latest contribution, kept in
 * sessionStorage: a reload keeps them, closing the tab forgets them (a shared phone should not
 * stay able to edit someone's contribution), and one call's token never reaches another call.
 */
import { Contribution } from '@accord/schema';
import * as z from 'zod';

const Kept = z.object({
  token: z.string().min(1),
  name: z.string(),
  email: z.string(),
  contribution: Contribution.nullable().default(null),
});
export type KeptContributor = z.infer<typeof Kept>;

const key = (callId: string) => `accord.contribute.${callId}`;

/** What this tab keeps for `callId`, or null (nothing, or something unreadable). */
export function readKept(callId: string, storage: Storage = sessionStorage): KeptContributor | null {
  try {
    const raw = storage.getItem(key(callId));
    if (!raw) return null;
    const parsed = Kept.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // storage disabled (private mode) or damaged: start over
  }
}

export function keep(callId: string, kept: KeptContributor, storage: Storage = sessionStorage): void {
  try {
    storage.setItem(key(callId), JSON.stringify(kept));
  } catch {
    // Storage full or disabled: the page still works until it is reloaded.
  }
}

export function forget(callId: string, storage: Storage = sessionStorage): void {
  try {
    storage.removeItem(key(callId));
  } catch {}
}
