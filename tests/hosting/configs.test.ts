import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT } from '../helpers/build';
import { launchBrowser } from '../helpers/browser';
import { deployFiles } from '../../src/hosting/files';
import {
  CACHE_RULES,
  CONTENT_TYPES,
  EXAMPLE_SUB_PATH,
  NOT_FOUND_PAGE,
  SECURITY_HEADERS,
  type CacheRule,
} from '../../src/hosting/security-headers';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const securityHeaders = () => Object.fromEntries(SECURITY_HEADERS.map(({ name, value }) => [name, value]));
const specificRules = CACHE_RULES.filter((rule) => rule.kind !== 'pages');
const pagesCacheControl = CACHE_RULES.find((rule) => rule.kind === 'pages')!.cacheControl;
const ruleTarget = (rule: CacheRule) => ('exact' in rule.match ? rule.match.exact : rule.match.prefix);
const BASES = [
  ['/', ''],
  [EXAMPLE_SUB_PATH, 'sub-path/'],
] as const;

describe('deploy/', () => {
  it.each(deployFiles().map((file) => [file.path, file.contents]))(
    '%s is exactly what security-headers.ts generates',
    (path, contents) => {
      expect(existsSync(join(ROOT, path)), `${path} is missing: run npm run deploy:configs`).toBe(true);
      expect(read(path), `${path} is out of date: run npm run deploy:configs and commit the result`).toBe(contents);
    },
  );

  it('has a README section for every host, naming its files', () => {
    const readme = read('deploy/README.md');
    for (const heading of [
      '## nginx',
      '## Apache',
      '## IIS',
      '## Azure Static Web Apps',
      '## Netlify and Cloudflare Pages',
      '## Container',
    ]) {
      expect(readme).toContain(heading);
    }
    for (const { path } of deployFiles()) expect(readme, path).toContain(path.replace(/^deploy\//, ''));
  });
});

/** A tiny reader for nginx's block syntax: enough to find every location and its directives. */
interface NginxBlock {
  head: string;
  directives: string[];
  blocks: NginxBlock[];
}
function parseNginx(text: string): NginxBlock {
  const root: NginxBlock = { head: '', directives: [], blocks: [] };
  const stack = [root];
  let token = '';
  let quoted = false;
  let comment = false;
  for (const char of text) {
    if (comment) {
      comment = char !== '\n';
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (quoted || !'{};#'.includes(char)) {
      token += char;
      continue;
    }
    const current = stack.at(-1)!;
    if (char === '#') comment = true;
    else if (char === '{') {
      const block = { head: token.trim(), directives: [], blocks: [] };
      current.blocks.push(block);
      stack.push(block);
      token = '';
    } else if (char === '}') stack.pop();
    else if (char === ';') {
      current.directives.push(token.trim());
      token = '';
    }
  }
  expect(stack, 'braces balance').toHaveLength(1);
  expect(quoted, 'quotes balance').toBe(false);
  return root;
}
function locations(block: NginxBlock): NginxBlock[] {
  return block.blocks.flatMap((child) => [...(child.head.startsWith('location') ? [child] : []), ...locations(child)]);
}
function addedHeaders(block: NginxBlock): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const directive of block.directives.filter((d) => d.startsWith('add_header '))) {
    const [, name, value, always] = directive.match(/^add_header (\S+) "(.*)"( always)?$/)!;
    expect(always, `${name} in "${block.head}" needs "always", or 404s go without it`).toBe(' always');
    expect(headers[name], `${name} twice in "${block.head}"`).toBeUndefined();
    headers[name] = value;
  }
  return headers;
}

describe.each([
  ['deploy/nginx/cyber-guide.conf', ['/', EXAMPLE_SUB_PATH]],
  ['deploy/container/default.conf.template', ['/BASE/']],
])('%s (read as nginx blocks)', (path, bases) => {
  // The template's placeholder, filled in as the image build does, so its braces do not read as blocks.
  const config = parseNginx(read(path).replaceAll('${SITE_BASE_PATH}', '/BASE/'));
  const all = locations(config);

  it('has, in every location, every security header and exactly the cache rule of that location', () => {
    expect(all.length).toBe(bases.length * CACHE_RULES.length);
    for (const location of all) {
      const target = location.head.split(/\s+/).at(-1)!;
      const base = [...bases].sort((a, b) => b.length - a.length).find((b) => target.startsWith(b))!;
      const rule = CACHE_RULES.find((r) => ruleTarget(r) === target.slice(base.length))!;
      expect(rule, `a cache rule for ${location.head}`).toBeDefined();
      expect(addedHeaders(location), location.head).toEqual({
        ...securityHeaders(),
        'Cache-Control': rule.cacheControl,
      });
    }
  });

  it("sends the site's own 404 page for each base path", () => {
    for (const base of bases) {
      const outer = all.find((l) => l.head === `location ${base}`)!;
      expect(outer.directives).toContain(`error_page 404 ${base}${NOT_FOUND_PAGE}`);
    }
  });
});

/** .htaccess: top-level `Header always set` lines, and the Cache-Control of each `<If>` block. */
function parseHtaccess(text: string) {
  const top: Record<string, string> = {};
  const ifs = new Map<string, Record<string, string>>();
  let condition: string | undefined;
  const other: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const open = line.match(/^<If "(.+)">$/);
    if (open) {
      condition = open[1];
      ifs.set(condition, {});
      continue;
    }
    if (line === '</If>') {
      condition = undefined;
      continue;
    }
    const header = line.match(/^Header always set (\S+) "(.*)"$/);
    if (header) (condition ? ifs.get(condition)! : top)[header[1]] = header[2];
    else other.push(line);
  }
  return { top, ifs, other };
}

