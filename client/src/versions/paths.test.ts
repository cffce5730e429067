import { describe, expect, it } from 'vitest';
import { parseRoute } from '../router.js';
import { versionPaths } from './paths.js';

describe('version paths', () => {
  it('parse back to their routes', () => {
    expect(parseRoute(versionPaths.list('doc-1'))).toEqual({ page: 'versions', documentId: 'doc-1' });
    expect(parseRoute(versionPaths.version('doc-1', 'v1'))).toEqual({
      page: 'version',
      documentId: 'doc-1',
      versionId: 'v1',
    });
    expect(parseRoute(versionPaths.compare('doc-1', 'v1', 'live'))).toEqual({
      page: 'compare',
      documentId: 'doc-1',
      from: 'v1',
      to: 'live',
    });
  });
});
