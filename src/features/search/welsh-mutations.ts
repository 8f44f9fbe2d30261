// Welsh changes the first letter of a word after some words ("fy nghyfrinair", "y ddolen", "ei
// chyfrinair"), so a plain search for "cyfrinair" misses them. Pagefind has no Welsh stemmer: the
// build adds each mutated word's unmutated form to the page's hidden keywords line, and the Welsh search
// puts the few mutations no word ever starts with back before searching.

/** Welsh vowels, w and y among them: the letters a word can start with after g is dropped or h added. */
const VOWEL = /^[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/;

/** [mutated start, unmutated start], longest first, so "ngh" is read before "ng" and "n". */
const UNDO: readonly (readonly [string, string])[] = [
  // Nasal: c → ngh, p → mh, t → nh, g → ng, b → m, d → n.
  ['ngh', 'c'],
  ['mh', 'p'],
  ['nh', 't'],
  ['ng', 'g'],
  // Aspirate: c → ch, p → ph, t → th.
  ['ch', 'c'],
  ['ph', 'p'],
  ['th', 't'],
  // Soft: d → dd, m → f, b → f, ll → l, rh → r, c → g, p → b, t → d.
  ['dd', 'd'],
  ['f', 'b'],
  ['f', 'm'],
  ['l', 'll'],
  ['r', 'rh'],
  ['g', 'c'],
  ['b', 'p'],
  ['d', 't'],
  ['m', 'b'],
  ['n', 'd'],
];

/** Starts that are letters of their own, never the mutated start above them: "ff" is not a soft "f". */
const WHOLE_LETTER = ['ff', 'll', 'rh', 'ngh', 'ng', 'mh', 'nh', 'dd', 'ch', 'ph', 'th'];

/** The longest Welsh letter a word starts with, so "llun" starts with "ll" and not with "l". */
const firstLetter = (word: string) => WHOLE_LETTER.find((letter) => word.startsWith(letter)) ?? word[0];

/** Shorter words ("i", "ei", "yn") are too common and too ambiguous to unmutate. */
const SHORTEST = 3;

/**
 * The forms a word may have had before mutation: "nghyfrinair" → ["cyfrinair"], "ddolen" → ["dolen"],
 * "wneud" → ["gwneud"]. A word that only looks mutated gets a form no page uses ("dolen" → "tolen"),
 * which costs a few bytes of index and finds nothing wrong. Lower case in, lower case out.
 */
export function unmutatedForms(word: string): string[] {
  if (word.length < SHORTEST) return [];
  const letter = firstLetter(word);
  const forms = UNDO.filter(([mutated]) => mutated === letter).map(
    ([mutated, plain]) => plain + word.slice(mutated.length),
  );
  // Soft mutation drops g (gwneud → wneud, glas → las, gradd → radd); aspirate adds h before a vowel (ei henw).
  if (VOWEL.test(word) || letter === 'l' || letter === 'r') forms.push(`g${word}`);
  if (letter === 'h' && VOWEL.test(word.slice(1))) forms.push(word.slice(1));
  return forms.filter((form) => form.length >= SHORTEST && form !== word);
}

/** The words of a text as the index reads them: runs of letters, lower case. */
const lettersOf = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{M}]+/gu) ?? [];

/** The unmutated forms of every word in a text, leaving out words the text has already. */
export function unmutatedWords(text: string): string[] {
  const words = new Set(lettersOf(text));
  return [...new Set([...words].flatMap(unmutatedForms))].filter((form) => !words.has(form));
}

/**
 * Starts no Welsh or English word begins with unless mutated: a search for "nghyfrinair" can look for
 * "cyfrinair" instead and lose nothing, as every page with "nghyfrinair" has "cyfrinair" in its keywords
 * line. The other mutations stay as typed: "ch", "th" and "f" start words of their own in both languages,
 * and the English pages a Welsh search also finds have no unmutated forms.
 */
const SURE: readonly (readonly [string, string])[] = [
  ['ngh', 'c'],
  ['mh', 'p'],
  ['nh', 't'],
  ['ng', 'g'],
  ['dd', 'd'],
];

/** Radical words that start like a sure mutation: "nhw" (they) is not a mutated "tw". */
const RADICAL = new Set(['nhw', 'nhwy', 'ddoe']);

/** A query word as the search looks for it: its unmutated form when the mutation is certain, else as typed. */
export function searchForm(word: string): string {
  const lower = word.toLowerCase();
  const sure = RADICAL.has(lower) ? undefined : SURE.find(([mutated]) => lower.startsWith(mutated));
  const plain = sure ? sure[1] + lower.slice(sure[0].length) : '';
  return plain.length >= SHORTEST ? plain : word;
}