describe.each(BASES)('Apache .htaccess at %s', (base, folder) => {
  const { top, ifs, other } = parseHtaccess(read(`deploy/apache/${folder}.htaccess`));

  it('sets every security header and the pages cache rule for every response', () => {
    expect(top).toEqual({ ...securityHeaders(), 'Cache-Control': pagesCacheControl });
  });

  it('gives each other cache rule its own block, changing only Cache-Control', () => {
    expect(ifs.size).toBe(specificRules.length);
    for (const rule of specificRules) {
      const path = `${base}${ruleTarget(rule)}`;
      const match = [...ifs].find(
        ([condition]) => condition.includes(`'${path}'`) || condition.includes(`^${path.replaceAll('.', '\\.')}#`),
      );
      expect(match, `an <If> for ${path}`).toBeDefined();
      expect(match![1]).toEqual({ 'Cache-Control': rule.cacheControl });
    }
  });

  it("sends the site's own 404 page, the content types Apache may lack, and no folder listings", () => {
    expect(other).toContain(`ErrorDocument 404 ${base}${NOT_FOUND_PAGE}`);
    expect(other).toContain('AddType application/manifest+json .webmanifest');
    expect(other).toContain('Options -Indexes');
  });
});

describe('IIS web.config', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Parsed by a real XML parser (Chromium's DOMParser): what matters in the document, as plain data. */
  async function readWebConfig(text: string) {
    const page = await browser.newPage();
    const result = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
      const headersIn = (scope: Element) =>
        Object.fromEntries(
          [...scope.querySelectorAll(':scope > system\\.webServer > httpProtocol > customHeaders > add')].map((a) => [
            a.getAttribute('name'),
            a.getAttribute('value'),
          ]),
        );
      const removedIn = (scope: Element) =>
        [...scope.querySelectorAll(':scope > system\\.webServer > httpProtocol > customHeaders > remove')].map((r) =>
          r.getAttribute('name'),
        );
      const root = doc.documentElement;
      return {
        error: null,
        rootName: root.nodeName,
        headers: headersIn(root),
        removed: removedIn(root),
        locations: Object.fromEntries(
          [...root.querySelectorAll(':scope > location')].map((l) => [l.getAttribute('path'), headersIn(l)]),
        ),
        notFound: root.querySelector('httpErrors > error[statusCode="404"]')?.getAttribute('path'),
        mimeTypes: Object.fromEntries(
          [...root.querySelectorAll('staticContent > mimeMap')].map((m) => [
            m.getAttribute('fileExtension'),
            m.getAttribute('mimeType'),
          ]),
        ),
      };
    }, text);
    await page.close();
    return result;
  }

  it.each(BASES)(
    'at %s: well-formed, with every header, each cache rule, the 404 page and the content types',
    async (base, folder) => {
      const config = await readWebConfig(read(`deploy/iis/${folder}web.config`));
      expect(config.error).toBeNull();
      expect(config.rootName).toBe('configuration');
      expect(config.headers).toEqual({ ...securityHeaders(), 'Cache-Control': pagesCacheControl });
      // IIS adds to inherited header lists: removing first stops a duplicate from a parent site.
      for (const name of Object.keys(config.headers!)) expect(config.removed).toContain(name);
      expect(config.removed).toContain('X-Powered-By');
      expect(config.locations).toEqual(
        Object.fromEntries(
          specificRules.map((rule) => [ruleTarget(rule).replace(/\/$/, ''), { 'Cache-Control': rule.cacheControl }]),
        ),
      );
      expect(config.notFound).toBe(`${base}${NOT_FOUND_PAGE}`);
      expect(config.mimeTypes).toEqual(CONTENT_TYPES);
    },
  );
});

