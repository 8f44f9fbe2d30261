/**
 * The page policy, beside the script-src and style-src hashes Astro adds to every page's meta tag.
 * A meta tag cannot carry frame-ancestors; the hosting configs in deploy/ send that as a header.
 */
export const CSP_DIRECTIVES = [
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
