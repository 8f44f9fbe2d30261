import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../src/hosting/csp';
import {
  CACHE_RULES,
  HEADER_CSP_DIRECTIVES,
  HEADER_ONLY_CSP_DIRECTIVES,
  HSTS_MAX_AGE_SECONDS,
  IMMUTABLE,
  REVALIDATE,
  SECURITY_HEADERS,
  cacheRuleFor,
} from '../../src/hosting/security-headers';
import { siteFiles } from '../helpers/site-files';

const header = (name: string) => SECURITY_HEADERS.find((h) => h.name === name)?.value;
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)]),
  );

describe('the header policy', () => {
  it("holds only what a <meta> policy cannot: never script-src or default-src, which would block Astro's hashes", () => {
    const names = HEADER_CSP_DIRECTIVES.map((d) => d.split(/\s+/)[0]);
    for (const name of names) expect(HEADER_ONLY_CSP_DIRECTIVES as readonly string[]).toContain(name);
    expect(HEADER_CSP_DIRECTIVES).toContain("frame-ancestors 'none'");
    expect(header('Content-Security-Policy')).toBe(HEADER_CSP_DIRECTIVES.join('; '));
  });

  it('sends the full set: HSTS for two years, no framing, nosniff, no referrer, features off, own window and files', () => {
    expect(header('Strict-Transport-Security')).toBe(`max-age=${HSTS_MAX_AGE_SECONDS}`);
    expect(HSTS_MAX_AGE_SECONDS).toBeGreaterThanOrEqual(15_768_000);
    expect(header('X-Frame-Options')).toBe('DENY');
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('no-referrer');
    expect(header('Permissions-Policy')).toMatch(/^([a-z-]+=\(\))(, [a-z-]+=\(\))*$/);
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(header('Permissions-Policy')).toContain(`${feature}=()`);
    expect(header('Cross-Origin-Opener-Policy')).toBe('same-origin');
    // Cross-Origin-Embedder-Policy is left out on purpose: nothing needs it, and require-corp can break a trust's own embeds.
    expect(header('Cross-Origin-Embedder-Policy')).toBeUndefined();
  });

  it('caches hashed assets for a year and makes everything else revalidate', () => {
    expect(cacheRuleFor('_astro/Base.abc123.css').cacheControl).toBe(IMMUTABLE);
    for (const path of [
      '',
      'guides/x/',
      'sw.js',
      'manifest.webmanifest',
      'pagefind/pagefind-entry.json',
      'logo.svg',
      '404.html',
    ]) {
      expect(cacheRuleFor(path).cacheControl, path).toBe(REVALIDATE);
    }
    expect(CACHE_RULES.at(-1)!.kind).toBe('pages');
  });
});

describe('the page policy each built page carries', () => {
  it('is strict: no unsafe-inline or unsafe-eval, scripts only from the site and their hashes', () => {
    for (const directive of CSP_DIRECTIVES) expect(directive).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    const pages = siteFiles(inject('siteDir')).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = readFileSync(join(inject('siteDir'), file), 'utf8');
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]+)"/g)];
      expect(metas, file).toHaveLength(1);
      const policy = directives(metas[0][1]);
      expect(policy.get('default-src'), file).toEqual(["'self'"]);
      expect(policy.get('object-src'), file).toEqual(["'none'"]);
      expect(policy.get('base-uri'), file).toEqual(["'self'"]);
      expect(policy.get('form-action'), file).toEqual(["'self'"]);
      expect(policy.get('img-src'), file).toEqual(["'self'", 'data:']);
      expect(policy.get('connect-src'), file).toEqual(["'self'"]);
      expect(policy.get('worker-src'), file).toEqual(["'self'"]);
      // 'wasm-unsafe-eval' for Pagefind's WebAssembly, and nothing else beside our own files and Astro's hashes.
      expect(policy.get('script-src'), file).toContain("'wasm-unsafe-eval'");
      for (const source of policy.get('script-src')!)
        expect(source, file).toMatch(/^('self'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/);
      for (const source of policy.get('style-src')!)
        expect(source, file).toMatch(/^('self'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/);
      // A <meta> policy only covers what comes after it: it must come before any script or style.
      const at = metas[0].index!;
      for (const tag of [/<script/, /<link rel="stylesheet"/, /<style/]) {
        const first = html.search(tag);
        if (first >= 0) expect(first, `${file}: ${tag} after the policy`).toBeGreaterThan(at);
      }
    }
  });
});
