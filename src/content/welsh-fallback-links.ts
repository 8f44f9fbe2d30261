// On a /cy/ page that shows English words for want of a Welsh version, the links in those words go to
// English pages, as the editors wrote them. A link to a page that has its Welsh words goes to that Welsh
// page instead, so a Welsh reader stays in Welsh where they can. The words are compiled once for both
// languages (MDX's optimize makes them fixed HTML, where no link component runs, and the Markdown step in
// base-path-links.ts cannot know which page will show them), so this is done on the page as made.

/** The links of a page's <main>, rewritten: an English page's address becomes its Welsh one where that exists. */
export function welshFallbackLinks(html: string, basePath: string, welshPages: ReadonlySet<string>): string {
  const base = basePath.replace(/\/?$/, '/');
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>', start);
  if (start < 0 || end < 0) return html;
  const main = html.slice(start, end).replace(/<a\b[^>]*>/g, (tag) => {
    // hreflang marks a link chosen for its language: the notice's and the header's "English".
    if (/\shreflang=/.test(tag)) return tag;
    return tag.replace(/\shref="([^"]*)"/, (attribute, link: string) => {
      const welsh = welshAddress(link, base, welshPages);
      return welsh ? ` href="${welsh}" hreflang="cy"` : attribute;
    });
  });
  return html.slice(0, start) + main + html.slice(end);
}

/** '/base/guides/x/#y' → '/base/cy/guides/x/#y' when guides/x/ has Welsh words; undefined otherwise. */
function welshAddress(link: string, base: string, welshPages: ReadonlySet<string>): string | undefined {
  if (!link.startsWith(base)) return undefined;
  const cut = link.search(/[#?]/);
  const path = (cut < 0 ? link : link.slice(0, cut)).slice(base.length);
  if (path === 'cy' || path.startsWith('cy/') || !welshPages.has(path)) return undefined;
  return `${base}cy/${link.slice(base.length)}`;
}
