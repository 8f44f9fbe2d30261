import { welshGuidesOutOfDate } from '../content/translation-state';
import type { Plugin } from 'vite';
import { toTelUri } from '../schemas/contact';
import { POCKET_CARD_CONTACTS, type SiteConfig } from '../schemas/site';
import { isRetireBuild, siteConfigFor } from '../config/site-config';
import { existsSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { synonymsSchema } from '../schemas/synonyms';
import { ContentError, schemaProblems, shapeFinder } from '../config/errors';
import { readYaml } from '../config/site';
import { pagefindVersion } from '../config/pagefind-version';
import { stringsForPages } from '../config/strings';
import { welshStringsForPages } from '../config/welsh-strings';
import { welshSiteWords } from '../config/welsh-site';
import { welshMdxFiles } from '../content/welsh-mdx-files';
import { loadHelp } from '../features/helper/load';
import { flowPages, plainAddress } from '../features/helper/walk';
import { welshHelpForPages } from '../features/helper/welsh-help';
import type { WelshHelpPage } from '../schemas/welsh-help';
import { loadAlerts } from '../features/alerts/load';
import { publishedFiles } from '../content/files';
import { slugOf } from '../content/layers';
import { welshWordPages } from '../content/welsh-files';
import { TOPICS } from '../schemas/common';

const ID = 'virtual:cyber-guide/site';

/** The synonym groups from content/synonyms.yaml, with the overlay's groups added. */
function loadSynonyms(site: SiteConfig): string[][] {
  const files = [
    resolve(site.contentDir, 'synonyms.yaml'),
    site.overlayDir && resolve(site.overlayDir, 'synonyms.yaml'),
  ];
  return files
    .filter((f): f is string => Boolean(f && existsSync(f)))
    .flatMap((file) => {
      const shown = relative(process.cwd(), file);
      const { data, source } = readYaml(file, shown);
      const result = synonymsSchema.safeParse(data ?? {}, { reportInput: true });
      if (!result.success)
        throw new ContentError(schemaProblems(shown, result.error, { source, shapeAt: shapeFinder(synonymsSchema) }));
      return result.data.groups;
    });
}

/** The contacts from site.yaml, with tel: links worked out. */
function publicContacts(site: SiteConfig) {
  return Object.fromEntries(
    Object.entries(site.contacts).map(([name, contact]) => [
      name,
      { ...contact, tel: contact.phone ? toTelUri(contact.phone) : undefined },
    ]),
  );
}

/**
 * The lists of guides and checklists, and the topic posters: interface words, and each entry's (each key
 * message's) Welsh title or its English one marked English (src/utils/welsh-titles.ts listWords()); and
 * the worker's offline pages, all interface words.
 */
const WELSH_LISTS = [
  'checklists/',
  'progress/',
  'topics/',
  ...TOPICS.map((topic) => `topics/${topic}/`),
  'posters/',
  ...TOPICS.map((topic) => `posters/${topic}/`),
  'a-z/',
  'offline/',
  'offline/other-language/',
];

/**
 * The pages whose words are in Welsh: the search page is all interface words, the home page is interface
 * and site words, the alerts page interface words and each alert's Welsh words (its English ones, marked
 * English, until it has them: src/features/alerts/alerts-data.ts), each guide and site page with a file
 * in cy/ (central or the trust's), each helper page with Welsh words in cy/help.yaml, and the pocket card
 * once its guide or helper page is in Welsh. Every other /cy/ page shows its English words with Welsh
 * menus until it has a Welsh version.
 */
function welshPages(site: SiteConfig, help: Record<string, WelshHelpPage>): string[] {
  const guides = welshMdxFiles(site, 'guides').map((file) => `guides/${file.slug}/`);
  const pages = welshMdxFiles(site, 'pages').map((file) => `${file.slug}/`);
  const helper = Object.keys(help).map((address) => `help/${address ? `${address}/` : ''}`);
  const card = guides.includes(`guides/${site.pocketCard.guide}/`) || pocketCardHelpPage(site, help);
  return [
    ...[
      '',
      'search/',
      'alerts/',
      ...guides,
      ...pages,
      ...helper,
      ...(card ? ['pocket-card/'] : []),
      ...welshWordPages(site),
    ],
    ...WELSH_LISTS,
  ];
}

/** Whether the Welsh helper gives the "Do this now" words of an end page made from the pocket card's guide. */
function pocketCardHelpPage(site: SiteConfig, help: Record<string, WelshHelpPage>): boolean {
  const { root } = loadHelp(site);
  return Boolean(
    root &&
    flowPages(root).some(
      (page) =>
        page.node.kind === 'end' &&
        page.node.guide === site.pocketCard.guide &&
        help[plainAddress(page.path)]?.now !== undefined,
    ),
  );
}

function welshSite(site: SiteConfig, english: ReturnType<typeof stringsForPages>) {
  const help = welshHelpForPages(site);
  const words = { name: site.name, shortName: site.shortName, organisation: site.organisation };
  return {
    strings: welshStringsForPages(site, english),
    pages: welshPages(site, help),
    /** content/cy/site.yaml: the site's name, organisation and contact words in Welsh. */
    site: welshSiteWords(site, { ...words, description: site.description, contacts: publicContacts(site) }),
    /** content/cy/help.yaml: each helper page's Welsh words, by plain address ("" for the first question). */
    help,
    /** Welsh guides (by slug) whose English guide changed after they were translated. */
    outOfDate: welshGuidesOutOfDate(site),
  };
}

/** What pages may know about the site: site.yaml after merging, with tel: links worked out. */
export function publicSite(site: SiteConfig) {
  const contacts = publicContacts(site);
  const strings = stringsForPages(site);
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
    /** site.yaml `nation:` and what its nation file says: sentences by name, and routes that do not apply. */
    national: {
      nation: site.nation,
      name: site.national.name,
      words: site.national.words,
      absentContacts: site.national.absentContacts,
      absentWords: site.national.absentWords,
    },
    synonyms: loadSynonyms(site),
    /** Every word of the interface (content/strings.yaml with the overlay's changes), for t(). */
    strings,
    /** site.yaml `languages:`: [en], or [en, cy] for a copy with Welsh pages at /cy/. */
    languages: site.languages,
    /** With cy in `languages`: the Welsh interface words, and the pages whose words are Welsh too (by path below /cy/). */
    welsh: site.languages.includes('cy') ? welshSite(site, strings) : undefined,
    builtAt: new Date().toISOString(),
    /** Pagefind's metaCacheTag: see pagefind-version.ts. */
    searchIndexTag: pagefindVersion(),
    offlineMode: isRetireBuild(site) ? 'retire' : 'on',
    manifestPath: `${site.basePath}manifest.webmanifest`,
    /** Whether this copy has any alerts at all: pages read the alerts collection only then (Astro warns of an empty one). */
    hasAlerts: loadAlerts(site).alerts.length > 0,
    /**
     * The guides the overlay publishes, its own and its replacements, by slug: the helper keeps a trust's
     * words for these. Known here, not from a guide's path, which in a trust's build is the installed
     * package's (node_modules/cyber-pocket-guide/content/) and no longer starts with content/.
     */
    overlayGuides: publishedFiles(site, 'guides', '.mdx')
      .filter((file) => file.layer === 'overlay')
      .map((file) => slugOf(file.path)),
    /** site.yaml `hide:` entries, so a page can leave out a link to a hidden guide instead of failing. */
    hide: site.hide,
    /** site.yaml `pocketCard:`: the guide the downtime card is made from, and whose numbers it lists. */
    pocketCard: {
      guide: site.pocketCard.guide,
      contacts: site.pocketCard.contacts ?? POCKET_CARD_CONTACTS.filter((key) => key in site.contacts),
    },
  };
}
export type PublicSite = ReturnType<typeof publicSite>;

