/**
 * Answers a comment-response report download in the asked format. The HTML report is a page
 * to read and print, served inline under a CSP that runs nothing; the others are attachments.
 */
import type { Context } from 'hono';
import { ReportFormat } from '@accord/schema';
import { renderReport, reportFilename } from '../../rounds/report/index.js';
import type { ReportInput } from '../../rounds/report/model.js';
import { HttpError } from '../errors.js';

/** The `format` query parameter, checked before anything is looked up. */
export function reportFormat(c: Context): ReportFormat {
  const format = ReportFormat.safeParse(c.req.query('format') ?? 'html');
  if (!format.success) throw new HttpError(400, 'invalid_format', `format must be one of ${ReportFormat.options.join(', ')}`);
  return format.data;
}

export async function reportDownload(c: Context, input: ReportInput, format: ReportFormat): Promise<Response> {
  const { body, contentType, extension } = await renderReport(input, format);
  const headers: Record<string, string> = { 'content-type': contentType, 'x-content-type-options': 'nosniff' };
  if (format === 'html') headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'";
  else headers['content-disposition'] = `attachment; filename="${reportFilename(input.round, extension)}"`;
  return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, headers);
}
