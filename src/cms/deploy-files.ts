// The hosting files for a trust that serves the editor itself, for its GitHub or GitLab repository:
// deploy/editor/. Made from headers.ts, the same headers `npm run cms` sends, so what is tested
// locally is what a trust's host sends. Written by `npm run cms:config`.
import type { BackendKind } from './backend.ts';
import { editorHeaders } from './headers.ts';

const HEADER = (comment: string) =>
  `${comment} generated — edit src/cms/headers.ts instead, then run npm run cms:config\n`;

/** A host serves it over HTTPS only; localhost has no certificate, so only the hosted files say so. */
export const hostedEditorHeaders = (kind: BackendKind): Record<string, string> => ({
  ...editorHeaders(kind),
  'Strict-Transport-Security': 'max-age=63072000',
});

function nginxEditor(kind: BackendKind): string {
  const headers = Object.entries(hostedEditorHeaders(kind))
    .map(([name, value]) => `    add_header ${name} "${value}" always;`)
    .join('\n');
  return `${HEADER('#')}# The browser editor for a ${kind === 'github' ? 'GitHub' : 'GitLab'} repository, on its own host name: never inside the
# guide's own folder (the offline copy would store it, and its style policy is weaker).
# Build it with: CMS_BACKEND=${kind} CMS_REPO=your-trust/cyber-pocket-guide npm run cms:build
# and copy dist-cms/ to the root below.
server {
    # HTTP/2. On nginx 1.25.1 or later you may write "listen 443 ssl;" and "http2 on;" instead;
    # "http2 on;" stops older nginx (Debian 12 has 1.22) from starting at all.
    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    server_name editor.example.org;
    ssl_certificate     /etc/ssl/certs/editor.example.org.pem;
    ssl_certificate_key /etc/ssl/private/editor.example.org.key;
    root /var/www/cyber-guide-editor;
    index index.html;

${headers}

    # Sveltia's module ends in .mjs; older mime.types files do not know it.
    types {
        text/html html;
        text/javascript js mjs;
        font/woff2 woff2;
    }

    location / {
        try_files $uri $uri/ =404;
    }
}
`;
}

function headersFileEditor(kind: BackendKind): string {
  const lines = Object.entries(hostedEditorHeaders(kind)).map(([name, value]) => `  ${name}: ${value}`);
  return `${HEADER('#')}# Netlify or Cloudflare Pages, for the editor built with CMS_BACKEND=${kind} (dist-cms/ as the site).\n/*\n${lines.join('\n')}\n`;
}

/** Every file in deploy/editor/, path and text. */
export function editorDeployFiles(): { path: string; contents: string }[] {
  return [
    { path: 'deploy/editor/nginx-github.conf', contents: nginxEditor('github') },
    { path: 'deploy/editor/nginx-gitlab.conf', contents: nginxEditor('gitlab') },
    { path: 'deploy/editor/github/_headers', contents: headersFileEditor('github') },
    { path: 'deploy/editor/gitlab/_headers', contents: headersFileEditor('gitlab') },
  ];
}
