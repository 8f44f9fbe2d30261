// <site-search> on the search page: results as you type in a combobox list, urgent help above them,
// filter chips for type and topic, and "Did you mean …". Everything is built as DOM nodes: nothing
// typed is ever parsed as HTML.
import { Combobox } from './combobox';
import { answer, getReady, latestOnly, type Answer } from './query';
import { showAlertsFor } from '../alerts/search-alert';
import { fill } from '../../utils/fill';
import { countSentence, fillHit } from './render';
import { bundleOf, loadFilters, preload, warmUp } from './engine';
import { dataWords } from '../../utils/page-data';
import { whenCopySaved } from '../offline/copy-saved';

/** When the page has nothing else to do (Safari has no requestIdleCallback: the next task then). */
const whenIdle = (then: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(then, { timeout: 2000 }) : setTimeout(then, 0);

const FILTER_ORDER = ['type', 'topic'];
/** Results fetched at a time: each one is a small download, and most people want the first few. */
const PAGE = 5;

class SiteSearch extends HTMLElement {
  private readonly chosen: Record<string, string> = {};
  /** Set by "Search for … instead": the words exactly as typed, until the person types again. */
  private exact = false;
  private limit = PAGE;
  private combobox?: Combobox;
  private readonly ask = latestOnly(answer);

  private child<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const input = this.child<HTMLInputElement>('search-primary');
    const bundle = bundleOf(this.dataset);
    this.combobox = new Combobox(input, this.child('results-list'), {
      popup: false,
      onQuery: (q) => void this.search(q),
      onTyping: (q) => preload(bundle, q),
    });
    // Whoever opens the search page is about to search. Once the offline copy is on the device, Pagefind
    // (and what every search waits for) starts when the page is idle, from the saved files, so the first
    // search does not wait for it; on a first visit (perhaps a metered signal, the copy still saving)
    // only when the box is first used.
    whenCopySaved(() => whenIdle(() => getReady(bundle, this.dataset.hints ?? '')));
    input.addEventListener('focus', () => warmUp(bundle), { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.combobox?.queryNow();
    });
    input.addEventListener('input', () => {
      this.exact = false;
      this.limit = PAGE;
    });
    this.child('more').addEventListener('click', () => {
      this.limit += PAGE;
      void this.search(input.value);
    });
    this.child('exact-button').addEventListener('click', () => {
      this.exact = true;
      input.focus();
      this.combobox?.queryNow();
    });
    this.child('filters').addEventListener('click', (event) => {
      const chip = (event.target as Element).closest<HTMLButtonElement>('button[data-filter]');
      if (!chip) return;
      const { filter = '', value = '' } = chip.dataset;
      if (this.chosen[filter] === value) delete this.chosen[filter];
      else this.chosen[filter] = value;
      this.limit = PAGE;
      void this.search(input.value, { filter, value });
    });
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    if (input.value) this.combobox.queryNow();
  }

  private showUrgent(result: Answer | undefined): void {
    const box = this.child('urgent-box');
    const links = (result?.urgent ?? []).map((guide) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = guide.path;
      link.textContent = guide.title;
      item.append(link);
      return item;
    });
    this.child('urgent-links').replaceChildren(...links);
    box.hidden = links.length === 0;
  }

  /** After a correction, the way back to the words as typed. */
  private offerExact(query: string, result: Answer | undefined): void {
    const corrected = result !== undefined && result.searched !== query;
    this.child('exact').hidden = !corrected;
    this.child('exact-button').textContent = corrected ? fill(this.dataset.exactly ?? '', { query }) : '';
  }

  /** Chips for each filter value the results have, with how many; a chosen chip stays to be unchosen. */
  private showFilters(result: Answer | undefined, keepFocus?: { filter: string; value: string }): void {
    const labels = dataWords(this.dataset.filterLabels);
    const counts = result?.found.filters ?? {};
    const groups = FILTER_ORDER.filter((name) => counts[name]).map((name) => {
      const group = document.createElement('div');
      group.className = 'app-chips';
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', labels[name] ?? name);
      const label = document.createElement('span');
      label.className = 'app-chips__label';
      label.setAttribute('aria-hidden', 'true');
      label.textContent = labels[name] ?? name;
      group.append(label);
      for (const [value, count] of Object.entries(counts[name]).sort(([a], [b]) => a.localeCompare(b))) {
        const pressed = this.chosen[name] === value;
        if (count === 0 && !pressed) continue;
        const chip = document.createElement('button');
        chip.type = 'button';
        chip.className = 'app-chip';
        chip.dataset.filter = name;
        chip.dataset.value = value;
        chip.setAttribute('aria-pressed', String(pressed));
        chip.textContent = `${value} (${count})`;
        group.append(chip);
      }
      return group;
    });
    const box = this.child('filters');
    box.replaceChildren(...groups.filter((g) => g.querySelector('button')));
    box.hidden = box.children.length === 0;
    if (keepFocus)
      box
        .querySelector<HTMLElement>(
          `button[data-filter="${keepFocus.filter}"][data-value="${CSS.escape(keepFocus.value)}"]`,
        )
        ?.focus();
  }

  async search(query: string, keepFocus?: { filter: string; value: string }): Promise<void> {
    showAlertsFor(query);
    const status = this.child('status');
    history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    if (!query.trim()) {
      this.child('more').hidden = true;
      this.combobox?.show([]);
      status.textContent = '';
      this.showUrgent(undefined);
      this.offerExact(query, undefined);
      this.showFilters(undefined);
      return;
    }
    status.textContent = this.dataset.loading ?? '';
    try {
      await loadFilters(bundleOf(this.dataset));
      const result = await this.ask(bundleOf(this.dataset), this.dataset.hints ?? '', {
        query,
        filters: { ...this.chosen },
        exact: this.exact,
        limit: this.limit,
      });
      if (!result) return;
      const types = dataWords(this.dataset.types);
      this.showUrgent(result);
      this.offerExact(query, result);
      this.showFilters(result, keepFocus);
      this.combobox?.show(
        result.found.hits.map((hit) => ({ href: hit.url, fill: (o) => fillHit(o, hit, types[hit.type] ?? '') })),
      );
      const total = result.found.total;
      const more = this.child('more');
      more.hidden = total <= result.found.hits.length;
      if (document.activeElement === more && more.hidden) this.child('search-primary').focus();
      const counted = countSentence(this.dataset, total, result.searched);
      const filtered =
        Object.values(this.chosen).length > 0
          ? ` ${fill(this.dataset.filtered ?? '', { filters: Object.values(this.chosen).join(', ') })}`
          : '';
      const corrected =
        result.searched === query ? '' : `${fill(this.dataset.corrected ?? '', { suggestion: result.searched })} `;
      status.textContent = `${corrected}${counted}${filtered}`;
    } catch (error) {
      console.warn('search failed', error);
      this.combobox?.show([]);
      status.textContent = this.dataset.unavailable ?? '';
    }
  }
}

customElements.define('site-search', SiteSearch);
