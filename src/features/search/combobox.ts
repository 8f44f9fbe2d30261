// The WAI-ARIA combobox pattern with a listbox: the text box keeps focus while the arrow keys move
// through the results (aria-activedescendant), Enter opens the one chosen and Escape closes the list.
// Used by the header's search box (a pop-up list) and the search page (the list is the results).

export interface ComboOption {
  href: string;
  /** Fills the option element: title, summary, excerpt. */
  fill(option: HTMLElement): void;
}

export interface ComboboxSettings {
  /** A pop-up list closes when focus leaves the search; the search page's list stays. */
  popup: boolean;
  /** Called as the person types (after a short pause), and with "" when Escape clears the box. */
  onQuery(query: string): void;
  /** Called at every keystroke, before the pause: a chance to start loading what the search will need. */
  onTyping?(query: string): void;
}

const PAUSE_MS = 150;

export class Combobox {
  private options: ComboOption[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Closed with Escape: results still on their way must not open the list again until the next key typed. */
  private dismissed = false;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly listbox: HTMLElement,
    private readonly settings: ComboboxSettings,
  ) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);
    listbox.setAttribute('role', 'listbox');
    input.addEventListener('input', () => {
      this.dismissed = false;
      clearTimeout(this.timer);
      settings.onTyping?.(input.value);
      this.timer = setTimeout(() => settings.onQuery(input.value), PAUSE_MS);
    });
    input.addEventListener('keydown', (event) => this.onKey(event));
    // Choosing with the pointer must not move focus out of the text box first.
    listbox.addEventListener('mousedown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const option = (event.target as Element).closest('[role="option"]');
      const index = option ? [...listbox.children].indexOf(option) : -1;
      if (index >= 0) this.open(index);
    });
    if (settings.popup) {
      input.addEventListener('blur', () => this.close());
      input.addEventListener('focus', () => {
        this.dismissed = false;
        this.expand(this.options.length > 0);
      });
    }
  }

  /** Runs the query for the text already typed, e.g. before the script arrived. */
  queryNow(): void {
    clearTimeout(this.timer);
    this.settings.onQuery(this.input.value);
  }

  /** Shows a new set of options, none chosen yet. */
  show(options: ComboOption[]): void {
    this.options = options;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.listbox.replaceChildren(
      ...options.map((item, index) => {
        const option = document.createElement('li');
        option.id = `${this.listbox.id}-${index}`;
        option.className = 'app-search__option';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        // Where the option goes, for the pointer's sake and for tests; the option itself is not a link.
        option.dataset.href = item.href;
        item.fill(option);
        return option;
      }),
    );
    this.expand(
      options.length > 0 && (!this.settings.popup || (document.activeElement === this.input && !this.dismissed)),
    );
  }

  close(): void {
    this.choose(-1);
    this.expand(false);
  }

  private expand(open: boolean): void {
    this.input.setAttribute('aria-expanded', String(open));
    this.listbox.hidden = !open;
  }

  private get expanded(): boolean {
    return this.input.getAttribute('aria-expanded') === 'true';
  }

  private choose(index: number): void {
    this.listbox.children[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.listbox.children[index];
    if (!option) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  private open(index: number): void {
    const option = this.options[index];
    if (option) location.assign(option.href);
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        this.dismissed = false;
        if (!this.expanded) this.expand(true);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.choose(this.active < 0 && step < 0 ? count - 1 : (this.active + step + count) % count);
        return;
      }
      case 'Enter':
        if (this.expanded && this.active >= 0) {
          event.preventDefault();
          this.open(this.active);
        }
        return;
      case 'Escape':
        // The browser's own Escape would empty the box; the first press only closes the list.
        event.preventDefault();
        if (this.expanded && (this.settings.popup || this.active >= 0)) {
          if (this.settings.popup) {
            this.close();
            this.dismissed = true;
          } else this.choose(-1);
        } else if (this.input.value) {
          this.input.value = '';
          this.queryNow();
        }
        return;
      default:
    }
  }
}
