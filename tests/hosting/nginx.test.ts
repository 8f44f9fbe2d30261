import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  CACHE_RULES,
  MANIFEST_FILE,
  NOT_FOUND_PAGE,
  SECURITY_HEADERS,
  SERVICE_WORKER_FILE,
  cacheRuleFor,
} from '../../src/hosting/security-headers';
import { SUB_PATH, startShippedNginx, type ShippedNginx } from './nginx';

/** One file of each kind the config has a location for, by path relative to the base path. */
function filesOfEveryKind(dir: string): [string, string][] {
  const firstIn = (folder: string) => readdirSync(join(dir, folder)).sort()[0];
  return [
    ['the home page', ''],
    ['a guide page', `guides/${firstIn('guides')}/`],
    ['a hashed asset', `_astro/${firstIn('_astro')}`],
    ['the service worker', SERVICE_WORKER_FILE],
    ['the manifest', MANIFEST_FILE],
    ['the search index', 'pagefind/pagefind-entry.json'],
    ['the logo', 'logo.svg'],
    ['security.txt', '.well-known/security.txt'],
  ];
}

let shipped: ShippedNginx;
const served = (index: number) => shipped.served[index];

beforeAll(async () => {
  shipped = await startShippedNginx(inject('siteDir'), inject('subPathSiteDir'));
  // Said, so a reader knows which locations were tested with a real file and which with a stand-in.
  if (shipped.standIns.length > 0)
    console.info(`nginx tests: stand-ins for files this build does not make yet: ${shipped.standIns.join(', ')}`);
});

afterAll(async () => {
  await shipped?.close();
});

/** Every security header, exactly once and exactly as security-headers.ts says. */
function expectSecurityHeaders(headers: Headers, where: string): void {
  for (const { name, value } of SECURITY_HEADERS) {
    // fetch joins a repeated header with ", ", so a header sent twice fails here too.
    expect(headers.get(name), `${name} on ${where}`).toBe(value);
  }
}

const get = (url: string) => fetch(url, { redirect: 'manual' });

describe.each([
  ['nginx example 1, at /', 0],
  [`nginx example 2, under ${SUB_PATH}`, 1],
  ['the container, at /', 2],
  [`the container, under ${SUB_PATH}`, 3],
] as const)('%s', (_label, index) => {
  const at = () => served(index);

  it('serves a file of every kind with every header and its cache rule (each location tested: nginx drops inherited add_header)', async () => {
    const { origin, basePath, dir, label } = at();
    for (const [kind, path] of filesOfEveryKind(dir)) {
      const response = await get(`${origin}${basePath}${path}`);
      const where = `${kind} (${basePath}${path}) on ${label}`;
      expect(response.status, where).toBe(200);
      expectSecurityHeaders(response.headers, where);
      expect(response.headers.get('Cache-Control'), where).toBe(cacheRuleFor(path).cacheControl);
    }
  });

  it('gives every cache rule its own value: hashed assets immutable, the rest revalidated', async () => {
    const { origin, basePath, dir } = at();
    const byKind = new Map(filesOfEveryKind(dir));
    const asset = await get(`${origin}${basePath}${byKind.get('a hashed asset')}`);
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    for (const path of [SERVICE_WORKER_FILE, MANIFEST_FILE, '', byKind.get('a guide page')!]) {
      expect((await get(`${origin}${basePath}${path}`)).headers.get('Cache-Control'), path || 'home').toBe('no-cache');
    }
    // Every rule in security-headers.ts was exercised above.
    expect(new Set([...byKind.values()].map((path) => cacheRuleFor(path).kind))).toEqual(
      new Set(CACHE_RULES.map((rule) => rule.kind)),
    );
  });

  it('sends content types that work with nosniff', async () => {
    const { origin, basePath, dir } = at();
    const byKind = new Map(filesOfEveryKind(dir));
    expect((await get(`${origin}${basePath}`)).headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect((await get(`${origin}${basePath}${MANIFEST_FILE}`)).headers.get('Content-Type')).toBe(
      'application/manifest+json',
    );
    expect((await get(`${origin}${basePath}${SERVICE_WORKER_FILE}`)).headers.get('Content-Type')).toMatch(
      /^(application|text)\/javascript/,
    );
    expect((await get(`${origin}${basePath}.well-known/security.txt`)).headers.get('Content-Type')).toBe(
      'text/plain; charset=utf-8',
    );
    const asset = byKind.get('a hashed asset')!;
    expect((await get(`${origin}${basePath}${asset}`)).headers.get('Content-Type')).toMatch(
      asset.endsWith('.css') ? /^text\/css/ : /javascript/,
    );
  });

  it.each([
    ['page', 'no-such-page/'],
    ['hashed asset', '_astro/no-such-file.js'],
    ['search index file', 'pagefind/fragment/no-such-file.pf_fragment'],
  ])(
    "answers a request for a missing %s with status 404, the site's own 404 page and every header, never cached for long",
    async (_kind, path) => {
      const { origin, basePath, dir, label } = at();
      const response = await get(`${origin}${basePath}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(readFileSync(join(dir, NOT_FOUND_PAGE), 'utf8'));
      expectSecurityHeaders(response.headers, `404 for ${path} on ${label}`);
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
    },
  );

  it('adds the missing slash to a folder with a relative redirect, and names no nginx version', async () => {
    const { origin, basePath } = at();
    const response = await get(`${origin}${basePath}about`);
    expect(response.status).toBe(301);
    expect(response.headers.get('Location')).toBe(`${basePath}about/`);
    expect(response.headers.get('Server')).toBe('nginx');
  });

  it('compresses pages and styles', async () => {
    const { origin, basePath } = at();
    const response = await fetch(`${origin}${basePath}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('Content-Encoding')).toBe('gzip');
  });
});

describe('the plain-HTTP server of the shipped nginx config', () => {
  it('redirects every address to HTTPS on the same host, keeping path and query', async () => {
    const response = await new Promise<{ status: number; location?: string }>((done, fail) => {
      request(
        {
          host: '127.0.0.1',
          port: shipped.redirectPort,
          path: '/guides/public-wifi/?from=poster',
          headers: { Host: 'cyber.example.org' },
        },
        (res) => {
          res.resume();
          done({ status: res.statusCode ?? 0, location: res.headers.location });
        },
      )
        .on('error', fail)
        .end();
    });
    expect(response.status).toBe(301);
    expect(response.location).toBe('https://cyber.example.org/guides/public-wifi/?from=poster');
  });
});
