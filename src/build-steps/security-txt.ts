import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteConfig } from '../schemas/site';
import type { BuildStep } from './index';
import { toTelUri } from '../schemas/contact';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where RFC 9116 puts the file, under the site's base path. */
export const SECURITY_TXT_PATH = '.well-known/security.txt';

/** The Contact line: site.yaml's security.contact, else the service desk's email, else its phone. */
function securityContact(site: Pick<SiteConfig, 'security' | 'contacts'>): string {
  const desk = site.contacts.serviceDesk;
  return site.security.contact ?? (desk.email ? `mailto:${desk.email}` : toTelUri(desk.phone)!);
}

/**
 * /.well-known/security.txt (RFC 9116) for this copy of the guide. Expires is worked out from `now`,
 * the build time, so each build publishes a fresh expiry and an old, forgotten copy stops vouching
 * for contacts that may have changed.
 */
export function securityTxt(site: Pick<SiteConfig, 'security' | 'contacts' | 'url' | 'basePath'>, now: Date): string {
  const lines = [
    `Contact: ${securityContact(site)}`,
    `Expires: ${new Date(now.getTime() + site.security.expiresInDays * DAY_MS).toISOString()}`,
  ];
  if (site.security.policy) lines.push(`Policy: ${site.security.policy}`);
  lines.push('Preferred-Languages: en');
  if (site.url) lines.push(`Canonical: ${new URL(`${site.basePath}${SECURITY_TXT_PATH}`, site.url).href}`);
  return `${lines.join('\n')}\n`;
}

/** The build step writing security.txt; it runs before the service worker, which may precache it. */
export const securityTxtStep: BuildStep = {
  name: 'security.txt',
  order: 40,
  async run({ site, outDir }) {
    await mkdir(join(outDir, '.well-known'), { recursive: true });
    await writeFile(join(outDir, SECURITY_TXT_PATH), securityTxt(site, new Date()));
  },
};
