/**
 * The hosting policy: every header, cache rule and content type the guide needs from its web server.
 * This is the ONE source of truth: deploy/ (nginx, Apache, IIS, Azure, Netlify/Cloudflare, container)
 * is generated from it by `npm run deploy:configs`, and tests/hosting checks each generated file and a
 * real nginx against it. Edit here, never in deploy/.
 *
 * The page policy (script-src, style-src, default-src …) is not here: Astro writes it into each page's
 * <meta> tag with the hashes of that page's scripts and styles (see csp.ts). A browser enforces every
 * policy it is given, so a header policy carrying script-src or default-src would block those hashes.
 * The header policy therefore holds only what a <meta> tag cannot carry.
 */

import { PAGEFIND_FOLDER } from '../features/search/search-bundle.ts';

/** One response header sent with every file of the site. */
export interface SecurityHeader {
  name: string;
  value: string;
  /** Why the header is there, written into the generated configs as a comment. */
  why: string;
}

/**
 * Directives that only work in a header, never in a <meta> tag (CSP3 §3.3, and the HTML spec for
 * http-equiv). `report-uri`/`report-to` need an endpoint we do not run, and `sandbox` would stop the
 * page's own scripts, so `frame-ancestors` is the one the guide needs.
 */
export const HEADER_ONLY_CSP_DIRECTIVES = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'] as const;

/** The header policy: only what the page's <meta> policy cannot hold. */
export const HEADER_CSP_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * Browser features the guide never uses, switched off so that nothing injected into a page could use
 * them either. Only features Chromium, Firefox and Safari recognise: an unknown name makes Chromium log
 * an error on every page. Left on, because the guide or the browser's own UI may use them:
 * clipboard-write (copy a number), web-share, fullscreen (videos in a trust's own guides).
 */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** HSTS lifetime: two years, as Mozilla's guidelines advise (the Observatory asks for at least six months). */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;

/** Every security header, in the order the configs list them. */
export const SECURITY_HEADERS: readonly SecurityHeader[] = [
  {
    name: 'Content-Security-Policy',
    value: HEADER_CSP_DIRECTIVES.join('; '),
    why: "No other site may frame the guide. Only what a <meta> policy cannot carry: the page's own <meta> tag holds script-src and the rest",
  },
  {
    name: 'Strict-Transport-Security',
    value: `max-age=${HSTS_MAX_AGE_SECONDS}`,
    why: 'Browsers use HTTPS only, for two years. Add includeSubDomains once every subdomain of this host serves HTTPS',
  },
  { name: 'X-Frame-Options', value: 'DENY', why: 'No framing, for browsers older than frame-ancestors' },
  { name: 'X-Content-Type-Options', value: 'nosniff', why: 'Files are only ever what their Content-Type says' },
  {
    name: 'Referrer-Policy',
    value: 'no-referrer',
    why: 'Links to other sites never tell them which page a member of staff was reading',
  },
  {
    name: 'Permissions-Policy',
    value: DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    why: 'Switch off browser features the guide never uses',
  },
  {
    name: 'Cross-Origin-Opener-Policy',
    value: 'same-origin',
    why: 'Windows from other sites get no handle on the guide',
  },
  {
    name: 'Cross-Origin-Resource-Policy',
    value: 'same-origin',
    why: "Other sites cannot load the guide's files into their pages",
  },
];

/** Revalidate on every use: the browser keeps a copy but asks the server (a cheap 304) before using it. */
export const REVALIDATE = 'no-cache';
/** Files whose name carries a hash of their bytes never change, so browsers may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Which files a cache rule covers, relative to the site's base path. */
type CacheMatch = { exact: string } | { prefix: string };

/** How long browsers may keep one kind of file. */
export interface CacheRule {
  /** Names the rule in configs, tests and messages. */
  kind: 'hashed-assets' | 'service-worker' | 'manifest' | 'search-index' | 'pages';
  match: CacheMatch;
  cacheControl: string;
  why: string;
}

/** The service worker script, at the top of the base path so its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';
/** The web app manifest. */
export const MANIFEST_FILE = 'manifest.webmanifest';
/** The site's own not-found page, which hosts send with status 404. */
export const NOT_FOUND_PAGE = '404.html';

/**
 * Cache rules, most specific first. `pages` (prefix "") is the default for everything else: HTML pages,
 * the logo, icons, the sitemap, security.txt. Everything but hashed assets revalidates, so a changed
 * phone number or a new scam warning reaches staff on their next visit.
 */
export const CACHE_RULES: readonly CacheRule[] = [
  {
    kind: 'hashed-assets',
    match: { prefix: '_astro/' },
    cacheControl: IMMUTABLE,
    why: "Astro's scripts and styles: their names change when their bytes do",
  },
  {
    kind: 'service-worker',
    match: { exact: SERVICE_WORKER_FILE },
    cacheControl: REVALIDATE,
    why: 'The service worker: browsers must see a new version at once, or updates to the guide stall',
  },
  {
    kind: 'manifest',
    match: { exact: MANIFEST_FILE },
    cacheControl: REVALIDATE,
    why: 'The app manifest: name, colours and icons can change',
  },
  {
    kind: 'search-index',
    match: { prefix: PAGEFIND_FOLDER },
    cacheControl: REVALIDATE,
    why: "Pagefind's index: its entry file and engine keep their names while the content changes",
  },
  {
    kind: 'pages',
    match: { prefix: '' },
    cacheControl: REVALIDATE,
    why: 'Pages and everything else: always the current guidance',
  },
];

/** The cache rule for a path relative to the base path, like "_astro/x.js" or "guides/x/". */
export function cacheRuleFor(path: string): CacheRule {
  const relative = path.replace(/^\//, '');
  return CACHE_RULES.find((rule) =>
    'exact' in rule.match ? relative === rule.match.exact : relative.startsWith(rule.match.prefix),
  )!;
}

/**
 * Content types some servers do not know. With nosniff, a wrong type breaks the file, and IIS refuses
 * to serve an extension it does not know at all (404.3).
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  // Pagefind's index and engine: gzip inside already, which pagefind.js unpacks itself. As octet-stream
  // no config compresses them again, and none may send them with a Content-Encoding.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** The sub-path the generated examples use for a copy of the guide served inside another site. */
export const EXAMPLE_SUB_PATH = '/trust/cyber/';
