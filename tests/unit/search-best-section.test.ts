import { describe, expect, it } from 'vitest';
import { bestSection } from '../../src/features/search/engine';

describe('where a search result opens', () => {
  const page = {
    url: '/guides/how-to-report/?highlight=qr',
    excerpt: 'Where to send a scam email, text or <mark>QR</mark> code',
    meta: {},
    sub_results: [
      {
        title: 'Where to send a scam',
        url: '/guides/how-to-report/?highlight=qr#where',
        excerpt: 'a <mark>QR</mark> code',
      },
      {
        title: 'Fake QR codes (quishing)',
        url: '/guides/how-to-report/?highlight=qr&highlight=code#fake-qr-codes',
        excerpt: 'A fake <mark>QR</mark> <mark>code</mark> is sometimes called quishing',
      },
    ],
  };

  it('is the section under the heading that marks the most words, with its excerpt', () => {
    expect(bestSection(page)).toEqual({
      url: '/guides/how-to-report/?highlight=qr&highlight=code#fake-qr-codes',
      excerpt: 'A fake <mark>QR</mark> <mark>code</mark> is sometimes called quishing',
    });
  });

  it('is the top of the page when no section under a heading has the words', () => {
    const top = {
      ...page,
      sub_results: [{ title: 'Top', url: '/guides/how-to-report/', excerpt: 'a <mark>QR</mark>' }],
    };
    expect(bestSection(top)).toEqual({ url: page.url, excerpt: page.excerpt });
  });
});
