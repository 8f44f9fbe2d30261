// The header's search box as a combobox: up to five results pop up as you type, urgent guides first,
// then "See all results" for the search page. Loaded when someone first focuses the box.
import { Combobox, type ComboOption } from './combobox';
import { bundleOf, preload, warmUp } from './engine';
import { answer, latestOnly } from './query';
import { fill } from '../../utils/fill';
import { countSentence, fillHit, fillLine } from './render';
import { dataWords } from '../../utils/page-data';

const SHOWN = 5;

export function enhance(form: HTMLFormElement, input: HTMLInputElement): void {
  const listbox = form.querySelector<HTMLElement>('[data-search-listbox]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!listbox || !status || form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const strings = form.dataset;
  const types = dataWords(strings.types);
  const ask = latestOnly(answer);
  const searchPage = (query: string) => `${form.action}?q=${encodeURIComponent(query)}`;

  const bundle = bundleOf(strings);
  // Enhanced on first focus: someone is about to search.
  warmUp(bundle);
  /** Shows the options for a query; a failed search says so in the status line instead of throwing. */
  const showOptions = async (query: string): Promise<void> => {
    if (!query.trim()) {
      combobox.show([]);
      status.textContent = '';
      return;
    }
    try {
      const result = await ask(bundle, strings.hints ?? '', { query, limit: SHOWN });
      if (!result) return;
      const urgentPaths = new Set(result.urgent.map((u) => u.path));
      const options: ComboOption[] = [
        ...result.urgent.map((u) => ({
          href: u.path,
          fill: (o: HTMLElement) => fillLine(o, u.title, strings.urgentTag),
        })),
        ...result.found.hits
          .filter((hit) => !urgentPaths.has(new URL(hit.url, location.href).pathname))
          .map((hit) => ({ href: hit.url, fill: (o: HTMLElement) => fillHit(o, hit, types[hit.type] ?? '') })),
      ];
      const total = result.found.total;
      if (total > 0)
        options.push({
          href: searchPage(result.searched),
          fill: (o) => fillLine(o, fill(strings.seeAll ?? '', { count: total, query: result.searched })),
        });
      combobox.show(options);
      const counted = countSentence(strings, total, result.searched);
      status.textContent =
        result.searched === query
          ? counted
          : `${fill(strings.corrected ?? '', { suggestion: result.searched })} ${counted}`;
    } catch {
      combobox.show([]);
      status.textContent = strings.unavailable ?? '';
    }
  };

  const combobox = new Combobox(input, listbox, {
    popup: true,
    onTyping: (query) => preload(bundle, query),
    onQuery: (query) => void showOptions(query),
  });
  if (input.value) combobox.queryNow();
}
