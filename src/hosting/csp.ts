/** Directive names Astro's `security.csp.directives` accepts (script-src and style-src it writes itself). */
type DirectiveName =
  | 'base-uri'
  | 'connect-src'
  | 'default-src'
  | 'font-src'
  | 'form-action'
  | 'frame-src'
  | 'img-src'
  | 'manifest-src'
  | 'media-src'
  | 'object-src'
  | 'worker-src';

/** One directive with its sources, like "img-src 'self' data:". */
export type CspDirective = `${DirectiveName} ${string}`;

/**
 * The page policy, beside the script-src and style-src hashes Astro adds to every page's <meta> tag
 * (script-src gets 'self' and 'wasm-unsafe-eval' from CSP_SCRIPT_RESOURCES). No 'unsafe-inline', no 'unsafe-eval'. A <meta> tag cannot carry frame-ancestors: the hosting configs
 * send it as a header (src/hosting/security-headers.ts), and must never send script-src or
 * default-src there, since browsers enforce both policies and would block Astro's hashes.
 */
export const CSP_DIRECTIVES: CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * script-src sources beside Astro's hashes: our own script files, and 'wasm-unsafe-eval' because
 * Pagefind's search engine is WebAssembly (it allows compiling WebAssembly, not JavaScript's eval).
 */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];
