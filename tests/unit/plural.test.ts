import { describe, expect, it } from 'vitest';
import { plural } from '../../src/utils/fill';

const WELSH = JSON.stringify({
  zero: 'zero {n}',
  one: 'one {n}',
  two: 'two {n}',
  few: 'few {n}',
  many: 'many {n}',
  other: 'other {n}',
});

describe('plural(): the words for a count, in its language’s plural form', () => {
  it('picks each of the six Welsh forms by the number', () => {
    const forms = [0, 1, 2, 3, 4, 5, 6, 7, 21].map((n) => plural(WELSH, n, 'cy'));
    expect(forms).toEqual([
      'zero {n}',
      'one {n}',
      'two {n}',
      'few {n}',
      'other {n}',
      'other {n}',
      'many {n}',
      'other {n}',
      'other {n}',
    ]);
  });

  it('picks one and other in English, and other for a form the words leave out', () => {
    const english = JSON.stringify({ one: '{n} step', other: '{n} steps' });
    expect([0, 1, 2, 6].map((n) => plural(english, n, 'en-GB'))).toEqual([
      '{n} steps',
      '{n} step',
      '{n} steps',
      '{n} steps',
    ]);
    // English words on a Welsh page: Welsh has a form for 2 that English words have not, so other.
    expect(plural(english, 2, 'cy')).toBe('{n} steps');
    expect(plural(JSON.stringify({ other: 'same' }), 1, 'cy')).toBe('same');
  });
});
