import { describe, expect, it } from 'vitest';
import { editDistance, suggest, wordsOf } from '../../src/features/search/did-you-mean';

const VOCABULARY = ['password', 'phishing', 'passwords', 'report', 'ransomware', 'manager', 'wifi', 'pass'];

describe('did you mean', () => {
  it('counts edits, swaps of neighbours included', () => {
    expect(editDistance('pasword', 'password', 2)).toBe(1);
    expect(editDistance('passowrd', 'password', 2)).toBe(1);
    expect(editDistance('phising', 'phishing', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('corrects each unknown word to the most used close word', () => {
    expect(suggest('pasword', VOCABULARY)).toBe('password');
    expect(suggest('pasword manger', VOCABULARY)).toBe('password manager');
    expect(suggest('ransomwear', VOCABULARY)).toBe('ransomware');
  });

  it('leaves known words, beginnings of known words and short words alone', () => {
    expect(suggest('password', VOCABULARY)).toBeUndefined();
    expect(suggest('passw', VOCABULARY)).toBeUndefined();
    expect(suggest('wfi', VOCABULARY)).toBeUndefined();
    expect(suggest('zzzzzzzz', VOCABULARY)).toBeUndefined();
  });

  it('reads words as the search does', () => {
    expect(wordsOf("Don't click: 2FA <b>now</b>")).toEqual(['don', 'click', 'now']);
  });
});
