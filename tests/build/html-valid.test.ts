import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { checkHtml } from '../helpers/vnu';

/**
 * A page with its own script after </html>, the mistake this test was written for: the checker must
 * report it (else the test below would pass with the checker checking nothing).
 */
const STRAY_SCRIPT =
  '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>t</title></head><body><p>Hi</p></body></html><script type="module" src="/a.js"></script>';

describe('the built HTML (W3C Nu HTML Checker)', () => {
  it('has no error on any page, at / and in the example trust', async () => {
    const sites = { '/': inject('siteDir'), 'example trust': inject('exampleSiteDir') };
    const planted = mkdtempSync(join(tmpdir(), 'vnu-planted-'));
    writeFileSync(join(planted, 'stray-script.html'), STRAY_SCRIPT);
    const messages = await checkHtml([...new Set(Object.values(sites)), planted]);
    const where = (url: string) => {
      const file = fileURLToPath(url);
      const [site, dir] = Object.entries(sites).find(([, d]) => file.startsWith(d)) ?? ['planted', planted];
      return `${site}: ${relative(dir, file)}`;
    };
    const found = messages.map((m) => `${where(m.url)}:${m.lastLine ?? '?'} — ${m.message}`);
    expect(found.filter((m) => !m.startsWith('planted:'))).toEqual([]);
    expect(found.filter((m) => m.startsWith('planted:'))).toContain(
      'planted: stray-script.html:1 — Stray start tag “script”.',
    );
  });
});
