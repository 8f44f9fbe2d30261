// <site-search>: searches the Pagefind index in the browser, online or offline. Pagefind's code is
// loaded only here, on first use. Results are built as DOM nodes: nothing typed is ever parsed as HTML.

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}
interface UrgentGuide {
  path: string;
  title: string;
  words: string[];
}

/** An excerpt with Pagefind's <mark> kept as real marks, and everything else as plain text. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) => new DOMParser().parseFromString(`<!doctype html><body>${s}`, 'text/html').body.textContent ?? '';
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1].replace(/<[^>]*>/g, ''));
    return mark;
  });
}

class SiteSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const input = this.querySelector('input')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
      void this.search(input.value);
    });
    const query = new URLSearchParams(location.search).get('q') ?? '';
    input.value = query;
    if (query) void this.search(query);
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 24 });
      return module;
    });
    return this.pagefind;
  }

  private text(key: 'results' | 'one' | 'none' | 'loading' | 'unavailable', query = '', count = 0): string {
    return (this.dataset[key] ?? '').replace('{query}', query).replace('{count}', String(count));
  }

  private showUrgent(query: string): void {
    const box = this.querySelector<HTMLElement>('[data-urgent-box]')!;
    const list = this.querySelector('[data-urgent-links]')!;
    const words = query.toLowerCase();
    const urgent: UrgentGuide[] = JSON.parse(this.dataset.urgent ?? '[]');
    const matches = urgent.filter((g) => g.words.some((w) => w.length > 2 && new RegExp(`(^|\\W)${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\W)`).test(words)));
    list.replaceChildren(
      ...matches.map((g) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = g.path;
        link.textContent = g.title;
        item.append(link);
        return item;
      }),
    );
    box.hidden = matches.length === 0;
  }

  async search(query: string): Promise<void> {
    const status = this.querySelector('[data-status]')!;
    const list = this.querySelector('[data-results-list]')!;
    list.replaceChildren();
    this.showUrgent(query);
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = this.text('loading');
    try {
      const pagefind = await this.load();
      const { results } = await pagefind.search(query);
      const top = await Promise.all(results.slice(0, 10).map((r) => r.data()));
      list.replaceChildren(
        ...top.map((result) => {
          const item = document.createElement('li');
          item.className = 'app-search__result';
          const heading = document.createElement('h2');
          heading.className = 'nhsuk-heading-s app-search__result-title';
          const link = document.createElement('a');
          link.href = result.url;
          link.textContent = result.meta.title ?? result.url;
          heading.append(link);
          const excerpt = document.createElement('p');
          excerpt.append(...excerptNodes(result.excerpt));
          item.append(heading, excerpt);
          return item;
        }),
      );
      status.textContent = results.length === 0 ? this.text('none', query) : results.length === 1 ? this.text('one', query) : this.text('results', query, results.length);
    } catch (error) {
      console.warn('search failed', error);
      status.textContent = this.text('unavailable');
    }
  }
}

customElements.define('site-search', SiteSearch);
