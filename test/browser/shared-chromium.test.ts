/**
 * The browser project shares one Chromium across its files (global-setup.ts): a file that
 * closes its Browser must only disconnect, leaving the browser to the other files, and its
 * own contexts must go with it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { buildClient, isCachedBuild, launchChromium } from './harness.js';

describe('the run-wide client build and Chromium', () => {
  it('serves every file the one client build of the run, kept in the cache', async () => {
    const dist = await buildClient();
    expect(dist).toBe(inject('accordClientDist'));
    expect(isCachedBuild(dist)).toBe(true);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });

  it('hands each file a connection: closing one leaves the browser running for the others', async () => {
    expect(inject('accordChromiumWsEndpoint')).toMatch(/^ws:\/\//);
    const [first, second] = await Promise.all([launchChromium(), launchChromium()]);
    try {
      const left = await first.newContext();
      await (await left.newPage()).setContent('<p>first</p>');
      await first.close();
      expect(first.isConnected()).toBe(false);
      // The closed connection's context went with it.
      expect(first.contexts()).toEqual([]);

      expect(second.isConnected()).toBe(true);
      const page = await (await second.newContext()).newPage();
      await page.setContent('<p id="alive">still here</p>');
      expect(await page.locator('#alive').textContent()).toBe('still here');

      // A connection opened after the close finds the same browser up.
      const third = await launchChromium();
      expect(third.version()).toBe(second.version());
      await third.close();
    } finally {
      await second.close();
    }
  });
});