/** The content files the module is made from, central and the overlay's (alerts.yaml for hasAlerts). */
const SITE_MODULE_FILES = ['site.yaml', 'strings.yaml', 'synonyms.yaml', 'alerts.yaml', 'cy/site.yaml', 'cy/help.yaml'];

/**
 * A Vite plugin serving the site configuration to pages as `virtual:cyber-guide/site`. A build makes
 * it once. `npm run dev` watches the files it is made from: after an edit, the module is made again
 * from site.yaml read afresh, and Vite reloads the pages that import it.
 */
export function siteModule(site: SiteConfig): Plugin {
  const root = dirname(site.contentDir);
  const files = SITE_MODULE_FILES.flatMap((name) => [
    resolve(site.contentDir, name),
    ...(site.overlayDir ? [resolve(site.overlayDir, name)] : []),
  ]);
  let current = site;
  let code: string | undefined;
  let mistake: unknown;
  return {
    name: 'cyber-guide:site',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      // Files not there yet too: an editor may add the overlay's copy while `astro dev` runs.
      for (const file of files) this.addWatchFile(file);
      if (mistake) throw mistake;
      code ??= `export default ${JSON.stringify(publicSite(current))};`;
      return code;
    },
    watchChange(id) {
      if (!files.includes(id)) return;
      code = undefined;
      // A mistake in the edited file shows on Vite's error page until it is put right.
      try {
        current = siteConfigFor(root, { fresh: true });
        mistake = undefined;
      } catch (error) {
        mistake = error;
      }
    },
  };
}
