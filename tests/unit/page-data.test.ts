import { describe, expect, it } from 'vitest';
import { dataList, dataWords } from '../../src/utils/page-data';

// A page kept by an older offline copy may carry data- attributes of another shape: reading them must
// give something usable, never throw and blank the page.
describe('reading the lists and words a page carries in data- attributes', () => {
  it('reads what the build writes', () => {
    expect(dataList('["a","b"]')).toEqual(['a', 'b']);
    expect(dataWords('{"guide":"Guide","checklist":"Checklist"}')).toEqual({ guide: 'Guide', checklist: 'Checklist' });
  });

  it('gives an empty list or table for a missing, broken or differently shaped value', () => {
    for (const text of [undefined, '', '{', 'null', '42', '{"a":"b"}']) expect(dataList(text)).toEqual([]);
    for (const text of [undefined, '', '[', 'null', '"x"', '["a"]']) expect(dataWords(text)).toEqual({});
  });

  it('keeps the parts that fit and drops the rest', () => {
    expect(dataList('["a",1,null,"b"]')).toEqual(['a', 'b']);
    expect(dataWords('{"a":"A","b":2,"c":null}')).toEqual({ a: 'A' });
  });
});
