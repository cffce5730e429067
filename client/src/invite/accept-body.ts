/**
 * The body of accepting an invitation as a new person, from the form's fields: empty optional
 * fields are left out (the server's schema refuses empty strings), the password must be typed
 * the same twice (there is no password reset yet), and the shared schema checks the rest. The
 * problems are worded in the page's language.
 */
import { AcceptInvitationBody } from '@accord/schema';
import { zodFieldErrors } from '../errors.js';
import { translate } from '../i18n/current.js';

export interface NewPersonFields {
  name: string;
  stakeholderGroup: string;
  affiliation: string;
  country: string;
  password: string;
  repeatPassword: string;
}

export const emptyNewPerson: NewPersonFields = {
  name: '',
  stakeholderGroup: '',
  affiliation: '',
  country: '',
  password: '',
  repeatPassword: '',
};

export type AcceptBodyResult = { ok: true; body: AcceptInvitationBody } | { ok: false; errors: Record<string, string> };

export function newPersonBody(fields: NewPersonFields): AcceptBodyResult {
  const errors: Record<string, string> = {};
  if (!fields.name.trim()) errors['name'] = translate('shell.newPerson.nameMissing');
  if (!fields.stakeholderGroup) errors['stakeholderGroup'] = translate('shell.newPerson.groupMissing');
  if (fields.password !== fields.repeatPassword)
    errors['repeatPassword'] = translate('shell.newPerson.passwordsDiffer');

  const candidate: Record<string, string> = {
    name: fields.name,
    stakeholderGroup: fields.stakeholderGroup,
    password: fields.password,
  };
  if (fields.affiliation.trim()) candidate['affiliation'] = fields.affiliation;
  if (fields.country.trim()) candidate['country'] = fields.country;
  const parsed = AcceptInvitationBody.safeParse(candidate);
  const schemaErrors = parsed.success ? {} : zodFieldErrors(parsed.error.issues);
  const all = { ...schemaErrors, ...errors };
  if (Object.keys(all).length > 0) return { ok: false, errors: all };
  return { ok: true, body: parsed.data! };
}
