import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/integration/search-index/read-page';
import { indexFiles, type IndexedPage } from '../../src/integration/search-index/write-index';
import { excerpt } from '../../src/search-index/excerpt';
import { decodeGaps, encodeGaps, type IndexManifest } from '../../src/search-index/format';
import { SearchIndex } from '../../src/search-index/search';
import { queryWords, termOf, wordsIn } from '../../src/search-index/terms';

const page = (body: string, attributes = '') => `<!doctype html><html><body><header><h1>Site name</h1></header><main><div data-index-body ${attributes}>${body}</div></main></body></html>`;

/** An index built from HTML bodies, searched through an in-memory loader that counts what it loads. */
function indexOf(pages: Record<string, string>) {
  const indexed: IndexedPage[] = Object.entries(pages).map(([url, html]) => ({ url, page: readPage(html)! }));
  // Through JSON, as the files travel.
  const files = new Map([...indexFiles(indexed)].map(([name, content]) => [name, JSON.parse(JSON.stringify(content)) as unknown]));
  const loaded: string[] = [];
  const index = new SearchIndex(async (path) => {
    loaded.push(path);
    if (!files.has(path)) throw new Error(`no ${path}`);
    return files.get(path);
  });
  const urls = async (query: string, filters?: Record<string, string>) =>
    Promise.all((await index.search(query, filters)).matches.map(async (m) => (await index.page(m.page)).url));
  return { index, files, loaded, urls };
}

describe('words and terms', () => {
  it('reads words as the index counts them: lower case, apostrophes and accents gone, hyphenated words as parts and whole', () => {
    expect(wordsIn("Don't open the NHS's Wi-Fi café link, 2FA!")).toEqual(['dont', 'open', 'the', 'nhs', 'wi', 'fi', 'wifi', 'cafe', 'link', '2fa']);
  });

  it('stems words so the forms of a word meet', () => {
    expect(termOf('passwords')).toBe(termOf('password'));
    expect(termOf('phishing')).toBe(termOf('phished'));
    expect(termOf('2fa')).toBe('2fa');
  });

  it('makes common words optional and matched whole, unless the query has nothing else', () => {
    const words = queryWords('What do I do if I clicked a link');
    expect(words.filter((w) => !w.optional).map((w) => w.word)).toEqual(['clicked', 'link']);
    expect(words.find((w) => w.word === 'do')).toMatchObject({ optional: true, common: true });
    expect(queryWords('what')).toEqual([expect.objectContaining({ word: 'what', optional: false })]);
    expect(queryWords('wi-fi').map((w) => [w.word, w.optional])).toEqual([['wi', false], ['fi', false], ['wifi', true]]);
  });

  it('round-trips page numbers through gaps', () => {
    expect(encodeGaps([2, 5, 6, 40])).toEqual([2, 3, 1, 34]);
    expect(decodeGaps(encodeGaps([0, 7, 8, 1000]))).toEqual([0, 7, 8, 1000]);
  });
});

describe('reading a built page', () => {
  it('indexes only pages with data-index-body, and only inside it', () => {
    expect(readPage('<html><body><main><h1>Home</h1></main></body></html>')).toBeUndefined();
    const read = readPage(page('<h1>Phishing</h1><p>Report it.</p>'))!;
    expect(read.title).toBe('Phishing');
    expect(read.terms.has(termOf('site'))).toBe(false);
    expect(read.words).toBe(3);
  });

  it('weighs words: headings by level, data-index-weight over that, inherited by what is inside', () => {
    const read = readPage(page('<h1>Alpha</h1><h2>Bravo</h2><p data-index-weight="5">Charlie <em>delta</em></p><p>echo echo</p><h1 data-index-weight="10">Foxtrot</h1>'))!;
    expect(Object.fromEntries(read.terms)).toMatchObject({ alpha: 7, bravo: 6, charli: 5, delta: 5, echo: 2, foxtrot: 10 });
  });

  it('leaves out data-index-ignore, scripts, styles, drawings and forms, with everything inside them', () => {
    const read = readPage(page('<p>kept</p><div data-index-ignore><p>scam</p></div><script>evil()</script><style>p{}</style><svg><text>drawn</text></svg><form><label>field</label></form>'))!;
    expect([...read.terms.keys()]).toEqual(['kept']);
    expect(read.sections.map((s) => s.text).join(' ')).toBe('kept');
  });

  it('takes meta and filters from attribute values or the element text, with entities decoded', () => {
    const read = readPage(page('<h1>T</h1><p data-index-meta="summary">What to do &amp; why.</p><span hidden data-index-filter="type:Guide"></span>', 'data-index-meta="type:guide" data-index-filter="topic:Email &amp; messages"'))!;
    expect(read.meta).toEqual({ type: 'guide', summary: 'What to do & why.' });
    expect(read.filters).toEqual({ topic: ['Email & messages'], type: ['Guide'] });
  });

  it('indexes text hidden from people but never quotes it, and splits the text into sections at headings', () => {
    const read = readPage(page('<h1>Lost phone</h1><p>Call now.</p><h2 id="why">Why</h2><p>Data.</p><p aria-hidden="true">mobile, handset</p>'))!;
    expect(read.terms.has('handset')).toBe(true);
    expect(read.sections).toEqual([
      { heading: 'Lost phone', text: 'Call now.' },
      { id: 'why', heading: 'Why', text: 'Data.' },
    ]);
  });
});

