import type { Plugin } from 'vite';
import { toTelUri } from '../schemas/contact';
import type { SiteConfig } from '../schemas/site';
import { isRetireBuild } from './service-worker/options';
import { extname } from 'node:path';

const ID = 'virtual:cyber-guide/site';

/** What pages may know about the site: site.yaml after merging, with tel: links worked out. */
export function publicSite(site: SiteConfig) {
  const contacts = Object.fromEntries(
    Object.entries(site.contacts).map(([name, contact]) => [name, { ...contact, tel: contact.phone ? toTelUri(contact.phone) : undefined }]),
  );
  return {
    name: site.name,
    shortName: site.shortName,
    organisation: site.organisation,
    description: site.description,
    url: site.url,
    basePath: site.basePath,
    primaryColour: site.colours.primary,
    logoFile: site.logoFile,
    logoName: `logo${extname(site.logoFile).toLowerCase()}`,
    contacts,
    builtAt: new Date().toISOString(),
    offlineMode: isRetireBuild(site) ? 'retire' : 'on',
    manifestPath: `${site.basePath}manifest.webmanifest`,
  };
}
export type PublicSite = ReturnType<typeof publicSite>;

/** A Vite plugin serving the site configuration to pages as `virtual:cyber-guide/site`. */
export function siteModule(site: SiteConfig): Plugin {
  const code = `export default ${JSON.stringify(publicSite(site))};`;
  return {
    name: 'cyber-guide:site',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? code : undefined),
  };
}
