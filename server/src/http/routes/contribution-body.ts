/**
 * A contribution's body, as JSON (`ContributionBody` with `paragraphs`) or as multipart form
 * data with the same fields (`pillars` repeated or as a JSON array) and a `file` (DOCX,
 * Markdown or plain text) imported into paragraphs. Everything is checked before the caller
 * stores anything; a bad body is a 400 naming the field, a bad file a 400 `import_failed`,
 * an oversized one a 413.
 */
import type { Context } from 'hono';
import { ContributionBody } from '@accord/schema';
import { importFile } from '../../calls/import.js';
import type { ContributionFields } from '../../calls/store.js';
import { Refusal } from '../../refusal.js';
import { parseBody, readJson } from '../errors.js';

/** Fields taken from a form, besides `file`. */
const FORM_FIELDS = ['title', 'organisation', 'kind', 'country', 'group'] as const;

/** The contribution's fields from the request, its file imported. */
export async function readContribution(c: Context): Promise<ContributionFields> {
  const type = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(type)) {
    const body = await readJson(c, ContributionBody);
    if (!body.paragraphs) throw new Refusal(400, 'invalid_body', { key: 'errors.contribution.noText' });
    return fields(body, body.paragraphs, 'typed');
  }
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch (error) {
    throw new Refusal(400, 'invalid_body', { key: 'errors.contribution.unreadableForm' }, { cause: error });
  }
  const candidate: Record<string, unknown> = {};
  for (const name of Object.keys(form)) {
    if (name !== 'file' && name !== 'pillars' && !(FORM_FIELDS as readonly string[]).includes(name))
      throw new Refusal(400, 'invalid_body', { key: 'errors.contribution.unknownField', values: { name } });
  }
  for (const name of FORM_FIELDS) {
    const value = form[name];
    if (Array.isArray(value))
      throw new Refusal(400, 'invalid_body', { key: 'errors.contribution.repeatedField', values: { name } });
    if (value !== undefined && value !== '') candidate[name] = value;
  }
  candidate.pillars = formPillars(form.pillars);
  const parsed = parseBody(c, ContributionBody, candidate);
  const file = form.file;
  if (!(file instanceof File)) throw new Refusal(400, 'invalid_body', { key: 'errors.contribution.noFile' });
  const imported = await importFile(file.name, new Uint8Array(await file.arrayBuffer()));
  return fields(parsed, imported.paragraphs, imported.source);
}

/** Pillars as repeated fields, or one field holding a JSON array. */
function formPillars(value: unknown): unknown {
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  if (values.length === 1 && typeof values[0] === 'string' && values[0].trim().startsWith('[')) {
    try {
      return JSON.parse(values[0]) as unknown;
    } catch {
      throw new Refusal(400, 'invalid_body', { key: 'errors.contribution.pillarsNotArray' });
    }
  }
  return values.filter((v) => v !== '');
}

const fields = (
  body: ContributionBody,
  paragraphs: string[],
  source: ContributionFields['source'],
): ContributionFields => ({
  title: body.title,
  organisation: body.organisation,
  kind: body.kind,
  country: body.country,
  group: body.group ?? null,
  pillars: [...new Set(body.pillars)],
  paragraphs,
  source,
});
