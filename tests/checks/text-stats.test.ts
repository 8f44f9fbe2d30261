import { describe, expect, it } from 'vitest';
import { routeOfPage } from '../../src/checks/site-routes';
import { readingAge, sentencesIn, statsOf, syllables, wordsIn } from '../../src/checks/text-stats';
import { classifyUrl } from '../../src/checks/url-kind';

describe('reading age (Flesch-Kincaid grade + 5)', () => {
  it('estimates syllables from vowel groups, without a silent final e', () => {
    const words = ['cat', 'lock', 'password', 'phishing', 'remember', 'device', 'information', 'make', 'the'];
    expect(words.map(syllables)).toEqual([1, 1, 2, 2, 3, 2, 4, 1, 1]);
  });

  it('splits sentences at full stops, but not in "e.g." or a number like 2.5', () => {
    expect(
      sentencesIn('Lock it, e.g. with Windows key and L. It takes 2.5 seconds! Ready?').map((s) => s.text),
    ).toEqual(['Lock it, e.g. with Windows key and L.', 'It takes 2.5 seconds!', 'Ready?']);
  });

  it('counts a list item without a full stop as a sentence of its own', () => {
    expect(sentencesIn('Call the service desk').map((s) => s.text)).toEqual(['Call the service desk']);
  });

  it('applies the formula: 0.39 × words per sentence + 11.8 × syllables per word − 15.59, plus 5', () => {
    // 10 words, 2 sentences, 15 syllables: 0.39 × 5 + 11.8 × 1.5 − 15.59 = 4.06; + 5 = 9.06.
    expect(readingAge({ words: 10, sentences: 2, syllables: 15 })).toBe(9.1);
    expect(readingAge({ words: 0, sentences: 0, syllables: 0 })).toBeUndefined();
  });

  it('finds short plain sentences easier than long formal ones', () => {
    const plain = statsOf(['Lock your screen.', 'Take your card.', 'Tell us fast.']);
    const formal = statsOf([
      'Organisational responsibilities necessitate comprehensive documentation of unauthorised disclosures.',
    ]);
    expect(readingAge(plain)!).toBeLessThan(6);
    expect(readingAge(formal)!).toBeGreaterThan(20);
    expect(wordsIn("Don't click co-worker's link")).toEqual(["Don't", 'click', "co-worker's", 'link']);
  });
});

describe('addresses', () => {
  it('sorts links by what they are', () => {
    expect(classifyUrl('/guides/x/#why', '/guides/y/')).toEqual({ kind: 'page', path: '/guides/x/', hash: 'why' });
    expect(classifyUrl('../x/', '/guides/y/')).toEqual({ kind: 'page', path: '/guides/x/', hash: undefined });
    expect(classifyUrl('#why', '/guides/y/')).toEqual({ kind: 'same-page', hash: 'why' });
    expect(classifyUrl('https://www.ncsc.gov.uk/', '/')).toEqual({ kind: 'https' });
    expect(classifyUrl('mailto:a@b.nhs.uk', '/')).toEqual({ kind: 'contact' });
    expect(classifyUrl('http://x.org', '/')).toEqual({ kind: 'insecure', scheme: 'http' });
    expect(classifyUrl('//x.org/', '/')).toEqual({ kind: 'insecure', scheme: '//' });
    // Browsers ignore tabs and spaces inside a scheme, so these still run code.
    expect(classifyUrl('java\tscript:alert(1)', '/')).toEqual({ kind: 'script', scheme: 'javascript' });
    expect(classifyUrl(' JavaScript:alert(1)', '/')).toEqual({ kind: 'script', scheme: 'javascript' });
  });

  it('knows where each file in src/pages is served', () => {
    expect(routeOfPage('index.astro')).toBe('/');
    expect(routeOfPage('a-z/index.astro')).toBe('/a-z/');
    expect(routeOfPage('offline.astro')).toBe('/offline/');
    expect(routeOfPage('404.astro')).toBe('/404.html');
    expect(routeOfPage('guides/[slug].astro')).toBe('/guides/[slug]/');
    expect(routeOfPage('search/hints.json.ts')).toBe('/search/hints.json');
  });
});
