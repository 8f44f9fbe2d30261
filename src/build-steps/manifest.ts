import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type Sharp from 'sharp';
import type { SiteConfig } from '../schemas/site';
import { stringsForPages } from '../config/strings';
import { welshStringsForPages } from '../config/welsh-strings';
import { welshSiteWords } from '../config/welsh-site';
import { SHORTCUT } from '../service-worker/languages';
import type { BuildStep } from './index';
import { HTML_LANG } from '../utils/language';

/** Icons made from the logo: name, size, and whether the logo sits in a safe zone on the brand colour. */
const ICONS = [
  { file: 'icons/icon-192.png', size: 192, maskable: false },
  { file: 'icons/icon-512.png', size: 512, maskable: false },
  { file: 'icons/icon-maskable-512.png', size: 512, maskable: true },
  { file: 'icons/apple-touch-icon.png', size: 180, maskable: true },
] as const;

/** The guide the "report" shortcut opens: how to report, with the service desk's number. */
const REPORT_GUIDE = 'how-to-report';

/**
 * A long press on the installed app's icon: the urgent paths, one tap away. Their names are the
 * interface's words; the report shortcut goes when this copy hides its guide.
 *
 * A copy in English and Welsh is one app with one manifest, whatever the phone chose: each name is in
 * both languages, Welsh first (as on the signs of a body in Wales), and each address carries ?shortcut,
 * so the worker opens the page in the device's language (src/service-worker/worker.ts) while the same
 * page's plain address, printed or bookmarked, stays English. An English-only copy is as it always was.
 */
function shortcuts(site: SiteConfig) {
  const english = stringsForPages(site);
  const welsh = site.languages.includes('cy') ? welshStringsForPages(site, english) : undefined;
  const names = (key: 'shortcuts.help' | 'shortcuts.alerts' | 'shortcuts.report') => {
    if (!welsh || welsh[key] === english[key]) return { name: english[key], short_name: english[key] };
    const name = `${welsh[key]} · ${english[key]}`;
    // The two languages apart too, for a launcher that reads the manifest's localized members: the
    // name in the phone's language alone, never cut off half way through the second.
    const localized = { [HTML_LANG.en]: english[key], [HTML_LANG.cy]: welsh[key] };
    return { name, short_name: name, name_localized: localized, short_name_localized: localized };
  };
  const address = (path: string) => `${site.basePath}${path}${welsh ? `?${SHORTCUT}` : ''}`;
  const icons = [
    { src: `${site.basePath}${ICONS[0].file}`, sizes: `${ICONS[0].size}x${ICONS[0].size}`, type: 'image/png' },
  ];
  return [
    { ...names('shortcuts.help'), url: address('help/') },
    { ...names('shortcuts.alerts'), url: address('alerts/') },
    ...(site.hide.includes(`guides/${REPORT_GUIDE}`)
      ? []
      : [{ ...names('shortcuts.report'), url: address(`guides/${REPORT_GUIDE}/`) }]),
  ].map((shortcut) => ({ ...shortcut, icons }));
}

/**
 * The app's name and description in Welsh, as the manifest's localized members (the Web Application
 * Manifest's `*_localized`): a launcher that reads them names the app in the phone's language, and one
 * that does not keeps the English name. Only in a copy with Welsh, and only the words that differ.
 */
function welshNames(site: SiteConfig) {
  if (!site.languages.includes('cy')) return {};
  const english = { name: site.name, shortName: site.shortName, organisation: site.organisation };
  const welsh = welshSiteWords(site, { ...english, description: site.description, contacts: {} });
  const inWelsh = (value: string, englishValue: string) => (value === englishValue ? {} : { [HTML_LANG.cy]: value });
  const members = {
    name_localized: inWelsh(welsh.name, site.name),
    short_name_localized: inWelsh(welsh.shortName, site.shortName),
    description_localized: inWelsh(welsh.description, site.description),
  };
  return Object.fromEntries(Object.entries(members).filter(([, value]) => Object.keys(value).length > 0));
}

/** The web app manifest, from site.yaml: what a phone shows when staff add the guide to the home screen. */
export function webManifest(site: SiteConfig) {
  return {
    name: site.name,
    short_name: site.shortName,
    description: site.description,
    ...welshNames(site),
    // The language of the manifest's own words (name, description, shortcuts: site.yaml and strings.yaml),
    // English, the first language (the shortcuts' names are in both). One manifest is one app on the home
    // screen in both languages: a phone that chose Cymraeg still starts in Welsh, as the worker sends
    // start_url and the shortcuts to /cy/ (src/service-worker/).
    lang: HTML_LANG[site.languages[0]],
    dir: 'ltr',
    start_url: site.basePath,
    scope: site.basePath,
    id: site.basePath,
    display: 'standalone',
    theme_color: site.colours.primary,
    background_color: '#ffffff',
    icons: ICONS.filter((icon) => !icon.file.includes('apple')).map((icon) => ({
      src: `${site.basePath}${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.maskable ? 'maskable' : 'any',
    })),
    shortcuts: shortcuts(site),
  };
}

async function renderIcon(sharp: typeof Sharp, site: SiteConfig, size: number, maskable: boolean): Promise<Buffer> {
  // Maskable icons keep the logo inside the central 80% that every platform's mask leaves visible.
  const logoSize = Math.round(size * (maskable ? 0.7 : 1));
  const logo = await sharp(site.logoFile, { density: 384 })
    .resize(logoSize, logoSize, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  return sharp({
    create: {
      width: size,
      height: size,
      channels: 4,
      background: maskable ? site.colours.primary : { r: 0, g: 0, b: 0, alpha: 0 },
    },
  })
    .composite([{ input: logo, gravity: 'center' }])
    .png()
    .toBuffer();
}

/** Writes manifest.webmanifest and the icons into the build. */
export const manifestStep: BuildStep = {
  name: 'manifest and icons',
  order: 30,
  async run({ site, outDir }) {
    mkdirSync(join(outDir, 'icons'), { recursive: true });
    // Loaded here rather than with the config, so the build does not carry it until the pages are made.
    // Required, not imported: by now Vite's module runner, which loaded this file, has closed.
    const sharp: typeof Sharp = createRequire(import.meta.url)('sharp');
    await Promise.all(
      ICONS.map(async (icon) =>
        writeFileSync(join(outDir, icon.file), await renderIcon(sharp, site, icon.size, icon.maskable)),
      ),
    );
    writeFileSync(join(outDir, 'manifest.webmanifest'), `${JSON.stringify(webManifest(site), null, 2)}\n`);
  },
};