describe('searching the index', () => {
  const site = {
    'guides/password-managers/': page('<h1>Password managers</h1><p>A password manager keeps every password safe.</p>', 'data-index-filter="topic:Passwords"'),
    'guides/three-random-words/': page('<h1>Three random words</h1><p>Make a strong password from three random words.</p>', 'data-index-filter="topic:Passwords"'),
    'guides/clicked-a-link/': page('<h1>I clicked a link</h1><p>Do not panic. Tell the service desk.</p>', 'data-index-filter="topic:Email"'),
    'guides/two-step/': page('<h1>Two-step verification</h1><p>Use an authenticator app. Do not pass codes on.</p>', 'data-index-filter="topic:Passwords"'),
    'checklists/email/': page('<h1>Is this email safe?</h1><p>Check the link before you click.</p><span hidden data-index-filter="type:Checklist"></span>', 'data-index-filter="topic:Email"'),
  };

  it('finds pages with every word, best first: a word in the title counts more than in the text', async () => {
    const { urls } = indexOf(site);
    expect(await urls('password')).toEqual(['guides/password-managers/', 'guides/three-random-words/']);
    expect(await urls('password manager')).toEqual(['guides/password-managers/']);
    expect(await urls('giraffe')).toEqual([]);
  });

  it('still ranks pages by how much they use a word that nearly every page has', async () => {
    const pages = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`p${String(i).padStart(3, '0')}/`, page(`<h1>Page ${i}</h1><p>Keep your password safe.</p>`)]));
    pages['zz/'] = page('<h1>Password</h1><p>A password is a key.</p>');
    const { urls } = indexOf(pages);
    expect((await urls('password'))[0]).toBe('zz/');
  });

  it('does not rule a page out for a common word it lacks', async () => {
    const { urls } = indexOf(site);
    expect((await urls('what do I do if I clicked a link'))[0]).toBe('guides/clicked-a-link/');
  });

  it('finds longer words from their start as staff type, whole words first, and half-typed forms of a stem', async () => {
    const { urls } = indexOf(site);
    expect(await urls('passw')).toEqual(['guides/password-managers/', 'guides/three-random-words/']);
    expect((await urls('pass'))[0]).toBe('guides/two-step/');
    expect(await urls('authenticat')).toEqual(['guides/two-step/']);
  });

  it('narrows by filters and counts each value with the other filters as chosen', async () => {
    const { index, urls } = indexOf(site);
    await index.loadFilters();
    expect(await urls('link', { topic: 'Email' })).toEqual(['guides/clicked-a-link/', 'checklists/email/']);
    expect(await urls('link', { topic: 'Email', type: 'Checklist' })).toEqual(['checklists/email/']);
    const results = await index.search('link', { type: 'Checklist' });
    expect(results.filters).toEqual({ topic: { Passwords: 0, Email: 1 }, type: { Checklist: 1 } });
  });

  it('loads only the manifest and the chunk a word is in, and splits a large vocabulary into chunks', async () => {
    const words = Array.from({ length: 4000 }, (_, i) => `word${i.toString(36)}x`);
    const pages = Object.fromEntries(Array.from({ length: 20 }, (_, p) => [`p${p}/`, page(`<h1>Page ${p}</h1><p>${words.filter((_, i) => i % 20 === p).join(' ')}</p>`)]));
    const { files, loaded, urls } = indexOf(pages);
    const manifest = files.get('index.json') as IndexManifest;
    expect(manifest.chunks.length).toBeGreaterThan(2);
    for (const [i, word] of [[0, words[0]], [1234, words[1234]], [3999, words[3999]]] as const) {
      loaded.length = 0;
      expect(await urls(word)).toEqual([`p${i % 20}/`]);
      expect(loaded.filter((f) => f.startsWith('terms/'))).toHaveLength(1);
    }
  });

  it('tries a file again after a failed download, as when the phone was offline', async () => {
    let fail = true;
    const index = new SearchIndex(async (path) => {
      if (fail) throw new Error('offline');
      return path === 'index.json' ? { format: 1, pages: 1, chunks: ['a'] } : path === 'terms/0.json' ? { alpha: [1500, 0, 200] } : {};
    });
    await expect(index.search('alpha')).rejects.toThrow('offline');
    fail = false;
    expect((await index.search('alpha')).matches).toEqual([{ page: 0, score: 3 }]);
  });
});

describe('excerpts', () => {
  const sections = [
    { heading: 'Intro', text: 'This guide is about staying safe at work.' },
    { id: 'manager', heading: 'Use a manager', text: 'A password manager remembers every password for you, so each one can be long and different. It fills them in for you.' },
  ];

  it('come from the section with most of the words, with each found word marked', () => {
    const parts = excerpt(sections, queryWords('password manager'));
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['password', 'manager', 'password']);
    expect(parts.map((p) => p.text).join('')).toMatch(/^A password manager remembers/);
  });

  it('are cut to a window around the words, with … where text is left out, and never mark common words', () => {
    const long = [{ heading: 'Long', text: `${'Filler words go here. '.repeat(10)}Then report phishing to the desk. ${'More filler text. '.repeat(10)}` }];
    const parts = excerpt(long, queryWords('report a phishing email'), 12);
    const text = parts.map((p) => p.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['report', 'phishing']);
  });

  it('fall back to the start of the page when only the title or hidden words matched', () => {
    expect(excerpt(sections, queryWords('giraffe'), 5).map((p) => p.text).join('')).toBe('This guide is about staying …');
  });
});
