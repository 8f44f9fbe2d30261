import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/build';
import { siteSchema, type SiteConfig } from '../../src/schemas/site';
import { SECURITY_TXT_PATH, securityTxt } from '../../src/build-steps/security-txt';

const DAY_MS = 24 * 60 * 60 * 1000;
const baseYaml = () => parse(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')) as Record<string, unknown>;
const site = (overrides: Record<string, unknown> = {}) =>
  siteSchema.parse({ ...baseYaml(), ...overrides }) as unknown as SiteConfig;

/** RFC 9116's "Field: value" lines, by field. */
function fields(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
    const match = line.match(/^([A-Za-z-]+): (\S.*)$/);
    expect(match, `"${line}" is a "Field: value" line`).not.toBeNull();
    out.set(match![1], [...(out.get(match![1]) ?? []), match![2]]);
  }
  return out;
}

describe('security.txt (RFC 9116)', () => {
  const now = new Date('2026-01-15T10:00:00.000Z');

  it("falls back to the service desk's email, expires a year after the build, and names its own address", () => {
    const text = securityTxt(site(), now);
    expect(text).toBe(
      [
        'Contact: mailto:servicedesk@example.nhs.uk',
        'Expires: 2027-01-15T10:00:00.000Z',
        'Preferred-Languages: en',
        'Canonical: https://cyber.example.org/.well-known/security.txt',
        '',
      ].join('\n'),
    );
  });

  it('uses site.yaml security.contact, policy and expiresInDays, and the base path in Canonical', () => {
    const custom = site({
      basePath: '/trust/cyber/',
      security: {
        contact: 'https://example.nhs.uk/report',
        policy: 'https://example.nhs.uk/disclosure',
        expiresInDays: 90,
      },
    });
    const parsed = fields(securityTxt(custom, now));
    expect(parsed.get('Contact')).toEqual(['https://example.nhs.uk/report']);
    expect(parsed.get('Policy')).toEqual(['https://example.nhs.uk/disclosure']);
    expect(parsed.get('Expires')).toEqual([new Date(now.getTime() + 90 * DAY_MS).toISOString()]);
    expect(parsed.get('Canonical')).toEqual(['https://cyber.example.org/trust/cyber/.well-known/security.txt']);
  });

  it("uses the service desk's phone when it has no email, and leaves Canonical out without a site url", () => {
    const yaml = baseYaml();
    const contacts = yaml.contacts as Record<string, Record<string, unknown>>;
    const { email: _email, ...desk } = contacts.serviceDesk;
    const noEmail = siteSchema.parse({
      ...yaml,
      url: undefined,
      contacts: { ...contacts, serviceDesk: desk },
    }) as unknown as SiteConfig;
    const parsed = fields(securityTxt(noEmail, now));
    expect(parsed.get('Contact')).toEqual(['tel:+443069990001']);
    expect(parsed.has('Canonical')).toBe(false);
  });

  it('refuses a contact that is neither mailto: nor https://, and an expiry beyond a year, saying what to write', () => {
    const bad = siteSchema.safeParse({
      ...baseYaml(),
      security: { contact: 'security@example.nhs.uk', expiresInDays: 400 },
    });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual([
      'security.contact: expected "mailto:" and an email address, like "mailto:security@example.nhs.uk", or an https:// address, but found "security@example.nhs.uk"',
      'security.expiresInDays: expected at most 365 days: RFC 9116 asks for an expiry within a year',
    ]);
  });

  it.each([
    ['at /', 'siteDir', 'https://cyber.example.org/.well-known/security.txt'],
    ['under a sub-path', 'subPathSiteDir', 'https://cyber.example.org/trust/cyber/.well-known/security.txt'],
  ] as const)('is in the built site %s, valid, with an expiry computed at build time', (_label, key, canonical) => {
    const parsed = fields(readFileSync(join(inject(key), SECURITY_TXT_PATH), 'utf8'));
    expect(parsed.get('Contact')!.length).toBeGreaterThan(0);
    expect(parsed.get('Expires')).toHaveLength(1);
    const expires = Date.parse(parsed.get('Expires')![0]);
    // Built minutes ago by the test setup: a year from then, give or take the build's own duration.
    expect(expires - Date.now()).toBeGreaterThan(364 * DAY_MS);
    expect(expires - Date.now()).toBeLessThanOrEqual(365 * DAY_MS);
    expect(parsed.get('Canonical')).toEqual([canonical]);
  });
});
