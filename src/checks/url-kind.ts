/** What a link or image address is, as far as the checks care. */
export type UrlKind =
  | { kind: 'page'; path: string; hash?: string }
  | { kind: 'same-page'; hash: string }
  | { kind: 'https' }
  | { kind: 'contact' }
  | { kind: 'insecure'; scheme: string }
  | { kind: 'script'; scheme: string }
  | { kind: 'other'; scheme: string };

/** Schemes that run code or smuggle a document in: never in content. */
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/**
 * Sorts an address. Browsers ignore spaces, tabs and control characters inside a scheme, so
 * "java\tscript:" is still a script: they are removed before the scheme is read.
 * `pagePath` resolves a relative address ("../x/") against the page it is on.
 */
export function classifyUrl(url: string, pagePath: string): UrlKind {
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  if (scheme) {
    if (SCRIPT_SCHEMES.has(scheme)) return { kind: 'script', scheme };
    if (scheme === 'https') return { kind: 'https' };
    if (scheme === 'mailto' || scheme === 'tel') return { kind: 'contact' };
    if (scheme === 'http' || scheme === 'ftp') return { kind: 'insecure', scheme };
    return { kind: 'other', scheme };
  }
  if (trimmed.startsWith('//')) return { kind: 'insecure', scheme: '//' };
  if (trimmed.startsWith('#')) return { kind: 'same-page', hash: decoded(trimmed.slice(1)) };
  const resolved = new URL(trimmed, `https://site.invalid${pagePath}`);
  return {
    kind: 'page',
    path: decoded(resolved.pathname),
    hash: resolved.hash ? decoded(resolved.hash.slice(1)) : undefined,
  };
}

export function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
