import { describe, expect, it } from 'vitest';
import { withoutCommonWords } from '../../src/features/search/prepare-query';
import { bestSection } from '../../src/features/search/engine';

const bestExcerpt = (data: Parameters<typeof bestSection>[0]) => bestSection(data).excerpt;

describe('what reaches Pagefind from what staff type', () => {
  it('drops words too common to narrow a search, since Pagefind wants every word on a page', () => {
    expect(withoutCommonWords('what do I do if I clicked a link')).toBe('clicked link');
    expect(withoutCommonWords("I'm locked out of my account")).toBe('locked out account');
    expect(withoutCommonWords('  Is THIS email   real? ')).toBe('email real?');
  });

  it('keeps a query made only of common words as typed, so it still finds something', () => {
    expect(withoutCommonWords('what is it')).toBe('what is it');
    expect(withoutCommonWords('')).toBe('');
  });
});

describe('the excerpt a result shows', () => {
  const page = (excerpt: string, sub_results: { url: string; excerpt: string }[]) => ({
    url: '/guides/x/',
    excerpt,
    meta: {},
    sub_results: sub_results.map((s) => ({ ...s, title: '' })),
  });

  it('comes from the section under a heading that marks the most words searched for, not the keywords line at the top', () => {
    const data = page('<mark>password</mark>, passwords, <mark>manager</mark>', [
      { url: '/guides/x/', excerpt: 'keywords <mark>password</mark> <mark>manager</mark>' },
      { url: '/guides/x/#why', excerpt: 'a <mark>password</mark> you remember' },
      { url: '/guides/x/#how', excerpt: 'a <mark>password</mark> <mark>manager</mark> keeps them' },
    ]);
    expect(bestExcerpt(data)).toBe('a <mark>password</mark> <mark>manager</mark> keeps them');
  });

  it("is no excerpt, at the page's own address, when only a Welsh guide's hidden index lines have the words", () => {
    // "dolen" is found through the unmutated form of "ddolen": the summary shows instead of a word list.
    const data = page('rhydw, <mark>dolen</mark>, gagor', [
      { url: '/cy/guides/x/#pam', excerpt: 'rwystro’r ddolen i bawb' },
      { url: '/cy/guides/x/#index-words', excerpt: 'rhydw, <mark>dolen</mark>, gagor' },
    ]);
    expect(bestSection(data)).toEqual({ url: '/guides/x/', excerpt: '' });
    // A section under a real heading with the words still comes first.
    data.sub_results.push({ url: '/cy/guides/x/#sut', excerpt: 'y <mark>dolen</mark> hon', title: '' });
    expect(bestSection(data)).toEqual({ url: '/cy/guides/x/#sut', excerpt: 'y <mark>dolen</mark> hon' });
  });

  it("is the page's own excerpt when no section under a heading has the words", () => {
    expect(bestExcerpt(page('the <mark>tip</mark>', [{ url: '/tips/#a', excerpt: 'nothing marked' }]))).toBe(
      'the <mark>tip</mark>',
    );
    expect(bestExcerpt(page('the <mark>tip</mark>', []))).toBe('the <mark>tip</mark>');
  });
});
