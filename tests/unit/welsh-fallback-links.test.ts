import { describe, expect, it } from 'vitest';
import { welshAnchors, welshFallbackLinks } from '../../src/content/welsh-fallback-links';

const BASE = '/trust/cyber/';
const WELSH_PAGES = new Set(['guides/clicked-a-link/', 'guides/passwords/', 'checklists/new-starter/']);
// guides/passwords/ has the same two headings as its English guide, in Welsh.
// guides/clicked-a-link/ has a heading fewer in Welsh, so no heading pairs.
const ANCHORS = new Map([
  ['guides/passwords/', welshAnchors(['why-it-matters', 'what-to-do'], ['pam-mae-hyn-yn-bwysig', 'beth-i-w-wneud'])],
  ['guides/clicked-a-link/', welshAnchors(['what-to-do-now', 'why'], ['beth-i-w-wneud-nawr'])],
]);

/** The href of the one link in `html` after the rewrite on a Welsh fallback page. */
function rewritten(link: string): string | undefined {
  const page = `<header><a href="${link}">x</a></header><main><p><a href="${link}">y</a></p></main>`;
  const html = welshFallbackLinks(page, BASE, WELSH_PAGES, ANCHORS);
  return /<main>.*?href="([^"]*)"/.exec(html)?.[1];
}

describe('welshFallbackLinks(): links in English words on a Welsh page go to the Welsh page', () => {
  it('sends a link to a page with Welsh words to that Welsh page, and leaves the others English', () => {
    expect(rewritten('/trust/cyber/guides/clicked-a-link/')).toBe('/trust/cyber/cy/guides/clicked-a-link/');
    expect(rewritten('/trust/cyber/guides/no-welsh-yet/')).toBe('/trust/cyber/guides/no-welsh-yet/');
  });

  it('changes an English #heading to the Welsh heading in the same place', () => {
    expect(rewritten('/trust/cyber/guides/passwords/#what-to-do')).toBe(
      '/trust/cyber/cy/guides/passwords/#beth-i-w-wneud',
    );
    expect(rewritten('/trust/cyber/guides/passwords/?a=1#why-it-matters')).toBe(
      '/trust/cyber/cy/guides/passwords/?a=1#pam-mae-hyn-yn-bwysig',
    );
  });

  it('drops a #heading the Welsh guide has no heading for, so the link opens the page at the top', () => {
    expect(rewritten('/trust/cyber/guides/passwords/#not-a-heading')).toBe('/trust/cyber/cy/guides/passwords/');
  });

  it('drops every #heading of a Welsh guide whose headings do not pair with the English ones', () => {
    expect(rewritten('/trust/cyber/guides/clicked-a-link/#what-to-do-now')).toBe(
      '/trust/cyber/cy/guides/clicked-a-link/',
    );
  });

  it('keeps a checklist’s #item, whose ids are the same in both languages', () => {
    expect(rewritten('/trust/cyber/checklists/new-starter/#item-lock')).toBe(
      '/trust/cyber/cy/checklists/new-starter/#item-lock',
    );
  });

  it('leaves the header and a link chosen for its language alone', () => {
    const page = `<header><a href="/trust/cyber/guides/passwords/">x</a></header><main><a href="/trust/cyber/guides/passwords/#what-to-do" hreflang="en">e</a></main>`;
    expect(welshFallbackLinks(page, BASE, WELSH_PAGES, ANCHORS)).toBe(page);
  });
});

describe('welshAnchors(): English heading ids to Welsh ones, by position', () => {
  it('pairs the headings in order, and pairs none when the counts differ', () => {
    expect(Object.fromEntries(welshAnchors(['a', 'b'], ['c', 'd']))).toEqual({ a: 'c', b: 'd' });
    expect(welshAnchors(['a', 'b'], ['c']).size).toBe(0);
  });
});
