import { ReportFormat } from '@accord/schema';
import { describe, expect, it } from 'vitest';
import { unzip } from '../../../../test/helpers/unzip.js';
import { renderReport, reportFilename } from './index.js';
import { ordered, SECRETS, sampleInput } from './testing.js';

describe('renderReport', () => {
  it('renders every format with its content type and extension', async () => {
    const expected = {
      markdown: ['text/markdown; charset=utf-8', 'md', '# Comment-response report: '],
      html: ['text/html; charset=utf-8', 'html', '<!doctype html>'],
      docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx', 'PK'],
      csv: ['text/csv; charset=utf-8', 'csv', 'comment id,section,'],
    } as const;
    for (const format of ReportFormat.options) {
      const { body, contentType, extension } = await renderReport(sampleInput(), format);
      const [type, ext, start] = expected[format];
      expect({ contentType, extension }).toEqual({ contentType: type, extension: ext });
      const text = typeof body === 'string' ? body : Buffer.from(body).toString('latin1');
      expect(text.startsWith(start), format).toBe(true);
      expect(typeof body === 'string', format).toBe(format !== 'docx');
    }
  });

  it("never shows a group-only participant's name or country, and shows every comment exactly once, in any format", async () => {
    const plain = ordered.filter((x) => /^[\w ,.]+$/.test(x.text)).map((x) => x.text);
    expect(plain.length).toBe(5);
    for (const format of ReportFormat.options) {
      const { body } = await renderReport(sampleInput(), format);
      const text = typeof body === 'string' ? body : unzip(body).get('word/document.xml')!.toString('utf8');
      for (const secret of SECRETS) expect(text, `${format}: ${secret}`).not.toContain(secret);
      for (const c of plain) expect(text.split(c).length - 1, `${format}: ${c}`).toBe(1);
    }
  });
});

describe('reportFilename', () => {
  it('is a safe ASCII name made of the title', () => {
    expect(reportFilename({ id: 'r1', title: 'Spring consultation 2031' }, 'md')).toBe(
      'comment-response-report-spring-consultation-2031.md',
    );
    expect(reportFilename({ id: 'r1', title: 'Consultation « Santé » / "Ré-vision"\r\n; x=1' }, 'docx')).toBe(
      'comment-response-report-consultation-sante-re-vision-x-1.docx',
    );
    expect(reportFilename({ id: 'aB3_x', title: '协商 第一轮' }, 'csv')).toBe(
      'comment-response-report-round-ab3-x.csv',
    );
    expect(reportFilename({ id: 'r1', title: 'x'.repeat(300) }, 'html')).toBe(
      `comment-response-report-${'x'.repeat(60)}.html`,
    );
  });
});
