// On a /cy/ page that shows English words for want of a Welsh version, the links in those words go to
// English pages, as the editors wrote them. A link to a page that has its Welsh words goes to that Welsh
// page instead, so a Welsh reader stays in Welsh where they can. The words are compiled once for both
// languages (MDX's optimize makes them fixed HTML, where no link component runs, and the Markdown step in
// base-path-links.ts cannot know which page will show them), so this is done on the page as made.
// A #heading is made from the heading's words, so the Welsh page has Welsh ids: the link's English id
// becomes the id of the Welsh heading in the same place.

/** English heading id → Welsh heading id, by path below /cy/ ('guides/x/'), for the pages with Markdown headings. */
export type WelshAnchors = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * A guide's heading ids paired by position (a Welsh guide has its English guide's headings in the same
 * order). None pair when the counts differ: which heading is which cannot then be known.
 */
export function welshAnchors(english: readonly string[], welsh: readonly string[]): Map<string, string> {
  if (english.length !== welsh.length) return new Map();
  return new Map(english.map((id, i) => [id, welsh[i]]));
}

/**
 * The links of a page's <main>, rewritten: an English page's address becomes its Welsh one where that
 * exists. Its #heading becomes the Welsh heading's id for a page in `anchors`, or goes when there is none
 * (the page then opens at the top rather than nowhere); another page's #id (a checklist item's) is the
 * same in both languages and stays.
 */
export function welshFallbackLinks(
  html: string,
  basePath: string,
  welshPages: ReadonlySet<string>,
  anchors: WelshAnchors,
): string {
  const base = basePath.replace(/\/?$/, '/');
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>', start);
  if (start < 0 || end < 0) return html;
  const main = html.slice(start, end).replace(/<a\b[^>]*>/g, (tag) => {
    // hreflang marks a link chosen for its language: the notice's and the header's "English".
    if (/\shreflang=/.test(tag)) return tag;
    return tag.replace(/\shref="([^"]*)"/, (attribute, link: string) => {
      const welsh = welshAddress(link, base, welshPages, anchors);
      return welsh ? ` href="${welsh}" hreflang="cy"` : attribute;
    });
  });
  return html.slice(0, start) + main + html.slice(end);
}

/** '/base/guides/x/#y' → '/base/cy/guides/x/#welsh-y' when guides/x/ has Welsh words; undefined otherwise. */
function welshAddress(
  link: string,
  base: string,
  welshPages: ReadonlySet<string>,
  anchors: WelshAnchors,
): string | undefined {
  if (!link.startsWith(base)) return undefined;
  const cut = link.search(/[#?]/);
  const path = (cut < 0 ? link : link.slice(0, cut)).slice(base.length);
  if (path === 'cy' || path.startsWith('cy/') || !welshPages.has(path)) return undefined;
  const hash = link.indexOf('#');
  const ids = anchors.get(path);
  if (hash < 0 || !ids) return `${base}cy/${link.slice(base.length)}`;
  const id = ids.get(link.slice(hash + 1)) ?? ids.get(decoded(link.slice(hash + 1)));
  return `${base}cy/${link.slice(base.length, hash)}${id ? `#${id}` : ''}`;
}

/** '%C3%A2' → 'â'; a malformed escape stays as written (no heading id has it). */
function decoded(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
