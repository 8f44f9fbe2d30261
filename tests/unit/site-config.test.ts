import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig, mergeDeep } from '../../src/config/site';
import { ROOT } from '../helpers/build';

/** A copy of the real content/site.yaml and logo, with site.yaml replaced by `yaml` if given. */
function project(yaml?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'site-config-'));
  cpSync(join(ROOT, 'content/site.yaml'), join(root, 'content/site.yaml'), { recursive: true });
  cpSync(join(ROOT, 'content/brand'), join(root, 'content/brand'), { recursive: true });
  cpSync(join(ROOT, 'content/nations'), join(root, 'content/nations'), { recursive: true });
  if (yaml !== undefined) writeFileSync(join(root, 'content/site.yaml'), yaml);
  return root;
}

const VALID = `name: Cyber Pocket Guide
shortName: Cyber Guide
organisation: Example NHS Trust
logo: brand/logo.svg
colours:
  primary: "#005eb8"
contacts:
  serviceDesk:
    label: IT service desk
    phone: "0306 999 0001"
`;

const load =
  (root: string, extra: Partial<Parameters<typeof loadSiteConfig>[0]> = {}) =>
  () =>
    loadSiteConfig({ root, cwd: root, ...extra });

describe('content/site.yaml', () => {
  it('accepts the shipped file and fills defaults', () => {
    const site = loadSiteConfig({ root: ROOT });
    expect(site.basePath).toBe('/');
    expect(site.contacts.serviceDesk.phone).toBeTruthy();
    expect(site.logoFile.endsWith('content/brand/logo.svg')).toBe(true);
  });

  it('accepts a minimal valid file', () => {
    expect(load(project(VALID))()).toMatchObject({ name: 'Cyber Pocket Guide', basePath: '/', hide: [] });
  });

  it('names the file, line and field of a missing required field', () => {
    expect(load(project(VALID.replace('name: Cyber Pocket Guide\n', '')))).toThrow(
      'content/site.yaml:1 — name: is missing; expected the full name of the guide, like "Cyber Pocket Guide"',
    );
  });

  it('publishes in English only unless languages lists cy, and refuses other languages naming the fix', () => {
    expect(load(project(VALID))().languages).toEqual(['en']);
    expect(load(project(`${VALID}languages: [en, cy]\n`))().languages).toEqual(['en', 'cy']);
    expect(load(project(`${VALID}languages: [en, fr]\n`))).toThrow(
      'content/site.yaml:11 — languages[1]: expected en (English) or cy (Cymraeg), but found "fr"; write languages: [en, cy]',
    );
    expect(load(project(`${VALID}languages: [cy, en]\n`))).toThrow(
      "content/site.yaml:11 — languages: expected English first, like [en, cy]: the English pages stay at the site's own address",
    );
  });

  it('refuses a malformed colour, naming the field and the fix', () => {
    expect(load(project(VALID.replace('"#005eb8"', '"blue"')))).toThrow(
      'content/site.yaml:6 — colours.primary: expected a six-digit hex colour in quotes, like "#005eb8", but found "blue"',
    );
  });

  it('refuses a colour too light for white text', () => {
    expect(load(project(VALID.replace('"#005eb8"', '"#41b6e6"')))).toThrow(
      /colours\.primary: expected a colour dark enough .* gives 2\.\d\d:1; try a darker shade/,
    );
  });

  it('refuses a logo that is not there', () => {
    expect(load(project(VALID.replace('brand/logo.svg', 'brand/missing.svg')))).toThrow(
      'content/site.yaml — logo: the file brand/missing.svg was not found next to site.yaml; add it, or point logo at your SVG or PNG',
    );
  });

  it('suggests the right name for a mistyped field', () => {
    expect(load(project(VALID.replace('colours:', 'colors:')))).toThrow(
      'content/site.yaml:5 — colors: unknown field; did you mean "colours"?',
    );
  });

  it('refuses a phone number nobody can dial', () => {
    expect(load(project(VALID.replace('"0306 999 0001"', '"ext 4567"')))).toThrow(
      'content/site.yaml:10 — contacts.serviceDesk.phone: expected a UK number people can dial, like "0306 999 0001", "+44 20 7946 0000" or "7726", but found "ext 4567"',
    );
  });

  it('reports malformed YAML with its line', () => {
    expect(load(project(`${VALID}contacts: [\n`))).toThrow(/content\/site\.yaml:\d+ — this is not valid YAML/);
  });

  it('reports every problem at once', () => {
    const broken = VALID.replace('name: Cyber Pocket Guide\n', '').replace('"#005eb8"', '"blue"');
    expect(load(project(broken))).toThrow(/name: is missing[\s\S]*colours\.primary: expected a six-digit/);
  });

  it('takes the base path from SITE_BASE_PATH and checks it', () => {
    expect(load(project(VALID), { basePath: '/trust/cyber/' })().basePath).toBe('/trust/cyber/');
    expect(load(project(VALID), { basePath: 'trust' })).toThrow(
      'SITE_BASE_PATH — basePath: expected a path that starts and ends with "/", like "/trust/cyber/", but found "trust"',
    );
  });
});

describe('mergeDeep', () => {
  it('merges nested objects and replaces lists', () => {
    expect(mergeDeep({ a: { b: 1, c: 2 }, l: [1, 2] }, { a: { c: 3 }, l: [9] })).toEqual({ a: { b: 1, c: 3 }, l: [9] });
  });
});
