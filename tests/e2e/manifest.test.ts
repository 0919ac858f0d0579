import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness';

/** The two built manifests (e2e's global setup builds them): least permissions, two stages. */
describe.each([
  ['chromium', CHROME_BUILD],
  ['firefox', FIREFOX_BUILD],
] as const)('the %s build', (name, build) => {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as {
    permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    web_accessible_resources?: unknown;
    content_scripts: { matches: string[]; js: string[]; all_frames?: boolean }[];
  };

  test('asks for storage, contextMenus, activeTab and scripting at most, and no web-accessible resources', () => {
    for (const permission of manifest.permissions ?? []) {
      expect(['storage', 'contextMenus', 'activeTab', 'scripting']).toContain(permission);
    }
    expect(manifest.permissions).toContain('scripting');
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  test('declares one content script, the gate, in every frame; host permissions are exactly its matches', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [gate] = manifest.content_scripts;
    expect(gate!.all_frames).toBe(true);
    expect([...manifest.host_permissions!].sort()).toEqual([...gate!.matches].sort());
    // Only the Chrome reader's file:// access is optional, asked for on a click.
    expect(manifest.optional_host_permissions ?? []).toEqual(
      name === 'chromium' ? ['file:///*'] : [],
    );
  });

  test('the gate stays within its 40 KB budget; the detector and the sidebar are separate files', () => {
    const size = (file: string) => statSync(join(build, file)).size;
    expect(size(manifest.content_scripts[0]!.js[0]!)).toBeLessThanOrEqual(40 * 1024);
    expect(size('detector.js')).toBeGreaterThan(0);
    expect(size('ui.js')).toBeGreaterThan(0);
  });
});
