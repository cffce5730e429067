/**
 * The comment-response report in any of its formats, with the content type and file name a
 * download needs. The routes decide who may fetch it; this only renders.
 */
import type { ReportFormat, Round } from '@accord/schema';
import { reportCsv } from './csv.js';
import { reportHtml } from './html.js';
import { reportMarkdown } from './markdown.js';
import type { ReportInput } from './model.js';

export interface RenderedReport {
  body: string | Uint8Array;
  contentType: string;
  /** Without the dot: `md`, `html`, `docx`, `csv`. */
  extension: string;
}

/** The report in one format. */
export async function renderReport(input: ReportInput, format: ReportFormat): Promise<RenderedReport> {
  switch (format) {
    case 'markdown':
      return { body: reportMarkdown(input), contentType: 'text/markdown; charset=utf-8', extension: 'md' };
    case 'html':
      return { body: reportHtml(input), contentType: 'text/html; charset=utf-8', extension: 'html' };
    case 'docx':
      return {
        // docx, a large dependency, loads on the first export instead of at every start.
        body: await (await import('./docx.js')).reportDocx(input),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    case 'csv':
      return { body: reportCsv(input), contentType: 'text/csv; charset=utf-8', extension: 'csv' };
  }
}

/** Lower-case ASCII words joined by hyphens, accents dropped; '' when nothing is left. */
const slug = (text: string, max: number): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');

/**
 * `comment-response-report-spring-consultation.md`: ASCII only, so it is safe in a quoted
 * Content-Disposition filename; the round's id stands in for a title with no ASCII letters.
 */
export function reportFilename(round: Pick<Round, 'id' | 'title'>, extension: string): string {
  const name = slug(round.title, 60) || slug(`round-${round.id}`, 60) || 'round';
  return `comment-response-report-${name}.${slug(extension, 10) || 'txt'}`;
}
