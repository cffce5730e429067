/**
 * Answers a comment-response report download in the asked format (rendered now, or as stored
 * at publication). The HTML report is a page to read and print, served inline under a CSP
 * that runs nothing; the others are attachments.
 */
import type { Context } from 'hono';
import { ReportFormat, type Round } from '@accord/schema';
import { reportFilename, type RenderedReport } from '../../rounds/report/index.js';
import { invalidFormat } from '../errors.js';

/** The `format` query parameter, checked before anything is looked up. */
export function reportFormat(c: Context): ReportFormat {
  const format = ReportFormat.safeParse(c.req.query('format') ?? 'html');
  if (!format.success) throw invalidFormat(ReportFormat.options);
  return format.data;
}

export function reportDownload(
  c: Context,
  round: Pick<Round, 'id' | 'title'>,
  report: RenderedReport,
  format: ReportFormat,
): Response {
  const { body, contentType, extension } = report;
  const headers: Record<string, string> = { 'content-type': contentType, 'x-content-type-options': 'nosniff' };
  if (format === 'html') headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'";
  else headers['content-disposition'] = `attachment; filename="${reportFilename(round, extension)}"`;
  return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, headers);
}
