import { describe, expect, it } from 'vitest';
import { isPublic, parseRoute, paths, safeNext } from './router.js';

describe('routes', () => {
  it('parses the pages and refuses anything else', () => {
    expect(parseRoute('/')).toEqual({ page: 'workspaces' });
    expect(parseRoute('/w/demo')).toEqual({ page: 'workspace', workspaceId: 'demo' });
    expect(parseRoute('/w/demo/people')).toEqual({ page: 'people', workspaceId: 'demo' });
    expect(parseRoute('/w/demo/audit/')).toEqual({ page: 'audit', workspaceId: 'demo' });
    expect(parseRoute('/d/policy-menus-cnb/')).toEqual({ page: 'document', documentId: 'policy-menus-cnb' });
    expect(parseRoute('/sign-in')).toEqual({ page: 'sign-in' });
    expect(parseRoute('/d/a/b')).toEqual({ page: 'not-found', path: '/d/a/b' });
    expect(parseRoute(paths.dashboard('doc 1'))).toEqual({ page: 'dashboard', documentId: 'doc 1' });
    expect(parseRoute('/d/x/register')).toEqual({ page: 'register', documentId: 'x' });
    expect(parseRoute('/w/demo/other')).toEqual({ page: 'not-found', path: '/w/demo/other' });
    expect(parseRoute('/api/x')).toEqual({ page: 'not-found', path: '/api/x' });
  });

  it('parses invitation links', () => {
    expect(parseRoute('/invite/aci_AbC-123_x')).toEqual({ page: 'invite', token: 'aci_AbC-123_x' });
    expect(parseRoute(paths.invite('aci_a/b'))).toEqual({ page: 'invite', token: 'aci_a/b' });
    expect(parseRoute('/invite')).toEqual({ page: 'not-found', path: '/invite' });
    expect(parseRoute('/invite/a/b')).toEqual({ page: 'not-found', path: '/invite/a/b' });
  });

  it('knows which pages need no session', () => {
    expect(isPublic(parseRoute('/sign-in'))).toBe(true);
    expect(isPublic(parseRoute('/invite/aci_1'))).toBe(true);
    expect(isPublic(parseRoute('/consult/r1'))).toBe(true);
    expect(isPublic(parseRoute('/contribute/c1'))).toBe(true);
    expect(isPublic(parseRoute('/published/v1'))).toBe(true);
    expect(parseRoute(paths.contribute('c 1'))).toEqual({ page: 'contribute', callId: 'c 1' });
    expect(parseRoute(paths.published('v1'))).toEqual({ page: 'published', versionId: 'v1' });
    expect(isPublic(parseRoute('/d/d1/rounds/r1'))).toBe(false);
    expect(isPublic(parseRoute('/w/demo'))).toBe(false);
    expect(isPublic(parseRoute('/nowhere'))).toBe(false);
  });

  it('round-trips ids that need escaping', () => {
    const id = 'a b/ç%';
    expect(parseRoute(paths.document(id))).toEqual({ page: 'document', documentId: id });
    expect(parseRoute(paths.people(id))).toEqual({ page: 'people', workspaceId: id });
    expect(parseRoute('/d/%E0%A4%A')).toEqual({ page: 'document', documentId: '%E0%A4%A' });
  });
});

describe('coming back after signing in', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeNext('/d/policy-menus-cnb')).toBe('/d/policy-menus-cnb');
    expect(safeNext('/w/demo/people?x=1#top')).toBe('/w/demo/people?x=1#top');
  });

  it('refuses other origins, odd input and the sign-in page itself', () => {
    for (const bad of [
      null,
      undefined,
      '',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'd/x',
      '/sign-in',
      '/sign-in?next=/x',
    ]) {
      expect(safeNext(bad), String(bad)).toBe('/');
    }
  });

  it('builds the sign-in path with the page to come back to', () => {
    expect(paths.signIn('/d/doc-1?x=1')).toBe('/sign-in?next=%2Fd%2Fdoc-1%3Fx%3D1');
    expect(paths.signIn('/')).toBe('/sign-in');
    expect(paths.signIn()).toBe('/sign-in');
    expect(paths.signIn('//evil.example')).toBe('/sign-in');
  });
});
