import { describe, expect, it } from 'vitest';
import { searchForm, unmutatedForms, unmutatedWords } from '../../src/features/search/welsh-mutations';
import { withoutCommonWords } from '../../src/features/search/prepare-query';
import { welshSearchTerms } from '../../src/features/search/welsh-query';
import { suggest, wordsOf } from '../../src/features/search/did-you-mean';
import { expandWithSynonyms } from '../../src/schemas/synonyms';
import { urgentMatches } from '../../src/features/search/engine';

describe('the unmutated forms of a Welsh word, added to its page for the index', () => {
  // [word on the page, a form a search for it must find]
  it.each([
    // Nasal
    ['nghyfrinair', 'cyfrinair'],
    ['mhen', 'pen'],
    ['nhad', 'tad'],
    ['ngwaith', 'gwaith'],
    ['mhroblem', 'problem'],
    // Soft
    ['ddolen', 'dolen'],
    ['gyfrinair', 'cyfrinair'],
    ['glicio', 'clicio'],
    ['dudalen', 'tudalen'],
    ['bost', 'post'],
    ['fewngofnodi', 'mewngofnodi'],
    ['feddalwedd', 'meddalwedd'],
    ['fanc', 'banc'],
    ['lun', 'llun'],
    ['rwydwaith', 'rhwydwaith'],
    ['wneud', 'gwneud'],
    ['adael', 'gadael'],
    // Aspirate
    ['chyfrinair', 'cyfrinair'],
    ['theipio', 'teipio'],
    ['phen', 'pen'],
    ['henw', 'enw'],
    // Welsh letters keep their accents
    ['ddŵr', 'dŵr'],
  ])('%s → %s', (mutated, plain) => {
    expect(unmutatedForms(mutated)).toContain(plain);
  });

  it('reads two-letter Welsh letters whole: ff, ll, rh, ngh and dd are never a mutated f, l, r, n or d', () => {
    expect(unmutatedForms('ffôn')).toEqual([]);
    expect(unmutatedForms('llun')).toEqual([]);
    expect(unmutatedForms('rhaid')).toEqual([]);
    expect(unmutatedForms('nghyfrinair')).toEqual(['cyfrinair']);
    expect(unmutatedForms('ddolen')).toEqual(['dolen']);
    expect(unmutatedForms('mhen')).toEqual(['pen']);
  });

  it('gives a word that only looks mutated extra forms no page uses, and still keeps the word', () => {
    // "dolen" is unmutated; "tolen" is no word, so it finds nothing wrong. The word itself stays on the page.
    expect(unmutatedForms('dolen')).toEqual(['tolen']);
    expect(unmutatedForms('bod')).toEqual(['pod']);
    // Too short a form to be a word: none.
    expect(unmutatedForms('nhw')).toEqual([]);
    expect(unmutatedWords('Maen nhw yn y ddolen')).not.toContain('nhw');
    // Ambiguous f: soft b or soft m, both given.
    expect(unmutatedForms('fam')).toEqual(['bam', 'mam']);
  });

  it('leaves short words alone, and adds only forms the text does not have already', () => {
    expect(unmutatedForms('yn')).toEqual([]);
    expect(unmutatedForms('dy')).toEqual([]);
    expect(unmutatedWords('Fy nghyfrinair, eich cyfrinair a’r ddolen')).toEqual(expect.arrayContaining(['dolen']));
    expect(unmutatedWords('Fy nghyfrinair, eich cyfrinair a’r ddolen')).not.toContain('cyfrinair');
    expect(unmutatedWords('Dŵr a FFÔN')).toEqual(['tŵr']);
  });
});

describe('a Welsh search', () => {
  it('drops Welsh and English common words, keeping the words that narrow it', () => {
    expect(welshSearchTerms('cliciais ar ddolen')).toBe('cliciais dolen');
    expect(welshSearchTerms("beth i'w wneud os ydw i wedi colli fy ffôn")).toBe('colli ffôn');
    expect(welshSearchTerms('what if I lost my phone')).toBe('lost phone');
    // A query of only common words is searched as typed.
    expect(welshSearchTerms('beth yw hyn')).toBe('beth yw hyn');
  });

  it('searches a word whose mutation is certain by its unmutated form, which every page with either has', () => {
    expect(welshSearchTerms('anghofiais fy nghyfrinair')).toBe('anghofiais cyfrinair');
    expect(welshSearchTerms('Mhen')).toBe('pen');
    expect(searchForm('ddolen')).toBe('dolen');
    expect(searchForm('ngwaith')).toBe('gwaith');
    // Not certain: "ch", "th", "f" and a dropped g start words of their own, Welsh and English.
    for (const word of ['chwilio', 'theatre', 'fel', 'wifi', 'phishing', 'dolen']) expect(searchForm(word)).toBe(word);
    // Radical words that start like a mutation stay.
    expect(searchForm('nhw')).toBe('nhw');
    expect(searchForm('ddoe')).toBe('ddoe');
  });

  it('leaves an English search exactly as before', () => {
    expect(withoutCommonWords('what do I do if I clicked a link')).toBe('clicked link');
    expect(withoutCommonWords('ar ddolen nghyfrinair')).toBe('ar ddolen nghyfrinair');
  });
});

describe('did you mean, in Welsh', () => {
  const WELSH = ['cyfrinair', 'ffôn', 'dŵr', 'dolen', 'gwasanaeth', 'password'];

  it('keeps words with Welsh letters whole', () => {
    expect(wordsOf('Ffoniwch o’ch ffôn: dŵr, Ŵyr')).toEqual(['ffoniwch', 'ffôn', 'dŵr', 'ŵyr']);
    // Decomposed accents (as some keyboards send them) read as the composed letter.
    expect(wordsOf('ffo\u0302n')).toEqual(['ffôn']);
  });

  it('offers the closest Welsh word, accents and all', () => {
    expect(suggest('cyfrinar', WELSH)).toBe('cyfrinair');
    expect(suggest('ffôm', WELSH)).toBe('ffôn');
    expect(suggest('gwasanaith ffôn', WELSH)).toBe('gwasanaeth ffôn');
    expect(suggest('cyfrinair', WELSH)).toBeUndefined();
  });
});

describe('Welsh words in synonyms and urgent phrases', () => {
  it('matches a synonym only as a whole word, Welsh letters included', () => {
    expect(expandWithSynonyms(['ffôn symudol'], [['ffôn', 'phone']])).toEqual(['ffôn symudol', 'ffôn', 'phone']);
    // "dŵr" is one word: "r" alone is not in it.
    expect(expandWithSynonyms(['dŵr'], [['r', 'x']])).toEqual(['dŵr']);
  });

  it('finds a Welsh urgent phrase in a sentence, ending where its last word ends', () => {
    const urgent = [{ path: '/cy/guides/clicked-a-link/', title: 'Clicio', words: ['cliciais ar ddolen', 'ffôn'] }];
    expect(urgentMatches('Help! Cliciais ar ddolen ddoe', urgent)).toHaveLength(1);
    expect(urgentMatches('ffônau', urgent)).toHaveLength(0);
    expect(urgentMatches('cliciais ar ddolenni', urgent)).toHaveLength(0);
  });
});
