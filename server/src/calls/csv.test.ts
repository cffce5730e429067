import { describe, expect, it } from 'vitest';
import { contributionsCsv } from './csv.js';
import type { StoredContribution } from './store.js';

const contribution: StoredContribution = {
  id: 'c1',
  callId: 'k1',
  title: '=HYPERLINK("http://evil")',
  organisation: 'Brazil, IGF',
  kind: 'national',
  country: 'BR',
  group: null,
  pillars: ['access', 'skills'],
  submittedAt: '2030-01-01T00:00:00.000Z',
  updatedAt: '2030-01-01T00:00:00.000Z',
  contributor: { name: 'Bia', email: 'bia@example.br' },
  source: 'docx',
  paragraphs: [
    { index: 0, text: 'Line "one"\nand two' },
    { index: 1, text: '+1 for access' },
  ],
  author: { kind: 'contributor', id: 'x', name: 'Bia', email: 'bia@example.br' },
};

describe('contributions as CSV', () => {
  it('has one RFC 4180 row per paragraph, and no cell a spreadsheet would run as a formula', () => {
    const lines = contributionsCsv([contribution]).split('\r\n');
    expect(lines[0]).toBe(
      'contribution id,title,organisation,kind,country or region,stakeholder group,pillars,contributor,contributor email,submitted at,updated at,source,paragraph index,text',
    );
    expect(lines[1]).toBe(
      `c1,"'=HYPERLINK(""http://evil"")","Brazil, IGF",national,BR,,access; skills,Bia,bia@example.br,2030-01-01T00:00:00.000Z,2030-01-01T00:00:00.000Z,docx,0,"Line ""one""\nand two"`,
    );
    expect(lines[2]).toMatch(/,1,'\+1 for access$/);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });
});
