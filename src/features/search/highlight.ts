// Marks the words someone searched for on the page they opened from the results, so they can see
// why it matched. Only the main content is marked, never the header, navigation or hidden text.

const SKIP = 'script, style, mark, button, [aria-hidden="true"], .nhsuk-u-visually-hidden';

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function highlight(terms: string[]): number {
  const words = terms.map((t) => t.trim().toLowerCase()).filter((t) => /\w{2,}/.test(t));
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!root || words.length === 0) return 0;
  // A word and its endings, as the search matches them: "password" marks "passwords" too.
  const pattern = new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})\\w*`, 'gi');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let count = 0;
  for (const text of texts) {
    const value = text.data;
    pattern.lastIndex = 0;
    if (!pattern.test(value)) continue;
    pattern.lastIndex = 0;
    const parts: Node[] = [];
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      parts.push(document.createTextNode(value.slice(last, match.index)));
      const mark = document.createElement('mark');
      mark.className = 'app-highlight';
      mark.textContent = match[0];
      parts.push(mark);
      last = match.index + match[0].length;
      count += 1;
    }
    parts.push(document.createTextNode(value.slice(last)));
    text.replaceWith(...parts);
  }
  return count;
}
