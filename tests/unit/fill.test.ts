import { describe, expect, it } from 'vitest';
import { fill } from '../../src/utils/fill';

describe('fill(), the one way interface words get their numbers and names', () => {
  it('fills every placeholder, each at every place it occurs', () => {
    expect(fill('{done} of {total} done', { done: 2, total: 5 })).toBe('2 of 5 done');
    expect(fill('Did you mean “{suggestion}”? Showing results for “{suggestion}”.', { suggestion: 'password' })).toBe(
      'Did you mean “password”? Showing results for “password”.',
    );
    expect(fill('No numbers here', {})).toBe('No numbers here');
  });

  it('does not read a value as a pattern', () => {
    expect(fill('Results for “{query}”', { query: '$& {query} $1' })).toBe('Results for “$& {query} $1”');
  });

  it('stops on a placeholder without a value, naming it', () => {
    expect(() => fill('{done} of {total} done', { done: 2 })).toThrow(
      'fill: no value for {total} in "{done} of {total} done"',
    );
  });

  it('stops on a value the words have no place for, naming it', () => {
    expect(() => fill('{count} results', { count: 3, query: 'x' })).toThrow('fill: "{count} results" has no {query}');
  });
});
