// On every page, and kept small because every page carries it: "/" moves to the search box, the
// search itself arrives only when someone starts to use it, and a page opened from a result marks the
// words that were searched for.
import { HIGHLIGHT_PARAM } from './highlight-param';

const form = document.querySelector<HTMLFormElement>('[data-header-search]');
const input = form?.querySelector('input');

function typingSomewhere(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null)
  );
}

document.addEventListener('keydown', (event) => {
  if (
    event.key !== '/' ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    event.defaultPrevented ||
    typingSomewhere(event.target)
  )
    return;
  // The search page's own box comes first there.
  const box = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? input;
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

if (form && input) {
  const start = () => void import('./header-combobox').then((m) => m.enhance(form, input));
  input.addEventListener('focus', start, { once: true });
  if (document.activeElement === input) start();
}

const marked = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM);
if (marked.length > 0) void import('./highlight').then((m) => m.highlight(marked));
