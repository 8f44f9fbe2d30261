// How a search result looks inside a list option: title, summary and the excerpt with the words found.
import { fill, plural } from '../../utils/fill';
import { excerptNodes, type Hit } from './engine';

function textElement(tag: string, className: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

export function fillHit(option: HTMLElement, hit: Hit, typeLabel: string): void {
  option.append(textElement('span', 'app-search__option-title', hit.title));
  if (typeLabel) option.append(textElement('span', 'app-search__option-type', typeLabel));
  if (hit.summary) option.append(textElement('span', 'app-search__option-summary', hit.summary));
  const excerpt = textElement('span', 'app-search__option-excerpt', '');
  excerpt.append(...excerptNodes(hit.excerpt));
  option.append(excerpt);
}

/** A one-line option, such as "See all 12 results" or an urgent guide. */
export function fillLine(option: HTMLElement, text: string, tag?: string): void {
  if (tag) option.append(textElement('strong', 'app-search__option-tag', tag), ' ');
  option.append(textElement('span', 'app-search__option-title', text));
}

/**
 * "3 results for “password”", "1 result for …" or "No results for …", from the words the page carries:
 * `results`, or the form the number takes in the page's `language` where `resultsForms` has one that differs.
 */
export function countSentence(
  words: { none?: string; one?: string; results?: string; resultsForms?: string; language?: string },
  total: number,
  query: string,
): string {
  if (total === 0) return fill(words.none ?? '', { query });
  if (total === 1) return fill(words.one ?? '', { query });
  const form = words.resultsForms && plural(words.resultsForms, total, words.language ?? 'en');
  return fill(form || (words.results ?? ''), { count: total, query });
}
