/**
 * A version's text as a download in one of the export formats — the same answer for a saved
 * version (`…/versions/:versionId/content`) and for the live compilation
 * (`…/compilation/export`): Markdown, a print-only HTML page under a CSP that runs nothing,
 * or DOCX (its library loaded on the first export, not at start).
 */
import type { Context } from 'hono';
import type { VersionContent } from '@accord/schema';
import type { CompilationExtras } from '../../endorsement/types.js';
import { versionHtml, versionMarkdown } from '../../versions/export.js';

export type ExportFormat = 'markdown' | 'html' | 'docx';

/** Answers `content` in `format`; downloads are named `<filename>.<extension>`. */
export async function exportResponse(
  c: Context,
  content: VersionContent,
  extras: CompilationExtras | undefined,
  format: ExportFormat,
  filename: string,
): Promise<Response> {
  const download = (extension: string) => ({
    'content-disposition': `attachment; filename="${filename}.${extension}"`,
    'x-content-type-options': 'nosniff',
  });
  switch (format) {
    case 'markdown':
      return c.body(versionMarkdown(content, extras), 200, {
        'content-type': 'text/markdown; charset=utf-8',
        ...download('md'),
      });
    case 'html':
      return c.body(versionHtml(content, extras), 200, {
        'content-type': 'text/html; charset=utf-8',
        // A page to read and print; never one that runs anything.
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
        'x-content-type-options': 'nosniff',
      });
    case 'docx': {
      const { versionDocx } = await import('../../versions/export-docx.js');
      const bytes = await versionDocx(content, extras);
      return c.body(new Uint8Array(bytes), 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ...download('docx'),
      });
    }
  }
}
