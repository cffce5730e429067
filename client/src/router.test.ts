import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from './router.js';

describe('routes', () => {
  it('parses the three pages and refuses anything else', () => {
    expect(parseRoute('/')).toEqual({ page: 'workspaces' });
    expect(parseRoute('/w/demo')).toEqual({ page: 'workspace', workspaceId: 'demo' });
    expect(parseRoute('/d/policy-menus-cnb/')).toEqual({ page: 'document', documentId: 'policy-menus-cnb' });
    expect(parseRoute('/d/a/b')).toEqual({ page: 'not-found', path: '/d/a/b' });
    expect(parseRoute('/api/x')).toEqual({ page: 'not-found', path: '/api/x' });
  });

  it('round-trips ids that need escaping', () => {
    const id = 'a b/ç%';
    expect(parseRoute(paths.document(id))).toEqual({ page: 'document', documentId: id });
    expect(parseRoute('/d/%E0%A4%A')).toEqual({ page: 'document', documentId: '%E0%A4%A' });
  });
});
