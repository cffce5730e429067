/**
 * A public participant's comment on a consultation round, as the public page makes it: register,
 * open the confirmation link the server logged (no SMTP in the browser tests), comment on a
 * paragraph. For browser tests that need a round with a published comment to process.
 */
import { expect } from 'vitest';
import type { AccordProcess } from '../helpers/accord-process.js';
import { loggedLink } from '../helpers/participants.js';
import { eventually } from './harness.js';

export async function publicComment(
  accord: AccordProcess,
  roundId: string,
  who: { name: string; email: string },
  blockId: string,
  text: string,
): Promise<void> {
  const base = `${accord.url}/api/public/rounds/${roundId}`;
  const json = { 'content-type': 'application/json' };
  const registered = await fetch(`${base}/participants`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ ...who, stakeholderGroup: 'civil-society', country: 'KE' }),
  });
  expect(registered.status, await registered.clone().text()).toBe(201);
  const { token } = (await registered.json()) as { token: string };
  const link = await eventually(() => new URL(loggedLink(accord.output(), who.email)));
  const confirmed = await fetch(`${base}/confirmations`, {
    method: 'POST',
    headers: { ...json, 'x-participant-token': token },
    body: JSON.stringify({ code: link.searchParams.get('confirm') }),
  });
  expect(confirmed.status, await confirmed.clone().text()).toBe(200);
  const { token: confirmedToken } = (await confirmed.json()) as { token: string };
  const commented = await fetch(`${base}/comments`, {
    method: 'POST',
    headers: { ...json, 'x-participant-token': confirmedToken },
    body: JSON.stringify({ anchor: { kind: 'block', blockId }, text }),
  });
  expect(commented.status, await commented.clone().text()).toBe(201);
}
