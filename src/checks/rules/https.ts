import type { MdxFile } from '../../content/content-set';
import { urlsIn } from '../guide-urls';
import type { Check } from '../types';
import type { Problem } from '../../schemas/problem';
import { classifyUrl } from '../url-kind';

function insecureLinks(guide: MdxFile): Problem[] {
  if (!guide.tree) return [];
  return urlsIn(guide.tree)
    .filter((u) => u.carrier !== 'image' && !(u.carrier === 'src' && u.node.name?.toLowerCase() === 'img'))
    .flatMap(({ url, line }): Problem[] => {
      const kind = classifyUrl(url, '/');
      const at = { severity: 'error' as const, check: 'https', file: guide.file, line };
      if (kind.kind === 'insecure') {
        return [
          {
            ...at,
            message: `the link ${url} is not secure (${kind.scheme === '//' ? 'no https:' : `${kind.scheme}:`})`,
            fix: `use its https:// address${kind.scheme === 'http' ? `, ${url.replace(/^http:/i, 'https:')}` : ''}; if the site has none, link to another source`,
          },
        ];
      }
      if (kind.kind === 'other') {
        return [
          {
            ...at,
            message: `the link ${url} uses "${kind.scheme}:", which staff phones may not open safely`,
            fix: 'link to an https:// page, an email address (mailto:) or a phone number (tel:)',
          },
        ];
      }
      return [];
    });
}

/** Links that leave the site use https, so nobody on the way can read or change what staff get. */
export const httpsCheck: Check = {
  name: 'https',
  run: (context) => [...context.content.guides, ...context.content.pages].flatMap(insecureLinks),
};