describe.each(BASES)('Azure staticwebapp.config.json at %s', (base, folder) => {
  const config = JSON.parse(read(`deploy/azure/${folder}staticwebapp.config.json`));

  it('sends every security header and the pages cache rule globally', () => {
    expect(config.globalHeaders).toEqual({ ...securityHeaders(), 'Cache-Control': pagesCacheControl });
  });

  it('gives each other cache rule a route that only changes Cache-Control', () => {
    expect(config.routes).toEqual(
      specificRules.map((rule) => ({
        route: `${base}${ruleTarget(rule)}${'prefix' in rule.match ? '*' : ''}`,
        headers: { 'Cache-Control': rule.cacheControl },
      })),
    );
  });

  it("sends the site's own 404 page and the content types", () => {
    expect(config.responseOverrides['404']).toEqual({ rewrite: `${base}${NOT_FOUND_PAGE}` });
    expect(config.mimeTypes).toEqual(CONTENT_TYPES);
    expect(config.trailingSlash).toBe('always');
  });
});

/** The _headers format: a path line, then indented "Name: value" lines; # starts a comment. */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let path: string | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      path = line.trim();
      expect(path, 'a path line').toMatch(/^\/\S*$/);
      expect(rules.has(path), `${path} twice`).toBe(false);
      rules.set(path, {});
      continue;
    }
    const header = line.trim().match(/^([A-Za-z-]+): (.+)$/);
    expect(header, `"${line}" is "Name: value"`).not.toBeNull();
    expect(path, 'a header before any path').toBeDefined();
    rules.get(path!)![header![1]] = header![2];
  }
  return rules;
}

describe.each(BASES)('Netlify / Cloudflare Pages _headers at %s', (base, folder) => {
  const rules = parseHeadersFile(read(`deploy/netlify/${folder}_headers`));

  it('sets every security header once, on every path, and leaves pages to the host default Cache-Control', () => {
    // Both hosts join the values of a header two matching rules set: so no rule may repeat one.
    expect(rules.get(`${base}*`)).toEqual(securityHeaders());
  });

  it('gives each other cache rule only its Cache-Control', () => {
    expect(rules.size).toBe(1 + specificRules.length);
    for (const rule of specificRules) {
      expect(rules.get(`${base}${ruleTarget(rule)}${'prefix' in rule.match ? '*' : ''}`), rule.kind).toEqual({
        'Cache-Control': rule.cacheControl,
      });
    }
  });
});

describe('Netlify _redirects under a sub-path', () => {
  it("sends missing addresses the copy's own 404 page with status 404, without hiding existing files", () => {
    const lines = read('deploy/netlify/sub-path/_redirects')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'));
    expect(lines.map((line) => line.trim().split(/\s+/))).toEqual([
      [`${EXAMPLE_SUB_PATH}*`, `${EXAMPLE_SUB_PATH}${NOT_FOUND_PAGE}`, '404'],
    ]);
  });
});

describe('the container recipe', () => {
  const dockerfile = read('deploy/container/Dockerfile');
  const instructions = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('#'))
    .map((line) => line.trim());

  it('builds with the lock file and serves with nginx as a non-root user', () => {
    expect(instructions.filter((line) => line.startsWith('FROM '))).toEqual([
      'FROM node:24-bookworm-slim AS build',
      'FROM nginxinc/nginx-unprivileged:stable-alpine',
    ]);
    expect(instructions).toContain('COPY package.json package-lock.json ./');
    expect(instructions.some((line) => line.startsWith('RUN npm ci'))).toBe(true);
    expect(instructions.at(-2)).toBe('USER 101');
    expect(instructions).toContain('EXPOSE 8080');
  });

  it('uses the generated nginx config, with only the base path filled in, and the site at that path', () => {
    const copied = instructions.find((line) => line.startsWith('COPY deploy/container/'))!.split(/\s+/)[1];
    expect(existsSync(join(ROOT, copied))).toBe(true);
    expect(
      instructions.some((line) => line.includes("envsubst '${SITE_BASE_PATH}'") && line.includes('nginx -t')),
    ).toBe(true);
    expect(instructions).toContain('COPY --from=build /app/dist /usr/share/nginx/html${SITE_BASE_PATH}');
    expect(read('deploy/container/default.conf.template')).toContain('root /usr/share/nginx/html;');
  });

  it('keeps local builds, dependencies and version control out of the image build', () => {
    const ignored = read('deploy/container/Dockerfile.dockerignore').split('\n');
    for (const entry of ['.git', 'node_modules', 'dist']) expect(ignored).toContain(entry);
  });
});
