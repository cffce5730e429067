import { describe, expect, it } from 'vitest';
import { isOfflineApiRequest, navigationDenylist } from './offline-cache.js';

const get = (path: string, method = 'GET', sameOrigin = true) =>
  isOfflineApiRequest({ url: new URL(path, 'https://accord.example'), request: { method } as Request, sameOrigin });
const denied = (path: string) => navigationDenylist.some((re) => re.test(path));

describe('what the service worker keeps for offline use', () => {
  it('keeps the reads a document page needs to show itself', () => {
    expect(get('/api/session')).toBe(true);
    expect(get('/api/documents/d1')).toBe(true);
    expect(get('/api/workspaces/w1')).toBe(true);
  });

  it('keeps nothing else: no writes, exports, reports, comments, other origins', () => {
    expect(get('/api/session', 'POST')).toBe(false);
    expect(get('/api/session', 'DELETE')).toBe(false);
    expect(get('/api/documents/d1/export.docx')).toBe(false);
    expect(get('/api/documents/d1/comments')).toBe(false);
    expect(get('/api/rounds/r1/report')).toBe(false);
    expect(get('/api/workspaces/w1/people')).toBe(false);
    expect(get('/api/session', 'GET', false)).toBe(false);
  });

  it('never answers the server’s own paths or downloads with the app', () => {
    for (const path of ['/api/rounds/r1/report', '/collab/d1', '/metrics', '/healthz', '/report.html', '/sw.js'])
      expect(denied(path), path).toBe(true);
    for (const path of ['/', '/d/d1', '/w/w1', '/consult/r1', '/d/d1/versions']) expect(denied(path), path).toBe(false);
  });
});
