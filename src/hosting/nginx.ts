import {
  CONTENT_TYPES,
  EXAMPLE_SUB_PATH,
  NOT_FOUND_PAGE,
  SECURITY_HEADERS,
  type CacheRule,
} from './security-headers.ts';
import { generatedNotice, type TrustBuild, headersFor, pagesRule, rulePath, specificRules } from './common.ts';

/** nginx quotes: header values hold single quotes ('none'), never double ones. */
const quoted = (value: string) => `"${value.replaceAll('"', '\\"')}"`;

const indentBy = (text: string, spaces: number) =>
  text
    .split('\n')
    .map((line) => (line ? `${' '.repeat(spaces)}${line}` : line))
    .join('\n');

/** The add_header lines for one location. `always` sends them with 404s and other errors too. */
function addHeaders(rule: CacheRule): string {
  return headersFor(rule)
    .map(({ name, value }) => `add_header ${name} ${quoted(value)} always;`)
    .join('\n');
}

/** nginx's mime.types has no .webmanifest: set it inside the one location that serves the manifest. */
function typesFor(rule: CacheRule): string {
  return rule.kind === 'manifest' ? `types { ${CONTENT_TYPES['.webmanifest']} webmanifest; }\n` : '';
}

/** A nested location for one cache rule: `=` for one file, `^~` for a folder (so no regex location wins). */
function nestedLocation(basePath: string, rule: CacheRule): string {
  const modifier = 'exact' in rule.match ? '=' : '^~';
  return [
    `# ${rule.why}.`,
    `location ${modifier} ${rulePath(basePath, rule)} {`,
    indentBy(`${typesFor(rule)}${addHeaders(rule)}`, 4),
    '}',
  ].join('\n');
}

/**
 * The locations serving the guide under a base path. nginx's trap: a location with any add_header of
 * its own drops every add_header it would inherit, so each location repeats the full set.
 */
export function nginxSiteLocations(basePath: string): string {
  const pages = pagesRule();
  const body = [
    "# The site's own page for addresses that do not exist, sent with status 404.",
    `error_page 404 ${basePath}${NOT_FOUND_PAGE};`,
    '# No try_files: nginx itself serves files, sends folders to their index.html and adds a missing slash.',
    `# ${pages.why}.`,
    addHeaders(pages),
    '',
    '# Each location below repeats every header: nginx drops inherited add_header lines from a location',
    '# that has any of its own.',
    '',
    specificRules()
      .map((rule) => nestedLocation(basePath, rule))
      .join('\n\n'),
  ].join('\n');
  return [`location ${basePath} {`, indentBy(body, 4), '}'].join('\n');
}

/** Settings every server serving the guide shares. */
export function nginxServerBasics(root: string): string {
  return [
    `root ${root};`,
    'index index.html;',
    '# Say nothing about the nginx version.',
    'server_tokens off;',
    '# Redirects such as /guides → /guides/ keep the scheme and host the browser used, behind a proxy too.',
    'absolute_redirect off;',
    'charset utf-8;',
    "# Text compresses well; Pagefind's files (application/octet-stream) and images are compressed already.",
    'gzip on;',
    'gzip_vary on;',
    'gzip_types text/css application/javascript application/json application/manifest+json image/svg+xml text/plain application/xml;',
  ].join('\n');
}

function tls(host: string): string {
  return [
    '# HTTP/2. On nginx 1.25.1 or later you may write "listen 443 ssl;" and "http2 on;" instead.',
    'listen 443 ssl http2;',
    'listen [::]:443 ssl http2;',
    `server_name ${host};`,
    `ssl_certificate /etc/ssl/certs/${host}.pem;`,
    `ssl_certificate_key /etc/ssl/private/${host}.key;`,
    '# For ciphers and session settings use the "intermediate" profile from ssl-config.mozilla.org.',
    'ssl_protocols TLSv1.2 TLSv1.3;',
  ].join('\n');
}

const server = (body: string) => ['server {', indentBy(body, 4), '}'].join('\n');

/** deploy/nginx/cyber-guide.conf: HTTP → HTTPS, the guide at the root of its own host, and under a sub-path. */
export function nginxConfig(): string {
  const headerNames = SECURITY_HEADERS.map((h) => h.name).join(', ');
  return `${generatedNotice('#')}
#
# The Cyber Pocket Guide on nginx: put this file in /etc/nginx/conf.d/ (it belongs in the http block),
# change the host names, certificate paths and roots, then run "nginx -t" and reload.
# Every response carries: ${headerNames} and Cache-Control.

# Plain HTTP only redirects to HTTPS on the same host (HSTS is only honoured over HTTPS).
${server(['listen 80;', 'listen [::]:80;', 'server_name cyber.example.org intranet.example.org;', 'server_tokens off;', 'return 301 https://$host$request_uri;'].join('\n'))}

# Example 1: the guide at the root of its own host, https://cyber.example.org/
# Copy the built site (dist/) to /var/www/cyber-guide.
${server([tls('cyber.example.org'), '', nginxServerBasics('/var/www/cyber-guide'), '', nginxSiteLocations('/')].join('\n'))}

# Example 2: the guide under a sub-path of another site, https://intranet.example.org${EXAMPLE_SUB_PATH}
# Build with SITE_BASE_PATH=${EXAMPLE_SUB_PATH} and copy dist/ to /var/www/intranet${EXAMPLE_SUB_PATH.replace(/\/$/, '')}.
# The intranet's own locations stay as they are; only this location block is the guide's.
${server([tls('intranet.example.org'), '', nginxServerBasics('/var/www/intranet'), '', nginxSiteLocations(EXAMPLE_SUB_PATH)].join('\n'))}
`;
}

/**
 * deploy/container/default.conf.template: nginx inside the container image. Plain HTTP on 8080 (TLS ends
 * at the load balancer or ingress); ${SITE_BASE_PATH} is filled in when the image is built.
 */
export function nginxContainerConfig(trust?: TrustBuild): string {
  return `${generatedNotice('#', trust)}
#
# nginx inside the container image (${trust ? 'hosting' : 'deploy/container'}/Dockerfile). The image build replaces
# \${SITE_BASE_PATH} with the base path the site was built for, like / or /trust/cyber/.
# TLS ends at your load balancer or ingress: let it pass these headers through, and redirect HTTP to HTTPS there.

${server(['listen 8080;', 'server_name _;', '', nginxServerBasics('/usr/share/nginx/html'), '', nginxSiteLocations('${SITE_BASE_PATH}')].join('\n'))}
`;
}
