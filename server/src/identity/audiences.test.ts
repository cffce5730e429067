import { describe, expect, it } from 'vitest';
import { dialects } from '../storage/testing.js';
import { ana, identityFixture } from './testing.js';

describe.each(dialects)('on %s', (dialect) => {
  const fx = identityFixture(dialect, 'audiences');

  describe('SqlAudienceStore', () => {
    it('keeps a document audience, empty meaning the whole workspace', async () => {
      const a = await fx.identity.people.createPerson(ana);
      expect(await fx.identity.audiences.getDocumentAudience('d')).toEqual([]);
      await fx.identity.audiences.setDocumentAudience('d', [a.id, a.id]);
      expect(await fx.identity.audiences.getDocumentAudience('d')).toEqual([a.id]);
      await fx.identity.audiences.setDocumentAudience('d', []);
      expect(await fx.identity.audiences.getDocumentAudience('d')).toEqual([]);
      // Each change is audited so that open connections of those left out are re-checked.
      expect((await fx.identity.audit.list()).map((e) => [e.action, e.target, e.detail])).toEqual([
        ['document.audience', 'd', { people: [a.id, a.id] }],
        ['document.audience', 'd', { people: [] }],
      ]);
    });
  });
});
