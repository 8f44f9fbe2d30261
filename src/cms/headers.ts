// The HTTP headers the editor is served with, locally (serve.ts) and on a trust's host (deploy/editor/).
// Weaker than the site's own policy in one way only: Sveltia sets styles inline ('unsafe-inline' for
// styles, never for scripts). Everything else comes from the editor's own folder, or the git host's API.
import { API_ORIGINS, type BackendKind } from './backend.ts';

/** The Content-Security-Policy for an editor that saves through this backend. */
export function editorPolicy(kind: BackendKind): string {
  const api = API_ORIGINS[kind].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    // Images in the repository are shown from blob: and data: addresses; avatars come from the git host.
    `img-src 'self' data: blob:${kind === 'github' ? ' https://avatars.githubusercontent.com' : ''}`,
    // data: and blob: are the editor's own images and drafts, read back with fetch().
    `connect-src 'self' data: blob:${api ? ` ${api}` : ''}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every header, policy included. */
export function editorHeaders(kind: BackendKind): Record<string, string> {
  return {
    'Content-Security-Policy': editorPolicy(kind),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    // The editor is a tool, not a page for search engines or caches to keep.
    'X-Robots-Tag': 'noindex',
    'Cache-Control': 'no-cache',
  };
}
