/** A path inside the site, with the base path in front: href('guides/x/') → '/trust/cyber/guides/x/'. */
export function href(path = ''): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}
