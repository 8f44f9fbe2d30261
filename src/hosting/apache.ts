import { CONTENT_TYPES, NOT_FOUND_PAGE, type CacheRule } from './security-headers.ts';
import {
  generatedNotice,
  intoTheSite,
  type TrustBuild,
  headersFor,
  pagesRule,
  rulePath,
  specificRules,
} from './common.ts';

const quoted = (value: string) => `"${value.replaceAll('"', '\\"')}"`;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The <If> test for a cache rule: the exact file, or everything under a folder. */
function condition(basePath: string, rule: CacheRule): string {
  const path = rulePath(basePath, rule);
  return 'exact' in rule.match ? `%{REQUEST_URI} == '${path}'` : `%{REQUEST_URI} =~ m#^${escapeRegex(path)}#`;
}

/**
 * deploy/apache/.htaccess for Apache httpd 2.4, for a site served at basePath. Unlike nginx, Apache
 * merges the <If> blocks over the folder's headers, so they only change Cache-Control.
 */
export function htaccess(basePath: string, trust?: TrustBuild): string {
  const pages = pagesRule();
  const headerLines = headersFor(pages).map(({ name, value }) => `Header always set ${name} ${quoted(value)}`);
  const types = Object.entries(CONTENT_TYPES)
    .filter(([, type]) => !type.includes(';'))
    .map(([extension, type]) => `AddType ${type} ${extension}`);
  const specific = specificRules().flatMap((rule) => [
    `# ${rule.why}.`,
    `<If "${condition(basePath, rule)}">`,
    `    Header always set Cache-Control ${quoted(rule.cacheControl)}`,
    '</If>',
  ]);
  return [
    generatedNotice('#', trust),
    '#',
    `# The Cyber Pocket Guide on Apache httpd 2.4, served at ${basePath}: ${intoTheSite(trust)} the built site`,
    '# (beside index.html). The folder needs "AllowOverride FileInfo Indexes Options" (or All), and Apache',
    '# needs mod_headers and mod_mime; mod_rewrite for the HTTPS redirect.',
    '',
    '# Folders open their index.html, and never list their files.',
    'DirectoryIndex index.html',
    'Options -Indexes',
    '',
    "# The site's own page for addresses that do not exist, sent with status 404.",
    `ErrorDocument 404 ${basePath}${NOT_FOUND_PAGE}`,
    '',
    '# Content types Apache may not know, and UTF-8 for pages and text.',
    ...types,
    'AddDefaultCharset utf-8',
    '',
    '# Plain HTTP only redirects to HTTPS on the same host (HSTS is only honoured over HTTPS).',
    '<IfModule mod_rewrite.c>',
    '    RewriteEngine On',
    '    RewriteCond %{HTTPS} !=on',
    '    RewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]',
    '</IfModule>',
    '',
    '# Every response, errors too ("always"). Deliberately not inside <IfModule mod_headers.c>: without',
    '# mod_headers Apache answers 500 rather than quietly serving the guide without its protections.',
    `# ${pages.why}.`,
    ...headerLines,
    '',
    ...specific,
    '',
  ].join('\n');
}
